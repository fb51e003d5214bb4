/**
 * Publication dates: reading a dateline (`parsePublicationDate`) and finding the dateline in a raw
 * page (`findPublicationDate`).
 *
 * Error codes (shared with the number parsers, see `XiezuoErrorCode`): `INVALID_ARGUMENT` — not a
 * string; `EMPTY_INPUT` — empty or white space; `NOT_A_NUMBER` — no date could be read;
 * `OUT_OF_RANGE` — the date or time does not exist (`2023年13月1日`, `2月30日`, `25:61`);
 * `MALFORMED_NUMBER` — digits run on after the date without forming a time.
 *
 * @module
 */
import { XiezuoParseError } from '../errors.js';
import type { ParseResult } from '../errors.js';
import { isValidYmd, ymdToIso } from './calendar.js';
import { DATELINE_PATTERNS, datelineFromMatch } from './dateline.js';
import type { DatelineForm, RawDateline } from './dateline.js';
import { anchoredOf, eachAnchored } from './anchored.js';
import { foldForDates } from './fold.js';
import type { PublicationDate } from './types.js';

const LABEL = /\s*(?:(?:发布|发表|更新|出版)?(?:时间|日期)\s*:?\s*)?/y;
const FORMS: readonly DatelineForm[] = ['iso', 'cn', 'yy'];

function fail<T>(code: XiezuoParseError['code'], message: string, input: string, position?: number): ParseResult<T> {
  return { success: false, error: new XiezuoParseError(code, message, input, position) };
}

function toResult(raw: RawDateline, input: string): ParseResult<PublicationDate> {
  if (!isValidYmd(raw.y, raw.m, raw.d)) {
    return fail('OUT_OF_RANGE', `the date ${raw.y}-${raw.m}-${raw.d} does not exist`, input, raw.start);
  }
  if (raw.time === 'invalid') return fail('OUT_OF_RANGE', 'the time of day does not exist', input, raw.start);
  const data: PublicationDate = { date: ymdToIso(raw.y, raw.m, raw.d), start: raw.start, end: raw.end, text: input.slice(raw.start, raw.end) };
  if (raw.time !== undefined) data.time = raw.time;
  return { success: true, data };
}

/**
 * Reads the date (and time) at the start of a dateline. Accepts an optional label (`时间:`,
 * `发布时间：`, `日期`) and the forms `2024-06-05 18:44:25`, `2020/10/22`, `21-09-15 15:09`
 * (two-digit years: 00–68 → 20xx, 69–99 → 19xx, see {@link expandTwoDigitYear}),
 * `2023年7月17日`, `二〇二三年七月十七日` and full-width digits (`２０２３年７月１７日`). Text after
 * the date (`来源:…`) is left alone; `start`/`end` say what was read. Never throws.
 *
 * @example
 * ```ts
 * parsePublicationDate('21-09-15 15:09');
 * // { success: true, data: { date: '2021-09-15', time: '15:09', start: 0, end: 14, text: '21-09-15 15:09' } }
 * parsePublicationDate('时间:2021-11-19 20:09:41来源:中国甘肃在线').data?.date; // '2021-11-19'
 * parsePublicationDate('二〇二三年七月十七日').data?.date;                       // '2023-07-17'
 * parsePublicationDate('2023年13月1日').error?.code;                             // 'OUT_OF_RANGE'
 * ```
 */
