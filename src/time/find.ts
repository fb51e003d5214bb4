/**
 * Finding time expressions in Chinese text: dates, months, years, ranges of years, periods up to
 * the reference date (`2017年以来`, `过渡期以来`, `4年来`), named plans (`十四五`), cut-off days
 * (`截至10月底`), deadlines (`明年4月底前`), lunar dates (`正月十六`), durations (`5年`) and dates
 * damaged by text extraction (`20208月`, `39日`).
 *
 * The scanner is a list of small bounded patterns over a one-to-one folded copy of the text
 * (offsets stay the caller's), followed by refiners in the manner of chrono-node: overlapping
 * candidates are resolved longest first; `截至 …` and `自 … 以来` extend a mention; finally the
 * mentions are resolved in document order, carrying the year context forward.
 *
 * ## Rules (documented decisions)
 *
 * - **Years** are four digits 19xx/20xx (or four Chinese digits, `二〇二三`) followed by 年, or in
 *   ranges (`2021至2023年`) and datelines (`2024-06-05`). Figures such as `2023.18万元`, `1248人`,
 *   `京ICP备09051002号` are never years.
 * - **Year of a month or day without one** (`7月17日`, `3月份`, `正月十六`, bare `年底`): the year
 *   of the nearest preceding mention that dates a month or a day with a year (`2023年3月`,
 *   `今年3月份`, a dateline `2020-11-24`, or a year followed by a comma: `2023年，…`) —
 *   `yearFrom: 'context'`; else the reference date's year — `yearFrom: 'reference'`. Years inside
 *   statistics (`从2013年4000元`), ranges, `以来` phrases, deadlines and suspicious mentions do not
 *   set the context. The period's `basis` is then `'inferred'`.
 * - **`N年来`, `近N年`** (`4年来`, `五年来`, `一年来`, `近两年`): the N calendar years that end with
 *   the reference year, i.e. from 1 January of (reference year − N + 1) to the reference date;
 *   `N年多来` (`三年多来`) starts one year earlier. With reference 2020-10-22, `4年来` is
 *   2017-01-01 … 2020-10-22 (the four assessment years 2017–2020 of 东西部扶贫协作), and
 *   `三年多来` with reference 2020-11-24 is 2017-01-01 … 2020-11-24. `basis: 'inferred'`.
 *   `近年来`, `几年来`, `多年来`, `这些年来` have no stated start: `start: null`, `vague: true`.
 * - **`以来`** ends at the reference date (`kind: 'interval'`, `basis: 'inferred'`); without a
 *   reference date the end is open (`kind: 'open'`, `end: null`).
 * - **`年底`, `月底`, `十四五末`** are the last day of the year, month or plan (`kind: 'point'`);
 *   `上旬/中旬/下旬` are days 1–10, 11–20 and 21–end; `月初` is days 1–10 and `年初` is January.
 * - **`截至 X`** is the point at the end of X (`截至10月底` → 10-31, `截至目前` → reference date).
 *   **`X前`** (`年底前`, `明年4月底前`) is a deadline at the end of X. `future` is true when the
 *   period starts after the reference date.
 * - **Lunar dates** are placed only in 正月, from the New Year table (2000–2030); anything else is
 *   `unresolved: true` with `period: null`. `元宵节` is 正月十五, `元宵节过后第一天` 正月十六.
 * - **Damaged and impossible dates** get `period: null` and `suspicious` (with a repair when one
 *   reading fits). Plain day numbers (`15日` with no month) are not reported.
 * - **Named days and periods** (`type: 'event'`): `扶贫日` is 17 October of the year written (`第七个
 *   国家扶贫日` is that of 2020: the first was in 2014), of the context or of the reference year
 *   (from 2014); `扶贫日期间` / `扶贫日前后` is that October,
 *   `basis: 'inferred'` (the campaign's bounds are not stated). `疫情期间` (`新冠肺炎疫情防控期间`,
 *   `抗疫期间`) is 2020-01-01 up to the reference date, at most 2022-12-31, `basis: 'inferred'`;
 *   before 2020 it is another epidemic and stays unresolved. `扶贫日常` and `猪瘟疫情期间` are not
 *   mentions.
 *
 * @module
 */
import type { IsoDate, Period } from '../domain/period.js';
import { EPIDEMIC_PERIOD, POVERTY_ALLEVIATION_DAY } from '../data/named-periods.js';
import { FIVE_YEAR_PLANS, TRANSITION_PERIOD } from '../data/plan-periods.js';
import { isValidYmd, lastDayOfMonth, readIsoDate, splitIso, ymdToIso } from './calendar.js';
import { DATELINE_PATTERNS, datelineFromMatch } from './dateline.js';
import { anchorPositions, anchoredOf, eachAnchored, type Anchored } from './anchored.js';
import { foldForDates } from './fold.js';
import { lunarToGregorian } from './lunar.js';
import { readDigitYear, readSmallNumber } from './numerals.js';
import type { Duration, FindTimeOptions, TimeMention, TimeMentionType, TimeSuspicion } from './types.js';

type Part = 'early' | 'mid' | 'late' | 'begin' | 'end' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4';
type Tail = 'since' | 'deadline';

