/**
 * Exact arithmetic for the checks: intervals of qualified figures at their stated precision,
 * sums, products and quotients of intervals, and orders of magnitude — all with a private
 * high-precision `Decimal` clone, never JS floats.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import { hasFigure } from '../domain/guards.js';
import { argumentError } from '../domain/validation-error.js';

/**
 * Private high-precision clone (200 significant digits): products and quotients of long figures
 * stay exact enough. Never handed to callers (see {@link toPublic}).
 *
 * @example
 * ```ts
 * new D('58980000').div(new D('125000000')).toFixed(4); // '0.4718' —— 5898万元 ÷ 1.25亿元
 * ```
 */
export const D = Decimal.clone({ precision: 200 });

/**
 * An instance of the private clone {@link D}.
 *
 * @example
 * ```ts
 * const total: Dec = new D('35220000').plus('36160000'); // 3522万 + 3616万
 * ```
 */
export type Dec = InstanceType<typeof D>;
/** Private clone for logarithms (orders of magnitude only need a few digits, 40 are kept). */
const L = Decimal.clone({ precision: 40 });

/**
 * A closed interval of exact values; `high: null` is open upwards (1.5亿元以上).
 *
 * @example
 * ```ts
 * const i: FigureInterval = figureInterval(claim); // 2900余万元 → [29000000, 30000000]
 * ```
 */
export interface FigureInterval {
  /** Low end, inclusive. */
  low: Dec;
  /** High end, inclusive, or `null` for no upper bound. */
  high: Dec | null;
}

/**
 * Converts any decimal to the package's own `Decimal`, so callers never see the private clone.
 *
 * @example
 * ```ts
 * toPublic(D('87930000')).toFixed(); // '87930000' —— 8793万元
 * ```
 */
export function toPublic(x: Dec | Decimal): Decimal {
  return new Decimal(x.toFixed());
}

/**
 * The exact value of a claim's figure, as the private clone (a range gives its low end).
 *
 * @example
 * ```ts
 * figureValue(claim).toFixed(); // '879300000000' —— 8793亿元
 * ```
 */
export function figureValue(claim: Claim): Dec {
  const v = claim.figure.kind === 'amount' ? claim.figure.amount : claim.figure.quantity;
  return new D(v.value.toFixed());
}

/**
 * The interval a figure stands for at the precision the text states: an exact figure is ± half
 * its precision (1.25亿 → ±50万), 约/左右 ± its precision, 余/多/超 raise the low end
 * ([2900万, 3000万] for 2900余万), 以上 leaves it open upwards, 近 caps the high end
 * ([9万, 10万] for 近10万), 不到/以下 give [0, value], a stated range its ends.
 *
 * @example
 * ```ts
 * const i = figureInterval(claim); // 1.25亿元 → low 124500000, high 125500000
 * ```
 */
export function figureInterval(claim: Claim): FigureInterval {
  if (!hasFigure(claim)) throw argumentError('figureInterval', 'claim', 'a claim with a figure', claim);
  const v = claim.figure.kind === 'amount' ? claim.figure.amount : claim.figure.quantity;
  const value = new D(v.value.toFixed());
  const p = new D(v.precision.toFixed());
  const half = p.div(2);
  const zero = new D(0);
  const floor = (x: Dec): Dec => (x.lt(0) && value.gte(0) ? zero : x);
  switch (v.qualifier) {
    case 'exact':
      return { low: floor(value.minus(half)), high: value.plus(half) };
    case 'approx':
      return { low: floor(value.minus(p)), high: value.plus(p) };
    case 'more_than':
      return { low: value, high: value.plus(p) };
    case 'at_least':
      return { low: value, high: null };
    case 'nearly':
      return { low: floor(value.minus(p)), high: value };
    case 'less_than':
    case 'at_most':
      return { low: value.gte(0) ? zero : value, high: value };
    case 'range': {
      const r = v.range;
      if (r === undefined) return { low: floor(value.minus(half)), high: value.plus(half) };
      return { low: floor(new D(r.min.toFixed()).minus(half)), high: new D(r.max.toFixed()).plus(half) };
    }
    default:
      return { low: floor(value.minus(half)), high: value.plus(half) };
  }
}

