/**
 * The mention scanner shared by `findNumbers`, `findAmounts`, `findQuantities` and the whole-text
 * parsers. One linear pass over the folded text: at each position that can start a figure, the
 * figure reader runs; small refiners then attach what stands around it (a range's second end, a
 * currency or a measure word, qualifier words before and after) and drop false friends. Each
 * refiner looks only a bounded number of characters around the figure, so the whole scan is
 * linear in the length of the text.
 *
 * Reading decisions (documented choices where Chinese text is ambiguous):
 * - A number is money only with a unit of money after it (元 圆 块, 美元 …) or a currency name or
 *   sign right before it (人民币, ￥, $). Bare 万/亿 figures (`奖池36.57亿`, `中大乐透1600万`) are
 *   not amounts: in news text they are as often counts (次, 人, 网友). Exception: colloquial
 *   `15k` / `30w` (salaries) are yuan when no word follows them (`4K电视` is not money).
 * - 余/多 give `more_than` with the stated base as the value (`2900余万` = 29000000, precision
 *   1000000 so the true value lies in [2900万, 3000万)). 几/数 and neighbouring digits (八九亿)
 *   give `range`: the value is the low end as stated and `range` the bounds
 *   (`二十几万` → 200000 … 300000, `几十万` → 100000 … 1000000).
 * - In a range whose first end has no unit, the first end takes the units written after the
 *   second end's last digit (`3至5万` = 3万–5万, `两~3百` = 200–300, `八到九百亿` = 800亿–900亿);
 *   a first end with its own units takes only the trailing 万/亿 (`一千到两千万` = 1000万–2000万);
 *   and when that would pass the second end, the first end is read as written (`从8500到3万`).
 * - Counts of people named by a noun (`1600萬網友`) are quantities with unit 人.
 * - findNumbers lists every number, those inside amounts included; figures beyond 10^30 go to
 *   the unparsed list (`findUnparsed`) rather than being dropped.
 *
 * @module
 */
