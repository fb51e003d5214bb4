/**
 * xiezuo (协作): exact, typed, checked figures from Chinese East–West cooperation texts.
 *
 * @packageDocumentation
 */
export { XiezuoParseError } from './errors.js';
export type { XiezuoErrorCode, ParseResult, ParseSuccess, ParseFailure } from './errors.js';
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
export * from './numbers/index.js';
export * from './money/index.js';
export * from './quantity/index.js';
export * from './time/index.js';
export * from './domain/index.js';
export * from './registry/index.js';
export * from './article/index.js';
export * from './extract/index.js';
export * from './checks/index.js';
export * from './aggregate/index.js';
