/**
 * Benchmark of `aggregate`: one million synthetic claims (many pairings, metrics, years, scopes
 * and qualifiers, 5 % repeated by a second article), grouped by pairing, metric and year and by
 * metric alone; time (best of 3 after a warm-up) and memory.
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
const OTHER_SCOPES: readonly ClaimScope[] = ['delta', 'target', 'forecast', 'intent', 'per_unit'];
const PRECISIONS = ['1', '100', '10000', '1000000', '0.01'];
const PRECISION_DECIMALS = PRECISIONS.map((p) => new Decimal(p));
/** Pairings in the synthetic data (the East–West programme pairs a few hundred counties). */
const PAIRINGS = 500;

/**
 * `n` synthetic claims: 500 pairings, 9 metrics, years 2017–2024; 60 % annual, 15 % event,
 * 10 % cumulative, 15 % other scopes; 80 % exact figures; 2 % in US dollars; 5 % the same figure
 * reported again by another article. Ids are namespaced per article (`a123#c4`).
 */
export function syntheticClaims(n: number, seed = 20211119): Claim[] {
  const r = rng(seed);
  const out: Claim[] = new Array<Claim>(n);
  const evidence = { start: 0, end: 40, text: '2021年完成消费帮扶销售额共计3522万元，帮扶成效明显，群众增收。' };
  // Region references are shared per region, as a registry would hand them out.
  const easts = Array.from({ length: 200 }, (_, k) => ({ name: `东区${k}`, code: String(110101 + k) }));
  // Immutable parts (periods, precisions, spans, sentences) are shared between claims, so the
  // input stays near 0.4 KB a claim and the benchmark measures the aggregation, not the input.
  const periods = new Map<string, Claim['period']>();
  const spans = ['2900余万元', '1.5亿元以上', '3522万元'].map((text) => ({ start: 10, end: 10 + text.length, text }));
  const evidences = Array.from({ length: 40 }, (_, k) => ({ ...evidence, start: k * 50, end: k * 50 + 40 }));
  const wests = Array.from({ length: PAIRINGS }, (_, k) => ({ name: `西县${k}`, code: String(620101 + k) }));
  for (let i = 0; i < n; i++) {
    if (i > 0 && r() < 0.05) {
      const j = Math.floor(r() * i);
      const src = out[j] as Claim;
      out[i] = { ...src, id: `b${i}#c${j}` };
      continue;
    }
    const pairing = Math.floor(r() * PAIRINGS);
    const east = easts[pairing % easts.length] as Claim['east'];
    const west = wests[pairing] as Claim['west'];
    const money = r() < 0.6;
    const metric = (money ? MONEY[Math.floor(r() * MONEY.length)] : PEOPLE[Math.floor(r() * PEOPLE.length)]) as MetricId;
    const roll = r();
    const scope: ClaimScope = roll < 0.6 ? 'annual' : roll < 0.75 ? 'event' : roll < 0.85 ? 'cumulative' : (OTHER_SCOPES[Math.floor(r() * OTHER_SCOPES.length)] as ClaimScope);
    const year = 2017 + Math.floor(r() * 8);
    const month = 1 + Math.floor(r() * 12);
    const mm = String(month).padStart(2, '0');
    const periodKey = `${scope === 'cumulative' ? 'c' : scope === 'event' ? 'e' : 'y'}${year}${mm}${scope === 'cumulative' ? Math.floor(r() * 4) : ''}`;
    let period = periods.get(periodKey);
    if (!period) periods.set(periodKey, (period = scope === 'cumulative'
        ? { start: `${2017 + Number(periodKey.slice(-1))}-01-01`, end: `${year}-${mm}-28`, kind: 'interval', basis: 'stated' }
        : scope === 'event'
          ? { start: `${year}-${mm}-01`, end: `${year}-${mm}-28`, kind: 'interval', basis: 'stated' }
          : { start: `${year}-01-01`, end: `${year}-12-31`, kind: 'interval', basis: 'stated' }));
    const pi = money ? Math.floor(r() * PRECISIONS.length) : 0;
    const precision = PRECISION_DECIMALS[pi] as Decimal;
    const digits = 1 + Math.floor(r() * 9999);
    const value = precision.times(digits);
    const q = r();
    const qualifier: Qualifier = q < 0.8 ? 'exact' : q < 0.86 ? 'more_than' : q < 0.9 ? 'approx' : q < 0.94 ? 'nearly' : q < 0.97 ? 'at_least' : 'range';
    const base = { value, qualifier, precision, ...(qualifier === 'range' ? { range: { min: value, max: value.times(2) } } : {}) };
    const span = spans[qualifier === 'more_than' ? 0 : qualifier === 'at_least' ? 1 : 2] as Claim['figure']['span'];
    const figure: Claim['figure'] = money
      ? { kind: 'amount', amount: { ...base, currency: r() < 0.02 ? 'USD' : 'CNY' }, span }
      : { kind: 'quantity', quantity: { ...base, unit: r() < 0.5 ? '人' : '人次' }, span };
    out[i] = {
      id: `a${Math.floor(i / 40)}#c${i % 40}`,
      figure,
      metric,
      scope,
      period,
      east,
      west,
      evidence: evidences[i % 40] as Claim['evidence'],
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
  const claims = syntheticClaims(n);
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
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rows = aggregate(claims, { by: ['pairing', 'metric', 'year'] });
  const heapAfter = process.memoryUsage().heapUsed;
  const peak = process.resourceUsage().maxRSS * 1024;
  const fineRows = (fine.result as unknown[]).length;
  const counted = rows.reduce((a, r) => a + r.count, 0);
  const k = n / MILLION;
  return [
    {
      label: `aggregate ${k}M by pairing+metric+year`,
      value: fine.seconds,
      unit: 's',
      target: { op: '<', limit: 2 * k },
      note: `best of 3; ${fineRows} rows, ${counted} claims counted`,
    },
    { label: `aggregate ${k}M by metric (CNY)`, value: coarse.seconds, unit: 's', target: { op: '<', limit: 2 * k }, note: 'best of 3' },
    { label: 'claims per second', value: n / fine.seconds / 1e6, unit: 'M/s', digits: 2 },
    {
      label: 'calibration: one summing pass',
      value: floor.seconds,
      unit: 's',
      digits: 3,
      note: `aggregate by pairing+metric+year = ${(fine.seconds / floor.seconds).toFixed(1)} × this pass on this machine`,
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