import {
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  KUAI_MONEY_AFTER,
  MINOR_UNITS,
  NOT_YUAN_AFTER,
  NOT_YUAN_ROUND_AFTER,
} from '../data/currencies.js';
import type { CurrencyWord } from '../data/currencies.js';
import { NOT_NUMBER_ENDINGS, NOT_NUMBER_WORDS, SHIFEN_NUMBER_AFTER } from '../data/false-friends.js';
import { MEASURE_WORDS } from '../data/measure-words.js';
import { NOT_JIN_BEFORE, NOT_SHANGXIA_AFTER, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../data/qualifiers.js';
import { AMBIGUOUS_DIGITS } from '../data/numerals.js';
import { foldForScan } from '../text/char-fold.js';
import type { Qualifier } from '../types.js';
import * as cc from './char-class.js';
import type { Exact } from './exact.js';
import * as ex from './exact.js';
import type { Figure } from './figure.js';
import * as fg from './figure.js';
import * as nm from './numeral.js';

// Imported bindings copied to module constants once (hot loop).
const { C_ADIGIT, C_BUNIT, C_CDIGIT, C_HALF, C_JI, C_SHU, C_SPACE, C_SUNIT, C_TENS } = cc;
const { classTable, isAsciiLetter, isHan } = cc;
const { add, cmp, lastDigitExponent, shift } = ex;
const { readFigure } = fg;
const { MAX_FRACTION_DIGITS, beyondLimits, readNumeral } = nm;

/**
 * What a scan looks for.
 *
 * @example
 * ```ts
 * scan('投入870万元', 'amount'); // 只找金额
 * ```
 */
export type ScanMode = 'number' | 'amount' | 'quantity';

/**
 * A mention before conversion to the public types.
 *
 * @example
 * ```ts
 * scan('2900余万元', 'amount').mentions[0]?.qualifier; // 'more_than'
 * ```
 */
export interface RawMention {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The value (low end of a range). */
  lo: Exact;
  /** The high end of a range. */
  hi: Exact | null;
  /** Qualifier. */
  qualifier: Qualifier;
  /** Exponent of the precision. */
  pexp: number;
  /** ISO 4217 code (amounts). */
  currency?: string;
  /** Measure word (quantities). */
  unit?: string;
  /** The value lies beyond what the parsers accept (reported, not valued). */
  outOfRange: boolean;
  /** The main figure was a dotted run (`1.2.3`). */
  dotted: boolean;
}

/**
 * Options of a scan.
 *
 * @example
 * ```ts
 * scan('拾', 'number', { whole: true }).mentions.length; // 1 —— 整段解析时单独的“拾”是数
 * ```
 */
export interface ScanOptions {
  /** Whole-text parsing: accept readings the finders avoid in free text (a lone 拾, 百三 alone, …). */
  whole?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Lexicon lookups (built once).

interface WordTable<T> {
  byFirst: Map<number, { word: string; data: T }[]>;
}

function buildTable<T>(entries: readonly { word: string; data: T }[]): WordTable<T> {
  const byFirst = new Map<number, { word: string; data: T }[]>();
  for (const e of entries) {
    const c = e.word.charCodeAt(0);
    let l = byFirst.get(c);
    if (!l) {
      l = [];
      byFirst.set(c, l);
    }
    l.push(e);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.word.length - a.word.length);
  return { byFirst };
}

/** Longest word of the table starting at `p`. */
function matchAt<T>(t: WordTable<T>, s: string, p: number): { word: string; data: T } | undefined {
  const l = t.byFirst.get(s.charCodeAt(p));
  if (!l) return undefined;
  for (const e of l) if (s.startsWith(e.word, p)) return e;
  return undefined;
}

let tables:
  | {
      suffix: WordTable<CurrencyWord>;
      minor: WordTable<{ code: string; exponent: number }>;
      measure: WordTable<string>;
      sufQual: WordTable<Qualifier>;
      notNumber: WordTable<true>;
    }
  | undefined;

function lex(): NonNullable<typeof tables> {
  if (tables) return tables;
  tables = {
    suffix: buildTable(CURRENCY_SUFFIXES.map((w) => ({ word: w.word, data: w }))),
    minor: buildTable(MINOR_UNITS.map((w) => ({ word: w.word, data: { code: w.code, exponent: w.exponent } }))),
    measure: buildTable(MEASURE_WORDS.map((w) => ({ word: w.word, data: w.unit }))),
    sufQual: buildTable(SUFFIX_QUALIFIERS.map((w) => ({ word: w.word, data: w.qualifier }))),
    notNumber: buildTable(NOT_NUMBER_WORDS.map((w) => ({ word: w, data: true as const }))),
  };
  return tables;
}

/**
 * Characters that, right after a numeral, may make it a mention of the mode (a currency word's
 * first character, a measure word's, a range connector …), and characters that may end a
 * currency sign or name before it. Used to skip, without reading them, the many numerals of a
 * text that cannot be amounts (一个, 2023年).
 */
let relevance: { amountAfter: Uint8Array; amountBefore: Uint8Array; quantityAfter: Uint8Array } | undefined;

function relevanceTables(): NonNullable<typeof relevance> {
  if (relevance) return relevance;
  const amountAfter = new Uint8Array(65536);
  const amountBefore = new Uint8Array(65536);
  const quantityAfter = new Uint8Array(65536);
  const common = '至到-—~(个kKwW./分';
  for (const ch of common) {
    amountAfter[ch.charCodeAt(0)] = 1;
    quantityAfter[ch.charCodeAt(0)] = 1;
  }
  for (const w of CURRENCY_SUFFIXES) amountAfter[w.word.charCodeAt(0)] = 1;
  for (const w of MINOR_UNITS) amountAfter[w.word.charCodeAt(0)] = 1;
  for (const w of CURRENCY_PREFIXES) amountBefore[w.word.charCodeAt(w.word.length - 1)] = 1;
  for (const w of MEASURE_WORDS) quantityAfter[w.word.charCodeAt(0)] = 1;
  for (const w of CURRENCY_SUFFIXES) quantityAfter[w.word.charCodeAt(0)] = 1;
  relevance = { amountAfter, amountBefore, quantityAfter };
  return relevance;
}

/**
 * Whether the numeral-like run starting at `i` cannot be a mention of `mode`: it ends (within 64
 * code units) before a character that no unit, connector or qualifier of the mode starts with, and
 * no currency sign stands before it. Returns the end of the run to skip to, or -1 to read it.
 */
function skippable(s: string, i: number, mode: ScanMode, cls: Uint8Array, run: { end: number }): number {
  if (mode === 'number') return -1;
  const rel = relevanceTables();
  const n = s.length;
  // The end of the numeral-like run is computed once per run (positions inside it reuse it), so
  // the look-ahead stays linear over the whole text.
  let j = run.end;
  if (j <= i) {
    j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (cls[c] !== 0 || c === 44 /* , */ || c === 45 || c === CH_FU) {
        j++;
        continue;
      }
      break;
    }
    run.end = j;
  }
  if (j >= n) return -1;
  const after = s.charCodeAt(j);
  if (mode === 'amount') {
    if (rel.amountAfter[after]) return -1;
    if (i > 0 && rel.amountBefore[s.charCodeAt(i - 1)]) return -1;
    if (i > 1 && s.charCodeAt(i - 1) === 32 && rel.amountBefore[s.charCodeAt(i - 2)]) return -1;
    return j;
  }
  if (rel.quantityAfter[after]) return -1;
  if (i > 0 && s.charCodeAt(i - 1) === CH_ZHI) return -1;
  return j;
}

const PREFIX_QUALS_BY_LENGTH = [...PREFIX_QUALIFIERS].sort((a, b) => b.word.length - a.word.length);
const CURRENCY_PREFIXES_BY_LENGTH = [...CURRENCY_PREFIXES].sort((a, b) => b.word.length - a.word.length);

const CH = (x: string): number => x.charCodeAt(0);
const CH_ZHENG = CH('整');
const CH_ZHENG2 = CH('正');
const CH_QIAN = CH('钱');
const CH_LING = CH('零');
const CH_YOU = CH('又');
const CH_GE = CH('个');
const CH_DI = CH('第');
const CH_CONG = CH('从');
const CH_SHI = CH('十');
const CH_FEN = CH('分');
const CH_BAI = CH('百');
const CH_QIAN3 = CH('千');
const CH_DUO = CH('多');
const CH_YU = CH('余');
const CH_JIAO = CH('角');
const CH_MAO = CH('毛');
const CH_ZHI = CH('之');
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_DIAN = '点'.charCodeAt(0);
const CH_QIAN4 = '仟'.charCodeAt(0);
const CH_BAI2 = '佰'.charCodeAt(0);
const CH_SHAO = '少'.charCodeAt(0);
const CH_DAO = '到'.charCodeAt(0);
const CH_ZHI2 = '至'.charCodeAt(0);
const CH_FU = '负'.charCodeAt(0);
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_HAN_CONTAIN = CH('含');
const CH_DASH = CH('—');
const CH_TILDE = 126;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------------------------
// Refiners.

let lastCharTables: { qual: Uint8Array; currency: Uint8Array } | undefined;

/** Last characters of prefix qualifier words and of currency prefixes: a one-lookup pre-check. */
function lastChars(): NonNullable<typeof lastCharTables> {
  if (lastCharTables) return lastCharTables;
  const qual = new Uint8Array(65536);
  const currency = new Uint8Array(65536);
  for (const w of PREFIX_QUALIFIERS) qual[w.word.charCodeAt(w.word.length - 1)] = 1;
  for (const w of CURRENCY_PREFIXES) currency[w.word.charCodeAt(w.word.length - 1)] = 1;
  currency[32] = 1;
  lastCharTables = { qual, currency };
  return lastCharTables;
}

/** A prefix qualifier word ending at `end` (not before `lower`). */
function prefixQualifier(s: string, end: number, lower: number): { start: number; qualifier: Qualifier } | undefined {
  if (end <= lower || !lastChars().qual[s.charCodeAt(end - 1)]) return undefined;
  for (const w of PREFIX_QUALS_BY_LENGTH) {
    const st = end - w.word.length;
    if (st < lower) continue;
    if (!s.startsWith(w.word, st)) continue;
    if (w.word === '近' && st > 0 && NOT_JIN_BEFORE.includes(s[st - 1]!)) continue;
    return { start: st, qualifier: w.qualifier };
  }
  return undefined;
}

/** A currency sign or name ending at `end` (at most one space between it and the figure). */
function prefixCurrency(s: string, end: number, lower: number): { start: number; code: string } | undefined {
  if (end <= lower || !lastChars().currency[s.charCodeAt(end - 1)]) return undefined;
  let e = end;
  if (e - 1 >= lower && s.charCodeAt(e - 1) === 32) e--;
  if (e - 1 >= lower && s.charCodeAt(e - 1) === 32) e--;
  for (const w of CURRENCY_PREFIXES_BY_LENGTH) {
    const st = e - w.word.length;
    if (st < lower) continue;
    if (!s.startsWith(w.word, st)) continue;
    // An ASCII code glued to more letters is a word, not a code ("ABCNY").
    if (isAsciiLetter(w.word.charCodeAt(0)) && st > 0 && isAsciiLetter(s.charCodeAt(st - 1))) continue;
    return { start: st, code: w.code };
  }
  return undefined;
}

/** Skip at most `max` spaces. */
function skipSpaces(s: string, p: number, max: number): number {
  let q = p;
  const cls = classTable();
  while (q < s.length && q - p < max && cls[s.charCodeAt(q)] === C_SPACE) q++;
  return q;
}

/** A currency word at `p` that really is one here (元 of 元宵, 块 of 一块蛋糕 are not). */
function currencyAt(s: string, p: number): { end: number; word: CurrencyWord } | undefined {
  const m = matchAt(lex().suffix, s, p);
  if (!m) {
    // 20个比特币: a measure word between the number and a currency name.
    if (s.charCodeAt(p) === CH_GE) {
      const m2 = matchAt(lex().suffix, s, p + 1);
      if (m2 && !m2.data.generic) return { end: p + 1 + m2.word.length, word: m2.data };
    }
    return undefined;
  }
  const end = p + m.word.length;
  const next = end < s.length ? s.charCodeAt(end) : 0;
  if (m.word === '元' && next !== 0 && NOT_YUAN_AFTER.includes(String.fromCharCode(next))) return undefined;
  if (m.word === '圆' && next !== 0 && NOT_YUAN_ROUND_AFTER.includes(String.fromCharCode(next))) return undefined;
  if (m.word === '块') {
    const cls = classTable()[next]!;
    const ok =
      next === 0 ||
      !isHan(next) ||
      KUAI_MONEY_AFTER.includes(String.fromCharCode(next)) ||
      cls === C_CDIGIT;
    if (!ok) return undefined;
  }
  return { end, word: m.data };
}

/** 整 / 正 closing a 大写 amount (壹拾壹元整), only when no word continues after it. */
function closingZheng(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c !== CH_ZHENG && c !== CH_ZHENG2) return p;
  const next = p + 1 < s.length ? s.charCodeAt(p + 1) : 0;
  if (next !== 0 && isHan(next)) return p;
  return p + 1;
}

