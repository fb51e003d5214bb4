/**
 * `npx tsx bench/eval-regions.ts` (npm script `eval:regions`) — an evaluation (not a test) of how
 * well `extractClaims` reads the PAIRING (east → west) and the METRIC of each figure, over the
 * whole programme.
 *
 * Inputs:
 * - the national fixtures `test/fixtures/national/<nn>_<slug>.txt` with their reviewed gold
 *   `<nn>_<slug>.gold.json` (one entry per money or count figure of the body; format and rules in
 *   `test/fixtures/national/README.md`);
 * - the five seeds `seeds/*.txt` with their reviewed claims `test/fixtures/seeds/*.claims.json`,
 *   whose east/west are region NAMES (resolved here with `findRegion`).
 *
 * Method: each article goes through `extractClaims` as it is today. Each gold figure is matched to
 * the claim whose figure span overlaps it most (ties: the earlier claim). Then, per article and in
 * total:
 * - figures found: gold figures with an overlapping claim;
 * - over the AID figures (every gold metric except `other`: money and people metrics), the pairing
 *   with both sides right / one side right / neither side right / not found, and the metric right;
 * - for the national fixtures, the same over the aid figures grouped by the level of the gold
 *   pairing (`province → prefecture`, `county → group`, … ; the level of a coded side is read from
 *   its code: xx0000 province, xxxx00 prefecture, else county).
 *
 * When is a side right (printed with the results):
 * - gold side a region `{ name, code }`: the claim side has the same GB/T 2260 code;
 * - gold side a group `{ group: "天津、青岛、福州、厦门" }`: the claim side is not one coded region
 *   (`code: null`) and its name is the group text, or names every member (each member with a
 *   trailing 省/市/州/区/县/旗 dropped must occur in the claim side's name);
 * - gold side `null` (the text gives none): the claim side is `null` too.
 * For the seeds, a gold name that `findRegion` resolves is compared by code; one it does not
 * resolve (两县一区, 四个受援地区) is treated as a group of one member.
 *
 * Targets (printed next to the figures): both sides right ≥ 95 % of aid figures, metric right ≥ 90 %.
 *
 * Options: `--json` prints a JSON summary instead of tables; `--verbose` adds one line per miss
 * (article, figure text, expected vs got).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/v4';
import { extractClaims } from '../src/extract/index.js';
import { findRegion } from '../src/registry/index.js';
import { METRICS } from '../src/data/metrics.js';
import type { Claim } from '../src/index.js';

/** Folder of the national fixtures. */
export const NATIONAL_DIR = fileURLToPath(new URL('../test/fixtures/national/', import.meta.url));
const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const SEED_FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/seeds/', import.meta.url));

/** Target share of aid figures with both sides of the pairing right. */
export const TARGET_BOTH_SIDES = 0.95;
/** Target share of aid figures with the metric right. */
export const TARGET_METRIC = 0.9;

const METRIC_IDS = METRICS.map((m) => m.id) as [string, ...string[]];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date');
const decimalString = z.string().regex(/^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/, 'canonical decimal string');

/** One side of a gold pairing: a coded region, a group of partners, or `null`. */
export const goldSideSchema = z.union([
  z.strictObject({ name: z.string().min(1), code: z.string().regex(/^[1-9][0-9]{5}$/, '6-digit GB/T 2260 code') }),
  z.strictObject({ group: z.string().min(1) }),
  z.null(),
]);

/** One figure of a national fixture, as reviewed. */
export const goldEntrySchema = z.strictObject({
  text: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().positive(),
  value: decimalString,
  metric: z.enum(METRIC_IDS),
  scope: z.enum(['cumulative', 'annual', 'event', 'target', 'forecast', 'intent', 'delta', 'share', 'per_unit', 'unknown']),
  east: goldSideSchema,
  west: goldSideSchema,
  period: z.strictObject({ start: isoDate.nullable(), end: isoDate.nullable() }).nullable(),
  note: z.string().min(1).optional(),
});

