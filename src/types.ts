/**
 * The value model shared by numbers, amounts of money and quantities.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';

/**
 * How a figure is qualified in the text.
 *
 * | qualifier | typical words | meaning for the true value v of a stated value x |
 * |---|---|---|
 * | `exact` | (none) | v = x at the stated precision |
 * | `approx` | 约 大约 左右 上下 | v ≈ x |
 * | `more_than` | 余 多 超 超过 逾 突破 | v > x (余/多 also bound v below the next step of the last digit) |
 * | `at_least` | 以上 不少于 至少 | v ≥ x |
 * | `nearly` | 近 将近 接近 | v ≤ x and close to it |
 * | `less_than` | 不到 不足 | v < x |
 * | `at_most` | 以内 以下 最多 不超过 | v ≤ x |
 * | `range` | 3至5万 3-5万 | min ≤ v ≤ max, see `range` |
 */
export type Qualifier =
  | 'exact'
  | 'approx'
  | 'more_than'
  | 'at_least'
  | 'nearly'
  | 'less_than'
  | 'at_most'
  | 'range';

/** Both ends of a stated range, in the same units as `value`. */
export interface ValueRange {
  /** The low end. */
  min: Decimal;
  /** The high end. */
  max: Decimal;
}

/**
 * A number as read from text: exact decimal value, qualifier and precision.
 *
 * @example
 * ```ts
 * parseNumberOrThrow('2900余万').qualifier; // 'more_than'  (value 29000000, precision 1000000)
 * ```
 */
export interface NumberValue {
  /** The value (for a range, its low end). Exact: a decimal.js `Decimal`, never a float. */
  value: Decimal;
  /** How the text qualifies the value. */
  qualifier: Qualifier;
  /** For `qualifier: 'range'`: both ends. */
  range?: ValueRange;
  /**
   * Place value of the last significant digit as written: `1.25亿` → 1000000, `3522万` → 10000,
   * `1248` → 1, `82,225.00` → 0.01. Trailing zeros of a whole number are not significant
   * (`1200万` → 1000000). Used to judge equality at the precision the text states and to bound
   * 余/多 (`2900余万` lies in [2900万, 3000万)).
   */
  precision: Decimal;
}

/**
 * An amount of money.
 *
 * @example
 * ```ts
 * parseAmount('1.25亿元'); // { value: 125000000, currency: 'CNY', qualifier: 'exact', … }
 * ```
 */
export interface Amount extends NumberValue {
  /** ISO 4217 code: `CNY` for 元/圆/块, `USD` for 美元, `HKD` for 港元, … */
  currency: string;
}

/**
 * A count with its measure word, or a percentage.
 *
 * @example
 * ```ts
 * findQuantities('累计输转就业1248人')[0]; // { value: 1248, unit: '人', … }
 * ```
 */
export interface Quantity extends NumberValue {
  /** The measure word as normalised (simplified script): 人, 人次, 户, 个, 亩, %, …; `万次` keeps 次. In claims, `''` marks a count written without a measure word (阅读量突破5600万). */
  unit: string;
}

/** Where a figure stands in the caller's string: half-open UTF-16 offsets, `text === input.slice(start, end)`. */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset one past the last UTF-16 code unit. */
  end: number;
  /** The figure exactly as written, qualifier words and unit included. */
  text: string;
}

/** A number found in free text. */
export interface NumberMention extends NumberValue, Span {}

/** An amount of money found in free text. */
export interface AmountMention extends Amount, Span {}

/** A quantity found in free text. */
export interface QuantityMention extends Quantity, Span {}
