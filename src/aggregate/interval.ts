/**
 * The interval a qualified figure stands for: 2900余万 → [2900万, 3000万), 超1亿 → (1亿, ∞),
 * 近10万 → [9万, 10万], 约6.9万 → [6.85万, 6.95万).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import type { NumberValue } from '../types.js';
import type { Interval } from './types.js';
import { hasFigure, isFiniteDecimal, isNumberValue } from '../domain/guards.js';
import { argumentError } from '../domain/validation-error.js';

function checkInterval(fn: string, param: string, x: Interval): void {
  const ok = x !== null && typeof x === 'object' && isFiniteDecimal(x.low) && (x.high === null || isFiniteDecimal(x.high));
  if (!ok) throw argumentError(fn, param, 'an interval { low, high }', x);
}

/** Private arithmetic at high precision (the global Decimal config is never changed). */
const D = Decimal.clone({ precision: 200 });

/** Words of `more_than` that also bound the value below the next step of its last digit. */
const BOUNDED_MORE = /[余餘多]/;

/** 近 x lies no further below x than this fraction of x (近10万 ≥ 9万). */
const NEARLY_FRACTION = '0.9';

function out(x: Decimal): Decimal {
  return x.constructor === Decimal ? x : new Decimal(x.toFixed());
}

function closed(low: Decimal, high: Decimal): Interval {
  return { low, lowInclusive: true, high, highInclusive: true };
}

/**
 * The interval of values a figure stands for, from its qualifier, its precision (place value of
 * the last significant written digit, `p`) and the words it was written with:
 *
 * | qualifier | words | interval |
 * |---|---|---|
 * | `exact` | (none) | `[x, x]`, taken at face value |
 * | `approx` | 约 左右 上下 | `[x − p/2, x + p/2)`: the values that round to x at its precision (约6.9万 → [6.85万, 6.95万)) |
 * | `more_than` | 余 多 | `[x, x + p)`: below the next step of the last digit (2900余万 → [2900万, 3000万)) |
 * | `more_than` | 超 超过 逾 突破 | `(x, ∞)`, or `(x, c]` with a ceiling c > x (超1亿 → (1亿, ∞)) |
 * | `at_least` | 以上 不少于 | `[x, ∞)`, or `[x, c]` with a ceiling c > x |
 * | `nearly` | 近 将近 接近 | `[max(x − p, 0.9·x), x]`: at most one step of the last digit and at most 10 % below x (近10万 → [9万, 10万], 近200 → [180, 200]) |
 * | `less_than` | 不到 不足 | `[0, x)` |
 * | `at_most` | 以内 以下 | `[0, x]` |
 * | `range` | 3至5万 | `[min, max]` |
 *
 * A precision that is not positive gives no step: 余/多 then read as `[x, ∞)`, 约 as `[x, x]`, 近 as
 * `[0.9·x, x]`. Lower ends of `approx` are not taken below 0.
 *
 * @param value - the number (an `Amount` or `Quantity` works too)
 * @param text - the figure as written (its span text), used to tell 余/多 from 超/突破
 * @param ceiling - a scale bound for figures open above
 * @example
 * ```ts
 * valueInterval(parseAmountOrThrow('2900余万元'), '2900余万元');
 * // { low: 29000000, lowInclusive: true, high: 30000000, highInclusive: false } —— [2900万, 3000万)
 * valueInterval({ value: new Decimal('100000000'), qualifier: 'more_than', precision: new Decimal('100000000') }, '超1亿元');
 * // { low: 100000000, lowInclusive: false, high: null, highInclusive: false }
 * ```
 */
export function valueInterval(value: NumberValue, text = '', ceiling?: Decimal | null): Interval {
  if (!isNumberValue(value)) throw argumentError('valueInterval', 'value', 'a number (NumberValue)', value);
  if (ceiling !== undefined && ceiling !== null && !isFiniteDecimal(ceiling)) throw argumentError('valueInterval', 'ceiling', 'a finite Decimal, or none', ceiling);
  const x = value.value;
  const p = value.precision;
  const stepped = p !== undefined && p !== null && p.gt(0);
  switch (value.qualifier) {
    case 'exact':
      return closed(x, x);
    case 'approx': {
      if (!stepped) return closed(x, x);
      const half = new D(p).div(2);
      let low = new D(x).minus(half);
      if (x.gte(0) && low.lt(0)) low = new D(0);
      return { low: out(low), lowInclusive: true, high: out(new D(x).plus(half)), highInclusive: false };
    }
    case 'more_than': {
      if (BOUNDED_MORE.test(text)) {
        if (!stepped) return { low: x, lowInclusive: true, high: null, highInclusive: false };
        return { low: x, lowInclusive: true, high: out(new D(x).plus(p)), highInclusive: false };
      }
      if (ceiling && ceiling.gt(x)) return { low: x, lowInclusive: false, high: out(ceiling), highInclusive: true };
      return { low: x, lowInclusive: false, high: null, highInclusive: false };
    }
    case 'at_least':
      if (ceiling && ceiling.gt(x)) return closed(x, out(ceiling));
      return { low: x, lowInclusive: true, high: null, highInclusive: false };
    case 'nearly': {
      const tenth = new D(x).times(NEARLY_FRACTION);
      const step = stepped ? new D(x).minus(p) : tenth;
      return closed(out(D.max(step, tenth)), x);
    }
    case 'less_than':
      return { low: new Decimal(0), lowInclusive: true, high: x, highInclusive: false };
    case 'at_most':
      return closed(new Decimal(0), x);
    case 'range': {
      const r = value.range;
      if (!r) return closed(x, x);
      return closed(r.min, r.max);
    }
    default:
      return closed(x, x);
  }
}