/**
 * Fractional units after a major unit: 1角1分, 三毛, 两毛五, 又三美分, 5日本钱. Returns the added
 * value and the end, or undefined.
 */
function readMinor(s: string, orig: string, p: number, code: string): { end: number; v: Exact; pexp: number } | undefined {
  let q = p;
  const c0 = s.charCodeAt(q);
  if (c0 === CH_LING || c0 === CH_YOU) q++;
  let total: Exact | null = null;
  let pexp = 0;
  let lastExp = 0;
  for (let round = 0; round < 2; round++) {
    const num = readNumeral(s, orig, q);
    if (!num || num.anyUnit || num.more || num.hi !== null || num.lo.s > 0) break;
    const u = matchAt(lex().minor, s, num.end);
    if (!u || u.data.code !== code) break;
    if (round > 0 && u.data.exponent >= lastExp) break;
    const v = shift({ m: num.lo.m, s: -u.data.exponent }, 0);
    total = total === null ? v : add(total, v);
    pexp = u.data.exponent;
    lastExp = u.data.exponent;
    q = num.end + u.word.length;
  }
  if (total === null) return undefined;
  // 两毛五: a bare digit after 毛/角 is fen.
  if (lastExp === -1) {
    const num = readNumeral(s, orig, q);
    if (num && !num.anyUnit && !num.arabic && num.chineseChars === 1 && num.lo.s === 0 && num.lo.m < 10n) {
      const after = num.end < s.length ? s.charCodeAt(num.end) : 0;
      const closes = after !== 37 /* % */ && after !== 32 && !isDigitCode(after) && !isAsciiLetter(after);
      if (after === 0 || (!isHan(after) && closes) || after === CH_QIAN) {
        total = add(total, { m: num.lo.m, s: 2 });
        pexp = -2;
        q = num.end;
      }
    }
  }
  if (s.charCodeAt(q) === CH_QIAN) q++;
  return { end: q, v: total, pexp };
}

