/**
 * `parseNumber`: read a whole text as one number.
 *
 * @module
 */
import type { ParseResult } from '../errors.js';
import { XiezuoParseError } from '../errors.js';
import { describeInput } from '../text/describe-input.js';
import type { NumberValue } from '../types.js';
import { toNumberValue } from './convert.js';
import { readWhole } from './scan.js';

/**
 * Read the whole text as one number: Arabic, Chinese (小写 and 大写), mixed (`1.25亿`, `3万4000`),
 * colloquial (`一万三`, `百三`, `半百`, `一打`), fractions (`五分之一`, `3/5`), with qualifiers
 * (`约`, `近`, `余`, `多`, `左右`) and ranges (`3至5万`). Never throws: failures come back as a
 * typed {@link XiezuoParseError} (`EMPTY_INPUT`, `NOT_A_NUMBER`, `MALFORMED_NUMBER`,
 * `TRAILING_TEXT`, `OUT_OF_RANGE`, `INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * const r = parseNumber('2900余万');
 * if (r.success) r.data.value.toString(); // '29000000', qualifier 'more_than'
 * parseNumber('一千二百万'); // value 12000000
 * ```
 */
export function parseNumber(text: string): ParseResult<NumberValue> {
  if (typeof text !== 'string') {
    return { success: false, error: new XiezuoParseError('INVALID_ARGUMENT', 'parseNumber expects a string', describeInput(text)) };
  }
  try {
    const r = readWhole(text, 'number');
    if (!r.ok) return { success: false, error: new XiezuoParseError(r.code, r.message, text, r.position) };
    return { success: true, data: toNumberValue(r.mention) };
  } catch (e) {
    return { success: false, error: new XiezuoParseError('NOT_A_NUMBER', `internal error: ${describeInput(e)}`, text) };
  }
}

/**
 * Like {@link parseNumber}, but returns the value or throws the {@link XiezuoParseError}.
 *
 * @example
 * ```ts
 * parseNumberOrThrow('一万三').value.toNumber(); // 13000
 * parseNumberOrThrow('1.2.3'); // throws XiezuoParseError, code 'MALFORMED_NUMBER'
 * ```
 */
export function parseNumberOrThrow(text: string): NumberValue {
  const r = parseNumber(text);
  if (!r.success) throw r.error;
  return r.data;
}
