/**
 * Numbers: whole-text parsing and finding numbers in free text.
 *
 * @module
 */
export { parseNumber, parseNumberOrThrow } from './parse-number.js';
export { findNumbers, findUnparsed } from './find-numbers.js';
export type { UnparsedMention } from './find-numbers.js';