/** A standalone 角/毛 amount (五毛, 两毛五, 五角钱) — not 五角大楼, 三角形. */
function standaloneJiao(s: string, orig: string, fig: Figure): { end: number; v: Exact; pexp: number } | undefined {
  const p = fig.end;
  const c = s.charCodeAt(p);
  if (c !== CH_JIAO && c !== CH_MAO) return undefined;
  if (fig.num.anyUnit || fig.lo.s > 0 || fig.hi !== null || fig.negative) return undefined;
  const r = readMinor(s, orig, fig.num.start, 'CNY');
  if (!r) return undefined;
  const after = r.end < s.length ? s.charCodeAt(r.end) : 0;
  const prevWasQian = s.charCodeAt(r.end - 1) === CH_QIAN;
  if (!prevWasQian && after !== 0 && isHan(after) && r.pexp === -1) return undefined;
  return r;
}

/** A suffix qualifier at `p` (左右, 以上, (含)以上 …). */
function suffixQualifier(s: string, p: number): { end: number; qualifier: Qualifier } | undefined {
  const m = matchAt(lex().sufQual, s, p);
  if (!m) return undefined;
  const end = p + m.word.length;
  if (m.word === '上下' && end < s.length && NOT_SHANGXIA_AFTER.includes(s[end]!)) return undefined;
  return { end, qualifier: m.data };
}

/** A range connector at `p`: returns the position after it. */
function rangeConnector(s: string, p: number): number {
  let q = p;
  // (含) after the first end.
  if (s.charCodeAt(q) === CH_LPAREN && s.charCodeAt(q + 1) === CH_HAN_CONTAIN && s.charCodeAt(q + 2) === CH_RPAREN) q += 3;
  q = skipSpaces(s, q, 2);
  const c = s.charCodeAt(q);
  if (c === CH_ZHI2 || c === CH_DAO) {
    // 至少 is a qualifier, not a connector.
    if (c === CH_ZHI2 && s.charCodeAt(q + 1) === CH_SHAO) return p;
    return skipSpaces(s, q + 1, 2);
  }
  if (c === CH_MINUS || c === CH_DASH || c === CH_TILDE) {
    let r = q + 1;
    if (s.charCodeAt(r) === c) r++;
    return skipSpaces(s, r, 2);
  }
  return p;
}

/** Is this figure a false friend in free text (一切, 十分壮观, 四川, 九九, 拾起, 千万不要)? */
function falseFriend(s: string, fig: Figure, lower: number): boolean {
  const n = fig.num;
  if (fig.negative || n.arabic) return false;
  const st = n.start;
  const len = n.end - st;
  const c0 = s.charCodeAt(st);
  // Lone 大写 digits that are ordinary words: 入伍, 大陆, 收拾, 放肆, 参加.
  if (len === 1 && AMBIGUOUS_DIGITS.includes(s[st]!)) return true;
  // Digit-by-digit readings are codes or years: need 〇/零 or four digits (二〇二三), not 九九 / 一二三.
  if (n.digitString > 0 && !n.hasZero && n.digitString < 4) return true;
  // A bare 百/千 (百姓, 千山, 上百场) unless a digit or 余/多 follows.
  if (n.leadingUnit && (c0 === CH_BAI || c0 === CH_QIAN3 || c0 === CH_BAI2 || c0 === CH_QIAN4)) {
    if (n.chineseChars === 1 && !n.more) return true;
  }
  if (c0 === CH_SHI && len === 1 && s.charCodeAt(st + 1) === CH_FEN && !SHIFEN_NUMBER_AFTER.includes(s[st + 2] ?? '')) return true;
  if (len <= 2 && matchAt(lex().notNumber, s, st)) {
    const m = matchAt(lex().notNumber, s, st)!;
    if (m.word.length > len || m.word === s.slice(st, st + len)) return true;
  }
  if (len === 1 && st >= 1 && st - 1 >= lower) {
    const two = s.slice(st - 1, st + 1);
    if (NOT_NUMBER_ENDINGS.includes(two)) return true;
  }
  return false;
}

function precisionOfValue(v: Exact, fp: number): number {
  return Math.min(fp, lastDigitExponent(v));
}

/** Try to read a second range end after `p`; apply the unit distribution rule (3至5万 = 3万–5万). */
function readRangeEnd(
  s: string,
  orig: string,
  first: Figure,
  p: number,
  whole: boolean,
): { second: Figure; lo: Exact; pexp: number; connectorEnd: number; hi?: Exact } | undefined {
  if (first.hi !== null || first.fraction || first.outOfRange || first.num.dotted) return undefined;
  const q = rangeConnector(s, p);
  if (q === p) return juxtaposedRange(s, orig, first, p);
  const c = s.charCodeAt(q);
  const cls = classTable()[c]!;
  if (!(cls === C_ADIGIT || cls === C_CDIGIT || cls === C_SUNIT || cls === C_TENS)) return undefined;
  const second = readFigureCached(s, orig, q, NO_BARE);
  if (!second || second.hi !== null || second.fraction || second.outOfRange || second.negative || second.num.dotted) return undefined;
  if (!whole && falseFriend(s, second, q)) return undefined;
  // Codes and phone numbers (010-63691514) are not ranges.
  if (first.num.leadingZero || second.num.leadingZero) return undefined;
  let lo = first.lo;
  let pexp = first.pexp;
  let mult = 0;
  if (!first.num.anyUnit && second.num.suffixExp > 0) mult = second.num.suffixExp;
  else if (!first.num.anyBigUnit && second.num.bigSuffixExp > 0) mult = second.num.bigSuffixExp;
  if (mult > 0) {
    const cand = shift(first.lo, mult);
    if (cmp(cand, second.lo) <= 0) {
      lo = cand;
      pexp = first.pexp + mult;
    }
  }
  if (cmp(lo, second.lo) >= 0) return undefined;
  return { second, lo, pexp, connectorEnd: q };
}

