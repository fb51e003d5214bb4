/**
 * Readers of the date-time forms of datelines: `2024-06-05 18:44:25`, `2020/10/22`,
 * `21-09-15 15:09` (two-digit year), `2023年7月17日 15:09`, `二〇二三年七月十七日`. They work on
 * text folded by `foldForDates` (full-width digits already ASCII).
 *
 * @module
 */
import { readDigitYear, readSmallNumber } from './numerals.js';

/**
 * The century rule for two-digit years (the POSIX `strptime` `%y` rule): 00–68 → 2000–2068,
 * 69–99 → 1969–1999. `21-09-15` is 2021-09-15.
 *
 * @example
 * ```ts
 * expandTwoDigitYear(21); // 2021 — 电头“21-09-15 15:09”
 * expandTwoDigitYear(98); // 1998
 * ```
 */
export function expandTwoDigitYear(yy: number): number {
  return yy <= 68 ? 2000 + yy : 1900 + yy;
}

/**
 * A date-time read from a dateline, before validation. Offsets are into the scanned string.
 *
 * @example
 * ```ts
 * const r: RawDateline = { start: 3, end: 22, y: 2021, m: 11, d: 19, time: '20:09:41', twoDigitYear: false }; // 时间:2021-11-19 20:09:41
 * ```
 */
export interface RawDateline {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
  /** Year (four digits). */
  y: number;
  /** Month as written (not yet checked to be 1–12). */
  m: number;
  /** Day as written (not yet checked). */
  d: number;
  /** `HH:MM[:SS]`, zero-padded, when written; `'invalid'` when written but impossible (25:61). */
  time?: string;
  /** Whether the year was written with two digits. */
  twoDigitYear: boolean;
}

const ISO_SRC = String.raw`(?<![\d./\-])((?:19|20)\d{2})([\-/.])(\d{1,2})\2(\d{1,2})(?![\d])(?:[ T]{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d]))?`;
const YY_SRC = String.raw`(?<![\d./\-])(\d{2})-(\d{1,2})-(\d{1,2})(?![\d])(?:[ T]{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d]))?`;
// The lookahead names the characters the year can start with (no match changes; most positions are rejected at once).
const CN_SRC = String.raw`(?=[12〇○零一二三四五六七八九])(?<![\d.〇○零一二三四五六七八九十两])((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号](?:[ ]{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d]))?`;

/**
 * Global (for scanning) and sticky (for reading at a position) copies of the three forms. Reset
 * `lastIndex` before use.
 *
 * @example
 * ```ts
 * const re = DATELINE_PATTERNS.iso.g; re.lastIndex = 0;
 * re.exec('时间:2021-11-19 20:09:41'); // matches '2021-11-19 20:09:41'
 * ```
 */
export const DATELINE_PATTERNS = {
  iso: { g: new RegExp(ISO_SRC, 'g'), y: new RegExp(ISO_SRC, 'y') },
  yy: { g: new RegExp(YY_SRC, 'g'), y: new RegExp(YY_SRC, 'y') },
  cn: { g: new RegExp(CN_SRC, 'g'), y: new RegExp(CN_SRC, 'y') },
} as const;

/**
 * The form a dateline pattern reads: `iso` (`2020-10-22`), `yy` (`21-09-15`), `cn` (`2023年7月17日`).
 *
 * @example
 * ```ts
 * const form: DatelineForm = 'yy'; // 两位年份的电头：21-09-15 15:09
 * ```
 */
export type DatelineForm = keyof typeof DATELINE_PATTERNS;

function timeOf(h: string | undefined, mi: string | undefined, s: string | undefined): string | undefined {
  if (h === undefined || mi === undefined) return undefined;
  const hh = Number(h);
  const mm = Number(mi);
  const ss = s === undefined ? 0 : Number(s);
  if (hh > 23 || mm > 59 || ss > 59) return 'invalid';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return s === undefined ? `${pad(hh)}:${pad(mm)}` : `${pad(hh)}:${pad(mm)}:${pad(ss)}`;
}

/**
 * Turns a match of one of {@link DATELINE_PATTERNS} into numbers; `undefined` when a Chinese
 * numeral part cannot be read.
 *
 * @example
 * ```ts
 * const re = DATELINE_PATTERNS.cn.g; re.lastIndex = 0;
 * datelineFromMatch('cn', re.exec('二〇二三年七月十七日')!); // { y: 2023, m: 7, d: 17, … }
 * ```
 */
export function datelineFromMatch(form: DatelineForm, m: RegExpExecArray): RawDateline | undefined {
  const start = m.index;
  const end = start + m[0].length;
  if (form === 'iso') {
    return { start, end, y: Number(m[1]), m: Number(m[3]), d: Number(m[4]), twoDigitYear: false, ...withTime(timeOf(m[5], m[6], m[7])) };
  }
  if (form === 'yy') {
    return { start, end, y: expandTwoDigitYear(Number(m[1])), m: Number(m[2]), d: Number(m[3]), twoDigitYear: true, ...withTime(timeOf(m[4], m[5], m[6])) };
  }
  const y = readDigitYear(m[1]!);
  const mo = readSmallNumber(m[2]!);
  const d = readSmallNumber(m[3]!);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  return { start, end, y, m: mo, d, twoDigitYear: false, ...withTime(timeOf(m[4], m[5], m[6])) };
}

function withTime(time: string | undefined): { time?: string } {
  return time === undefined ? {} : { time };
}
