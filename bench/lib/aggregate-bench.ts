/**
 * Benchmark of `aggregate`: one million synthetic claims shaped like claims of 25 000 articles
 * (2000 pairings, 9 metrics, years 2017–2025, all scopes and qualifiers, figures repeated within
 * and across articles, cumulative totals updated over time), grouped by pairing, metric and year and by
 * metric alone; time (best of 3 after a warm-up) and memory. The claims are built as the library
 * builds them (object literals); one more line times claims whose values were built by spreading,
 * which Node 20 reads far more slowly (see `ValueShapes`).
 *
 * Use it as a section of bench/bench.ts (list `aggregateSection` in bench/lib/sections/index.ts),
 * call `aggregateBench()` for printable lines, or run it alone: `npx tsx bench/lib/aggregate-bench.ts`.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Decimal } from 'decimal.js';
import { aggregate, ExactSum } from '../../src/aggregate/index.js';
import type { Claim, ClaimScope, MetricId, Qualifier } from '../../src/index.js';
import type { Amount, Quantity } from '../../src/types.js';
import { defineSection, formatFigure, labelWidth, type Figure } from './registry.js';
import { collectGarbage } from './timing.js';

const MB = 2 ** 20;
/** Claims in the main run. */
export const MILLION = 1_000_000;

/** A small deterministic PRNG (mulberry32), so every run aggregates the same claims. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONEY: readonly MetricId[] = ['fiscal_aid', 'social_donation', 'consumption_assistance', 'enterprise_investment'];
const PEOPLE: readonly MetricId[] = ['labour_transfer', 'local_employment', 'people_trained', 'cadres_dispatched', 'technicians_dispatched'];
const METRICS: readonly MetricId[] = [...MONEY, ...PEOPLE];
const OTHER_SCOPES: readonly ClaimScope[] = ['delta', 'target', 'forecast', 'intent', 'per_unit'];
/** Precisions money is written with: 元, 百元, 万元, 百万元, 分. */
const PRECISIONS = ['1', '100', '10000', '1000000', '0.01'];
const PRECISION_DECIMALS = PRECISIONS.map((p) => new Decimal(p));
/** Pairings in the synthetic data (eastern and western counties paired in the programme). */
const PAIRINGS = 2000;
/** Claims per article (a long report of one pairing). */
const PER_ARTICLE = 40;

