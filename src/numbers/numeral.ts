/**
 * The numeral reader: reads one Chinese / Arabic / mixed numeral starting at a position of the
 * folded text, in one left-to-right pass over char codes (no regular expressions, no
 * backtracking). It understands
 *
 * - Arabic digits with thousands separators and a decimal point (`601,293.11`, `82，225.00`),
 *   latin multipliers `k` / `w` (`15k`, `30w`);
 * - Chinese numerals with 零, 两, 大写 digits and units (`一千零一`, `壹仟玖佰`, `廿二`);
 * - colloquial abbreviations (`一万三` = 13000, `百三` = 130, `两千四百五` = 2450);
 * - digits mixed with units (`1.25亿`, `3万4000`, `13万2`, `十亿3000万`, `7 万5 千4 百`);
 * - repeated big units (`四万万`, `10万万`, `三千万亿`, `个亿`);
 * - 余/多 (`2900余万`), 几/数 (`二十几万`, `数十亿`) and neighbouring-digit estimates (`八九亿`);
 * - digit-by-digit readings (`二〇二三`, `一七二零点一`).
 *
 * Values are exact (see {@link Exact}); the reader never builds a float.
 *
 * @module
 */
import * as cc from './char-class.js';
import type { Exact } from './exact.js';
import * as ex from './exact.js';

// Imported bindings copied to module constants once (hot loop: no per-call binding lookups).
const { C_ADIGIT, C_BUNIT, C_CDIGIT, C_HALF, C_JI, C_POINT, C_SHU, C_SPACE, C_SUNIT, C_TENS, C_YU } = cc;
const { classTable, isAsciiLetter, valueTable } = cc;
const { ZERO, add, cmp, exactFromDigits, exactInt, mulInt, normalize, pow10, shift } = ex;

/**
 * Largest magnitude the parsers accept: 10^30.
 *
 * @example
 * ```ts
 * '1' + '0'.repeat(30); // 10^30（31 位）是可接受的最大值
 * ```
 */
export const MAX_INTEGER_DIGITS = 31;
/**
 * Most fraction digits the parsers accept.
 *
 * @example
 * ```ts
 * MAX_FRACTION_DIGITS; // 30 —— 超过 30 位小数报 OUT_OF_RANGE
 * ```
 */
export const MAX_FRACTION_DIGITS = 30;

/**
 * A numeral as read.
 *
 * @example
 * ```ts
 * readNumeral('一万三', '一万三', 0)?.anyBigUnit; // true
 * ```
 */
export interface Numeral {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character (trailing spaces excluded). */
  end: number;
  /** The value (for 几/数/八九 the low end). */
  lo: Exact;
  /** For 几/数/八九: the high end. */
  hi: Exact | null;
  /** Exponent of the last written fraction digit times its multiplier (+Infinity: none written). */
  fp: number;
  /** 余 or 多 inside or right after the numeral. */
  more: boolean;
  /** Any unit character (十百千万亿兆, k, w, 打). */
  anyUnit: boolean;
  /** Any big unit (万 亿 兆, k, w). */
  anyBigUnit: boolean;
  /** Exponent of the units written after the last digit (`三十万` → 5, `九百亿` → 10). */
  suffixExp: number;
  /** Exponent of the big units at the very end (`三十万` → 4, `三千万亿` → 12). */
  bigSuffixExp: number;
  /** Contains ASCII digits. */
  arabic: boolean;
  /** Number of Chinese numeral characters. */
  chineseChars: number;
  /** Length of a digit-by-digit Chinese reading (`二〇二三` → 4), else 0. */
  digitString: number;
  /** Contains 零 or 〇. */
  hasZero: boolean;
  /** An ASCII run followed by `.digits.digits` (a version or outline number): only the first run was read. */
  dotted: boolean;
  /** Starts with 十/百/千 and no digit before it. */
  leadingUnit: boolean;
  /** Beyond 10^30 or more than 30 fraction digits. */
  outOfRange: boolean;
  /** Multiplied by 打 (dozen). */
  dozen: boolean;
  /** Multiplied by a latin k or w (`15k`, `30w`): colloquial money. */
  latin: boolean;
  /** ASCII digits with a leading zero and more than one digit (`010`, `022`): a code, not a count. */
  leadingZero: boolean;
}

