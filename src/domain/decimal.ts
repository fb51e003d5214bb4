/**
 * Exact decimals in the domain model: `Decimal` in memory, decimal strings in JSON.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod/v4';

/**
 * The largest decimal exponent a domain value may have: every value lies strictly between
 * -10^101 and 10^101, far beyond any figure the texts state (the parsers stop at 10^30).
 *
 * @example
 * ```ts
 * MAX_DECIMAL_EXPONENT; // 100 —— '1e400'（浮点数写法的溢出值）被拒绝
 * ```
 */
export const MAX_DECIMAL_EXPONENT = 100;

/**
 * The most fractional digits a domain value may have (the parsers stop at 30).
 *
 * @example
 * ```ts
 * MAX_DECIMAL_PLACES; // 100 —— '1e-200' 被拒绝
 * ```
 */
export const MAX_DECIMAL_PLACES = 100;

/** Longest decimal string accepted (checked before anything else, so huge strings stay cheap). */
const MAX_DECIMAL_STRING_LENGTH = 512;

/**
 * Decimal strings: an optional minus sign, an integer part without leading zeros, an optional
 * fraction and an optional exponent — the forms `Decimal#toFixed()` and `Decimal#toJSON()` write.
 * No nested quantifiers: the match is linear.
 */
const DECIMAL_STRING = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,6})?$/;

/**
 * What {@link DecimalSchema} accepts: a decimal.js `Decimal` (of any clone) or a decimal string.
 *
 * @example
 * ```ts
 * const a: DecimalInput = '125000000'; // 1.25亿
 * const b: DecimalInput = new Decimal('1576.09e4'); // 1576.09万
 * ```
 */
export type DecimalInput = string | Decimal;

/** Why a value is not an acceptable domain decimal, or `undefined` when it is. */
function decimalProblem(value: unknown): string | undefined {
  let d: Decimal;
  if (typeof value === 'string') {
    if (value.length > MAX_DECIMAL_STRING_LENGTH) {
      return `expected a decimal string of at most ${MAX_DECIMAL_STRING_LENGTH} characters, received ${value.length} characters`;
    }
    if (!DECIMAL_STRING.test(value)) {
      return `expected a decimal string such as "125000000", "0.6" or "1.2e+21", received ${JSON.stringify(value)}`;
    }
    d = new Decimal(value);
  } else if (Decimal.isDecimal(value)) {
    d = value as Decimal;
    if (!d.isFinite()) return `expected a finite Decimal, received ${d.toString()}`;
  } else {
    const kind = value === null ? 'null' : typeof value;
    const hint = typeof value === 'number' ? ' (JS numbers are not accepted: write the digits as a string)' : '';
    return `expected a Decimal or a decimal string, received ${kind}${hint}`;
  }
  if (!d.isZero() && (d.e > MAX_DECIMAL_EXPONENT || d.e < -MAX_DECIMAL_PLACES)) {
    return `expected a decimal with magnitude below 1e${MAX_DECIMAL_EXPONENT + 1} and at most ${MAX_DECIMAL_PLACES} fractional digits`;
  }
  if (d.decimalPlaces() > MAX_DECIMAL_PLACES) {
    return `expected at most ${MAX_DECIMAL_PLACES} fractional digits, received ${d.decimalPlaces()}`;
  }
  return undefined;
}

/** The wire side of the codec: a decimal string or a Decimal, checked. */
const DecimalWireSchema = z.custom<DecimalInput>().superRefine((value, ctx) => {
  const problem = decimalProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

/** The memory side of the codec: a finite Decimal of this package. */
const DecimalValueSchema = z.custom<Decimal>(
  (v) => Decimal.isDecimal(v) && (v as Decimal).isFinite(),
  { message: 'expected a finite Decimal' },
);

/**
 * An exact decimal: parses a `Decimal` or a decimal string into a `Decimal` of this package, and
 * encodes (`z.encode`) a `Decimal` back to a plain decimal string without exponent.
 *
 * Accepted strings: `-?digits(.digits)?(e±digits)?` — the plain form and the exponent form that
 * `Decimal#toJSON()` writes for very large or very small values, so `JSON.stringify` output parses
 * back without loss. Rejected: JS numbers (floats lose digits), `NaN`, `Infinity`, hexadecimal,
 * white space, leading zeros, and values beyond 10^101 in magnitude or with more than 100 fractional
 * digits (`"1e400"`, a float overflow written out, is rejected rather than silently kept).
 *
 * @example
 * ```ts
 * DecimalSchema.parse('125000000').eq('1.25e8'); // true —— 1.25亿元
 * DecimalSchema.parse(new Decimal('1576.09')).toFixed(); // '1576.09' —— 1576.09万元
 * z.encode(DecimalSchema, new Decimal('3522e4')); // '35220000' —— 3522万
 * DecimalSchema.safeParse(0.1).success; // false
 * ```
 */
export const DecimalSchema = z.codec(DecimalWireSchema, DecimalValueSchema, {
  decode: (value) => new Decimal(value),
  encode: (value) => value.toFixed(),
});
