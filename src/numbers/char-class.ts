/**
 * Character classes of the number scanner, as lookup tables over UTF-16 code units of the
 * folded text (see `foldForScan`). Built once, on first use.
 *
 * @module
 */
import { BIG_UNITS, DIGIT_CHARS, SMALL_UNITS, TENS_CHARS } from '../data/numerals.js';

/**
 * No role in a numeral.
 *
 * @example
 * ```ts
 * classTable()['的'.charCodeAt(0)] === C_NONE; // true
 * ```
 */
export const C_NONE = 0;
/**
 * ASCII digit 0–9.
 *
 * @example
 * ```ts
 * classTable()['7'.charCodeAt(0)] === C_ADIGIT; // true
 * ```
 */
export const C_ADIGIT = 1;
/**
 * Chinese digit (零〇一…九, 大写, 两).
 *
 * @example
 * ```ts
 * classTable()['七'.charCodeAt(0)] === C_CDIGIT; // true
 * ```
 */
export const C_CDIGIT = 2;
/**
 * 十 百 千 (and 大写).
 *
 * @example
 * ```ts
 * classTable()['百'.charCodeAt(0)] === C_SUNIT; // true
 * ```
 */
export const C_SUNIT = 3;
/**
 * 万 亿 兆.
 *
 * @example
 * ```ts
 * classTable()['亿'.charCodeAt(0)] === C_BUNIT; // true
 * ```
 */
export const C_BUNIT = 4;
/**
 * 廿 卅 卌.
 *
 * @example
 * ```ts
 * classTable()['廿'.charCodeAt(0)] === C_TENS; // true
 * ```
 */
export const C_TENS = 5;
/**
 * 点.
 *
 * @example
 * ```ts
 * classTable()['点'.charCodeAt(0)] === C_POINT; // true
 * ```
 */
export const C_POINT = 6;
/**
 * 余 多.
 *
 * @example
 * ```ts
 * classTable()['余'.charCodeAt(0)] === C_YU; // true —— “2900余万”
 * ```
 */
export const C_YU = 7;
/**
 * 几.
 *
 * @example
 * ```ts
 * classTable()['几'.charCodeAt(0)] === C_JI; // true —— “二十几万”
 * ```
 */
export const C_JI = 8;
/**
 * 数.
 *
 * @example
 * ```ts
 * classTable()['数'.charCodeAt(0)] === C_SHU; // true —— “数十亿”
 * ```
 */
export const C_SHU = 9;
/**
 * 半.
 *
 * @example
 * ```ts
 * classTable()['半'.charCodeAt(0)] === C_HALF; // true —— “半百”
 * ```
 */
export const C_HALF = 10;
/**
 * Space (ASCII, ideographic and no-break spaces fold to ASCII).
 *
 * @example
 * ```ts
 * classTable()[32] === C_SPACE; // true —— “7 万5 千”
 * ```
 */
export const C_SPACE = 11;

let cls: Uint8Array | undefined;
let val: Int8Array | undefined;

function build(): void {
  const c = new Uint8Array(65536);
  const v = new Int8Array(65536);
  for (let d = 0; d <= 9; d++) {
    c[48 + d] = C_ADIGIT;
    v[48 + d] = d;
  }
  for (const [ch, n] of Object.entries(DIGIT_CHARS)) {
    c[ch.charCodeAt(0)] = C_CDIGIT;
    v[ch.charCodeAt(0)] = n;
  }
  for (const [ch, n] of Object.entries(SMALL_UNITS)) {
    c[ch.charCodeAt(0)] = C_SUNIT;
    v[ch.charCodeAt(0)] = n;
  }
  for (const [ch, n] of Object.entries(BIG_UNITS)) {
    c[ch.charCodeAt(0)] = C_BUNIT;
    v[ch.charCodeAt(0)] = n;
  }
  for (const [ch, n] of Object.entries(TENS_CHARS)) {
    c[ch.charCodeAt(0)] = C_TENS;
    v[ch.charCodeAt(0)] = n;
  }
  c['点'.charCodeAt(0)] = C_POINT;
  c['余'.charCodeAt(0)] = C_YU;
  c['多'.charCodeAt(0)] = C_YU;
  c['几'.charCodeAt(0)] = C_JI;
  c['数'.charCodeAt(0)] = C_SHU;
  c['半'.charCodeAt(0)] = C_HALF;
  c[32] = C_SPACE;
  cls = c;
  val = v;
}

/**
 * Class table: `classTable()[code]` is one of the `C_…` constants.
 *
 * @example
 * ```ts
 * classTable()['万'.charCodeAt(0)]; // C_BUNIT
 * ```
 */
export function classTable(): Uint8Array {
  if (!cls) build();
  return cls!;
}

/**
 * Value table: digit value for digits, exponent for units, tens digit for 廿卅卌.
 *
 * @example
 * ```ts
 * valueTable()['亿'.charCodeAt(0)]; // 8
 * ```
 */
export function valueTable(): Int8Array {
  if (!val) build();
  return val!;
}

/**
 * Whether a code unit is an ASCII letter.
 *
 * @example
 * ```ts
 * isAsciiLetter('A'.charCodeAt(0)); // true —— “A2021…” 是编号
 * ```
 */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether a code unit is a CJK unified ideograph (BMP blocks).
 *
 * @example
 * ```ts
 * isHan('元'.charCodeAt(0)); // true
 * ```
 */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