interface Group {
  v: Exact;
  e: number;
  fp: number;
}

/** Accumulator of one reading (the low or the high end). */
class Acc {
  groups: Group[] = [];
  sec: Exact = ZERO;
  secFp = Infinity;
  cur: Exact | null = null;
  curFp = Infinity;
  curSingle = false;
  lastSU = 99;
  lastUnit = -1;
  zero = false;
  done = false;

  clone(): Acc {
    const a = new Acc();
    a.groups = this.groups.slice();
    a.sec = this.sec;
    a.secFp = this.secFp;
    a.cur = this.cur;
    a.curFp = this.curFp;
    a.curSingle = this.curSingle;
    a.lastSU = this.lastSU;
    a.lastUnit = this.lastUnit;
    a.zero = this.zero;
    a.done = this.done;
    return a;
  }

  hasValue(): boolean {
    return this.cur !== null || this.sec.m !== 0n || this.groups.length > 0;
  }

  small(e: number): void {
    // 十 alone is 10; 零十 (a leading zero) is 10 as well.
    const base = this.cur === null || this.cur.m === 0n ? exactInt(1) : this.cur;
    const fp = this.cur === null ? Infinity : this.curFp;
    this.sec = add(this.sec, shift(base, e));
    this.secFp = Math.min(this.secFp, fp + e);
    this.lastSU = e;
    this.lastUnit = e;
    this.cur = null;
    this.curFp = Infinity;
    this.zero = false;
  }

  big(e: number, allowBare: boolean): boolean {
    let v = this.sec;
    let fp = this.secFp;
    if (this.cur !== null) {
      v = add(v, this.cur);
      fp = Math.min(fp, this.curFp);
    }
    const empty = v.m === 0n && this.cur === null && this.sec.m === 0n;
    // 一亿一亿: a second group of the same size starts another number.
    const last = this.groups[this.groups.length - 1];
    if (!empty && last !== undefined && last.e === e) return false;
    let ge = 0;
    if (empty) {
      // 万万, 万亿: multiply the groups written since the last larger unit.
      const top = this.groups[this.groups.length - 1];
      if (top === undefined) {
        if (!allowBare) return false;
        v = exactInt(1);
      }
    }
    while (this.groups.length > 0) {
      const top = this.groups[this.groups.length - 1]!;
      if (top.e > e) break;
      if (!empty && top.e >= e) break;
      this.groups.pop();
      v = add(v, top.v);
      fp = Math.min(fp, top.fp);
      if (top.e > ge) ge = top.e;
    }
    // 万万万…: beyond any figure the parsers accept; end the numeral here.
    if (e + ge > 40) return false;
    this.groups.push({ v: shift(v, e), e: e + ge, fp: fp + e });
    this.sec = ZERO;
    this.secFp = Infinity;
    this.cur = null;
    this.curFp = Infinity;
    this.lastSU = 99;
    this.lastUnit = e;
    this.zero = false;
    return true;
  }

  /** Close the pending digit (with the colloquial abbreviation 一万三 = 13000 when it applies). */
  closeCur(abbrev: boolean): void {
    if (this.cur === null) return;
    let c = this.cur;
    let fp = this.curFp;
    if (abbrev && this.curSingle && !this.zero && this.lastUnit >= 2) {
      c = shift(c, this.lastUnit - 1);
      fp = fp + this.lastUnit - 1;
    }
    this.sec = add(this.sec, c);
    this.secFp = Math.min(this.secFp, fp);
    this.cur = null;
    this.curFp = Infinity;
  }

  total(): { v: Exact; fp: number } {
    this.closeCur(true);
    let v = this.sec;
    let fp = this.secFp;
    for (const g of this.groups) {
      v = add(v, g.v);
      fp = Math.min(fp, g.fp);
    }
    return { v, fp };
  }
}

