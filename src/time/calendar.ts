/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, done with date-fns on dates built at local
 * noon: date-fns works in the local time zone, and noon is never skipped nor repeated by a
 * daylight-saving change, so every result is the same calendar day in every time zone.
 *
 * @module
 */
import { addDays, endOfMonth, format } from 'date-fns';
import type { IsoDate } from '../domain/period.js';

/** Local-noon `Date` of a calendar day (years before 100 are not used by this module). */
function noon(y: number, m: number, d: number): Date {
  const t = new Date(2000, 0, 1, 12);
  t.setFullYear(y, m - 1, d);
  return t;
}

function iso(t: Date): IsoDate {
  return format(t, 'yyyy-MM-dd');
}

/** Days of month `m` (1–12) of year `y` in the proleptic Gregorian calendar (as `Date` counts them). */
function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether the numbers are a plain day of years 1000–9999, for which the ISO string can be written directly. */
function plainDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** `YYYY-MM-DD` of a plain day (see `plainDay`), without building a `Date`. */
function isoOf(y: number, m: number, d: number): IsoDate {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Whether year `y`, month `m` (1–12) and day `d` name a day that exists (years 1000–9999).
 *
 * @example
 * ```ts
 * isValidYmd(2023, 7, 17); // true  — 2023年7月17日
 * isValidYmd(2023, 2, 30); // false — 2月30日
 * isValidYmd(2023, 13, 1); // false — 13月
 * ```
 */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysIn(y, m);
}

/**
 * `YYYY-MM-DD` of a valid day (check with {@link isValidYmd} first).
 *
 * @example
 * ```ts
 * ymdToIso(2023, 7, 17); // '2023-07-17' — 2023年7月17日
 * ```
 */
export function ymdToIso(y: number, m: number, d: number): IsoDate {
  if (plainDay(y, m, d)) return isoOf(y, m, d);
  return iso(noon(y, m, d));
}

/**
 * Last day of a month as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * lastDayOfMonth(2024, 2); // '2024-02-29' — 2024年2月底
 * ```
 */
export function lastDayOfMonth(y: number, m: number): IsoDate {
  if (plainDay(y, m, 1)) return isoOf(y, m, daysIn(y, m));
  return iso(endOfMonth(noon(y, m, 1)));
}

/**
 * Adds `n` calendar days to a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * addDaysIso('2021-02-12', 15); // '2021-02-27' — 正月初一 + 15 天 = 正月十六
 * ```
 */
export function addDaysIso(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = splitIso(date);
  if (plainDay(y, m, d) && Number.isInteger(n) && Math.abs(n) <= 1_000_000) {
    // Calendar-day arithmetic in UTC: the same days as the local-noon arithmetic below, without date-fns.
    const t = new Date(Date.UTC(2000, 0, 1));
    t.setUTCFullYear(y, m - 1, d + n);
    const ty = t.getUTCFullYear();
    if (ty >= 1000 && ty <= 9999) return isoOf(ty, t.getUTCMonth() + 1, t.getUTCDate());
  }
  return iso(addDays(noon(y, m, d), n));
}

/**
 * Splits a `YYYY-MM-DD` string into numbers.
 *
 * @example
 * ```ts
 * splitIso('2020-10-22'); // [2020, 10, 22] — 2020年10月22日
 * ```
 */
export function splitIso(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Reads a reference date given as `YYYY-MM-DD`; `undefined` for anything else (wrong type, wrong
 * shape, a day that does not exist).
 *
 * @example
 * ```ts
 * readIsoDate('2020-10-22'); // '2020-10-22'
 * readIsoDate('2023-02-30'); // undefined — 2月30日不存在
 * ```
 */
export function readIsoDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = splitIso(value);
  return isValidYmd(y, m, d) ? value : undefined;
}
