/**
 * Dates and periods: publication dates, Chinese dates, periods (过渡期, 十四五, N年来).
 *
 * @module
 */
export { findTimeExpressions } from './find.js';
export { parsePublicationDate, findPublicationDate } from './publication.js';
export type { FindPublicationDateOptions } from './publication.js';
export { expandTwoDigitYear } from './dateline.js';
export { lunarToGregorian } from './lunar.js';
export type {
  TimeMention,
  TimeMentionType,
  TimeSuspicion,
  TimeSuspicionReason,
  TimeRepair,
  Duration,
  FindTimeOptions,
  PublicationDate,
} from './types.js';
export { LUNAR_NEW_YEAR_DATES, LUNAR_NEW_YEAR_TABLE_VERSION } from '../data/lunar-new-year.js';
export { FIVE_YEAR_PLANS, TRANSITION_PERIOD } from '../data/plan-periods.js';
export type { PlanPeriod } from '../data/plan-periods.js';