export function parsePublicationDate(text: unknown): ParseResult<PublicationDate> {
  if (typeof text !== 'string') return fail('INVALID_ARGUMENT', 'expected a string', String(typeof text));
  if (text.trim().length === 0) return fail('EMPTY_INPUT', 'the text is empty', text);
  const folded = foldForDates(text);
  LABEL.lastIndex = 0;
  const label = LABEL.exec(folded);
  const pos = label ? label[0].length : 0;
  for (const form of FORMS) {
    const re = DATELINE_PATTERNS[form].y;
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (!m) continue;
    const raw = datelineFromMatch(form, m);
    if (!raw) continue;
    if (/^(?:[ T]{0,3}\d|:\d)/.test(folded.slice(raw.end, raw.end + 4))) {
      return fail('MALFORMED_NUMBER', 'digits after the date do not form a time of day', text, raw.end);
    }
    return toResult(raw, text);
  }
  const month = /^((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月/.exec(folded.slice(pos));
  if (month) {
    const m = Number.isNaN(Number(month[2])) ? 1 : Number(month[2]);
    return m >= 1 && m <= 12
      ? fail('NOT_A_NUMBER', 'a publication date needs a day; only a year and month were found', text, pos)
      : fail('OUT_OF_RANGE', `month ${m} does not exist`, text, pos);
  }
  return fail('NOT_A_NUMBER', 'no date at the start of the text', text, pos);
}

/**
 * Options of {@link findPublicationDate}.
 *
 * @example
 * ```ts
 * const options: FindPublicationDateOptions = { maxOffset: 3000 }; // 只在页面前3000个字符内找
 * ```
 */
export interface FindPublicationDateOptions {
  /** Only dates starting before this UTF-16 offset count as the dateline (default 3000). */
  maxOffset?: number;
}

const CN_ANCHORED = anchoredOf(DATELINE_PATTERNS.cn.g, '年', 4, 4, undefined, '12〇○零一二三四五六七八九');

const NOT_A_DATELINE = /copyright|©|\(c\)|版权|ICP|备案|公网安备|许可证/i;
const LABELLED = /(?:时间|日期|发布|发表)\s*:?\s*$/;

/**
 * Finds the publication date of a raw page: the first date with a time of day near the top
 * (`2024-06-05 18:44:25`, `21-09-15 15:09`, `时间:2021-11-19 20:09:41`, `2023年7月17日 15:09`);
 * failing that, the first labelled date (`日期：2023年7月17日`), then the first date standing alone
 * on its line. Lines of copyright and licence notices (`Copyright©2006-2019`, `京ICP备…`) are
 * skipped, and so is everything after `maxOffset` (sidebars and footers). Never throws.
 *
 * @example
 * ```ts
 * const page = '您的位置:首页 > 市州快报\n河海相连谱华章\n时间:2021-11-19 20:09:41来源:中国甘肃在线\n…\nCopyright©2006-2019';
 * findPublicationDate(page).data?.date; // '2021-11-19'
 * ```
 */
export function findPublicationDate(raw: unknown, options?: FindPublicationDateOptions): ParseResult<PublicationDate> {
  if (typeof raw !== 'string') return fail('INVALID_ARGUMENT', 'expected a string', String(typeof raw));
  if (raw.trim().length === 0) return fail('EMPTY_INPUT', 'the text is empty', raw);
  let maxOffset = 3000;
  try {
    const o = options?.maxOffset;
    if (typeof o === 'number' && o >= 0) maxOffset = o;
  } catch {
    // keep the default
  }
  const folded = foldForDates(raw.length > maxOffset + 200 ? raw.slice(0, maxOffset + 200) : raw);
  const cands: RawDateline[] = [];
  const take = (form: DatelineForm, m: RegExpExecArray): boolean => {
    if (m.index >= maxOffset) return false;
    const r = datelineFromMatch(form, m);
    if (!r || !isValidYmd(r.y, r.m, r.d) || r.time === 'invalid') return true;
    if (form === 'yy' && r.time === undefined) return true;
    cands.push(r);
    return true;
  };
  for (const form of FORMS) {
    if (form === 'cn') {
      // The Chinese form has 年 four code units after its start: tried only there.
      eachAnchored(CN_ANCHORED, folded, (m) => take('cn', m));
      continue;
    }
    const re = DATELINE_PATTERNS[form].g;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (!take(form, m)) break;
    }
  }
  cands.sort((a, b) => a.start - b.start);
  const lineOf = (r: RawDateline): { before: string; after: string; line: string } => {
    const ls = folded.lastIndexOf('\n', r.start - 1) + 1;
    let le = folded.indexOf('\n', r.end);
    if (le === -1) le = folded.length;
    return { before: folded.slice(ls, r.start), after: folded.slice(r.end, le), line: folded.slice(ls, le) };
  };
  const usable = cands.filter((r) => !NOT_A_DATELINE.test(lineOf(r).line));
  const pick =
    usable.find((r) => r.time !== undefined) ??
    usable.find((r) => LABELLED.test(lineOf(r).before)) ??
    usable.find((r) => {
      const l = lineOf(r);
      return l.before.trim() === '' && l.after.trim() === '';
    });
  if (!pick) return fail('NOT_A_NUMBER', `no dateline found in the first ${maxOffset} characters`, raw);
  return toResult(pick, raw);
}