/**
 * Two neighbouring numbers written side by side as an estimate: 十七十八 (17 or 18), 十一十二.
 * Both Chinese, each with a unit (so 一一 stays a digit string), the second one more than the first.
 */
function juxtaposedRange(
  s: string,
  orig: string,
  first: Figure,
  p: number,
): { second: Figure; lo: Exact; pexp: number; connectorEnd: number; hi?: Exact } | undefined {
  if (first.num.arabic || !first.num.anyUnit || first.num.anyBigUnit || first.more) return undefined;
  if (classTable()[s.charCodeAt(p)] !== C_CDIGIT && classTable()[s.charCodeAt(p)] !== C_SUNIT) return undefined;
  const second = readFigureShared(s, orig, p, {});
  if (!second || second.num.arabic || !second.num.anyUnit || second.num.anyBigUnit || second.hi !== null || second.fraction) return undefined;
  if (first.negative) {
    // 负十一十二: −12 … −11.
    const secondNeg = { m: -second.lo.m, s: second.lo.s };
    if (cmp(add(secondNeg, { m: 1n, s: 0 }), first.lo) !== 0) return undefined;
    return { second, lo: secondNeg, pexp: first.pexp, connectorEnd: p, hi: first.lo };
  }
  if (cmp(add(first.lo, { m: 1n, s: 0 }), second.lo) !== 0) return undefined;
  return { second, lo: first.lo, pexp: first.pexp, connectorEnd: p };
}

// ---------------------------------------------------------------------------------------------
// The scan.

const NO_BARE = { allowBareBigUnit: false };
const LEADING_DOT = { allowBareBigUnit: false, allowLeadingDot: true };
const figureCache: { s: string; pos: number; leadingDot: boolean; fig: Figure | null } = { s: '', pos: -1, leadingDot: false, fig: null };

/**
 * readFigure with a one-slot memo: when a range's second end is read and the range fails
 * (3-3-3…), the scan reads the same figure next; the memo saves reading it twice.
 */
function readFigureCached(s: string, orig: string, pos: number, opts: { allowBareBigUnit?: boolean; allowLeadingDot?: boolean }): Figure | null {
  const leadingDot = !!opts.allowLeadingDot;
  if (figureCache.pos === pos && figureCache.s === s && figureCache.leadingDot === leadingDot && !opts.allowBareBigUnit) {
    return figureCache.fig;
  }
  const fig = readFigureShared(s, orig, pos, opts);
  if (!opts.allowBareBigUnit) {
    figureCache.s = s;
    figureCache.pos = pos;
    figureCache.leadingDot = leadingDot;
    figureCache.fig = fig;
  }
  return fig;
}

/**
 * Work shared by the scans of one text: the finders run the three modes (number, amount,
 * quantity) over the same block, so the folded copy and the figures read in it are kept for the
 * last text scanned. `readFigure` is a pure function of the folded text, the original text, the
 * position and the options, so a figure read by one mode is the figure another mode would read.
 */
const shared: { orig: string; s: string; generation: number } = { orig: '', s: '', generation: 1 };

/**
 * The memo of `readFigureShared`: slot `pos * 4 + options` holds the figure read there, valid when
 * its stamp is the current generation (bumped for each new text; no clearing needed).
 */
let memoFigures: (Figure | null)[] | undefined;
let memoStamps: Int32Array | undefined;

/** The folded copy of `text`, reused when `text` is the text scanned last. */
function foldShared(text: string): string {
  if (text.length > 0 && text === shared.orig) {
    // The same text, perhaps another copy of it (a long text's segment is cut again for each
    // mode): keep this copy, so that later checks compare references, not characters.
    shared.orig = text;
    return shared.s;
  }
  const s = foldForScan(text);
  shared.orig = text;
  shared.s = s;
  shared.generation = shared.generation >= 0x3fffffff ? 1 : shared.generation + 1;
  if (shared.generation === 1) memoStamps?.fill(0);
  return s;
}

/**
 * The positions of the text scanned last (a paragraph, at most `MEMO_MAX_LENGTH` code units) whose
 * character has a class or is `-`, `.` or 负: where a figure can start. One buffer, refilled
 * when the text changes; `startsCount` says how many entries are valid.
 */
let startsBuffer: Int32Array | undefined;
let startsCount = 0;
let startsOf: string | undefined;

/** Fills the start positions of `s` (once per text: the three modes share them); returns the buffer. */
function sharedStarts(s: string, cls: Uint8Array): Int32Array {
  startsBuffer ??= new Int32Array(MEMO_MAX_LENGTH);
  if (startsOf !== s) {
    const buf = startsBuffer;
    let k = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (cls[c] !== 0 || c === CH_MINUS || c === CH_DOT || c === CH_FU) buf[k++] = i;
    }
    startsCount = k;
    startsOf = s;
  }
  return startsBuffer;
}

/**
 * Texts longer than this are not memoised: the memo pays off on paragraphs, which the three
 * finders read in turn, while on long texts it would only keep many figures alive.
 */
const MEMO_MAX_LENGTH = 4096;

