/**
 * A figure: a signed numeral, or a fraction built from numerals (`五分之一`, `3/5`, `1 3/5`,
 * `三百五十又三分之一`, `负３分之负一百五十七`).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import * as cc from './char-class.js';
import type { Exact } from './exact.js';
import * as ex from './exact.js';
import type { Numeral, NumeralOptions } from './numeral.js';
import * as nm from './numeral.js';

// Imported bindings copied to module constants once (hot path).
const { C_ADIGIT, C_SPACE, classTable, isAsciiLetter } = cc;
const { add, exactFromString, isZero, lastDigitExponent, neg, normalize, toDecimalString } = ex;
const { MAX_FRACTION_DIGITS, readNumeral } = nm;

/**
 * A figure as read: value, flags of its main numeral, and where it stands.
 *
 * @example
 * ```ts
 * readFigure('负一又二分之一', '负一又二分之一', 0)?.negative; // true
 * ```
 */
export interface Figure {
  /** Offset of the first character (the sign, when there is one). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The value (low end for 几/数/八九). */
  lo: Exact;
  /** High end for 几/数/八九. */
  hi: Exact | null;
  /** Precision exponent. */
  pexp: number;
  /** 余/多 inside. */
  more: boolean;
  /** The main (first) numeral. */
  num: Numeral;
  /** A fraction form (分之, /, 又). */
  fraction: boolean;
  /** Signed with 负 or a minus sign. */
  negative: boolean;
  /** Beyond what the parsers accept. */
  outOfRange: boolean;
}

const CH_FEN = '分'.charCodeAt(0);
const CH_ZHI = '之'.charCodeAt(0);
const CH_YOU = '又'.charCodeAt(0);
const CH_FU = '负'.charCodeAt(0);
const CH_LING = '零'.charCodeAt(0);
const CH_XIA = '下'.charCodeAt(0);
const MINUS = 45;
const SLASH = 47;

const DD = Decimal.clone({ precision: 80 });

function skipSp(s: string, j: number): number {
  const cls = classTable();
  let k = j;
  while (k < s.length && k - j < 3 && cls[s.charCodeAt(k)] === C_SPACE) k++;
  return k;
}

/**
 * Divide exactly when the quotient terminates, else round to 30 fraction digits.
 *
 * @example
 * ```ts
 * divideExact({ m: 1n, s: 0 }, { m: 4n, s: 0 }); // { v: 0.25, exact: true } —— “四分之一”
 * ```
 */
export function divideExact(a: Exact, b: Exact): { v: Exact; exact: boolean } {
  const q = new DD(toDecimalString(a)).div(toDecimalString(b));
  const exact = q.times(toDecimalString(b)).eq(toDecimalString(a)) && q.decimalPlaces() <= MAX_FRACTION_DIGITS;
  const r = exact ? q : q.toDecimalPlaces(MAX_FRACTION_DIGITS);
  return { v: exactFromString(r.toFixed()), exact };
}

/** Read an optional sign (负 or a minus that is not glued to a preceding letter, digit or minus). */
function readSign(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === CH_FU) return i + 1;
  // 零下四摄氏度: below zero.
  if (c === CH_LING && s.charCodeAt(i + 1) === CH_XIA) return i + 2;
  if (c === MINUS) {
    if (i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p === MINUS || p === 46 || (p >= 48 && p <= 57) || isAsciiLetter(p)) return i;
    }
    return i + 1;
  }
  return i;
}

function precisionOf(n: Numeral): number {
  const t = lastDigitExponent(n.lo);
  return Math.min(n.fp, t);
}

function plainFigure(num: Numeral, start: number, negative: boolean): Figure {
  return {
    start,
    end: num.end,
    // 负八九亿: the low end of a negative estimate is the larger magnitude.
    lo: negative ? neg(num.hi ?? num.lo) : num.lo,
    hi: num.hi === null ? null : negative ? neg(num.lo) : num.hi,
    pexp: precisionOf(num),
    more: num.more,
    num,
    fraction: false,
    negative,
    outOfRange: num.outOfRange,
  };
}

function isPlainInteger(n: Numeral): boolean {
  return n.lo.s === 0 && n.hi === null && !n.more && !n.outOfRange;
}

/** A fraction `numerator / denominator` as a figure value. */
function fractionValue(numer: Exact, denom: Exact): { v: Exact; pexp: number } | null {
  if (isZero(denom)) return null;
  const q = divideExact(numer, denom);
  const v = normalize(q.v);
  return { v, pexp: q.exact ? Math.min(0, -v.s) : -MAX_FRACTION_DIGITS };
}

/**
 * Read `A分之B` (B/A) at `j`, where A has been read as `a`. Returns the end and the value.
 */
