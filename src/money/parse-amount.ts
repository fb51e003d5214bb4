/**
 * `parseAmount`: read a whole text as one amount of money.
 *
 * @module
 */
import type { ParseResult } from '../errors.js';
import { XiezuoParseError } from '../errors.js';
import { describeInput } from '../text/describe-input.js';
import { toAmount } from '../numbers/convert.js';
import { readWhole } from '../numbers/scan.js';
import type { Amount } from '../types.js';

/**
 * Read the whole text as one amount of money: a figure with a currency unit (元 圆 块 块钱, 美元,
 * 港元, 欧元 …), a currency name or sign before it (人民币, ￥, $, 港币), 大写 with 角 and 分
 * (`壹仟玖佰圆整`, `叁元伍角`), qualifiers and ranges (`3至5万元`). `value` is in whole units of the
 * currency (yuan for CNY). A number without a unit of money (`5万`) is `NOT_AN_AMOUNT`: the
 * project never assumes 元. Never throws.
 *
 * @example
 * ```ts
 * const r = parseAmount('1.25亿元');
 * if (r.success) r.data.value.toString(); // '125000000', currency 'CNY'
 * parseAmount('5万'); // { success: false, error: { code: 'NOT_AN_AMOUNT', … } }
 * ```
 */
export function parseAmount(text: string): ParseResult<Amount> {
  if (typeof text !== 'string') {
    return { success: false, error: new XiezuoParseError('INVALID_ARGUMENT', 'parseAmount expects a string', describeInput(text)) };
  }
  try {
    const r = readWhole(text, 'amount');
    if (!r.ok) return { success: false, error: new XiezuoParseError(r.code, r.message, text, r.position) };
    return { success: true, data: toAmount(r.mention) };
  } catch (e) {
    return { success: false, error: new XiezuoParseError('NOT_A_NUMBER', `internal error: ${describeInput(e)}`, text) };
  }
}

/**
 * Like {@link parseAmount}, but returns the amount or throws the {@link XiezuoParseError}.
 *
 * @example
 * ```ts
 * parseAmountOrThrow('2億餘元').value.toString(); // '200000000' (qualifier 'more_than')
 * ```
 */
export function parseAmountOrThrow(text: string): Amount {
  const r = parseAmount(text);
  if (!r.success) throw r.error;
  return r.data;
}
