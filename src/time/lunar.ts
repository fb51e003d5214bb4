/**
 * Chinese-calendar (农历) days to Gregorian days, from the table of New Year dates in
 * `src/data/lunar-new-year.ts`. Only the first lunar month (正月) can be placed from that table:
 * 正月初N = New Year's Day + (N − 1) days, for N = 1 … 29 (正月三十 exists only in some years).
 * Every other day is reported unknown rather than guessed.
 *
 * @module
 */
import type { IsoDate } from '../domain/period.js';
import { LUNAR_NEW_YEAR_DATES } from '../data/lunar-new-year.js';
import { addDaysIso, readIsoDate } from './calendar.js';

/**
 * The Gregorian day of lunar month `lunarMonth`, day `lunarDay` of the lunar year that begins in
 * Gregorian year `year`; `undefined` when the table cannot tell (a month other than 正月, 正月三十,
 * a year outside the table). Pass your own `table` (year → `YYYY-MM-DD` of 正月初一) to extend it.
 *
 * @example
 * ```ts
 * lunarToGregorian(2021, 1, 16); // '2021-02-27' — 2021年正月十六
 * lunarToGregorian(2021, 1, 15); // '2021-02-26' — 元宵节
 * lunarToGregorian(1999, 1, 16); // undefined  — 表外年份
 * lunarToGregorian(2021, 8, 15); // undefined  — 八月十五：表中只有正月
 * ```
 */
export function lunarToGregorian(
  year: number,
  lunarMonth: number,
  lunarDay: number,
  table: Readonly<Record<number, string>> = LUNAR_NEW_YEAR_DATES,
): IsoDate | undefined {
  if (lunarMonth !== 1 || !Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 29) return undefined;
  if (!Number.isInteger(year)) return undefined;
  const newYear = readIsoDate(Object.prototype.hasOwnProperty.call(table, year) ? table[year] : undefined);
  if (newYear === undefined) return undefined;
  return addDaysIso(newYear, lunarDay - 1);
}
