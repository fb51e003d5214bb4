/**
 * Typed errors of the xiezuo parsers. Every failure carries a stable {@link XiezuoErrorCode}
 * that callers can switch on; the message is for people and may change between versions.
 *
 * @module
 */

/**
 * Stable codes of parse failures. New codes may be added in minor versions; existing ones keep
 * their meaning.
 *
 * - `EMPTY_INPUT`: the text is empty or only white space.
 * - `NOT_A_NUMBER`: no number could be read at the start of the text.
 * - `MALFORMED_NUMBER`: the text looks like a number but breaks its grammar (`1.2.3亿`, `万万` alone).
 * - `TRAILING_TEXT`: a number was read, but text is left over after it.
 * - `NOT_AN_AMOUNT`: a number was read, but no currency unit makes it an amount of money.
 * - `OUT_OF_RANGE`: the value is beyond what the parser accepts (more than 10^30 in magnitude, or
 *   more than 30 fractional digits).
 * - `INVALID_ARGUMENT`: the argument is not a string (or not a usable decimal for formatting).
 */
export type XiezuoErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_NUMBER'
  | 'MALFORMED_NUMBER'
  | 'TRAILING_TEXT'
  | 'NOT_AN_AMOUNT'
  | 'OUT_OF_RANGE'
  | 'INVALID_ARGUMENT';

/**
 * The error every xiezuo parser reports: a `success: false` result holds one, and the
 * `…OrThrow` functions throw one.
 *
 * @example
 * ```ts
 * import { parseAmountOrThrow, XiezuoParseError } from 'xiezuo';
 * try {
 *   parseAmountOrThrow('1.2.3亿元');
 * } catch (e) {
 *   if (e instanceof XiezuoParseError) console.log(e.code); // 'MALFORMED_NUMBER'
 * }
 * ```
 */
export class XiezuoParseError extends Error {
  /** Stable machine-readable code. */
  readonly code: XiezuoErrorCode;
  /** The text that was given to the parser. */
  readonly input: string;
  /** UTF-16 offset in `input` where the problem was found, when one can be named. */
  readonly position: number | undefined;

  constructor(code: XiezuoErrorCode, message: string, input: string, position?: number) {
    super(message);
    this.name = 'XiezuoParseError';
    this.code = code;
    this.input = input;
    this.position = position;
  }
}

/**
 * The result of a safe parse: either the data or a typed error, never a throw.
 *
 * @example
 * ```ts
 * const r = parseAmount('1.25亿元');
 * if (r.success) console.log(r.data.value.toString()); // '125000000'
 * else console.log(r.error.code);
 * ```
 */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/** A successful parse. */
export interface ParseSuccess<T> {
  /** Always `true`. */
  success: true;
  /** What was parsed. */
  data: T;
}

/** A failed parse. */
export interface ParseFailure {
  /** Always `false`. */
  success: false;
  /** Why it failed, with a stable `code`. */
  error: XiezuoParseError;
}
