/**
 * Periods: the time a figure refers to.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';

/**
 * A calendar date as `YYYY-MM-DD` (no time zone: periods are calendar days).
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2020-11-24'); // 北辰区“携手奔小康”新闻发布会
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a calendar date as YYYY-MM-DD' })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, { message: 'expected a date that exists in the calendar' });

/**
 * A calendar date as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const d: IsoDate = '2021-09-15'; // 21-09-15 的发布日期
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A period a figure refers to.
 *
 * - `kind: 'point'`: one day or an as-of date (`start === end`), e.g. 截至10月底.
 * - `kind: 'interval'`: a closed span of days, e.g. 2023年 → 2023-01-01 … 2023-12-31.
 * - `kind: 'open'`: one end unknown (`null`), e.g. 2017年以来 without a report date.
 *
 * `basis` says whether the text states the period or it was inferred (from the paragraph, the
 * heading, the publication date).
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ start: '2021-01-01', end: '2023-12-31', kind: 'interval', basis: 'stated', label: '2021至2023年' });
 * ```
 */
export const PeriodSchema = z.object({
  /** First day, inclusive; `null` when open at the start. */
  start: IsoDateSchema.nullable(),
  /** Last day, inclusive; `null` when open at the end. */
  end: IsoDateSchema.nullable(),
  /** `point`, `interval` or `open` (see above). */
  kind: enumSchema(['point', 'interval', 'open']),
  /** Whether the text states the period (`stated`) or it was inferred (`inferred`). */
  basis: enumSchema(['stated', 'inferred']),
  /** The finest unit the text states: 2023年 → year, 2023年7月 → month, 7月17日 → day. */
  granularity: enumSchema(['day', 'month', 'quarter', 'half_year', 'year', 'multi_year']).optional(),
  /** Whether the period lies after the reference date (年底前, 明年4月底前, 十四五末 as a plan). */
  future: z.boolean().optional(),
  /** The words the period was read from, for people (e.g. `过渡期以来`). */
  label: z.string().optional(),
});

/**
 * A period a figure refers to; see {@link PeriodSchema}.
 *
 * @example
 * ```ts
 * const p: Period = { start: '2021-01-01', end: null, kind: 'open', basis: 'stated', label: '过渡期以来' };
 * ```
 */
export type Period = z.infer<typeof PeriodSchema>;
