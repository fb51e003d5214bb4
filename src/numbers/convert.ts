/**
 * Conversion of scanner mentions to the public value types (decimal.js values, spans).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { Amount, AmountMention, NumberMention, NumberValue, Quantity, QuantityMention } from '../types.js';
import { powerOfTenDecimal, toDecimal } from './exact.js';
import type { RawMention } from './scan.js';

const precisions = new Map<number, Decimal>();

/** 10^e as a Decimal, shared (Decimals are immutable). */
function precisionDecimal(e: number): Decimal {
  let d = precisions.get(e);
  if (d === undefined) {
    d = powerOfTenDecimal(e);
    precisions.set(e, d);
  }
  return d;
}

function fill(m: RawMention, v: NumberValue): void {
  if (m.qualifier === 'range' && m.hi !== null) v.range = { min: v.value, max: toDecimal(m.hi) };
  else if (m.qualifier === 'range') v.qualifier = 'exact';
}

/**
 * The value part of a mention.
 *
 * @example
 * ```ts
 * toNumberValue(readWhole('2900余万', 'number').mention).qualifier; // 'more_than'（示意）
 * ```
 */
export function toNumberValue(m: RawMention): NumberValue {
  const v: NumberValue = { value: toDecimal(m.lo), qualifier: m.qualifier, precision: precisionDecimal(m.pexp) };
  fill(m, v);
  return v;
}

/**
 * A number mention with its span in `text`.
 *
 * @example
 * ```ts
 * toNumberMention(scan('投入870万元', 'number').mentions[0]!, '投入870万元').text; // '870万'
 * ```
 */
export function toNumberMention(m: RawMention, text: string): NumberMention {
  const v: NumberMention = {
    value: toDecimal(m.lo),
    qualifier: m.qualifier,
    precision: precisionDecimal(m.pexp),
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
  };
  fill(m, v);
  return v;
}

/**
 * An amount.
 *
 * @example
 * ```ts
 * toAmount(scan('1.25亿元', 'amount').mentions[0]!).currency; // 'CNY'
 * ```
 */
export function toAmount(m: RawMention): Amount {
  const v: Amount = { value: toDecimal(m.lo), qualifier: m.qualifier, precision: precisionDecimal(m.pexp), currency: m.currency ?? 'CNY' };
  fill(m, v);
  return v;
}

/**
 * An amount mention.
 *
 * @example
 * ```ts
 * toAmountMention(scan('投入1.25亿元', 'amount').mentions[0]!, '投入1.25亿元').text; // '1.25亿元'
 * ```
 */
export function toAmountMention(m: RawMention, text: string): AmountMention {
  const v: AmountMention = {
    value: toDecimal(m.lo),
    qualifier: m.qualifier,
    precision: precisionDecimal(m.pexp),
    currency: m.currency ?? 'CNY',
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
  };
  fill(m, v);
  return v;
}

/**
 * A quantity.
 *
 * @example
 * ```ts
 * toQuantity(scan('1248人', 'quantity').mentions[0]!).unit; // '人'
 * ```
 */
export function toQuantity(m: RawMention): Quantity {
  const v: Quantity = { value: toDecimal(m.lo), qualifier: m.qualifier, precision: precisionDecimal(m.pexp), unit: m.unit ?? '' };
  fill(m, v);
  return v;
}

/**
 * A quantity mention.
 *
 * @example
 * ```ts
 * toQuantityMention(scan('就业1248人', 'quantity').mentions[0]!, '就业1248人').text; // '1248人'
 * ```
 */
export function toQuantityMention(m: RawMention, text: string): QuantityMention {
  const v: QuantityMention = {
    value: toDecimal(m.lo),
    qualifier: m.qualifier,
    precision: precisionDecimal(m.pexp),
    unit: m.unit ?? '',
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
  };
  fill(m, v);
  return v;
}