/** readFigure, memoised per position and options for the text scanned last (a paragraph). */
function readFigureShared(s: string, orig: string, pos: number, opts: { allowBareBigUnit?: boolean; allowLeadingDot?: boolean }): Figure | null {
  if (s.length > MEMO_MAX_LENGTH || s !== shared.s || orig !== shared.orig) return readFigure(s, orig, pos, opts);
  const key = pos * 4 + (opts.allowBareBigUnit ? 2 : 0) + (opts.allowLeadingDot ? 1 : 0);
  memoStamps ??= new Int32Array(MEMO_MAX_LENGTH * 4 + 4);
  memoFigures ??= new Array<Figure | null>(MEMO_MAX_LENGTH * 4 + 4).fill(null);
  if (key < 0 || key >= memoStamps.length) return readFigure(s, orig, pos, opts);
  if (memoStamps[key] === shared.generation) return memoFigures[key] as Figure | null;
  const fig = readFigure(s, orig, pos, opts);
  memoStamps[key] = shared.generation;
  memoFigures[key] = fig;
  return fig;
}

/** Can a figure start at `i`? */
function canStart(s: string, i: number, cls: Uint8Array): boolean {
  const c = s.charCodeAt(i);
  const k = cls[c]!;
  if (k === C_ADIGIT || k === C_CDIGIT || k === C_SUNIT || k === C_TENS || k === C_JI || k === C_SHU || k === C_HALF) return true;
  if (c === CH_MINUS || c === CH_FU) {
    // A minus glued to a digit, letter or another minus is not a sign (3-5, B2-2000, --9).
    if (c === CH_MINUS && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (isDigitCode(p) || isAsciiLetter(p) || p === CH_MINUS || p === CH_DOT) return false;
    }
    const n = s.charCodeAt(i + 1);
    const nk = cls[n]!;
    return nk === C_ADIGIT || nk === C_CDIGIT || nk === C_SUNIT || n === CH_DOT;
  }
  if (c === CH_DOT) {
    if (!isDigitCode(s.charCodeAt(i + 1))) return false;
    if (i === 0) return true;
    const p = s.charCodeAt(i - 1);
    return !(isDigitCode(p) || p === CH_DOT || isAsciiLetter(p));
  }
  if (k === C_BUNIT && i > 0) {
    // 近万人, 超万元: a bare 万 after a qualifier.
    const p = s[i - 1]!;
    return '近超逾约'.includes(p);
  }
  return false;
}

/**
 * Scan a text for mentions of one kind. Returns the mentions (sorted, not overlapping) and the
 * figures found but not understood (out of range).
 *
 * @example
 * ```ts
 * scan('累计投入2900余万元', 'amount').mentions[0]?.currency; // 'CNY'
 * ```
 */
export function scan(text: string, mode: ScanMode, opts: ScanOptions = {}): { mentions: RawMention[]; unparsed: RawMention[] } {
  const mentions: RawMention[] = [];
  const unparsed: RawMention[] = [];
  if (text.length <= SEGMENT) {
    scanSegment(text, 0, mode, !!opts.whole, mentions, unparsed);
    return { mentions, unparsed };
  }
  // Long texts are scanned line block by line block (no figure spans a line break), so the
  // folded copy stays small and the work stays linear.
  let a = 0;
  while (a < text.length) {
    let b = Math.min(text.length, a + SEGMENT);
    if (b < text.length) {
      const nl = text.indexOf('\n', b);
      b = nl < 0 ? text.length : nl + 1;
    }
    scanSegment(text.slice(a, b), a, mode, !!opts.whole, mentions, unparsed);
    a = b;
  }
  return { mentions, unparsed };
}

/** Size of the line blocks of a long text (UTF-16 code units, cut at the next line break). */
const SEGMENT = 1 << 15;

/** Scan one block of text whose first character stands at `base` in the caller's string. */
function scanSegment(
  text: string,
  base: number,
  mode: ScanMode,
  whole: boolean,
  mentions: RawMention[],
  unparsed: RawMention[],
): void {
  const s = foldShared(text);
  const cls = classTable();
  const n = s.length;
  figureCache.pos = -1;
  let lower = 0; // nothing may reach before this (end of the previous mention)
  const run = { end: -1 };
  // The positions that can start a figure, listed once per text (the modes share the list): the
  // scan goes from one to the next instead of looking at every character.
  // Long texts (read by one finder at a time) are scanned character by character.
  const starts = n <= MEMO_MAX_LENGTH && s === shared.s ? sharedStarts(s, cls) : null;
  const count = starts === null ? 0 : startsCount;
  let si = 0;
  let i = 0;
  while (i < n) {
    if (starts !== null) {
      while (si < count && starts[si]! < i) si++;
      if (si >= count) break;
      i = starts[si]!;
    }
    const c = s.charCodeAt(i);
    const k = cls[c]!;
    if (k === 0 && c !== CH_MINUS && c !== CH_DOT && c !== CH_FU) {
      i++;
      continue;
    }
    if (!canStart(s, i, cls)) {
      i++;
      continue;
    }
    const skipTo = skippable(s, i, mode, cls, run);
    if (skipTo > i) {
      i = skipTo;
      continue;
    }
    // Digits glued to ASCII letters are identifiers (A2021…, H5, B2-2000), unless a currency code.
    if (k === C_ADIGIT && i > 0 && isAsciiLetter(s.charCodeAt(i - 1)) && !prefixCurrency(s, i, lower)) {
      let j = i;
      while (j < n && (isDigitCode(s.charCodeAt(j)) || isAsciiLetter(s.charCodeAt(j)))) j++;
      i = j;
      continue;
    }
    const bare = k === C_BUNIT;
    const fig = bare
      ? readFigureShared(s, text, i, { allowBareBigUnit: true, allowLeadingDot: whole })
      : readFigureCached(s, text, i, c === CH_DOT || whole ? LEADING_DOT : NO_BARE);
    if (!fig) {
      i++;
      continue;
    }
    if (!whole && fig.num.leadingUnit && fig.num.chineseChars === 1 && !fig.num.more && fig.fraction) {
      // 百分之五: the percent sign of a following figure, not a fraction of 百.
      const c0 = s.charCodeAt(fig.num.start);
      if (c0 === CH_BAI || c0 === CH_QIAN3) {
        i = fig.num.end;
        continue;
      }
    }
    const m = assemble(s, text, fig, mode, lower, whole);
    if (m === null || typeof m === 'number') {
      i = Math.max(m ?? fig.end, fig.end, i + 1);
      continue;
    }
    lower = m.end;
    i = Math.max(m.end, i + 1);
    if (base !== 0) {
      m.start += base;
      m.end += base;
    }
    if (m.outOfRange) unparsed.push(m);
    else mentions.push(m);
  }
  // Do not keep the caller's text alive through the memo.
  figureCache.s = '';
  figureCache.pos = -1;
  figureCache.fig = null;
}

