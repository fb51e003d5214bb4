/**
 * Money: amounts with currencies, parsing, finding and formatting.
 *
 * @module
 */
export { parseAmount, parseAmountOrThrow } from './parse-amount.js';
export { findAmounts } from './find-amounts.js';
export { formatAmount } from './format-amount.js';
export type { AmountUnit, FormatAmountOptions } from './format-amount.js';
