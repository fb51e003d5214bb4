/**
 * Findings: what a consistency check reports about a set of claims.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';
import { DecimalSchema } from './decimal.js';
import { SpanSchema } from './values.js';

/**
 * The checks:
 * `unit_slip` (万 ↔ 亿), `cumulative_vs_periods` (a total below the sum of its years),
 * `share_vs_total` (占…% against the stated total), `parts_exceed_whole` (其中 above the whole),
 * `conflicting_values` (two values of one thing), `target_completion` (完成…% against target and
 * result), `growth_wording` (翻了2倍), `per_unit_total` (户均 × 户数), `implausible_magnitude`,
 * `date_sanity` (20208月).
 *
 * @example
 * ```ts
 * CheckIdSchema.parse('unit_slip'); // 销售农特产品8793亿元
 * ```
 */
export const CheckIdSchema = enumSchema([
  'unit_slip',
  'cumulative_vs_periods',
  'share_vs_total',
  'parts_exceed_whole',
  'conflicting_values',
  'target_completion',
  'growth_wording',
  'per_unit_total',
  'implausible_magnitude',
  'date_sanity',
]);

/**
 * A check id; see {@link CheckIdSchema}.
 *
 * @example
 * ```ts
 * const id: CheckId = 'growth_wording'; // “翻了2倍”
 * ```
 */
export type CheckId = z.infer<typeof CheckIdSchema>;

/**
 * How serious a finding is.
 *
 * @example
 * ```ts
 * SeveritySchema.parse('error'); // 8793亿元：单位错误
 * ```
 */
export const SeveritySchema = enumSchema(['error', 'warning', 'info']);

/**
 * How serious a finding is; see {@link SeveritySchema}.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning'; // 提醒，不一定是错误
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A bound pair `low` … `high` (either may be `null` for an open side) and the reason for it.
 *
 * @example
 * ```ts
 * ExpectedRangeSchema.parse({ low: '10000000', high: '500000000', basis: '县级消费帮扶每年约10⁷–5×10⁸元' });
 * ```
 */
export const ExpectedRangeSchema = z
  .object({
    /** Low end, inclusive, or `null`. */
    low: DecimalSchema.nullable(),
    /** High end, inclusive, or `null`. */
    high: DecimalSchema.nullable(),
    /** Why these bounds (for people). */
    basis: z.string().min(1, { message: 'expected the basis of the expected range' }),
  })
  .refine((r) => r.low === null || r.high === null || r.low.lte(r.high), {
    message: 'expected low ≤ high',
    path: ['high'],
  });

/**
 * An expected range; see {@link ExpectedRangeSchema}.
 *
 * @example
 * ```ts
 * const r: ExpectedRange = ExpectedRangeSchema.parse({ low: null, high: '2086000000', basis: '迭部县2022年GDP 20.86亿元' });
 * ```
 */
export type ExpectedRange = z.infer<typeof ExpectedRangeSchema>;

/**
 * A finding of a check: the check, severity, a message in Chinese and English, the claims it is
 * about (ids and spans) and other evidence spans, the observed value, the expected range and a
 * suggested fix. A finding must point at something: a claim or an evidence span.
 *
 * @example
 * ```ts
 * FindingSchema.parse({
 *   checkId: 'unit_slip',
 *   severity: 'error',
 *   message: { zh: '8793亿元疑为8793万元之误', en: '8793亿元 is probably 8793万元' },
 *   claims: [{ id: 'c3', span: { start: 0, end: 6, text: '8793亿元' } }],
 *   observed: { value: '879300000000', unit: 'CNY' },
 *   expected: { low: '10000000', high: '500000000', basis: '县级消费帮扶每年约10⁷–5×10⁸元' },
 *   suggestedFix: { text: '8793万元', value: '87930000' },
 * });
 * ```
 */
export const FindingSchema = z.object({
  /** Which check. */
  checkId: CheckIdSchema,
  /** How serious. */
  severity: SeveritySchema,
  /** What is wrong, for people. */
  message: z.object({
    /** In Chinese. */
    zh: z.string().min(1),
    /** In English. */
    en: z.string().min(1),
  }),
  /** The claims involved (empty when the finding is about text that is no claim, such as a dateline). */
  claims: z.array(
    z.object({
      /** Claim id. */
      id: z.string().min(1),
      /** The claim's figure span. */
      span: SpanSchema,
    }),
  ),
  /** Other spans of the raw text the finding rests on (a damaged date such as 20208月). */
  evidence: z.array(SpanSchema).optional(),
  /** What was observed: a value (or `null`), its unit, and words. */
  observed: z.object({
    /** The value observed, or `null` when it is not a number (a damaged date). */
    value: DecimalSchema.nullable(),
    /** Its unit: a currency code or a measure word. */
    unit: z.string().optional(),
    /** The observation in words or as written. */
    text: z.string().optional(),
  }),
  /** What was expected instead, or `null` when the check states no bounds. */
  expected: ExpectedRangeSchema.nullable(),
  /** A suggested correction. */
  suggestedFix: z
    .object({
      /** The corrected text. */
      text: z.string().min(1),
      /** The corrected value, or `null`. */
      value: DecimalSchema.nullable(),
    })
    .optional(),
}).refine((f) => f.claims.length > 0 || (f.evidence?.length ?? 0) > 0, {
  message: 'expected at least one claim or evidence span',
  path: ['claims'],
});

/**
 * A finding; see {@link FindingSchema}.
 *
 * @example
 * ```ts
 * const f: Finding = FindingSchema.parse(json); // 单位错误：8793亿元
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * A list of findings.
 *
 * @example
 * ```ts
 * FindingsSchema.parse([]); // 无问题
 * ```
 */
export const FindingsSchema = z.array(FindingSchema);