/** A gold entry. */
export type GoldEntry = z.infer<typeof goldEntrySchema>;
/** A gold side. */
export type GoldSide = z.infer<typeof goldSideSchema>;

/** Names (without extension) of the national fixture articles, sorted. */
export function nationalArticles(): string[] {
  return readdirSync(NATIONAL_DIR)
    .filter((f) => /^\d{2}_.+\.txt$/.test(f))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/** An article's text and its gold, validated. */
export function loadNational(name: string): { text: string; gold: GoldEntry[] } {
  const text = readFileSync(`${NATIONAL_DIR}${name}.txt`, 'utf8');
  const gold = z.array(goldEntrySchema).parse(JSON.parse(readFileSync(`${NATIONAL_DIR}${name}.gold.json`, 'utf8')));
  return { text, gold };
}

// ---------------------------------------------------------------------------------------------

type RegionRef = { name: string; code: string | null } | null;

const SUFFIX = /(省|市|州|区|县|旗|盟|地区|自治区|自治州|自治县)$/u;

/** Whether a claim side is right for a gold side (see the header for the definition). */
export function sideRight(gold: GoldSide, got: RegionRef): boolean {
  if (gold === null) return got === null;
  if (got === null) return false;
  if ('code' in gold) return got.code === gold.code;
  if (got.code !== null) return false;
  if (got.name === gold.group) return true;
  const written = gold.group.split(/[、,，和及与]/u).map((m) => m.trim()).filter((m) => m !== '');
  // A member counts when the claim names it as the gold writes it (less its suffix) or by its
  // official name (察右前旗 → 察哈尔右翼前旗).
  return written.length > 0 && written.every((m) => got.name.includes(m.replace(SUFFIX, '')) || got.name.includes(findRegion(m)?.name ?? m));
}

function describeGoldSide(s: GoldSide): string {
  if (s === null) return '∅';
  return 'code' in s ? `${s.name}(${s.code})` : `[${s.group}]`;
}

function describeGot(s: RegionRef): string {
  if (s === null) return '∅';
  return s.code === null ? `${s.name}(no code)` : `${s.name}(${s.code})`;
}

/** A gold figure, reduced to what the evaluation compares. */
interface Expected {
  text: string;
  start: number;
  end: number;
  metric: string;
  east: GoldSide;
  west: GoldSide;
}

/** Counts of one article or a total. */
interface Tally {
  figures: number;
  found: number;
  aid: number;
  aidFound: number;
  both: number;
  one: number;
  none: number;
  metric: number;
}

const emptyTally = (): Tally => ({ figures: 0, found: 0, aid: 0, aidFound: 0, both: 0, one: 0, none: 0, metric: 0 });

function add(a: Tally, b: Tally): void {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
}

/** The claim whose figure overlaps the span most, or undefined. */
function matchClaim(e: { start: number; end: number }, claims: readonly Claim[]): Claim | undefined {
  let best: Claim | undefined;
  let bestOverlap = 0;
  for (const c of claims) {
    const s = c.figure.span;
    const overlap = Math.min(s.end, e.end) - Math.max(s.start, e.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** The level of a gold side: province, prefecture, county (by the code), group, or none. */
export function sideLevel(s: GoldSide): string {
  if (s === null) return 'none';
  if (!('code' in s)) return 'group';
  if (s.code.endsWith('0000')) return 'province';
  return s.code.endsWith('00') ? 'prefecture' : 'county';
}

function evaluate(
  article: string,
  expected: readonly Expected[],
  claims: readonly Claim[],
  misses: string[],
  byLevel?: Map<string, Tally>,
): Tally {
  const t = emptyTally();
  for (const e of expected) {
    t.figures++;
    const c = matchClaim(e, claims);
    if (c) t.found++;
    if (e.metric === 'other') continue;
    const one = evaluateAid(article, e, c, misses);
    add(t, one);
    if (byLevel) {
      const key = `${sideLevel(e.east)} → ${sideLevel(e.west)}`;
      const level = byLevel.get(key) ?? emptyTally();
      one.figures = 1;
      one.found = c ? 1 : 0;
      add(level, one);
      byLevel.set(key, level);
    }
  }
  return t;
}

/** The tally of one aid figure (figures and found are counted by the caller). */
function evaluateAid(article: string, e: Expected, c: Claim | undefined, misses: string[]): Tally {
  const t = emptyTally();
  t.aid++;
  const want = `${describeGoldSide(e.east)} → ${describeGoldSide(e.west)} ${e.metric}`;
  if (!c) {
    misses.push(`${article}  ${e.text}@${e.start}  not found; expected ${want}`);
    return t;
  }
  t.aidFound++;
  const eastOk = sideRight(e.east, c.east);
  const westOk = sideRight(e.west, c.west);
  const sides = Number(eastOk) + Number(westOk);
  if (sides === 2) t.both++;
  else if (sides === 1) t.one++;
  else t.none++;
  const metricOk = c.metric === e.metric;
  if (metricOk) t.metric++;
  if (sides < 2 || !metricOk) {
    misses.push(
      `${article}  ${e.text}@${e.start}  expected ${want}; got ${describeGot(c.east)} → ${describeGot(c.west)} ${c.metric}` +
        `${eastOk ? '' : ' [east ✗]'}${westOk ? '' : ' [west ✗]'}${metricOk ? '' : ' [metric ✗]'}`,
    );
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Seeds: reviewed claims with names for sides.

const seedClaimSchema = z.looseObject({
  text: z.string(),
  start: z.int(),
  end: z.int(),
  metric: z.string(),
  east: z.string().nullable(),
  west: z.string().nullable(),
});

function seedSide(name: string | null): GoldSide {
  if (name === null) return null;
  const r = findRegion(name);
  return r ? { name: r.name, code: r.code } : { group: name };
}

function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

function loadSeedExpected(name: string): Expected[] {
  const raw = z.array(seedClaimSchema).parse(JSON.parse(readFileSync(`${SEED_FIXTURES_DIR}${name}.claims.json`, 'utf8')));
  return raw.map((c) => ({ text: c.text, start: c.start, end: c.end, metric: c.metric, east: seedSide(c.east), west: seedSide(c.west) }));
}

// ---------------------------------------------------------------------------------------------

interface Row {
  article: string;
  tally: Tally;
}

function pct(n: number, d: number): string {
  return d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function printTable(title: string, rows: readonly Row[], total: Tally, label = 'article'): void {
  console.log(`\n${title}`);
  const head = `${label.padEnd(36)} ${'figures'.padStart(7)} ${'found'.padStart(6)} ${'aid'.padStart(4)} ${'both✓'.padStart(6)} ${'one✓'.padStart(5)} ${'none'.padStart(5)} ${'miss'.padStart(5)} ${'metric✓'.padStart(8)}`;
  console.log(head);
  console.log('-'.repeat(head.length));
  const line = (name: string, t: Tally): string =>
    `${name.padEnd(36)} ${String(t.figures).padStart(7)} ${String(t.found).padStart(6)} ${String(t.aid).padStart(4)} ${String(t.both).padStart(6)} ${String(t.one).padStart(5)} ${String(t.none).padStart(5)} ${String(t.aid - t.aidFound).padStart(5)} ${String(t.metric).padStart(8)}`;
  for (const r of rows) console.log(line(r.article, r.tally));
  console.log('-'.repeat(head.length));
  console.log(line('total', total));
  console.log(
    `  figures found ${pct(total.found, total.figures)} | of ${total.aid} aid figures: both sides right ${pct(total.both, total.aid)} (target ≥ ${TARGET_BOTH_SIDES * 100}%), ` +
      `one side ${pct(total.one, total.aid)}, neither ${pct(total.none, total.aid)}, not found ${pct(total.aid - total.aidFound, total.aid)}; ` +
      `metric right ${pct(total.metric, total.aid)} (target ≥ ${TARGET_METRIC * 100}%)`,
  );
}

function summary(t: Tally): Record<string, number | boolean> {
  const r = (n: number, d: number): number => (d === 0 ? 0 : Math.round((10000 * n) / d) / 10000);
  return {
    ...t,
    notFound: t.aid - t.aidFound,
    foundRate: r(t.found, t.figures),
    bothRate: r(t.both, t.aid),
    oneRate: r(t.one, t.aid),
    metricRate: r(t.metric, t.aid),
    bothTargetMet: t.aid > 0 && t.both / t.aid >= TARGET_BOTH_SIDES,
    metricTargetMet: t.aid > 0 && t.metric / t.aid >= TARGET_METRIC,
  };
}

/** `extractClaims`, with a crash of the library counted as "no claims" (and reported) rather than ending the run. */
function safeExtract(article: string, text: string, misses: string[]): Claim[] {
  try {
    return extractClaims(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    misses.push(`${article}  extractClaims threw: ${message}`);
    console.error(`eval:regions: extractClaims threw on ${article}: ${message}`);
    return [];
  }
}

/** Rows of the by-level table, most figures first. */
function levelRows(byLevel: ReadonlyMap<string, Tally>): Row[] {
  return [...byLevel.entries()].sort((a, b) => b[1].aid - a[1].aid || a[0].localeCompare(b[0])).map(([article, tally]) => ({ article, tally }));
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const misses: string[] = [];

  const nationalRows: Row[] = [];
  const nationalTotal = emptyTally();
  const byLevel = new Map<string, Tally>();
  for (const name of nationalArticles()) {
    const { text, gold } = loadNational(name);
    const tally = evaluate(name, gold, safeExtract(name, text, misses), misses, byLevel);
    nationalRows.push({ article: name, tally });
    add(nationalTotal, tally);
  }

  const seedRows: Row[] = [];
  const seedTotal = emptyTally();
  for (const name of seedNames()) {
    const text = readFileSync(`${SEEDS_DIR}${name}.txt`, 'utf8');
    const tally = evaluate(`seed ${name}`, loadSeedExpected(name), safeExtract(`seed ${name}`, text, misses), misses);
    seedRows.push({ article: `seed ${name}`, tally });
    add(seedTotal, tally);
  }

  if (json) {
    console.log(
      JSON.stringify(
        {
          targets: { bothSides: TARGET_BOTH_SIDES, metric: TARGET_METRIC },
          national: {
            total: summary(nationalTotal),
            articles: Object.fromEntries(nationalRows.map((r) => [r.article, summary(r.tally)])),
            byPairingLevel: Object.fromEntries(levelRows(byLevel).map((r) => [r.article, summary(r.tally)])),
          },
          seeds: { total: summary(seedTotal), articles: Object.fromEntries(seedRows.map((r) => [r.article, summary(r.tally)])) },
          ...(verbose ? { misses } : {}),
        },
        null,
        2,
      ),
    );
    return;
  }

  console.log('eval:regions — pairing (east → west) and metric of each figure, against reviewed gold');
  console.log('A side is right when: gold region → same GB/T 2260 code; gold group → an uncoded claim side named as the');
  console.log('group or naming every member (省/市/州/区/县/旗 dropped); gold null → claim side null. Seeds: names resolved by findRegion.');
  console.log('Aid figures: every gold metric except `other`. Figures are matched to claims by greatest span overlap.');
  printTable('National fixtures (test/fixtures/national)', nationalRows, nationalTotal);
  const levels = levelRows(byLevel);
  const levelTotal = emptyTally();
  for (const r of levels) add(levelTotal, r.tally);
  printTable('National fixtures, aid figures only, by level of the gold pairing (province / prefecture / county by code)', levels, levelTotal, 'east → west');
  printTable('Seeds (test/fixtures/seeds/*.claims.json)', seedRows, seedTotal);
  if (verbose) {
    console.log(`\nMisses (${misses.length}):`);
    for (const m of misses) console.log(`  ${m}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
