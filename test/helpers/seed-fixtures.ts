/**
 * Loading and comparing the reviewed seed fixtures (test/fixtures/seeds/*.json).
 *
 * The fixtures are written by hand from a reading of the seed articles, never from parser
 * output; see test/fixtures/README.md for the rules they follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { z } from 'zod/v4';
import { QualifierSchema } from '../../src/domain/index.js';

/** Folder of the five seed articles. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** Folder of the reviewed fixtures. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The qualifier vocabulary of `src/types.ts`, as the domain schema lists it. */
export const QUALIFIERS = QualifierSchema.options;

/** Measure words (simplified script) the quantity fixtures use. */
export const QUANTITY_UNITS = [
  '人',
  '人次',
  '户',
  '名',
  '个',
  '家',
  '所',
  '项',
  '亩',
  '吨',
  '公斤',
  '株',
  '座',
  '次',
  '场次',
  '%',
] as const;

/** A canonical decimal string: no exponent, no leading zeros, no trailing fractional zeros. */
const decimalString = z
  .string()
  .regex(/^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/, 'canonical decimal string');

const baseEntry = z.strictObject({
  text: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  value: decimalString,
  qualifier: z.enum(QUALIFIERS),
  range: z.strictObject({ min: decimalString, max: decimalString }).optional(),
  chrome: z.literal(true).optional(),
  note: z.string().min(1).optional(),
});

/** One amount of money in a seed, as reviewed. */
export const amountFixtureSchema = baseEntry.extend({ currency: z.string().regex(/^[A-Z]{3}$/) });
/** One quantity (count with a measure word, or a percentage) in a seed, as reviewed. */
export const quantityFixtureSchema = baseEntry.extend({ unit: z.enum(QUANTITY_UNITS) });

/** An amount fixture entry. */
export type AmountFixture = z.infer<typeof amountFixtureSchema>;
/** A quantity fixture entry. */
export type QuantityFixture = z.infer<typeof quantityFixtureSchema>;
/** Either kind of fixture entry. */
export type FixtureEntry = AmountFixture | QuantityFixture;

/** Names (without `.txt`) of the seed articles, sorted. */
export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/** A seed article's text exactly as Node reads it (UTF-8). */
export function readSeed(name: string): string {
  return readFileSync(`${SEEDS_DIR}${name}.txt`, 'utf8');
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${file}`, 'utf8')) as unknown;
}

/** The reviewed amounts of a seed (validated against {@link amountFixtureSchema}). */
export function loadAmountFixtures(name: string): AmountFixture[] {
  return z.array(amountFixtureSchema).parse(readJson(`${name}.amounts.json`));
}

/** The reviewed quantities of a seed (validated against {@link quantityFixtureSchema}). */
export function loadQuantityFixtures(name: string): QuantityFixture[] {
  return z.array(quantityFixtureSchema).parse(readJson(`${name}.quantities.json`));
}

/** What a finder returns, as far as the comparison needs it. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  value: Decimal;
  qualifier: string;
  range?: { min: Decimal; max: Decimal } | undefined;
  currency?: string;
  unit?: string;
}

/** Missing, unexpected and differing mentions, matched by span. */
export interface MentionDiff {
  missing: string[];
  unexpected: string[];
  different: string[];
}

function describeFixture(f: FixtureEntry): string {
  const unit = 'currency' in f ? f.currency : f.unit;
  const range = f.range ? ` [${f.range.min}, ${f.range.max}]` : '';
  return `[${f.start},${f.end}) ${JSON.stringify(f.text)} = ${f.value}${range} ${unit} ${f.qualifier}`;
}

function describeFound(m: FoundMention): string {
  const unit = m.currency ?? m.unit ?? '?';
  const range = m.range ? ` [${m.range.min.toFixed()}, ${m.range.max.toFixed()}]` : '';
  const value = Decimal.isDecimal(m.value) ? m.value.toFixed() : String(m.value);
  return `[${m.start},${m.end}) ${JSON.stringify(m.text)} = ${value}${range} ${unit} ${m.qualifier}`;
}

function sameDecimal(a: unknown, b: string): boolean {
  return Decimal.isDecimal(a) && a.eq(new Decimal(b));
}

function fieldDifferences(f: FixtureEntry, m: FoundMention): string[] {
  const out: string[] = [];
  if (m.text !== f.text) out.push(`text ${JSON.stringify(m.text)} ≠ ${JSON.stringify(f.text)}`);
  if (!sameDecimal(m.value, f.value)) out.push(`value ${String(m.value)} ≠ ${f.value}`);
  if (m.qualifier !== f.qualifier) out.push(`qualifier ${m.qualifier} ≠ ${f.qualifier}`);
  if ('currency' in f && m.currency !== f.currency) out.push(`currency ${String(m.currency)} ≠ ${f.currency}`);
  if ('unit' in f && m.unit !== f.unit) out.push(`unit ${String(m.unit)} ≠ ${f.unit}`);
  if (f.range) {
    if (!m.range || !sameDecimal(m.range.min, f.range.min) || !sameDecimal(m.range.max, f.range.max)) {
      out.push(`range ${m.range ? `[${String(m.range.min)}, ${String(m.range.max)}]` : 'none'} ≠ [${f.range.min}, ${f.range.max}]`);
    }
  } else if (m.range) {
    out.push(`range [${String(m.range.min)}, ${String(m.range.max)}] where none is stated`);
  }
  return out;
}

/**
 * Compares what a finder returned with the reviewed fixture, matching entries by exact span.
 * Every field the fixture states is compared; values with `Decimal.eq`.
 */
export function diffMentions(expected: readonly FixtureEntry[], found: readonly FoundMention[]): MentionDiff {
  const key = (x: { start: number; end: number }): string => `${x.start}:${x.end}`;
  const foundByKey = new Map(found.map((m) => [key(m), m]));
  const expectedKeys = new Set(expected.map(key));
  const diff: MentionDiff = { missing: [], unexpected: [], different: [] };
  for (const f of expected) {
    const m = foundByKey.get(key(f));
    if (!m) {
      diff.missing.push(`missing     ${describeFixture(f)}`);
      continue;
    }
    const d = fieldDifferences(f, m);
    if (d.length > 0) diff.different.push(`different   ${describeFixture(f)}: ${d.join('; ')}`);
  }
  for (const m of found) {
    if (!expectedKeys.has(key(m))) diff.unexpected.push(`unexpected  ${describeFound(m)}`);
  }
  return diff;
}

/** All lines of a diff, missing first, for a readable assertion message. */
export function diffLines(d: MentionDiff): string[] {
  return [...d.missing, ...d.unexpected, ...d.different];
}

/** Whether two half-open spans share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
