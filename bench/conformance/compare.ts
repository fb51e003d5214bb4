/**
 * Pure comparison helpers of the conformance harness: exact and approximate decimal equality,
 * currency equivalence, qualifier compatibility, span conventions and the qualifier-word test
 * used for spans.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

/** High-precision private Decimal for comparisons (never touches the global config). */
const D = Decimal.clone({ precision: 200 });

/** Relative tolerance of the approximate comparison. */
export const APPROX_RELATIVE_TOLERANCE = '1e-9';

/** Outcome of reading a value the parser returned. */
export type ReadValue = { ok: true; value: Decimal } | { ok: false; error: string };

/**
 * Read a value returned by the parser as a high-precision Decimal. Accepts decimal.js instances
 * (from any copy of the package); rejects JS numbers (the project promises never to hand out
 * floats), strings and everything else.
 */
export function readDecimal(x: unknown): ReadValue {
  if (typeof x === 'number') return { ok: false, error: `value is a JS number (${x}), not a Decimal` };
  if (x === null || x === undefined) return { ok: false, error: 'no value' };
  if (Decimal.isDecimal(x)) return { ok: true, value: new D((x as Decimal).toString()) };
  if (typeof x === 'object' && typeof (x as { toFixed?: unknown }).toFixed === 'function') {
    const s = String(x);
    try {
      return { ok: true, value: new D(s) };
    } catch {
      return { ok: false, error: `value ${s} is not a decimal` };
    }
  }
  return { ok: false, error: `value is a ${typeof x}, not a Decimal` };
}

/** Render a value the parser returned, for failure listings. */
export function showValue(x: unknown): string {
  const r = readDecimal(x);
  return r.ok ? r.value.toFixed() : `<${r.error}>`;
}

/** Outcome of comparing one value. */
export interface ValueComparison {
  ok: boolean;
  /** True when the values are not equal but within the approximate tolerance (and `approx` was allowed). */
  approxUsed: boolean;
  /** Why it did not match. */
  error?: string;
}

/**
 * Compare an expected canonical decimal string with a value from the parser.
 * Exact comparison uses `Decimal.eq`. With `approx`, a relative difference of at most 1e-9
 * (absolute 1e-12 when the expected value is 0) also passes.
 */
export function compareDecimal(expected: string, actual: unknown, approx: boolean): ValueComparison {
  const r = readDecimal(actual);
  if (!r.ok) return { ok: false, approxUsed: false, error: r.error };
  let e: Decimal;
  try {
    e = new D(expected);
  } catch {
    return { ok: false, approxUsed: false, error: `expected value ${expected} is not a decimal` };
  }
  if (r.value.eq(e)) return { ok: true, approxUsed: false };
  if (approx) {
    const diff = r.value.minus(e).abs();
    const bound = e.isZero() ? new D('1e-12') : e.abs().times(APPROX_RELATIVE_TOLERANCE);
    if (diff.lte(bound)) return { ok: true, approxUsed: true };
  }
  return {
    ok: false,
    approxUsed: false,
    error: `expected ${expected}${approx ? ' (±1e-9 rel.)' : ''}, got ${r.value.toFixed()}`,
  };
}

/**
 * Whether a canonical decimal string looks like a float-rounded repeating fraction that the
 * source forgot to flag `inexact` (e.g. `1010.33333333333`): at least 15 significant digits and a
 * fractional part ending in a run of at least 6 equal digits.
 */
export function looksFloatRounded(expected: string): boolean {
  const m = /^-?(\d*)\.(\d+)$/.exec(expected);
  if (!m) return false;
  const digits = ((m[1] ?? '') + (m[2] ?? '')).replace(/^0+/, '');
  if (digits.length < 15) return false;
  return /(\d)\1{5}$/.test(m[2] ?? '');
}

/**
 * Whether our currency code matches the source's. Recognizers-Text uses two non-ISO units:
 * `Dollar` (a bare `$`, any dollar: a three-letter code ending in D such as USD, HKD, TWD) and
 * `Bitcoin` (XBT or BTC).
 */
export function currencyMatches(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string') return false;
  if (expected === actual) return true;
  if (expected === 'Dollar') return /^[A-Z]{2}D$/.test(actual);
  if (expected === 'Bitcoin') return actual === 'XBT' || actual === 'BTC';
  return false;
}

/**
 * Our qualifiers that fairly correspond to a source qualifier (after the suite's
 * `meta.qualifier_map`). For a case with an `expected_range` (多/几/数/…到…), JioNLP labels every
 * range `approx` (blur); our `range`, `more_than` (余/多) and `approx` all state the same thing.
 */
export function compatibleQualifiers(sourceQualifier: string, hasRange: boolean): readonly string[] {
  switch (sourceQualifier) {
    case 'exact':
      return ['exact'];
    case 'approx':
      return hasRange ? ['approx', 'range', 'more_than'] : ['approx'];
    case 'less_than_or_nearly':
      return ['less_than', 'nearly', 'at_most'];
    case 'at_least':
      return ['at_least', 'more_than'];
    default:
      return [sourceQualifier];
  }
}

/** A half-open span `[start, end)`. */
export interface HalfOpen {
  start: number;
  end: number;
}

/**
 * Convert a source mention position to half-open offsets: Recognizers-Text gives `start` and an
 * INCLUSIVE `end` (→ `end + 1`); JioNLP gives `offset: [start, end)` (kept). Returns undefined
 * when the mention carries no usable position.
 */
export function toHalfOpen(m: {
  start?: number | undefined;
  end?: number | undefined;
  offset?: readonly number[] | undefined;
}): HalfOpen | undefined {
  if (Array.isArray(m.offset) && m.offset.length === 2) {
    const [s, e] = m.offset as [number, number];
    if (Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s) return { start: s, end: e };
    return undefined;
  }
  if (Number.isInteger(m.start) && Number.isInteger(m.end)) {
    const s = m.start as number;
    const e = (m.end as number) + 1;
    if (s >= 0 && e > s) return { start: s, end: e };
  }
  return undefined;
}

/** NFKC normalisation used to compare mention texts (Recognizers-Text prints full-width digits as ASCII). */
export function normText(s: string): string {
  return s.normalize('NFKC');
}

/**
 * Qualifier words that our mentions include but the sources leave out of their spans (the
 * qualifier table of src/types.ts, plus 几/幾/来/許/许 and the traditional 餘 and 約).
 */
export const QUALIFIER_WORDS: readonly string[] = [
  '约', '約', '大约', '大約', '左右', '上下',
  '余', '餘', '多', '超', '超过', '超過', '逾', '突破',
  '以上', '不少于', '不少於', '至少',
  '近', '将近', '將近', '接近',
  '不到', '不足',
  '以内', '以內', '以下', '最多', '不超过', '不超過',
  '几', '幾', '来', '來', '许', '許',
];

/**
 * Whether `s` consists only of qualifier words and white space (the empty string qualifies).
 * Linear in practice: the words are at most 3 characters long.
 */
export function isQualifierAffix(s: string, words: readonly string[] = QUALIFIER_WORDS): boolean {
  const t = s.replace(/\s+/g, '');
  // ok[i]: t.slice(0, i) splits into words
  const ok: boolean[] = new Array<boolean>(t.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < t.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) if (t.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[t.length] === true;
}