/** What the Arabic run reader returns. */
interface ArabicRun {
  end: number;
  value: Exact;
  fracLen: number;
  intLen: number;
  dotted: boolean;
  outOfRange: boolean;
  leadingZero: boolean;
}

/**
 * Read an ASCII digit run at `i` (already folded), with thousands separators and one decimal
 * point. `orig` is the caller's text, used to tell a full-width comma from a separator.
 */
function readArabic(s: string, orig: string, i: number): ArabicRun {
  // A run right after "digit." continues a dotted sequence (2222.2222.22222.222): no fraction.
  const continuesDotted = i >= 2 && s.charCodeAt(i - 1) === 46 && isDigit(s.charCodeAt(i - 2));
  const n = s.length;
  let j = i;
  let intDigits = '';
  // First group (valued on the way while it fits a float exactly).
  const g = j;
  let small = 0;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) break;
    small = small * 10 + (c - 48);
    j++;
  }
  const next = j < n ? s.charCodeAt(j) : 0;
  if (j - g <= 15 && next !== 44 && next !== 46) {
    // The common case (2023, 1248, 870): no separator, no fraction.
    return {
      end: j,
      value: { m: BigInt(small), s: 0 },
      fracLen: 0,
      intLen: j - g,
      dotted: false,
      outOfRange: false,
      leadingZero: j - g > 1 && s.charCodeAt(g) === 48,
    };
  }
  intDigits = s.slice(g, j);
  const firstLen = j - g;
  // Thousands separators.
  if (firstLen <= 3) {
    let k = j;
    let groups = 0;
    let fullWidthSep = 0;
    let fwDigits = orig.charCodeAt(i) >= 0xff10;
    let acc = intDigits;
    let lastGood = j;
    let lastAcc = acc;
    while (k < n && s.charCodeAt(k) === 44 /* , */) {
      const d0 = k + 1;
      let d = d0;
      while (d < n && d - d0 < 4) {
        const c = s.charCodeAt(d);
        if (c < 48 || c > 57) break;
        d++;
      }
      if (d - d0 !== 3) break;
      if (orig.charCodeAt(k) === 0xff0c) fullWidthSep++;
      groups++;
      acc += s.slice(d0, d);
      k = d;
      lastGood = k;
      lastAcc = acc;
    }
    if (groups > 0) {
      const hasFraction = s.charCodeAt(lastGood) === 46 && lastGood + 1 < n && isDigit(s.charCodeAt(lastGood + 1));
      // A lone full-width comma between ASCII digits is punctuation ("$20，300美圆").
      const accept = fullWidthSep === 0 || fwDigits || groups > 1 || hasFraction;
      if (accept) {
        j = lastGood;
        intDigits = lastAcc;
      }
    }
  }
  let frac = '';
  let dotted = false;
  if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    let k = j + 1;
    if (continuesDotted) k = j;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    if (continuesDotted || (k + 1 < n && s.charCodeAt(k) === 46 && isDigit(s.charCodeAt(k + 1)))) {
      dotted = true;
    } else {
      frac = s.slice(j + 1, k);
      j = k;
    }
  }
  const intTrim = stripLeadingZeros(intDigits);
  // Written digits may exceed the limits before a unit scales them (0.000…1亿); the value is
  // checked again at the end. Beyond these, the run is not valued at all (cheap on huge runs).
  const outOfRange = intTrim.length > MAX_INTEGER_DIGITS + 8 || frac.length > MAX_FRACTION_DIGITS + 12;
  const value = outOfRange ? ZERO : exactFromDigits(intDigits, frac);
  return {
    end: j,
    value,
    fracLen: frac.length,
    intLen: intDigits.length,
    dotted,
    outOfRange,
    leadingZero: intDigits.length > 1 && intDigits.charCodeAt(0) === 48,
  };
}