/** Attach range, unit and qualifiers to a figure; `null` when it is not a mention of this mode. */
function assemble(s: string, orig: string, fig: Figure, mode: ScanMode, lower: number, whole: boolean): RawMention | number | null {
  const n = s.length;
  let start = fig.start;
  let end = fig.end;
  let lo = fig.lo;
  let hi = fig.hi;
  let pexp = fig.pexp;
  let qualifier: Qualifier = fig.hi !== null ? 'range' : fig.more ? 'more_than' : 'exact';
  let currency: string | undefined;
  let unit: string | undefined;

  // --- the unit right after the first figure (amount: currency; 1万元--5万元) ---
  let cur1: { end: number; word: CurrencyWord } | undefined;
  let minor1: { end: number; v: Exact; pexp: number } | undefined;
  let genericOnly = false;
  if (mode === 'amount') {
    cur1 = currencyAt(s, skipSpaces(s, end, 2));
  }

  // --- range ---
  const rangeTo = readRangeEnd(s, orig, fig, cur1 ? cur1.end : end, whole);
  if (rangeTo) {
    hi = rangeTo.hi ?? rangeTo.second.lo;
    lo = rangeTo.lo;
    pexp = rangeTo.pexp;
    qualifier = 'range';
    end = rangeTo.second.end;
    cur1 = undefined;
  }

  if (mode === 'amount') {
    const p = skipSpaces(s, end, 2);
    let cw = currencyAt(s, p);
    if (!cw && cur1 && !rangeTo) cw = cur1;
    if (cw) {
      end = cw.end;
      currency = cw.word.code;
      genericOnly = !!cw.word.generic;
      // Fractional units after the major unit.
      if (!rangeTo && hi === null) {
        const minor = readMinor(s, orig, end, currency);
        if (minor && lo.s === 0) {
          lo = add(lo, fig.negative ? { m: -minor.v.m, s: minor.v.s } : minor.v);
          pexp = Math.min(pexp, minor.pexp);
          end = minor.end;
          minor1 = minor;
        }
      }
      // A currency name after a generic unit: 8亿元人民币, 三万元欧元.
      if (cw.word.generic) {
        const after = matchAt(lex().suffix, s, end);
        if (after && !after.data.generic) {
          currency = after.data.code;
          genericOnly = false;
          end += after.word.length;
        }
      }
      if (!minor1) end = closingZheng(s, end);
      // 3元多.
      const ce = s.charCodeAt(end);
      if ((ce === CH_DUO || ce === CH_YU) && qualifier === 'exact') {
        const next = end + 1 < n ? s.charCodeAt(end + 1) : 0;
        if (next === 0 || !isHan(next)) {
          qualifier = 'more_than';
          end++;
        }
      }
    } else if (!rangeTo) {
      const sj = standaloneJiao(s, orig, fig);
      if (sj) {
        lo = fig.negative ? { m: -sj.v.m, s: sj.v.s } : sj.v;
        pexp = sj.pexp;
        end = sj.end;
        currency = 'CNY';
      }
    }
    // Prefix currency: 人民币 50元, ￥300, 港币两千九百六十元 (the name decides a generic 元).
    const pc = prefixCurrency(s, start, lower);
    if (pc) {
      if (!currency || genericOnly) {
        currency = pc.code;
        start = pc.start;
      } else if (currency === pc.code) {
        start = pc.start;
      }
    }
    // 15k, 30w: colloquial money (salaries), unless a measure word makes it a count (10k次).
    // Only where no word follows (4K电视 is a resolution, not 4000 yuan).
    if (!currency && fig.num.latin && !matchAt(lex().measure, s, skipSpaces(s, end, 1))) {
      const nx = end < n ? s.charCodeAt(end) : 0;
      if (nx === 0 || !isHan(nx) || suffixQualifier(s, end)) currency = 'CNY';
    }
    if (!currency) return null;
  } else {
    if (!whole && falseFriend(s, fig, lower)) return null;
    if (mode === 'quantity') {
      const p = skipSpaces(s, end, 1);
      // An amount of money (￥5, 5元, 3至5万元) is not a count: resume after all of it.
      if (currencyAt(s, p) || prefixCurrency(s, fig.start, lower)) return end;
      const pre = fig.start >= 3 && fig.start - 3 >= lower && s.startsWith('百分之', fig.start - 3);
      if (pre) {
        unit = '%';
        start = fig.start - 3;
      } else {
        const mw = matchAt(lex().measure, s, p);
        if (!mw) return null;
        // Ordinals (第七个) and reduplication (一个个) are not counts.
        if (fig.start > 0 && s.charCodeAt(fig.start - 1) === CH_DI) return null;
        const after = p + mw.word.length;
        if (mw.word.length === 1 && s.charCodeAt(after) === mw.word.charCodeAt(0)) return null;
        unit = mw.data;
        end = after;
      }
    }
  }

  // --- suffix qualifier ---
  if (qualifier !== 'range') {
    const sq = suffixQualifier(s, end);
    if (sq) {
      if (qualifier === 'exact') qualifier = sq.qualifier;
      end = sq.end;
    }
  }

  // --- prefix qualifier (and 从 of a range) ---
  if (rangeTo && start > lower && s.charCodeAt(start - 1) === CH_CONG) start--;
  const pq = prefixQualifier(s, start, lower);
  if (pq) {
    if (qualifier !== 'range') qualifier = pq.qualifier;
    start = pq.start;
    if (mode === 'amount' && currency) {
      // 人民币约5万元: a currency name before the qualifier.
      const pc = prefixCurrency(s, start, lower);
      if (pc && (pc.code === currency || genericOnly)) {
        currency = pc.code;
        start = pc.start;
      }
    }
  }
  // A bare 万 (近万人) is a number only with its qualifier (not 万企兴万村).
  if (classTable()[s.charCodeAt(fig.num.start)] === C_BUNIT && !pq) return null;
  return {
    start,
    end,
    lo,
    hi,
    qualifier,
    pexp: precisionOfValue(lo, Math.max(pexp, -MAX_FRACTION_DIGITS)),
    currency,
    unit,
    outOfRange: fig.outOfRange || (lo !== fig.lo && beyondLimits(lo)) || (hi !== null && hi !== fig.hi && beyondLimits(hi)),
    dotted: fig.num.dotted,
  };
}