type Spec =
  | {
      k: 'cal';
      /** Year as written. */
      y?: number;
      /** Year relative to the reference year (今年 0, 去年 −1, 明年 +1). */
      rel?: number;
      m?: number;
      d?: number;
      part?: Part;
      tail?: Tail;
      time?: string;
      /** A year followed by a comma (`2023年，`): sets the context although it has no month. */
      commaYear?: boolean;
      /** Cut-off (`截至 …`), set by the refiner. */
      asOf?: boolean;
    }
  | { k: 'range'; y1: number; y2: number }
  | { k: 'relspan'; n?: number; more: boolean }
  | { k: 'plan'; first: number; last: number; part?: 'end' | 'begin'; tail?: 'since' }
  | { k: 'now'; asOf?: boolean }
  | { k: 'lunar'; y?: number; month: number; day?: number }
  /** 扶贫日 (the day; with 期间 or 前后, the month around it), 疫情期间. */
  | { k: 'named'; which: 'poverty_day' | 'epidemic'; y?: number; around?: boolean }
  | { k: 'suspYm'; y: number; m: number }
  | { k: 'suspD'; digits: string }
  | { k: 'dur'; duration: Duration };

interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  order: number;
}

const CN = '〇○零一二三四五六七八九十两';
const MONTH_NUM = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,2})`;
const DAY_NUM = String.raw`(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})`;

// The leading lookaheads `(?=[…])` name the characters a match can start with: they change no
// match, but let the engine reject most positions before it runs the lookbehind.
const RE = {
  cal: new RegExp(
    String.raw`(?=[12〇○零一二三四五六七八九])(?<![\d.${CN}])((?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(?:${MONTH_NUM}月(?:份)?(?:${DAY_NUM}[日号])?)?`,
    'g',
  ),
  month: new RegExp(String.raw`(?=[\d一二三四五六七八九十])(?<![\d.${CN}])${MONTH_NUM}月(?:份)?(?:${DAY_NUM}[日号])?`, 'g'),
  rel: new RegExp(
    String.raw`(?<![\d${CN}过])(今|去|明)年(?:${MONTH_NUM}月(?:份)?(?:${DAY_NUM}[日号])?)?`,
    'g',
  ),
  bareYearPart: new RegExp(String.raw`(?<![\d${CN}今去明前后本上当同每])年(?=[底末初])`, 'g'),
  range: /(?<![\d.])((?:19|20)\d{2})(?:年)?(?:至|到|—{1,2}|–|-|~)((?:19|20)\d{2})年/g,
  relspan: new RegExp(
    String.raw`(?<![\d${CN}第])(这|近|过去)?(\d{1,2}|十几|[一二两三四五六七八九十]{1,3}|几|多|些)?年(多)?(?:以)?来`,
    'g',
  ),
  near: new RegExp(String.raw`(?<![\d${CN}])近(\d{1,2}|[一二两三四五六七八九十]{1,3})年(?![代级龄])`, 'g'),
  plan: new RegExp(String.raw`(?<![\d${CN}])([“"「『‘']?)(十[一二三四五]五)([”"」』’']?)`, 'g'),
  transition: /过渡期/g,
  // 扶贫日, 2020年扶贫日, 第七个国家扶贫日, 扶贫日期间 (not 扶贫日常, 扶贫日记, 扶贫日报, 扶贫日子).
  povertyDay: /(?:((?:19|20)\d{2})年)?(?:第(\d{1,2}|[一二三四五六七八九十]{1,3})个)?(?:全国|国家)?扶贫日(?![常记报子])(活动期间|期间|前后)?/g,
  // 疫情期间, 新冠肺炎疫情防控期间, 抗疫期间 (not 猪瘟疫情, 禽流感疫情, 口蹄疫疫情).
  epidemic: /(?:新冠(?:肺炎)?|新型冠状病毒(?:肺炎|感染)?)?(?<![瘟疫感])疫情(?:防控)?期间|抗(?:击)?疫(?:情)?期间/g,
  now: /目前/g,
  lunar: new RegExp(
    String.raw`(?:((?:19|20)\d{2})年)?(?:(正|腊|冬)月(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|十[一二三四五六七八九]|三十)?|([二三四五六七八九]|十[一二]?)月(初[一二三四五六七八九十]|廿[一二三四五六七八九]))|元宵节`,
    'g',
  ),
  suspYm: /(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])月/g,
  // A day number that cannot be one (39日), at the start of a sentence or clause, where dates stand.
  suspD: /(?=\d)(?<=^|[\s，,。；;：:、“"（(])(\d{2,4})日(?=$|[\s，,。、；;：:上下晚早凌中午起至到])/g,
  dur: new RegExp(
    String.raw`(?=[\d一二两三四五六七八九十半])(?<![\d.第${CN}今去明前后本上下当每同近这几多])(\d{1,2}|[一二两三四五六七八九十]{1,3}|半)(个)?(半)?(年|月|天|周|星期)`,
    'g',
  ),
};

const YEAR_PARTS: ReadonlyArray<readonly [string, Part]> = [
  ['上半年', 'h1'], ['下半年', 'h2'],
  ['第一季度', 'q1'], ['第二季度', 'q2'], ['第三季度', 'q3'], ['第四季度', 'q4'],
  ['一季度', 'q1'], ['二季度', 'q2'], ['三季度', 'q3'], ['四季度', 'q4'],
  ['第1季度', 'q1'], ['第2季度', 'q2'], ['第3季度', 'q3'], ['第4季度', 'q4'],
  ['底', 'end'], ['末', 'end'], ['初', 'begin'],
];
const MONTH_PARTS: ReadonlyArray<readonly [string, Part]> = [
  ['上旬', 'early'], ['中旬', 'mid'], ['下旬', 'late'], ['初', 'begin'], ['底', 'end'], ['末', 'end'],
];
/** Characters after 前 that make it a word of its own (前往, 前期, 前后 …), not "before". */
const NOT_BEFORE = '往进来夕景后期沿身提列台端线锋面置所任行去瞻途程';
/** Characters after an unquoted 十四五 that make it the numbers 14–15 (十四五个人). */
const NOT_PLAN_AFTER = '个人天岁名家户次万千百元年%分斤亩米吨倍位只头条';
/** Characters after N年 that make it something other than a duration. */
const NOT_DURATION_AFTER_YEAR = '来多级龄代度轻纪华货会薪底末初前后份';

/** Whether `ch` is one of the characters of `set` (never true for a missing character). */
function oneOf(set: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && set.includes(ch);
}

function readSuffix(t: string, pos: number, level: 'year' | 'month' | 'day'): { part?: Part; tail?: Tail; end: number } {
  let end = pos;
  let part: Part | undefined;
  const parts = level === 'year' ? YEAR_PARTS : level === 'month' ? MONTH_PARTS : [];
  for (const [word, p] of parts) {
    if (t.startsWith(word, end)) {
      part = p;
      end += word.length;
      break;
    }
  }
  let tail: Tail | undefined;
  if (t.startsWith('以来', end) || t.startsWith('至今', end)) {
    tail = 'since';
    end += 2;
  } else if (t.startsWith('以前', end) && !oneOf(NOT_BEFORE, t[end + 2])) {
    tail = 'deadline';
    end += 2;
  } else if (t[end] === '前' && !oneOf(NOT_BEFORE, t[end + 1])) {
    tail = 'deadline';
    end += 1;
  }
  const out: { part?: Part; tail?: Tail; end: number } = { end };
  if (part) out.part = part;
  if (tail) out.tail = tail;
  return out;
}

/** Reads the optional `HH:MM[:SS]` after a full Chinese date (`2023年7月17日 15:09`). */
const TIME_AFTER = /[ ]{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/y;
function readTimeAfter(t: string, pos: number): { time: string; end: number } | undefined {
  TIME_AFTER.lastIndex = pos;
  const m = TIME_AFTER.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? undefined : Number(m[3]);
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { time: s === undefined ? `${pad(h)}:${pad(mi)}` : `${pad(h)}:${pad(mi)}:${pad(s)}`, end: pos + m[0].length };
}

/** Month/day groups → numbers; `undefined` when a Chinese numeral cannot be read (`三四月`). */
function monthDay(mg: string | undefined, dg: string | undefined): { m?: number; d?: number } | undefined {
  const out: { m?: number; d?: number } = {};
  if (mg !== undefined) {
    const m = readSmallNumber(mg);
    if (m === undefined) return undefined;
    out.m = m;
  }
  if (dg !== undefined) {
    const d = readSmallNumber(dg);
    if (d === undefined) return undefined;
    out.d = d;
  }
  return out;
}

function calCandidate(
  t: string,
  matchEnd: number,
  base: { y?: number; rel?: number },
  md: { m?: number; d?: number },
): Candidate['spec'] & { end: number } {
  const level = md.d !== undefined ? 'day' : md.m !== undefined ? 'month' : 'year';
  let end = matchEnd;
  let time: string | undefined;
  if (level === 'day' && base.y !== undefined) {
    const tm = readTimeAfter(t, end);
    if (tm) {
      time = tm.time;
      end = tm.end;
    }
  }
  const suffix = time === undefined ? readSuffix(t, end, level) : { end };
  const spec: Spec & { end: number } = { k: 'cal', ...base, ...md, end: suffix.end };
  if (time !== undefined) spec.time = time;
  if ('part' in suffix && suffix.part) spec.part = suffix.part;
  if ('tail' in suffix && suffix.tail) spec.tail = suffix.tail;
  if (level === 'year' && base.y !== undefined && !spec.part && !spec.tail) {
    const next = t[suffix.end];
    if (next === '，' || next === ',') spec.commaYear = true;
  }
  return spec;
}

function lunarDay(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (s.startsWith('初')) return readSmallNumber(s.slice(1));
  if (s.startsWith('廿')) return readSmallNumber(s);
  return readSmallNumber(s);
}

const LUNAR_MONTHS: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 };

function durationUnit(u: string): Duration['unit'] {
  return u === '年' ? 'year' : u === '月' ? 'month' : u === '天' ? 'day' : 'week';
}

const DIGITS = '0123456789';
const ANCHORED = {
  cal: anchoredOf(RE.cal, '年', 4, 4, undefined, '12〇○零一二三四五六七八九'),
  month: anchoredOf(RE.month, '月', 1, 2, undefined, `${DIGITS}一二三四五六七八九十`),
  relspan: anchoredOf(
    RE.relspan,
    '年',
    0,
    5,
    (t, y) => {
      let q = y + 1;
      if (t.charCodeAt(q) === 0x591a /* 多 */) q++;
      if (t.charCodeAt(q) === 0x4ee5 /* 以 */) q++;
      return t.charCodeAt(q) === 0x6765 /* 来 */;
    },
    `这近过${DIGITS}十一二两三四五六七八九几多些年`,
  ),
  suspD: anchoredOf(RE.suspD, '日', 2, 4, undefined, DIGITS),
  dur: anchoredOf(RE.dur, '年月天周星', 1, 5, undefined, `${DIGITS}一二两三四五六七八九十半`),
  // 月 at 1 … 7 (正月, 十二月, 2021年正月), or 元 of 元宵节 at 0.
  lunar: anchoredOf(RE.lunar, '月元', 0, 7, undefined, '12正腊冬二三四五六七八九十元'),
};

/** What may follow 元宵节 to name a later day: 过后第一天, 后两天 (sticky, at the end of 元宵节). */
const AFTER_LANTERN = /(?:过)?后(?:的)?(?:第)?(\d{1,2}|[一二两三四五六七八九十]{1,2})天/y;

/** Every anchor character of the patterns above, located in one pass over the text. */
const ANCHOR_CHARS = '年月日天周星元';

/** Collects every candidate of every pattern. */
function collect(t: string): Candidate[] {
  const out: Candidate[] = [];
  let order = 0;
  const push = (start: number, end: number, spec: Spec): void => {
    out.push({ start, end, spec, order: order++ });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      fn(m);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  const positions = anchorPositions(t, ANCHOR_CHARS);
  const anchored = (a: Anchored, fn: (m: RegExpExecArray) => void): void => eachAnchored(a, t, fn, positions);

  // Datelines: 2024-06-05 18:44:25, 21-09-15 15:09 (two-digit years only with a time).
  for (const form of ['iso', 'yy'] as const) {
    each(DATELINE_PATTERNS[form].g, (m) => {
      const r = datelineFromMatch(form, m);
      if (!r || (form === 'yy' && (r.time === undefined || r.time === 'invalid'))) return;
      const spec: Spec = { k: 'cal', y: r.y, m: r.m, d: r.d };
      if (r.time === undefined || r.time === 'invalid') {
        // An impossible time (25:61) is left out of the mention: the date alone is kept.
        const dateEnd = r.time === undefined ? r.end : r.start + m[0].search(/[ T]/);
        push(r.start, dateEnd, spec);
      } else {
        spec.time = r.time;
        push(r.start, r.end, spec);
      }
    });
  }

  anchored(ANCHORED.cal, (m) => {
    const y = readDigitYear(m[1]!);
    const md = monthDay(m[2], m[3]);
    if (y === undefined || y < 1900 || y > 2099 || md === undefined) return;
    const { end, ...spec } = calCandidate(t, m.index + m[0].length, { y }, md);
    push(m.index, end, spec);
  });
  anchored(ANCHORED.month, (m) => {
    const md = monthDay(m[1], m[2]);
    if (md === undefined) return;
    const { end, ...spec } = calCandidate(t, m.index + m[0].length, {}, md);
    push(m.index, end, spec);
  });
  each(RE.rel, (m) => {
    const rel = m[1] === '今' ? 0 : m[1] === '去' ? -1 : 1;
    const md = monthDay(m[2], m[3]);
    if (md === undefined) return;
    const { end, ...spec } = calCandidate(t, m.index + m[0].length, { rel }, md);
    push(m.index, end, spec);
  });
  each(RE.bareYearPart, (m) => {
    const { end, ...spec } = calCandidate(t, m.index + 1, {}, {});
    if (spec.k === 'cal' && spec.part) push(m.index, end, spec);
  });
  each(RE.range, (m) => {
    push(m.index, m.index + m[0].length, { k: 'range', y1: Number(m[1]), y2: Number(m[2]) });
  });
  // 1990年代
  each(/(?<![\d.])((?:19|20)\d0)年代/g, (m) => {
    const y = Number(m[1]);
    push(m.index, m.index + m[0].length, { k: 'range', y1: y, y2: y + 9 });
  });
  anchored(ANCHORED.relspan, (m) => {
    const prefix = m[1];
    const ng = m[2];
    const more = m[3] === '多';
    if (ng === undefined && prefix !== '近') return;
    if (ng === '些' && prefix !== '这') return;
    if (ng === undefined || ng === '几' || ng === '多' || ng === '些' || ng === '十几') {
      push(m.index, m.index + m[0].length, { k: 'relspan', more });
      return;
    }
    const n = readSmallNumber(ng);
    if (n === undefined || n < 1) return;
    push(m.index, m.index + m[0].length, { k: 'relspan', n, more });
  });
  each(RE.near, (m) => {
    const n = readSmallNumber(m[1]!);
    if (n === undefined || n < 1) return;
    push(m.index, m.index + m[0].length, { k: 'relspan', n, more: false });
  });
  each(RE.plan, (m) => {
    const plan = FIVE_YEAR_PLANS.find((p) => p.name === m[2]);
    if (!plan) return;
    const open = m[1] ?? '';
    const close = m[3] ?? '';
    let start = m.index;
    let end = m.index + m[0].length;
    if ((open === '') !== (close === '')) {
      // Unbalanced quote: keep the name only.
      start += open.length;
      end -= close.length;
    }
    const quoted = open !== '' && close !== '';
    if (!quoted && oneOf(NOT_PLAN_AFTER, t[end])) return;
    const spec: Spec = { k: 'plan', first: plan.firstYear, last: plan.lastYear };
    end = planSuffix(t, end, spec);
    push(start, end, spec);
  });
  each(RE.transition, (m) => {
    const spec: Spec = { k: 'plan', first: TRANSITION_PERIOD.firstYear, last: TRANSITION_PERIOD.lastYear };
    const end = planSuffix(t, m.index + m[0].length, spec);
    push(m.index, end, spec);
  });
  each(RE.now, (m) => push(m.index, m.index + m[0].length, { k: 'now' }));
  each(RE.povertyDay, (m) => {
    const spec: Spec = { k: 'named', which: 'poverty_day' };
    // 第N个扶贫日 is the day of year 2013 + N (the first was in 2014).
    const nth = m[2] === undefined ? undefined : readSmallNumber(m[2]);
    if (m[1] !== undefined) spec.y = Number(m[1]);
    else if (nth !== undefined && nth >= 1) spec.y = POVERTY_ALLEVIATION_DAY.firstYear - 1 + nth;
    if (m[3] !== undefined) spec.around = true;
    push(m.index, m.index + m[0].length, spec);
  });
  each(RE.epidemic, (m) => push(m.index, m.index + m[0].length, { k: 'named', which: 'epidemic' }));
  anchored(ANCHORED.lunar, (m) => {
    if (m[0] === '元宵节') {
      // 元宵节过后第一天, 元宵节后两天: days after 正月十五 (within 正月).
      AFTER_LANTERN.lastIndex = m.index + 3;
      const after = AFTER_LANTERN.exec(t);
      const days = after === null ? 0 : (readSmallNumber(after[1]!) ?? 0);
      if (after !== null && days >= 1 && days <= 14) push(m.index, m.index + 3 + after[0].length, { k: 'lunar', month: 1, day: 15 + days });
      else push(m.index, m.index + 3, { k: 'lunar', month: 1, day: 15 });
      return;
    }
    const spec: Spec = { k: 'lunar', month: 1 };
    if (m[1] !== undefined) spec.y = Number(m[1]);
    if (m[2] !== undefined) {
      spec.month = LUNAR_MONTHS[m[2]] ?? 0;
      const d = lunarDay(m[3]);
      if (d !== undefined) spec.day = d;
    } else {
      const mo = readSmallNumber(m[4]!);
      const d = lunarDay(m[5]);
      if (mo === undefined || d === undefined) return;
      spec.month = mo;
      spec.day = d;
    }
    push(m.index, m.index + m[0].length, spec);
  });
  each(RE.suspYm, (m) => {
    push(m.index, m.index + m[0].length, { k: 'suspYm', y: Number(m[1]), m: Number(m[2]) });
  });
  anchored(ANCHORED.suspD, (m) => {
    const digits = m[1]!;
    if (Number(digits) <= 31 || splitsOf(digits).length === 0) return;
    push(m.index, m.index + m[0].length, { k: 'suspD', digits });
  });
  anchored(ANCHORED.dur, (m) => {
    const [, ng, ge, half, unit] = m;
    let end = m.index + m[0].length;
    if (unit === '月' && ge === undefined) return;
    if (unit === '年' && ge !== undefined) return;
    if (ng === '半' && half !== undefined) return;
    const next = t[end];
    if (unit === '年' && (oneOf(NOT_DURATION_AFTER_YEAR, next) || t.startsWith('一度', end))) return;
    if (unit === '周' && oneOf('年岁', next)) return;
    if (unit === '天' && oneOf('津然气地空下', next)) return;
    if (unit === '年' && next === '期') end += 1; // 1年期: a term
    const n = ng === '半' ? 0.5 : readSmallNumber(ng!);
    if (n === undefined || n === 0) return;
    push(m.index, end, { k: 'dur', duration: { amount: n + (half !== undefined ? 0.5 : 0), unit: durationUnit(unit!) } });
  });
  return out;
}

const PLAN_PARTS = [['期末', 'end'], ['末期', 'end'], ['末', 'end'], ['期初', 'begin'], ['初', 'begin']] as const;
const PLAN_SPANS = ['期间', '时期', '内'] as const;

function planSuffix(t: string, pos: number, spec: Spec & { k: 'plan' }): number {
  for (const [word, part] of PLAN_PARTS) {
    if (t.startsWith(word, pos)) {
      spec.part = part;
      return pos + word.length;
    }
  }
  for (const word of PLAN_SPANS) if (t.startsWith(word, pos)) return pos + word.length;
  if (t.startsWith('以来', pos)) {
    spec.tail = 'since';
    return pos + 2;
  }
  return pos;
}

/** Ways to read `39` as month + day: [[3, 9]]. */
function splitsOf(digits: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i < digits.length; i++) {
    const ms = digits.slice(0, i);
    const ds = digits.slice(i);
    if (ms.startsWith('0') || ds.startsWith('0') || ds.length > 2) continue;
    const m = Number(ms);
    const d = Number(ds);
    if (m >= 1 && m <= 12 && d >= 1 && d <= maxDay(m)) out.push([m, d]);
  }
  return out;
}

/** Days of month `m` in a leap year (the most any year allows). */
function maxDay(m: number): number {
  return m === 2 ? 29 : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Keeps the longest candidates that do not overlap, in document order. */
function select(cands: Candidate[], t: string): Candidate[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const taken = new Uint8Array(t.length);
  const kept: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // Refiners: 截至 X → cut-off; 自/从 X以来 → part of the phrase.
  let prevEnd = 0;
  for (const c of kept) {
    const s = c.spec;
    if ((s.k === 'cal' && !s.tail) || s.k === 'now') {
      for (const word of ['截至到', '截止到', '截至', '截止']) {
        const from = c.start - word.length;
        if (from >= prevEnd && t.startsWith(word, from)) {
          c.start = from;
          s.asOf = true;
          break;
        }
      }
    }
    const isSince = (s.k === 'cal' && s.tail === 'since') || (s.k === 'plan' && s.tail === 'since');
    if (isSince && c.start - 1 >= prevEnd && (t[c.start - 1] === '自' || t[c.start - 1] === '从')) c.start -= 1;
    prevEnd = c.end;
  }
  return kept;
}

interface Ctx {
  ref: IsoDate | undefined;
  refYear: number | undefined;
  year: number | undefined;
  /** Set by `resolveCal` when the mention it resolves sets the year context (read and cleared by the caller). */
  anchorYear: number | undefined;
}

function mkPeriod(
  start: IsoDate | null,
  end: IsoDate | null,
  kind: Period['kind'],
  basis: Period['basis'],
  granularity: Period['granularity'] | undefined,
  label: string,
  ref: IsoDate | undefined,
): Period {
  const p: Period = { start, end, kind, basis, label };
  if (granularity) p.granularity = granularity;
  const first = start ?? end;
  if (ref !== undefined && first !== null) p.future = first > ref;
  return p;
}

function impossible(message: string): TimeSuspicion {
  return { reason: 'impossible_date', message, repair: null };
}

type Resolved = Omit<TimeMention, 'start' | 'end' | 'text'>;

/**
 * The year of a date: as written, else relative to the reference year (今年, 去年), else the year
 * of the context, else the reference year; with where it came from.
 */
function resolveYear(
  written: number | undefined,
  rel: number | undefined,
  ctx: Ctx,
): { y: number | undefined; yearFrom: TimeMention['yearFrom'] } {
  if (written !== undefined) return { y: written, yearFrom: 'text' };
  if (rel !== undefined) return { y: ctx.refYear === undefined ? undefined : ctx.refYear + rel, yearFrom: 'reference' };
  if (ctx.year !== undefined) return { y: ctx.year, yearFrom: 'context' };
  if (ctx.refYear !== undefined) return { y: ctx.refYear, yearFrom: 'reference' };
  return { y: undefined, yearFrom: undefined };
}

function resolveCal(s: Spec & { k: 'cal' }, label: string, ctx: Ctx): Resolved {
  const level = s.d !== undefined ? 'day' : s.m !== undefined ? 'month' : 'year';
  const baseType: TimeMentionType = s.asOf ? 'as_of' : s.tail === 'since' ? 'since' : s.tail === 'deadline' ? 'deadline' : 'date';
  // Impossible whatever the year: 13月, 2月30日.
  if (s.m !== undefined && (s.m < 1 || s.m > 12)) {
    return { type: level === 'day' ? 'date' : 'month', period: null, suspicious: impossible(`month ${s.m} does not exist`) };
  }
  if (s.m !== undefined && s.d !== undefined && (s.d < 1 || s.d > maxDay(s.m))) {
    return { type: 'date', period: null, suspicious: impossible(`day ${s.d} does not exist in month ${s.m}`) };
  }
  const { y, yearFrom } = resolveYear(s.y, s.rel, ctx);
  const typeOfLevel: TimeMentionType = level === 'day' ? 'date' : level === 'month' ? 'month' : 'year';
  if (y === undefined) {
    const out: Resolved = { type: s.tail || s.asOf ? baseType : typeOfLevel, period: null, unresolved: true };
    if (s.time) out.time = s.time;
    return out;
  }
  if (s.m !== undefined && s.d !== undefined && !isValidYmd(y, s.m, s.d)) {
    return { type: 'date', period: null, yearFrom: yearFrom!, suspicious: impossible(`${y}-${s.m}-${s.d} does not exist`) };
  }
  const basis: Period['basis'] = yearFrom === 'text' ? 'stated' : 'inferred';
  let start: IsoDate;
  let end: IsoDate;
  let gran: Period['granularity'];
  let point = false;
  if (level === 'day') {
    start = end = ymdToIso(y, s.m!, s.d!);
    gran = 'day';
    point = true;
  } else if (level === 'month') {
    const m = s.m!;
    const last = lastDayOfMonth(y, m);
    gran = 'month';
    start = ymdToIso(y, m, 1);
    end = last;
    if (s.part === 'early' || s.part === 'begin') end = ymdToIso(y, m, 10);
    else if (s.part === 'mid') {
      start = ymdToIso(y, m, 11);
      end = ymdToIso(y, m, 20);
    } else if (s.part === 'late') start = ymdToIso(y, m, 21);
    else if (s.part === 'end') {
      start = last;
      point = true;
    }
  } else {
    gran = 'year';
    start = ymdToIso(y, 1, 1);
    end = ymdToIso(y, 12, 31);
    switch (s.part) {
      case 'end':
        start = end;
        point = true;
        break;
      case 'begin':
        end = ymdToIso(y, 1, 31);
        gran = 'month';
        break;
      case 'h1':
      case 'h2':
        gran = 'half_year';
        start = ymdToIso(y, s.part === 'h1' ? 1 : 7, 1);
        end = lastDayOfMonth(y, s.part === 'h1' ? 6 : 12);
        break;
      case 'q1':
      case 'q2':
      case 'q3':
      case 'q4': {
        const q = Number(s.part[1]);
        gran = 'quarter';
        start = ymdToIso(y, q * 3 - 2, 1);
        end = lastDayOfMonth(y, q * 3);
        break;
      }
      default:
        break;
    }
  }
  const ref = ctx.ref;
  let period: Period;
  let type: TimeMentionType;
  if (s.tail === 'since') {
    type = 'since';
    period = ref !== undefined && ref >= start
      ? mkPeriod(start, ref, 'interval', 'inferred', gran, label, ref)
      : mkPeriod(start, null, 'open', basis, gran, label, ref);
  } else if (s.tail === 'deadline' || s.asOf) {
    type = s.asOf ? 'as_of' : 'deadline';
    period = mkPeriod(end, end, 'point', basis, gran, label, ref);
  } else {
    type = point ? 'date' : typeOfLevel;
    period = mkPeriod(start, end, point ? 'point' : 'interval', basis, gran, label, ref);
  }
  const out: Resolved = { type, period, yearFrom: yearFrom! };
  if (s.time) out.time = s.time;
  const anchors = !s.tail && !s.asOf && (yearFrom === 'text' || s.rel !== undefined) && (s.m !== undefined || s.commaYear === true);
  if (anchors) ctx.anchorYear = y;
  return out;
}

function resolve(spec: Spec, label: string, ctx: Ctx): Resolved {
  const ref = ctx.ref;
  switch (spec.k) {
    case 'cal':
      return resolveCal(spec, label, ctx);
    case 'range': {
      if (spec.y1 > spec.y2) {
        return { type: 'year_range', period: null, suspicious: impossible(`range ${spec.y1}–${spec.y2} runs backwards`) };
      }
      return {
        type: 'year_range',
        period: mkPeriod(ymdToIso(spec.y1, 1, 1), ymdToIso(spec.y2, 12, 31), 'interval', 'stated', 'multi_year', label, ref),
        yearFrom: 'text',
      };
    }
    case 'relspan': {
      if (ref === undefined || ctx.refYear === undefined) return { type: 'since', period: null, unresolved: true, ...(spec.n === undefined ? { vague: true as const } : {}) };
      if (spec.n === undefined) {
        return { type: 'since', period: mkPeriod(null, ref, 'open', 'inferred', 'multi_year', label, ref), vague: true, yearFrom: 'reference' };
      }
      const y0 = ctx.refYear - spec.n + 1 - (spec.more ? 1 : 0);
      if (y0 < 1000) return { type: 'since', period: null, unresolved: true };
      const gran = y0 === ctx.refYear ? 'year' : 'multi_year';
      return { type: 'since', period: mkPeriod(ymdToIso(y0, 1, 1), ref, 'interval', 'inferred', gran, label, ref), yearFrom: 'reference' };
    }
    case 'plan': {
      const start = ymdToIso(spec.first, 1, 1);
      const end = ymdToIso(spec.last, 12, 31);
      if (spec.tail === 'since') {
        const period = ref !== undefined && ref >= start
          ? mkPeriod(start, ref, 'interval', 'inferred', 'multi_year', label, ref)
          : mkPeriod(start, null, 'open', 'stated', 'multi_year', label, ref);
        return { type: 'since', period };
      }
      if (spec.part === 'end') return { type: 'plan', period: mkPeriod(end, end, 'point', 'stated', 'year', label, ref) };
      if (spec.part === 'begin') {
        return { type: 'plan', period: mkPeriod(start, ymdToIso(spec.first, 12, 31), 'interval', 'stated', 'year', label, ref) };
      }
      return { type: 'plan', period: mkPeriod(start, end, 'interval', 'stated', 'multi_year', label, ref) };
    }
    case 'now':
      if (ref === undefined) return { type: 'as_of', period: null, unresolved: true };
      return { type: 'as_of', period: mkPeriod(ref, ref, 'point', 'inferred', 'day', label, ref), yearFrom: 'reference' };
    case 'lunar': {
      const { y, yearFrom } = resolveYear(spec.y, undefined, ctx);
      const iso = y === undefined || spec.day === undefined ? undefined : lunarToGregorian(y, spec.month, spec.day);
      if (iso === undefined) {
        const out: Resolved = { type: 'lunar_date', period: null, unresolved: true };
        if (yearFrom) out.yearFrom = yearFrom;
        return out;
      }
      return {
        type: 'lunar_date',
        period: mkPeriod(iso, iso, 'point', yearFrom === 'text' ? 'stated' : 'inferred', 'day', label, ref),
        yearFrom: yearFrom!,
      };
    }
    case 'suspYm': {
      const text = `${spec.y}年${spec.m}月`;
      const period = mkPeriod(ymdToIso(spec.y, spec.m, 1), lastDayOfMonth(spec.y, spec.m), 'interval', 'inferred', 'month', text, ref);
      return {
        type: 'month',
        period: null,
        suspicious: { reason: 'missing_year_marker', message: `"${label}" looks like ${text} with 年 lost in extraction`, repair: { text, period } },
      };
    }
    case 'suspD': {
      const splits = splitsOf(spec.digits);
      const year = ctx.year ?? ctx.refYear;
      if (splits.length !== 1) {
        return {
          type: 'date',
          period: null,
          suspicious: { reason: 'missing_month_marker', message: `"${label}" is no day of a month; 月 may be lost, but more than one month/day reading fits`, repair: null },
        };
      }
      const [m, d] = splits[0]!;
      const text = `${m}月${d}日`;
      const period = year !== undefined && isValidYmd(year, m, d)
        ? mkPeriod(ymdToIso(year, m, d), ymdToIso(year, m, d), 'point', 'inferred', 'day', text, ref)
        : null;
      return {
        type: 'date',
        period: null,
        suspicious: { reason: 'missing_month_marker', message: `"${label}" is no day of a month; it looks like ${text} with 月 lost in extraction`, repair: { text, period } },
      };
    }
    case 'dur':
      return { type: 'duration', period: null, duration: spec.duration };
    case 'named':
      return resolveNamed(spec, label, ctx);
  }
}

/**
 * 扶贫日: 17 October of the year written, else of the context or reference year (from 2014, the
 * first 扶贫日); with 期间 or 前后, that October (the campaign's bounds are not stated). 疫情期间:
 * 2020 up to the reference date, at most to the end of 2022; unresolved before 2020 (another
 * epidemic). See `data/named-periods.ts` for the sources.
 */
function resolveNamed(spec: Spec & { k: 'named' }, label: string, ctx: Ctx): Resolved {
  const ref = ctx.ref;
  if (spec.which === 'epidemic') {
    const { firstDay, lastDay } = EPIDEMIC_PERIOD;
    if (ref !== undefined && ref < firstDay) return { type: 'event', period: null, unresolved: true };
    const end = ref !== undefined && ref < lastDay ? ref : lastDay;
    const gran = firstDay.slice(0, 4) === end.slice(0, 4) ? 'year' : 'multi_year';
    const out: Resolved = { type: 'event', period: mkPeriod(firstDay, end, 'interval', 'inferred', gran, label, ref) };
    if (ref !== undefined && end === ref) out.yearFrom = 'reference';
    return out;
  }
  const { month, day, firstYear } = POVERTY_ALLEVIATION_DAY;
  const { y, yearFrom } = resolveYear(spec.y, undefined, ctx);
  if (y === undefined || y < firstYear) {
    const out: Resolved = { type: 'event', period: null, unresolved: true };
    if (yearFrom) out.yearFrom = yearFrom;
    return out;
  }
  const period = spec.around
    ? mkPeriod(ymdToIso(y, month, 1), lastDayOfMonth(y, month), 'interval', 'inferred', 'month', label, ref)
    : mkPeriod(ymdToIso(y, month, day), ymdToIso(y, month, day), 'point', yearFrom === 'text' ? 'stated' : 'inferred', 'day', label, ref);
  return { type: 'event', period, yearFrom: yearFrom! };
}

/**
 * Finds the time expressions in `text`: dates, months, years, year ranges, `以来` periods, plans
 * (`十四五`), cut-off days (`截至10月底`), deadlines (`明年4月底前`), lunar dates (`正月十六`),
 * durations (`5年任务3年完成`) and dates damaged by extraction (`20208月`, `39日`).
 *
 * Mentions come sorted by `start`, never overlap, and `text === input.slice(start, end)` (UTF-16
 * offsets into the caller's string). Relative expressions are placed against
 * `options.referenceDate` (the publication date); see the module documentation for the rules
 * (year context, `N年来`, `以来`, `截至`, `前`). Never throws: a non-string gives `[]`, an invalid
 * reference date is ignored (relative mentions then come back `unresolved`).
 *
 * @example
 * ```ts
 * findTimeExpressions('4年来，河西区累计为“两县一区”拨付3.09亿元', { referenceDate: '2020-10-22' })[0];
 * // { start: 0, end: 3, text: '4年来', type: 'since', yearFrom: 'reference',
 * //   period: { start: '2017-01-01', end: '2020-10-22', kind: 'interval', basis: 'inferred', … } }
 *
 * findTimeExpressions('截至10月底，靖远县已完成销售1.2亿元', { referenceDate: '2021-11-19' })[0].period;
 * // { start: '2021-10-31', end: '2021-10-31', kind: 'point', basis: 'inferred', … }
 *
 * findTimeExpressions('20208月，赵胜阳踏上了援靖之路')[0].suspicious?.repair?.text; // '2020年8月'
 * findTimeExpressions('2021至2023年累计捐款2023.18万元').map((m) => m.text); // ['2021至2023年']
 * ```
 */
export function findTimeExpressions(text: unknown, options?: FindTimeOptions): TimeMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  let ref: IsoDate | undefined;
  try {
    ref = readIsoDate(options?.referenceDate);
  } catch {
    ref = undefined;
  }
  const folded = foldForDates(text);
  const kept = select(collect(folded), folded);
  const ctx: Ctx = { ref, refYear: ref === undefined ? undefined : splitIso(ref)[0], year: undefined, anchorYear: undefined };
  const out: TimeMention[] = [];
  for (const c of kept) {
    const label = text.slice(c.start, c.end);
    ctx.anchorYear = undefined;
    const rest = resolve(c.spec, label, ctx);
    if (ctx.anchorYear !== undefined) ctx.year = ctx.anchorYear;
    out.push({ start: c.start, end: c.end, text: label, ...rest });
  }
  return out;
}