/**
 * An interval in hundredths (see {@link centsInterval}): `high` is `NaN` when unbounded.
 *
 * @example
 * ```ts
 * const out: CentsInterval = { low: 0, high: 0, lowOpen: false, highOpen: false };
 * ```
 */
export interface CentsInterval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Values in hundredths up to this (2^49) leave room for the arithmetic below in a float's integers. */
const CENTS_LIMIT = 2 ** 49;

/**
 * {@link valueInterval} for the common case, in integers: a value held in hundredths (`cents`,
 * an integer) with a precision of 10^`exponent` (−2 ≤ exponent ≤ 12). Writes the ends, in
 * hundredths, into `out` and returns `true`; returns `false` when the rules need decimals (a
 * half step below a hundredth, 近 of a value not divisible by ten, a range, or a ceiling the
 * caller supplies) — then use {@link valueInterval}. Same rules, same results.
 *
 * @param hasCeiling - whether a ceiling may apply (figures open above then go to {@link valueInterval})
 * @example
 * ```ts
 * const out = { low: 0, high: 0, lowOpen: false, highOpen: false };
 * centsInterval('more_than', 290000000000, 4, '2900余万元', false, out); // [2900万, 3000万)，以分计
 * ```
 */
export function centsInterval(qualifier: string, cents: number, exponent: number, text: string, hasCeiling: boolean, out: CentsInterval): boolean {
  if (!(exponent >= -2 && exponent <= 12) || !(Math.abs(cents) < CENTS_LIMIT)) return false;
  const p = 10 ** (exponent + 2);
  out.lowOpen = false;
  out.highOpen = false;
  switch (qualifier) {
    case 'exact':
      out.low = out.high = cents;
      return true;
    case 'approx': {
      if (p % 2 !== 0) return false;
      let low = cents - p / 2;
      if (cents >= 0 && low < 0) low = 0;
      out.low = low;
      out.high = cents + p / 2;
      out.highOpen = true;
      return true;
    }
    case 'more_than':
      if (BOUNDED_MORE.test(text)) {
        out.low = cents;
        out.high = cents + p;
        out.highOpen = true;
        return true;
      }
      if (hasCeiling) return false;
      out.low = cents;
      out.lowOpen = true;
      out.high = Number.NaN;
      out.highOpen = true;
      return true;
    case 'at_least':
      if (hasCeiling) return false;
      out.low = cents;
      out.high = Number.NaN;
      out.highOpen = true;
      return true;
    case 'nearly': {
      if (cents % 10 !== 0) return false;
      out.low = Math.max(cents - p, (cents / 10) * 9);
      out.high = cents;
      return true;
    }
    case 'less_than':
      out.low = 0;
      out.high = cents;
      out.highOpen = true;
      return true;
    case 'at_most':
      out.low = 0;
      out.high = cents;
      return true;
    default:
      return false;
  }
}

/**
 * The interval a claim's figure stands for; see {@link valueInterval} for the rules.
 *
 * @example
 * ```ts
 * const claims = extractClaims(text); // 销售农特产品2億餘元
 * claimInterval(claims[0]); // [2亿, 3亿)
 * ```
 */
export function claimInterval(claim: Claim, ceiling?: Decimal | null): Interval {
  if (!hasFigure(claim)) throw argumentError('claimInterval', 'claim', 'a claim with a figure', claim);
  const f = claim.figure;
  const v = f.kind === 'amount' ? f.amount : f.quantity;
  return valueInterval(v, f.span.text, ceiling);
}

/**
 * The sum of two intervals: ends add up, an end is closed only when both are, and an unbounded
 * high end stays unbounded.
 *
 * @example
 * ```ts
 * // [2900万, 3000万) + [3522万, 3522万] = [6422万, 6522万)
 * sumIntervals(a, b).high?.toFixed(); // '65220000'
 * ```
 */
export function sumIntervals(a: Interval, b: Interval): Interval {
  checkInterval('sumIntervals', 'a', a);
  checkInterval('sumIntervals', 'b', b);
  const high = a.high === null || b.high === null ? null : out(new D(a.high).plus(b.high));
  return {
    low: out(new D(a.low).plus(b.low)),
    lowInclusive: a.lowInclusive && b.lowInclusive,
    high,
    highInclusive: high !== null && a.highInclusive && b.highInclusive,
  };
}

/**
 * Whether two intervals are the same: equal ends and equal openness.
 *
 * @example
 * ```ts
 * sameInterval(sumIntervals(a, b), sumIntervals(b, a)); // true
 * ```
 */
export function sameInterval(a: Interval, b: Interval): boolean {
  checkInterval('sameInterval', 'a', a);
  checkInterval('sameInterval', 'b', b);
  if (!a.low.eq(b.low) || a.lowInclusive !== b.lowInclusive || a.highInclusive !== b.highInclusive) return false;
  if (a.high === null || b.high === null) return a.high === b.high;
  return a.high.eq(b.high);
}
