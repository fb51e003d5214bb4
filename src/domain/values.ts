/**
 * Schemas of the values the number, money and quantity parsers give (see `src/types.ts`): numbers,
 * amounts, quantities and spans, with exact `Decimal` values.
 *
 * @module
 */
import { z } from 'zod/v4';
import type {
  Amount,
  NumberValue,
  Qualifier,
  Quantity,
  Span,
  ValueRange,
} from '../types.js';
import { DecimalSchema } from './decimal.js';
import { enumSchema } from './enum.js';
import type { EnumOf } from './enum.js';

/**
 * How a figure is qualified in the text (`exact`, 约 → `approx`, 余/多 → `more_than`, …); see
 * the `Qualifier` type.
 *
 * @example
 * ```ts
 * QualifierSchema.parse('more_than'); // 2900余万
 * ```
 */
export const QualifierSchema: z.ZodEnum<EnumOf<Qualifier>> = enumSchema([
  'exact',
  'approx',
  'more_than',
  'at_least',
  'nearly',
  'less_than',
  'at_most',
  'range',
]);

/**
 * Both ends of a stated range (3至5万 → min 30000, max 50000).
 *
 * @example
 * ```ts
 * ValueRangeSchema.parse({ min: '30000', max: '50000' }); // 3至5万
 * ```
 */
export const ValueRangeSchema = z
  .object({
    /** The low end. */
    min: DecimalSchema,
    /** The high end. */
    max: DecimalSchema,
  })
  .refine((r) => r.min.lte(r.max), { message: 'expected min ≤ max', path: ['max'] });

const numberValueShape = {
  /** The value (for a range, its low end). */
  value: DecimalSchema,
  /** How the text qualifies the value. */
  qualifier: QualifierSchema,
  /** For `qualifier: 'range'`: both ends. */
  range: ValueRangeSchema.optional(),
  /** Place value of the last significant digit as written (positive). */
  precision: DecimalSchema.refine((p) => p.gt(0), { message: 'expected a positive precision' }),
};

/** A `range` is present exactly when the qualifier is `range`. */
function rangeMatchesQualifier(v: { qualifier: string; range?: unknown }): boolean {
  return (v.qualifier === 'range') === (v.range !== undefined);
}
const RANGE_MESSAGE = {
  message: "expected `range` to be present exactly when qualifier is 'range'",
  path: ['range'],
};

/**
 * A number as read from text (`NumberValue`): exact value, qualifier and precision.
 *
 * @example
 * ```ts
 * NumberValueSchema.parse({ value: '29000000', qualifier: 'more_than', precision: '1000000' }); // 2900余万
 * ```
 */
export const NumberValueSchema = z.object(numberValueShape).refine(rangeMatchesQualifier, RANGE_MESSAGE);

/**
 * ISO 4217 currency code: three capital letters (`CNY` for 元).
 *
 * @example
 * ```ts
 * CurrencySchema.parse('CNY'); // 1.25亿元
 * ```
 */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as "CNY"' });

/**
 * An amount of money (`Amount`).
 *
 * @example
 * ```ts
 * AmountSchema.parse({ value: '125000000', qualifier: 'exact', precision: '1000000', currency: 'CNY' }); // 1.25亿元
 * ```
 */
export const AmountSchema = z
  .object({
    ...numberValueShape,
    /** ISO 4217 code. */
    currency: CurrencySchema,
  })
  .refine(rangeMatchesQualifier, RANGE_MESSAGE);

/**
 * A count with its measure word, or a percentage (`Quantity`).
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: '1211', qualifier: 'exact', precision: '1', unit: '人' }); // 累计输转就业1211人
 * ```
 */
export const QuantitySchema = z
  .object({
    ...numberValueShape,
    /** The measure word, simplified script: 人, 人次, 户, 个, 亩, %, …; `''` for a count the text gives without one (阅读量突破5600万). */
    unit: z.string(),
  })
  .refine(rangeMatchesQualifier, RANGE_MESSAGE);

/**
 * Where something stands in the caller's string: half-open UTF-16 offsets with the text itself
 * (`text.length === end - start`).
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 10, end: 16, text: '1.25亿元' }); // 在“累计安排财政援助资金1.25亿元”中
 * ```
 */
export const SpanSchema = z
  .object({
    /** Offset of the first UTF-16 code unit. */
    start: z.int().min(0),
    /** Offset one past the last UTF-16 code unit. */
    end: z.int().min(0),
    /** The text exactly as written. */
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, { message: 'expected end ≥ start', path: ['end'] })
  .refine((s) => s.text.length === s.end - s.start, {
    message: 'expected text.length to equal end - start',
    path: ['text'],
  });

// Compile-time checks: the schemas give exactly the value types of src/types.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SameAsTypes = [
  Assert<Same<z.output<typeof QualifierSchema>, Qualifier>>,
  Assert<Same<z.output<typeof ValueRangeSchema>, ValueRange>>,
  Assert<Same<z.output<typeof NumberValueSchema>, NumberValue>>,
  Assert<Same<z.output<typeof AmountSchema>, Amount>>,
  Assert<Same<z.output<typeof QuantitySchema>, Quantity>>,
  Assert<Same<z.output<typeof SpanSchema>, Span>>,
];
