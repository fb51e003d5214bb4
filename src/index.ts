/**
 * xiezuo (协作): exact, typed, checked figures from Chinese East–West cooperation texts.
 *
 * @packageDocumentation
 */
export { XiezuoParseError } from './errors.js';
export type { XiezuoErrorCode, ParseResult } from './errors.js';
export type {
  Qualifier,
  ValueRange,
  NumberValue,
  Amount,
  Quantity,
  Span,
  NumberMention,
  AmountMention,
  QuantityMention,
} from './types.js';