function stripLeadingZeros(d: string): string {
  let k = 0;
  while (k < d.length - 1 && d.charCodeAt(k) === 48) k++;
  return k === 0 ? d : d.slice(k);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const CH_GE = '个'.charCodeAt(0);
/** Measure words after which 半 is one half (半斤, 半个, 半天). */
const HALF_MEASURES = '斤两个天年月份杯碗瓶张块亩吨';
const CH_YI = '亿'.charCodeAt(0);
const CH_DA = '打'.charCodeAt(0);
const CH_LIANG = '两'.charCodeAt(0);
const CH_LIA = '俩'.charCodeAt(0);

/**
 * Options of {@link readNumeral}.
 *
 * @example
 * ```ts
 * readNumeral('万人', '万人', 0, { allowBareBigUnit: true })?.lo; // 10000（“近万人”）
 * ```
 */
export interface NumeralOptions {
  /** Accept a bare big unit as 1 of it (`近万人`). */
  allowBareBigUnit?: boolean;
  /** Accept a leading '.' (`.5`). */
  allowLeadingDot?: boolean;
}

/**
 * Skip up to three spaces from `j`; return the position after them (or `j` when none).
 */
function skipSpaces(s: string, j: number, cls: Uint8Array): number {
  let k = j;
  while (k < s.length && k - j < 3 && cls[s.charCodeAt(k)] === C_SPACE) k++;
  return k;
}

/**
 * Read the numeral that starts at `i` of the folded text `s` (`orig` is the caller's text at the
 * same offsets). Returns `null` when no numeral starts there.
 *
 * @example
 * ```ts
 * const s = '累计投入2900余万元';
 * readNumeral(s, s, 4)?.end; // 10 —— “2900余万”
 * ```
 */
export function readNumeral(s: string, orig: string, i: number, opts: NumeralOptions = {}): Numeral | null {
  const cls = classTable();
  const vt = valueTable();
  const n = s.length;
  if (i >= n) return null;
  const c0 = s.charCodeAt(i);
  const k0 = cls[c0]!;
  if (k0 === C_ADIGIT) {
    const fast = plainArabic(s, orig, i, cls);
    if (fast) return fast;
  } else if (k0 === 0 && !(c0 === 46 && opts.allowLeadingDot) && c0 !== CH_GE2) {
    return null;
  }
  let lo = new Acc();
  let hi: Acc | null = null;
  let j = i;
  let end = i;
  let more = false;
  let anyUnit = false;
  let anyBigUnit = false;
  let arabic = false;
  let chineseChars = 0;
  let digitString = 0; // >0 while in digit-string mode
  let hasZero = false;
  let dotted = false;
  let leadingUnit = false;
  let outOfRange = false;
  let dozen = false;
  let leadingZero = false;
  let latin = false;
  let suffixExp = 0;
  let bigSuffixExp = 0;
  let afterYu = false; // after 余/多 only units may follow
  let fracAdded = false;
  let prevKind = 0; // class of the previous token
  let lastDigitCn = -1; // value of the pending single Chinese digit
  let decimalBig = false; // a decimal times a big unit (10.1万): nothing but units may follow

  // The accumulators to update: the low end, and the high end once 几/数/八九 has split them.
  const accs: Acc[] = [lo];

  for (;;) {
    if (j >= n) break;
    let c = s.charCodeAt(j);
    let k = cls[c]!;
    if (k === C_SPACE) {
      if (j === i) break;
      const after = skipSpaces(s, j, cls);
      if (after >= n) break;
      const c2 = s.charCodeAt(after);
      const k2 = cls[c2]!;
      let ok = false;
      if (k2 === C_SUNIT || k2 === C_BUNIT) ok = true;
      if (k2 === C_JI && prevKind !== C_ADIGIT) ok = true;
      if (k2 === C_CDIGIT && prevKind !== C_ADIGIT && lo.cur === null && digitString === 0) ok = true;
      if (k2 === C_ADIGIT && (prevKind === C_BUNIT || prevKind === C_SUNIT)) {
        // "7萬 5千": a digit run after a unit only when a smaller unit follows it directly.
        let q = after;
        while (q < n && isDigit(s.charCodeAt(q))) q++;
        const u = q < n ? cls[s.charCodeAt(q)]! : 0;
        ok = (u === C_SUNIT || u === C_BUNIT) && vt[s.charCodeAt(q)]! < lo.lastUnit;
      }
      if (k2 === C_YU && prevKind !== C_YU && !afterYu) {
        const q = after + 1;
        const u = q < n ? cls[s.charCodeAt(skipSpaces(s, q, cls))]! : 0;
        ok = u === C_BUNIT || u === C_SUNIT;
      }
      if (k2 === C_POINT) ok = chineseChars > 0 || arabic;
      if (!ok || afterYu && k2 !== C_BUNIT && k2 !== C_SUNIT) break;
      j = after;
      c = c2;
      k = k2;
    }
    if (lo.done) break;
    if (afterYu && k !== C_BUNIT && k !== C_SUNIT) break;
    if (decimalBig && k !== C_BUNIT && k !== C_YU) break;

    if (k === C_ADIGIT || (c === 46 && j === i && opts.allowLeadingDot && j + 1 < n && isDigit(s.charCodeAt(j + 1)))) {
      if (prevKind === C_ADIGIT || digitString > 0 || lo.cur !== null) break;
      if (j > i && isAsciiLetter(s.charCodeAt(j - 1))) break;
      const r = c === 46 ? readArabicLeadingDot(s, j) : readArabic(s, orig, j);
      if (r.end === j) break;
      if (fracAdded) break;
      arabic = true;
      dotted = r.dotted;
      if (r.outOfRange) outOfRange = true;
      if (j === i) leadingZero = r.leadingZero;
      const single = r.intLen === 1 && r.fracLen === 0;
      for (const a of accs) {
        a.cur = r.value;
        a.curFp = r.fracLen > 0 ? -r.fracLen : Infinity;
        a.curSingle = single;
      }
      j = r.end;
      end = j;
      prevKind = C_ADIGIT;
      suffixExp = 0;
      bigSuffixExp = 0;
      lastDigitCn = -1;
      // Latin multipliers k / w right after the digits.
      if (j < n) {
        const m = s.charCodeAt(j);
        const e = m === 107 || m === 75 ? 3 : m === 119 || m === 87 ? 4 : 0;
        if (e > 0 && !(j + 1 < n && isAsciiLetter(s.charCodeAt(j + 1)))) {
          for (const a of accs) {
            a.big(e, false);
          }
          anyUnit = true;
          anyBigUnit = true;
          latin = true;
          suffixExp = e;
          bigSuffixExp = e;
          j++;
          end = j;
          prevKind = C_BUNIT;
        }
      }
      if (dotted) break;
      continue;
    }

    if (k === C_CDIGIT) {
      const d = vt[c]!;
      if (fracAdded) break;
      if (d === 0) hasZero = true;
      if (lo.cur !== null) {
        // Two digits in a row.
        const isLiang = c === CH_LIANG || c === CH_LIA;
        const nextK = j + 1 < n ? cls[s.charCodeAt(j + 1)]! : 0;
        if (
          hi === null &&
          lastDigitCn >= 0 &&
          digitString <= 1 &&
          (d === lastDigitCn + 1 || (lastDigitCn === 3 && d === 5)) &&
          (nextK === C_SUNIT || nextK === C_BUNIT || (anyUnit && !lo.zero))
        ) {
          // 八九亿, 三五百, 十七八万: an estimate between two neighbouring digits.
          hi = lo.clone();
          accs.push(hi);
          hi.cur = exactInt(d);
          digitString = 0;
          j++;
          end = j;
          chineseChars++;
          prevKind = C_CDIGIT;
          lastDigitCn = -1;
          continue;
        }
        if (anyUnit || arabic || isLiang || lastDigitCn < 0 || hi !== null) break;
        // Digit-by-digit reading: 二〇二三, 一七二零.
        digitString = digitString === 0 ? 2 : digitString + 1;
        if (digitString > MAX_INTEGER_DIGITS + 8) {
          // Far beyond 10^30: keep reading (so the run is reported once) but stop computing.
          outOfRange = true;
        } else {
          for (const a of accs) {
            a.cur = add(mulInt(a.cur!, 10), exactInt(d));
            a.curSingle = false;
          }
        }
        j++;
        end = j;
        chineseChars++;
        prevKind = C_CDIGIT;
        continue;
      }
      if (digitString > 0) break;
      if (d === 0 && (anyUnit || lo.hasValue())) {
        // 零 as a place holder: 一千零一.
        for (const a of accs) {
          a.zero = true;
        }
        j++;
        end = j;
        chineseChars++;
        prevKind = C_CDIGIT;
        continue;
      }
      if ((c === CH_LIANG || c === CH_LIA) && j > i && lo.hasValue() && !anyUnit) break;
      for (const a of accs) {
        a.cur = exactInt(d);
        a.curFp = Infinity;
        a.curSingle = true;
      }
      lastDigitCn = d;
      if (c === CH_LIANG || c === CH_LIA) lastDigitCn = 2;
      j++;
      end = j;
      chineseChars++;
      prevKind = C_CDIGIT;
      suffixExp = 0;
      bigSuffixExp = 0;
      continue;
    }

    if (k === C_TENS) {
      if (lo.cur !== null || fracAdded || digitString > 0) break;
      if (lo.lastSU <= 1) break;
      const d = vt[c]!;
      for (const a of accs) {
        a.cur = exactInt(d);
        a.curSingle = false;
        a.small(1);
      }
      anyUnit = true;
      j++;
      end = j;
      chineseChars++;
      prevKind = C_SUNIT;
      suffixExp = 0;
      bigSuffixExp = 0;
      lastDigitCn = -1;
      continue;
    }

    if (k === C_SUNIT) {
      const e = vt[c]!;
      if (fracAdded || digitString > 0) break;
      if (e >= lo.lastSU) break;
      if (lo.cur === null && !lo.hasValue() && !anyUnit) leadingUnit = j === i || leadingUnit;
      if (lo.cur === null && lo.zero === false && lo.hasValue() && lo.lastSU !== 99 && e !== 1) break;
      for (const a of accs) {
        a.small(e);
      }
      anyUnit = true;
      j++;
      end = j;
      chineseChars++;
      prevKind = C_SUNIT;
      suffixExp += e;
      bigSuffixExp = 0;
      lastDigitCn = -1;
      continue;
    }

    if (k === C_BUNIT || (c === CH_GE && j + 1 < n && s.charCodeAt(j + 1) === CH_YI && lo.hasValue())) {
      const isGe = c === CH_GE;
      const e = isGe ? 8 : vt[c]!;
      if (digitString > 0) break;
      if (fracAdded && !(lo.groups.length === 0 && lo.sec.m === 0n)) break;
      const bare = !lo.hasValue() && !anyUnit;
      if (bare && !opts.allowBareBigUnit) break;
      if (lo.cur !== null && lo.curFp < Infinity) decimalBig = true;
      let ok = true;
      for (const a of accs) {
        if (!a.big(e, !!opts.allowBareBigUnit)) ok = false;
      }
      if (!ok) break;
      if (fracAdded) fracAdded = false;
      anyUnit = true;
      anyBigUnit = true;
      j += isGe ? 2 : 1;
      end = j;
      chineseChars += isGe ? 2 : 1;
      prevKind = C_BUNIT;
      suffixExp += e;
      bigSuffixExp += e;
      lastDigitCn = -1;
      afterYu = false;
      continue;
    }

    if (k === C_YU) {
      if (more || !lo.hasValue() || digitString > 0 || hi !== null) break;
      // 余/多 must be followed by a unit, or end the numeral.
      for (const a of accs) {
        a.closeCur(true);
      }
      more = true;
      afterYu = true;
      j++;
      end = j;
      prevKind = C_YU;
      continue;
    }

    if (k === C_JI || k === C_SHU) {
      if (lo.cur !== null || hi !== null || digitString > 0 || fracAdded) break;
      const leading = !lo.hasValue() && !anyUnit;
      const nextK = j + 1 < n ? cls[s.charCodeAt(j + 1)]! : 0;
      if (k === C_SHU && !(leading && (nextK === C_SUNIT || nextK === C_BUNIT))) break;
      if (k === C_JI && leading && !(nextK === C_SUNIT || nextK === C_BUNIT)) break;
      if (k === C_JI && !leading && !(lo.lastUnit >= 1 || lo.zero)) break;
      hi = lo.clone();
      accs.push(hi);
      lo.cur = exactInt(leading ? 1 : 0);
      lo.curFp = Infinity;
      lo.curSingle = false;
      hi.cur = exactInt(10);
      hi.curFp = Infinity;
      hi.curSingle = false;
      j++;
      end = j;
      chineseChars++;
      prevKind = C_CDIGIT;
      suffixExp = 0;
      bigSuffixExp = 0;
      lastDigitCn = -1;
      continue;
    }

    if (k === C_HALF) {
      if (j !== i) break;
      const nextK = j + 1 < n ? cls[s.charCodeAt(j + 1)]! : 0;
      if (nextK !== C_SUNIT && nextK !== C_BUNIT) {
        // 半斤, 半个: one half of a measure.
        if (j + 1 < n && HALF_MEASURES.includes(s[j + 1]!)) {
          lo.cur = { m: 5n, s: 1 };
          lo.curFp = -1;
          lo.curSingle = false;
          j++;
          end = j;
          chineseChars++;
        }
        break;
      }
      lo.cur = { m: 5n, s: 1 };
      lo.curSingle = false;
      j++;
      end = j;
      chineseChars++;
      prevKind = C_CDIGIT;
      continue;
    }

    if (k === C_POINT) {
      // 点 followed by fraction digits; a leading 点 (点五 = 0.5) only in whole-text parsing.
      if (fracAdded) break;
      if (!lo.hasValue()) {
        if (!(j === i && opts.allowLeadingDot)) break;
        lo.cur = ZERO;
        lo.curSingle = false;
      }
      let q = skipSpaces(s, j + 1, cls);
      let digits = '';
      if (q < n && isDigit(s.charCodeAt(q))) {
        while (q < n && isDigit(s.charCodeAt(q))) {
          digits += s[q];
          q++;
        }
      } else {
        while (q < n) {
          const cc = s.charCodeAt(q);
          if (cls[cc] !== C_CDIGIT || cc === CH_LIANG || cc === CH_LIA) break;
          digits += String.fromCharCode(48 + vt[cc]!);
          q++;
        }
      }
      if (digits.length === 0 || (j === i && /^0*$/.test(digits))) {
        if (j === i) return null;
        break;
      }
      if (digits.length > MAX_FRACTION_DIGITS + 12) outOfRange = true;
      const fr = outOfRange ? ZERO : exactFromDigits('', digits);
      const onlyCur = lo.cur !== null && lo.sec.m === 0n && lo.groups.length === 0;
      if (onlyCur) {
        for (const a of accs) {
          a.cur = add(a.cur!, fr);
          a.curFp = -digits.length;
          a.curSingle = false;
        }
        digitString = 0;
        fracAdded = true;
      } else {
        for (const a of accs) {
          a.closeCur(true);
          a.sec = add(a.sec, fr);
          a.secFp = Math.min(a.secFp, -digits.length);
        }
        fracAdded = true;
        lo.done = true;
      }
      j = q;
      end = j;
      chineseChars++;
      prevKind = C_POINT;
      continue;
    }

    if (c === CH_DA && lo.hasValue() && !fracAdded && digitString === 0 && hi === null && !more) {
      // 打: a dozen.
      dozen = true;
      anyUnit = true;
      j++;
      end = j;
      break;
    }
    break;
  }
  if (end === i) return null;
  const t = lo.total();
  let v = t.v;
  let hv: Exact | null = null;
  if (hi) {
    const h = hi.total();
    hv = h.v;
  }
  if (dozen) {
    v = mulInt(v, 12);
    if (hv) hv = mulInt(hv, 12);
  }
  if (!outOfRange && beyondLimits(v)) outOfRange = true;
  if (hv && cmp(hv, v) <= 0) hv = null;
  return {
    start: i,
    end,
    lo: v,
    hi: hv,
    fp: t.fp,
    more,
    anyUnit,
    anyBigUnit,
    suffixExp,
    bigSuffixExp,
    arabic,
    chineseChars,
    digitString,
    hasZero,
    dotted,
    leadingUnit,
    outOfRange,
    dozen,
    latin,
    leadingZero,
  };
}

const CH_DA2 = '打'.charCodeAt(0);
const CH_GE2 = '个'.charCodeAt(0);

/**
 * Fast path for the most common figure: ASCII digits (with separators and a fraction) followed by
 * a character that cannot continue a numeral (2023年, 1248人, 1.25亿 is not one: 亿 continues).
 */
function plainArabic(s: string, orig: string, i: number, cls: Uint8Array): Numeral | null {
  if (i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) return null;
  const r = readArabic(s, orig, i);
  const j = r.end;
  if (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 32) {
      // A space continues the numeral only before a unit, 余/多/几 or 点 ("7 万", "1000  万").
      let q = j + 1;
      while (q < s.length && q - j <= 3 && s.charCodeAt(q) === 32) q++;
      const k2 = q < s.length ? cls[s.charCodeAt(q)]! : 0;
      if (k2 !== 0 && k2 !== C_ADIGIT && k2 !== C_CDIGIT && k2 !== C_SPACE) return null;
    } else if (cls[c] !== 0 || c === 107 || c === 75 || c === 119 || c === 87 || c === CH_DA2 || c === CH_GE2) {
      return null;
    }
  }
  const v = r.value;
  return {
    start: i,
    end: j,
    lo: v,
    hi: null,
    fp: r.fracLen > 0 ? -r.fracLen : Infinity,
    more: false,
    anyUnit: false,
    anyBigUnit: false,
    suffixExp: 0,
    bigSuffixExp: 0,
    arabic: true,
    chineseChars: 0,
    digitString: 0,
    hasZero: false,
    dotted: r.dotted,
    leadingUnit: false,
    outOfRange: r.outOfRange || ((r.intLen > MAX_INTEGER_DIGITS - 1 || r.fracLen > MAX_FRACTION_DIGITS) && beyondLimits(v)),
    dozen: false,
    latin: false,
    leadingZero: r.leadingZero,
  };
}

const LIMIT = 10n ** 30n;
const SMALL = 10n ** 15n;

/**
 * Whether a value is beyond 10^30 in magnitude or has more than 30 fraction digits.
 *
 * @example
 * ```ts
 * beyondLimits({ m: 10n ** 31n, s: 0 }); // true —— 超过 10^30
 * ```
 */
export function beyondLimits(v: Exact): boolean {
  if (v.s <= MAX_FRACTION_DIGITS && v.m < SMALL && v.m > -SMALL) return false;
  const n = normalize(v);
  if (n.s > MAX_FRACTION_DIGITS) return true;
  const abs = n.m < 0n ? -n.m : n.m;
  return abs > LIMIT * pow10(n.s);
}

function readArabicLeadingDot(s: string, i: number): ArabicRun {
  let k = i + 1;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  const frac = s.slice(i + 1, k);
  const outOfRange = frac.length > MAX_FRACTION_DIGITS + 12;
  return {
    end: k,
    value: outOfRange ? ZERO : exactFromDigits('', frac),
    fracLen: frac.length,
    intLen: 0,
    dotted: false,
    outOfRange,
    leadingZero: false,
  };
}