/**
 * Outcome of reading a whole text as one mention.
 *
 * @example
 * ```ts
 * readWhole('5万', 'amount'); // { ok: false, code: 'NOT_AN_AMOUNT', … }
 * ```
 */
export type WholeOutcome =
  | { ok: true; mention: RawMention }
  | { ok: false; code: 'EMPTY_INPUT' | 'NOT_A_NUMBER' | 'MALFORMED_NUMBER' | 'TRAILING_TEXT' | 'NOT_AN_AMOUNT' | 'OUT_OF_RANGE'; position: number; message: string };

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/**
 * Read the whole text as one mention of the given mode (the engine of `parseNumber` and
 * `parseAmount`). Leading qualifier words, 从 and currency names are allowed before the figure.
 *
 * @example
 * ```ts
 * readWhole('约4.287亿美元', 'amount'); // { ok: true, mention: { currency: 'USD', … } }
 * ```
 */
export function readWhole(text: string, mode: ScanMode): WholeOutcome {
  let a = 0;
  let b = text.length;
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  if (a === b) return { ok: false, code: 'EMPTY_INPUT', position: 0, message: 'the text is empty' };
  const s = foldForScan(text);
  // Skip prefix words: qualifiers, 从, currency names and signs.
  let p = a;
  for (let guard = 0; guard < 4; guard++) {
    p = skipSpaces(s, p, 3);
    let moved = false;
    for (const w of PREFIX_QUALS_BY_LENGTH) {
      if (s.startsWith(w.word, p)) {
        p += w.word.length;
        moved = true;
        break;
      }
    }
    if (moved) continue;
    for (const w of CURRENCY_PREFIXES_BY_LENGTH) {
      if (s.startsWith(w.word, p)) {
        p += w.word.length;
        moved = true;
        break;
      }
    }
    if (moved) continue;
    if (s.charCodeAt(p) === CH_CONG) {
      p++;
      continue;
    }
    break;
  }
  p = skipSpaces(s, p, 3);
  const fig = readFigure(s, text, p, { allowLeadingDot: true });
  if (!fig) return { ok: false, code: 'NOT_A_NUMBER', position: p, message: `no number at offset ${p}` };
  if (fig.num.dotted) return { ok: false, code: 'MALFORMED_NUMBER', position: fig.num.end, message: 'a number with more than one decimal point' };
  if (fig.outOfRange) {
    return { ok: false, code: 'OUT_OF_RANGE', position: fig.start, message: 'the number is beyond 10^30 or has more than 30 fraction digits' };
  }
  const m0 = assemble(s, text, fig, mode, a, true);
  const m = typeof m0 === 'number' ? null : m0;
  if (m === null || m.start !== a) {
    if (mode === 'amount') {
      const n0 = assemble(s, text, fig, 'number', a, true);
      const asNumber = typeof n0 === 'number' ? null : n0;
      if (asNumber && asNumber.start === a && asNumber.end === b) {
        return { ok: false, code: 'NOT_AN_AMOUNT', position: fig.end, message: 'a number without a unit of money' };
      }
      if (asNumber && asNumber.start === a && m === null) {
        return trailing(s, asNumber.end);
      }
    }
    if (m === null) return trailing(s, fig.end);
    return { ok: false, code: 'NOT_A_NUMBER', position: a, message: `unexpected text before the number at offset ${a}` };
  }
  if (m.end !== b) return trailing(s, m.end);
  if (m.outOfRange) return { ok: false, code: 'OUT_OF_RANGE', position: m.start, message: 'the number is beyond 10^30' };
  return { ok: true, mention: m };
}

function trailing(s: string, at: number): WholeOutcome {
  const c = s.charCodeAt(at);
  if (c === CH_DOT || c === CH_DIAN) {
    return { ok: false, code: 'MALFORMED_NUMBER', position: at, message: `a malformed number at offset ${at}` };
  }
  return { ok: false, code: 'TRAILING_TEXT', position: at, message: `unexpected text after the number at offset ${at}` };
}
