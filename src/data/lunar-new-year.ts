/**
 * Gregorian dates of the Chinese New Year (春节, 正月初一) for 2000–2030.
 *
 * Source: Hong Kong Observatory, Gregorian–Lunar Calendar Conversion Tables
 * (https://www.hko.gov.hk/en/gts/time/conversion.htm), which follow the Chinese national standard
 * GB/T 33661-2017 (农历的编算和颁行). Checked by hand against that table and, in the tests, against
 * the ICU `chinese` calendar of the JavaScript runtime — except 2027 and 2030, where ICU's
 * approximation puts the new moon on the wrong side of Beijing midnight (new moons at
 * 2027-02-06 15:56 UTC = 23:56 Beijing time and 2030-02-02 16:07 UTC = 00:07 Beijing time on
 * 2030-02-03); the table keeps the Beijing-time dates 2027-02-06 and 2030-02-03.
 *
 * Version 1 (2026-11). Years outside the table are unknown on purpose: callers get an explicit
 * unresolved result, never a guessed date.
 *
 * @module
 */

/**
 * Version of {@link LUNAR_NEW_YEAR_DATES}; bumped when entries are added or corrected.
 *
 * @example
 * ```ts
 * LUNAR_NEW_YEAR_TABLE_VERSION; // 1 — 春节日期表的版本
 * ```
 */
export const LUNAR_NEW_YEAR_TABLE_VERSION = 1;

/**
 * Gregorian year → `YYYY-MM-DD` of 正月初一 (Chinese New Year's Day) in that year.
 *
 * @example
 * ```ts
 * LUNAR_NEW_YEAR_DATES[2021]; // '2021-02-12' — 2021年春节（正月初一）
 * ```
 */
export const LUNAR_NEW_YEAR_DATES: Readonly<Record<number, string>> = Object.freeze({
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-18',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
});