/**
 * Sum of intervals.
 *
 * @example
 * ```ts
 * addIntervals([a, b]); // 5898万 + 2900余万 → [8797.5万, 8798.5万 + 100万]
 * ```
 */
export function addIntervals(xs: readonly FigureInterval[]): FigureInterval {
  let low = new D(0);
  let high: Dec | null = new D(0);
  for (const x of xs) {
    low = low.plus(x.low);
    high = high === null || x.high === null ? null : high.plus(x.high);
  }
  return { low, high };
}

/**
 * Product of two intervals of non-negative values.
 *
 * @example
 * ```ts
 * mulIntervals(perHousehold, households); // 户均 × 户数
 * ```
 */
export function mulIntervals(a: FigureInterval, b: FigureInterval): FigureInterval {
  const high = a.high === null || b.high === null ? null : a.high.times(b.high);
  return { low: a.low.times(b.low), high };
}

/**
 * Quotient a ÷ b of intervals of non-negative values (`high: null` when b may be 0).
 *
 * @example
 * ```ts
 * divIntervals(part, whole); // 5898万元 ÷ 1.25亿元 → ≈ [0.4699, 0.4737]
 * ```
 */
export function divIntervals(a: FigureInterval, b: FigureInterval): FigureInterval {
  const low = b.high === null ? new D(0) : b.high.isZero() ? new D(0) : a.low.div(b.high);
  const high = a.high === null || b.low.lte(0) ? null : a.high.div(b.low);
  return { low, high };
}

/**
 * Whether two intervals share a value.
 *
 * @example
 * ```ts
 * overlaps(statedShare, computedShare); // 62.5% vs 47.18% → false
 * ```
 */
export function overlaps(a: FigureInterval, b: FigureInterval): boolean {
  if (a.high !== null && a.high.lt(b.low)) return false;
  if (b.high !== null && b.high.lt(a.low)) return false;
  return true;
}

/**
 * log10 of a positive value (a `number`, used only to compare orders of magnitude; the values
 * themselves stay exact). `null` for zero or negative values.
 *
 * @example
 * ```ts
 * log10Of(D('879300000000')); // ≈ 11.944 —— 8793亿
 * ```
 */
export function log10Of(x: Dec | Decimal): number | null {
  const l = new L(x.toFixed());
  if (!l.gt(0)) return null;
  return Number(L.log10(l).toFixed(12));
}

/**
 * The middle of an interval (its low end when open upwards).
 *
 * @example
 * ```ts
 * midpoint({ low: D(1), high: D(3) }).toFixed(); // '2'
 * ```
 */
export function midpoint(i: FigureInterval): Dec {
  return i.high === null ? i.low : i.low.plus(i.high).div(2);
}

/**
 * A claim's unit class: the currency for amounts; for counts the measure word with 名/位/人
 * folded to 人 (人次 stays apart), `%` for shares.
 *
 * @example
 * ```ts
 * unitClass(claim); // '人' —— 89名
 * ```
 */
export function unitClass(claim: Claim): string {
  if (claim.figure.kind === 'amount') return `money:${claim.figure.amount.currency}`;
  const u = claim.figure.quantity.unit;
  if (u === '名' || u === '位' || u === '人') return 'count:人';
  return `count:${u}`;
}

/**
 * Whether a claim is an amount of money.
 *
 * @example
 * ```ts
 * isMoney(claim); // true —— 3522万元
 * ```
 */
export function isMoney(claim: Claim): boolean {
  return claim.figure.kind === 'amount';
}

/**
 * Whether a claim is a percentage.
 *
 * @example
 * ```ts
 * isPercent(claim); // true —— 62.5%
 * ```
 */
export function isPercent(claim: Claim): boolean {
  return claim.figure.kind === 'quantity' && (claim.figure.quantity.unit === '%' || claim.figure.quantity.unit === '％');
}