function readFenZhi(
  s: string,
  orig: string,
  a: Numeral,
  opts: NumeralOptions,
): { end: number; v: Exact; pexp: number; negNumer: boolean } | null {
  let p = skipSp(s, a.end);
  if (s.charCodeAt(p) !== CH_FEN) return null;
  p = skipSp(s, p + 1);
  if (s.charCodeAt(p) !== CH_ZHI) return null;
  p = skipSp(s, p + 1);
  let negNumer = false;
  const q = readSign(s, p);
  if (q !== p) negNumer = true;
  const b = readNumeral(s, orig, q, opts);
  if (!b || b.hi !== null || b.outOfRange || a.hi !== null || a.more || b.more) return null;
  const fv = fractionValue(b.lo, a.lo);
  if (!fv) return null;
  return { end: b.end, v: fv.v, pexp: fv.pexp, negNumer };
}

/**
 * Read the figure that starts at `i` of the folded text `s`, or `null`.
 *
 * @example
 * ```ts
 * readFigure('五分之一', '五分之一', 0)?.lo; // { m: 2n, s: 1 } —— 0.2
 * ```
 */
export function readFigure(s: string, orig: string, i: number, opts: NumeralOptions = {}): Figure | null {
  const afterSign = readSign(s, i);
  const negative = afterSign !== i;
  if (negative && afterSign < s.length && classTable()[s.charCodeAt(afterSign)] === C_SPACE) return null;
  const a = readNumeral(s, orig, afterSign, negative && !opts.allowLeadingDot ? { allowBareBigUnit: opts.allowBareBigUnit, allowLeadingDot: true } : opts);
  if (!a) return null;
  if (a.outOfRange) return plainFigure(a, i, negative);

  // A分之B.
  if (!a.more && a.hi === null) {
    const fz = readFenZhi(s, orig, a, opts);
    if (fz) {
      let v = fz.v;
      if (fz.negNumer !== negative) v = neg(v);
      return { start: i, end: fz.end, lo: v, hi: null, pexp: fz.pexp, more: false, num: a, fraction: true, negative, outOfRange: false };
    }
  }

  // ASCII a/b, and a b/c.
  if (a.arabic && !a.anyUnit && isPlainInteger(a) && !a.dotted) {
    const slash = readSlash(s, orig, a.end, a.start);
    if (slash) {
      const v = negative ? neg(slash.v) : slash.v;
      return { start: i, end: slash.end, lo: v, hi: null, pexp: slash.pexp, more: false, num: a, fraction: true, negative, outOfRange: false };
    }
    // Mixed number: "1 3/5".
    const sp = a.end;
    if (s.charCodeAt(sp) === 32 && sp + 1 < s.length && classTable()[s.charCodeAt(sp + 1)] === C_ADIGIT && slashAfterDigits(s, sp + 1)) {
      const b = readNumeral(s, orig, sp + 1, opts);
      if (b && b.arabic && !b.anyUnit && isPlainInteger(b)) {
        const sl = readSlash(s, orig, b.end, sp + 1);
        if (sl) {
          let v = add(a.lo, sl.v);
          if (negative) v = neg(v);
          return { start: i, end: sl.end, lo: v, hi: null, pexp: sl.pexp, more: false, num: a, fraction: true, negative, outOfRange: false };
        }
      }
    }
  }

  // Whole 又 fraction: 三百五十又三分之一.
  if (!a.more && a.hi === null) {
    const y = skipSp(s, a.end);
    if (s.charCodeAt(y) === CH_YOU) {
      const p = skipSp(s, y + 1);
      const d = readNumeral(s, orig, p, opts);
      if (d && !d.outOfRange) {
        const fz = readFenZhi(s, orig, d, opts);
        if (fz && !fz.negNumer) {
          let v = add(a.lo, fz.v);
          if (negative) v = neg(v);
          return { start: i, end: fz.end, lo: v, hi: null, pexp: Math.min(fz.pexp, precisionOf(a)), more: false, num: a, fraction: true, negative, outOfRange: false };
        }
      }
    }
  }
  return plainFigure(a, i, negative);
}

/** Whether the digit run at `p` is followed by a slash (cheap test before reading a mixed number). */
function slashAfterDigits(s: string, p: number): boolean {
  let q = p;
  while (q < s.length && q - p < 40) {
    const c = s.charCodeAt(q);
    if (c < 48 || c > 57) return c === SLASH;
    q++;
  }
  return false;
}

/** `/b` after an integer numerator (ASCII or full-width slash, already folded). */
function readSlash(s: string, orig: string, j: number, numerStart: number): { end: number; v: Exact; pexp: number } | null {
  if (s.charCodeAt(j) !== SLASH) return null;
  if (numerStart > 0 && s.charCodeAt(numerStart - 1) === SLASH) return null;
  const b = readNumeral(s, orig, j + 1);
  if (!b || !b.arabic || b.anyUnit || !isPlainInteger(b) || b.dotted) return null;
  // Dates and paths (2024/06/05) are not fractions.
  if (s.charCodeAt(b.end) === SLASH) return null;
  const numer = readNumeral(s, orig, numerStart);
  if (!numer) return null;
  const fv = fractionValue(numer.lo, b.lo);
  if (!fv) return null;
  return { end: b.end, v: fv.v, pexp: fv.pexp };
}
