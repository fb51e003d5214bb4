/**
 * Types of the date and period readers.
 *
 * @module
 */
import type { IsoDate, Period } from '../domain/period.js';
import type { Span } from '../types.js';

/**
 * What a time mention is.
 *
 * - `date`: one day (`2023年7月17日`, `7月17日`, `2024-06-05 18:44:25`, `2020年底`, `10月底`).
 * - `month`: a month or part of one (`2023年7月`, `3月份`, `10月中旬`).
 * - `year`: a year or part of one (`2023年`, `今年`, `明年`, `2024年上半年`).
 * - `year_range`: several years (`2021至2023年`, `1990年代`).
 * - `since`: from a start up to the reference date (`2017年以来`, `过渡期以来`, `4年来`, `近两年`).
 * - `plan`: a named period (`十四五`, `“十三五”`, `过渡期`, `‘十四五’末`).
 * - `as_of`: a cut-off day (`截至10月底`, `截至目前`, `目前`).
 * - `deadline`: a day something is due by (`年底前`, `明年4月底前`).
 * - `lunar_date`: a day of the Chinese calendar (`正月十六`, `元宵节`).
 * - `duration`: a length of time without a fixed place (`5年`, `1年期`, `1个半月`, `33天`).
 * - `event`: a named day or period (`扶贫日`, `扶贫日期间`, `疫情期间`).
 *
 * @example
 * ```ts
 * findTimeExpressions('过渡期以来').map((m) => m.type); // ['since']
 * ```
 */
export type TimeMentionType =
  | 'date'
  | 'month'
  | 'year'
  | 'year_range'
  | 'since'
  | 'plan'
  | 'as_of'
  | 'deadline'
  | 'lunar_date'
  | 'duration'
  | 'event';

/**
 * Why a mention is suspicious.
 *
 * - `missing_year_marker`: a year runs into a month without 年 (`20208月` → `2020年8月`?).
 * - `missing_month_marker`: a month runs into a day without 月 (`39日` → `3月9日`?).
 * - `impossible_date`: the date does not exist (`2023年13月`, `2月30日`).
 *
 * @example
 * ```ts
 * findTimeExpressions('2023年13月')[0].suspicious?.reason; // 'impossible_date'
 * ```
 */
export type TimeSuspicionReason = 'missing_year_marker' | 'missing_month_marker' | 'impossible_date';

/**
 * A date damaged by text extraction or impossible in the calendar. The mention's own `period` is
 * then `null`: the reader never guesses silently; `repair` holds its best reading, if it has one.
 *
 * @example
 * ```ts
 * findTimeExpressions('20208月，赵胜阳踏上了援靖之路')[0].suspicious;
 * // { reason: 'missing_year_marker', message: '…', repair: { text: '2020年8月', period: { start: '2020-08-01', … } } }
 * ```
 */
export interface TimeSuspicion {
  /** Stable reason code. */
  reason: TimeSuspicionReason;
  /** For people; may change between versions. */
  message: string;
  /** The probable intended text and its period; `null` when no single repair fits. */
  repair: TimeRepair | null;
}

/**
 * The probable reading of a damaged date.
 *
 * @example
 * ```ts
 * const r: TimeRepair = { text: '3月9日', period: { start: '2021-03-09', end: '2021-03-09', kind: 'point', basis: 'inferred' } }; // 39日
 * ```
 */
export interface TimeRepair {
  /** The text as it was probably written: `2020年8月` for `20208月`. */
  text: string;
  /** Its period; `null` when its year cannot be placed. */
  period: Period | null;
}

/**
 * A length of time (`5年任务3年完成`, `1年期`, `1个半月`).
 *
 * @example
 * ```ts
 * const d: Duration = { amount: 1.5, unit: 'month' }; // 1个半月
 * ```
 */
export interface Duration {
  /** Whole or half units (`1个半月` → 1.5). */
  amount: number;
  /** The unit of time. */
  unit: 'year' | 'month' | 'week' | 'day';
}

/**
 * A time expression found in text.
 *
 * `period` is `null` for durations, for impossible or damaged dates (see `suspicious`) and when
 * the period cannot be placed (`unresolved: true`: no reference date for `今年`, a lunar date
 * outside the lunar table).
 *
 * @example
 * ```ts
 * findTimeExpressions('2017年以来，武清区在静宁县…', { referenceDate: '2021-09-15' })[0];
 * // { start: 0, end: 7, text: '2017年以来', type: 'since',
 * //   period: { start: '2017-01-01', end: '2021-09-15', kind: 'interval', basis: 'inferred', … } }
 * ```
 */
export interface TimeMention extends Span {
  /** What the expression is. */
  type: TimeMentionType;
  /** The period, or `null` (see above). */
  period: Period | null;
  /**
   * Where the year came from: `text` (written: `2023年7月`), `context` (the nearest preceding
   * year in the text that dates a month or day), `reference` (the reference date: `今年`, or a
   * `7月17日` with no year before it).
   */
  yearFrom?: 'text' | 'context' | 'reference';
  /** Time of day as `HH:MM` or `HH:MM:SS`, for datelines (`2024-06-05 18:44:25`). */
  time?: string;
  /** The period could not be placed; `period` is `null`. */
  unresolved?: true;
  /** The text gives no exact start (`近年来`, `几年来`, `多年来`): `period.start` is `null`. */
  vague?: true;
  /** A damaged or impossible date, with a possible repair. */
  suspicious?: TimeSuspicion;
  /** For `type: 'duration'`: the length. */
  duration?: Duration;
}

/**
 * Options of {@link findTimeExpressions}.
 *
 * @example
 * ```ts
 * const options: FindTimeOptions = { referenceDate: '2021-11-19' }; // 报道的发布日期
 * ```
 */
export interface FindTimeOptions {
  /**
   * The day the text speaks from, usually its publication date, as `YYYY-MM-DD`. Relative
   * expressions (`今年`, `4年来`, `截至目前`) are resolved against it; without it (or when it is
   * not a valid date) they come back `unresolved`.
   */
  referenceDate?: IsoDate;
}

/**
 * A publication date read from a dateline.
 *
 * @example
 * ```ts
 * parsePublicationDate('时间:2021-11-19 20:09:41');
 * // { success: true, data: { date: '2021-11-19', time: '20:09:41', start: 3, end: 22, text: '2021-11-19 20:09:41' } }
 * ```
 */
export interface PublicationDate extends Span {
  /** The calendar day. */
  date: IsoDate;
  /** Time of day as written, zero-padded: `HH:MM` or `HH:MM:SS`. */
  time?: string;
}