/** A deterministic hash of a few small integers to [0, 1): the "true" figure of a series. */
function hash(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ (x & 0xffff), 0x01000193);
    h = Math.imul(h ^ (x >>> 16), 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/**
 * How the value objects of the claims are built. `'literal'`: each by one object literal, as
 * `extractClaims`, `JSON.parse` and `validateClaims` make them, so claims share a handful of
 * hidden classes. `'spread'`: by spreading a base object and adding the currency or unit
 * (`{ ...base, currency }`), which on Node 20 (V8 11) gives every object a hidden class of its
 * own: each property read then misses V8's inline caches. The aggregation benchmark measures
 * both; the target applies to the first.
 */
export type ValueShapes = 'literal' | 'spread';

/** An amount as the parser makes it: one literal, the range only when there is one. */
function amountOf(value: Decimal, qualifier: Qualifier, precision: Decimal, range: Amount['range'], currency: string, shapes: ValueShapes): Amount {
  if (shapes === 'spread') {
    const base = { value, qualifier, precision, ...(range ? { range } : {}) };
    return { ...base, currency };
  }
  return range ? { value, qualifier, precision, range, currency } : { value, qualifier, precision, currency };
}

/** A quantity as the parser makes it (see {@link amountOf}). */
function quantityOf(value: Decimal, qualifier: Qualifier, precision: Decimal, range: Amount['range'], unit: string, shapes: ValueShapes): Quantity {
  if (shapes === 'spread') {
    const base = { value, qualifier, precision, ...(range ? { range } : {}) };
    return { ...base, unit };
  }
  return range ? { value, qualifier, precision, range, unit } : { value, qualifier, precision, unit };
}

/** A claim reported again under another id and sentence, its fields in the order extractClaims writes them. */
function copyOf(src: Claim, id: string, evidence: Claim['evidence']): Claim {
  return {
    id,
    figure: src.figure,
    metric: src.metric,
    scope: src.scope,
    period: src.period,
    east: src.east,
    west: src.west,
    evidence,
    confidence: src.confidence,
  };
}

/**
 * `n` synthetic claims shaped like claims extracted from many articles: each article (40 claims)
 * reports on one of 2000 pairings and is published in a year from 2018 to 2025. Per claim: a
 * metric (60 % money in 4 metrics, 40 % people in 5); scope 60 % annual (a figure for one of the
 * three years before publication), 15 % event (a donation or a visit in one month), 10 %
 * cumulative (过渡期以来, from 2021-01-01 to the publication date), 15 % other scopes (targets,
 * deltas …). Annual and cumulative figures are the series' true figure (a deterministic function
 * of pairing, metric and year or date), written at a precision of the article's choosing (so
 * 3522万元 and 35220000元 meet) and 10 % of them revised to another value; events are random.
 * 80 % of figures are exact, the rest 余/超/约/近/以上/ranges; 2 % of money in US dollars. 5 % of
 * claims repeat a figure of the same article (lead and body) and 5 % repeat a claim of an earlier
 * article. Ids are namespaced per article (`a123#c4`). Objects are built as `extractClaims` builds
 * them (`shapes` 'literal'), or with spread-built values (`'spread'`, see {@link ValueShapes}).
 */
export function syntheticClaims(n: number, seed = 20211119, shapes: ValueShapes = 'literal'): Claim[] {
  const r = rng(seed);
  const out: Claim[] = new Array<Claim>(n);
  const evidence = { start: 0, end: 40, text: '2021年完成消费帮扶销售额共计3522万元，帮扶成效明显，群众增收。' };
  // Region references are shared per region, as a registry would hand them out.
  const easts = Array.from({ length: 400 }, (_, k) => ({ name: `东区${k}`, code: String(110101 + k) }));
  const wests = Array.from({ length: PAIRINGS }, (_, k) => ({ name: `西县${k}`, code: String(620101 + k) }));
  // Immutable parts (periods, precisions, spans, sentences) are shared between claims, so the
  // input stays near 0.4 KB a claim and the benchmark measures the aggregation, not the input.
  const periods = new Map<string, Claim['period']>();
  const periodOf = (start: string, end: string): Claim['period'] => {
    const key = start + end;
    let p = periods.get(key);
    if (!p) periods.set(key, (p = { start, end, kind: 'interval', basis: 'stated' }));
    return p;
  };
  const spans = ['2900余万元', '1.5亿元以上', '3522万元'].map((text) => ({ start: 10, end: 10 + text.length, text }));
  const evidences = Array.from({ length: PER_ARTICLE }, (_, k) => ({ ...evidence, start: k * 50, end: k * 50 + 40 }));
  let pairing = 0;
  let published = 2018;
  let month = 1;
  for (let i = 0; i < n; i++) {
    const article = Math.floor(i / PER_ARTICLE);
    const k = i % PER_ARTICLE;
    const id = `a${article}#c${k}`;
    if (k === 0) {
      pairing = Math.floor(r() * PAIRINGS);
      published = 2018 + Math.floor(r() * 8);
      month = 1 + Math.floor(r() * 12);
    }
    if (k > 0 && r() < 0.05) {
      // The same figure again in another sentence of the article (lead and body).
      const src = out[i - 1 - Math.floor(r() * k)] as Claim;
      out[i] = copyOf(src, id, evidences[k] as Claim['evidence']);
      continue;
    }
    if (i >= PER_ARTICLE && r() < 0.05) {
      // A claim of an earlier article reported again.
      const src = out[Math.floor(r() * (i - k))] as Claim;
      out[i] = copyOf(src, id, evidences[k] as Claim['evidence']);
      continue;
    }
    const east = easts[pairing % easts.length] as Claim['east'];
    const west = wests[pairing] as Claim['west'];
    const money = r() < 0.6;
    const mi = money ? Math.floor(r() * MONEY.length) : MONEY.length + Math.floor(r() * PEOPLE.length);
    const metric = METRICS[mi] as MetricId;
    const roll = r();
    const scope: ClaimScope = roll < 0.6 ? 'annual' : roll < 0.75 ? 'event' : roll < 0.85 ? 'cumulative' : (OTHER_SCOPES[Math.floor(r() * OTHER_SCOPES.length)] as ClaimScope);
    const mm = String(month).padStart(2, '0');
    let period: Claim['period'];
    let truth: number; // the figure in units of 1 (元 or persons)
    if (scope === 'cumulative') {
      period = periodOf('2021-01-01', `${published}-${mm}-28`);
      const months = Math.max(1, (published - 2021) * 12 + month);
      truth = Math.floor((0.5 + hash(pairing, mi, 1)) * months * (money ? 2_000_000 : 300));
    } else if (scope === 'event') {
      const year = published - Math.floor(r() * 2);
      const em = String(1 + Math.floor(r() * 12)).padStart(2, '0');
      period = periodOf(`${year}-${em}-01`, `${year}-${em}-28`);
      truth = Math.floor(r() * (money ? 5_000_000 : 500)) + 1;
    } else {
      const year = Math.max(2017, published - 1 - Math.floor(r() * 3));
      period = periodOf(`${year}-01-01`, `${year}-12-31`);
      truth = Math.floor((0.5 + hash(pairing, mi, year)) * (money ? 30_000_000 : 4000));
      if (r() < 0.1) truth = Math.floor(truth * (0.8 + 0.4 * r())); // a revised or misreported figure
    }
    const pi = money ? Math.floor(r() * PRECISIONS.length) : 0;
    const precision = PRECISION_DECIMALS[pi] as Decimal;
    const p = Number(PRECISIONS[pi]);
    // Written at its precision: the true figure rounded to a multiple of p (never 0).
    const value = p >= 1 ? precision.times(Math.max(1, Math.round(truth / p))) : new Decimal(truth).plus(precision.times(Math.floor(r() * 100)));
    const q = r();
    const qualifier: Qualifier = q < 0.8 ? 'exact' : q < 0.86 ? 'more_than' : q < 0.9 ? 'approx' : q < 0.94 ? 'nearly' : q < 0.97 ? 'at_least' : 'range';
    const range = qualifier === 'range' ? { min: value, max: value.times(2) } : undefined;
    const span = spans[qualifier === 'more_than' ? 0 : qualifier === 'at_least' ? 1 : 2] as Claim['figure']['span'];
    const figure: Claim['figure'] = money
      ? { kind: 'amount', amount: amountOf(value, qualifier, precision, range, r() < 0.02 ? 'USD' : 'CNY', shapes), span }
      : { kind: 'quantity', quantity: quantityOf(value, qualifier, precision, range, r() < 0.5 ? '人' : '人次', shapes), span };
    out[i] = {
      id,
      figure,
      metric,
      scope,
      period,
      east,
      west,
      evidence: evidences[k] as Claim['evidence'],
      confidence: 0.9,
    };
  }
  return out;
}

function best(runs: number, fn: () => unknown): { seconds: number; result: unknown } {
  let seconds = Infinity;
  let result: unknown;
  for (let k = 0; k < runs; k++) {
    collectGarbage();
    const t0 = performance.now();
    result = fn();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, result };
}

/** The figures: time to aggregate 1M claims two ways, claims per second, heap. */
export async function aggregateFigures(n = MILLION): Promise<Figure[]> {
  collectGarbage();
  const heap0 = process.memoryUsage().heapUsed;
  let claims = syntheticClaims(n);
  collectGarbage();
  const heap1 = process.memoryUsage().heapUsed;
  aggregate(claims.slice(0, 100_000), { by: ['pairing', 'metric', 'year'] }); // warm-up
  // Calibration: one plain pass that reads every claim's value and adds it up (no grouping), so
  // the aggregation time can be judged against what the machine does in a trivial loop.
  const floor = best(3, () => {
    const sum = new ExactSum();
    for (const c of claims) sum.add(c.figure.kind === 'amount' ? c.figure.amount.value : c.figure.quantity.value);
    return sum.value();
  });
  const fine = best(3, () => aggregate(claims, { by: ['pairing', 'metric', 'year'] }));
  const coarse = best(3, () => aggregate(claims, { by: ['metric'], currency: 'CNY' }));
  // A typical question (one pairing's fiscal aid per year, for every pairing): most claims are
  // set aside by metric after two fields are read.
  const query = best(3, () => aggregate(claims, { by: ['pairing', 'year'], metrics: ['fiscal_aid'] }));
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rows = aggregate(claims, { by: ['pairing', 'metric', 'year'] });
  collectGarbage(); // what the rows keep, not the garbage made on the way
  const heapAfter = process.memoryUsage().heapUsed;
  const peak = process.resourceUsage().maxRSS * 1024;
  const fineRows = (fine.result as unknown[]).length;
  const coarseRows = (coarse.result as unknown[]).length;
  const queryRows = (query.result as unknown[]).length;
  const counted = rows.reduce((a, r) => a + r.count, 0);
  const k = n / MILLION;
  // The same claims with value objects built by spreading (see ValueShapes), in place of the first.
  claims = [];
  fine.result = coarse.result = query.result = null;
  claims = syntheticClaims(n, undefined, 'spread');
  aggregate(claims.slice(0, 100_000), { by: ['pairing', 'metric', 'year'] });
  const spread = best(2, () => aggregate(claims, { by: ['pairing', 'metric', 'year'] }));
  return [
    {
      label: `aggregate ${k}M by pairing+metric+year`,
      value: fine.seconds,
      unit: 's',
      target: { op: '<', limit: 2 * k },
      note: `best of 3; ${fineRows} rows, ${counted} claims counted`,
    },
    {
      label: `aggregate ${k}M by metric (CNY)`,
      value: coarse.seconds,
      unit: 's',
      target: { op: '<', limit: 2 * k },
      note: `best of 3; ${coarseRows} rows; ${(coarse.seconds / floor.seconds).toFixed(1)} × the summing pass below`,
    },
    {
      label: `aggregate ${k}M: fiscal aid by pairing+year`,
      value: query.seconds,
      unit: 's',
      note: `best of 3; ${queryRows} rows; a typical question, not the target`,
    },
    {
      label: `aggregate ${k}M by pairing+metric+year, spread-built values`,
      value: spread.seconds,
      unit: 's',
      note: `best of 2; the same claims with every amount built as { ...base, currency }: on Node 20 each such object gets a hidden class of its own, and every read of it misses V8's inline caches (${(spread.seconds / fine.seconds).toFixed(1)} × the line above)`,
    },
    { label: 'claims per second', value: n / fine.seconds / 1e6, unit: 'M/s', digits: 2 },
    {
      label: 'calibration: one summing pass',
      value: floor.seconds,
      unit: 's',
      digits: 3,
      note: `reads every claim's value and adds it up: the floor of touching a million claims on this machine (by pairing+metric+year = ${(fine.seconds / floor.seconds).toFixed(1)} × this)`,
    },
    { label: `heap of ${k}M synthetic claims`, value: (heap1 - heap0) / MB, unit: 'MB', digits: 0, note: 'the input, not the aggregation' },
    { label: 'heap retained by the rows', value: (heapAfter - heapBefore) / MB, unit: 'MB', digits: 0, note: 'result rows kept alive' },
    { label: 'peak rss of the process', value: peak / MB, unit: 'MB', digits: 0 },
  ];
}

/** The aggregation as a section of bench/bench.ts. */
export const aggregateSection = defineSection({
  name: 'aggregate',
  title: 'Aggregation: 1M synthetic claims (interval totals, dedup, supersession)',
  run: () => aggregateFigures(),
});

/** The section's figures as printable lines, for callers outside the section registry. */
export async function aggregateBench(n = MILLION): Promise<{ name: string; lines: string[] }> {
  const figures = await aggregateFigures(n);
  const width = labelWidth(figures);
  return { name: 'aggregate', lines: figures.map((f) => formatFigure(f, width)) };
}

if (process.argv[1]?.endsWith('aggregate-bench.ts') && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? MILLION);
  aggregateBench(n).then(
    (r) => {
      console.log(`== ${r.name}`);
      for (const l of r.lines) console.log(l);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
