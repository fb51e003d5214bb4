/**
 * Exact decimal arithmetic for the scanner: a value is an integer `m` scaled by `10^-s`, kept as a
 * BigInt so that no digit is ever rounded (no floats anywhere). Turned into a decimal.js
 * `Decimal` only when a mention is handed out.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

/**
 * An exact decimal `m × 10^-s` (s ≥ 0).
 *
 * @example
 * ```ts
 * const x: Exact = { m: 125n, s: 2 }; // 1.25 —— “1.25亿”的系数
 * ```
 */
export interface Exact {
  readonly m: bigint;
  readonly s: number;
}

/**
 * Zero.
 *
 * @example
 * ```ts
 * add(ZERO, exactInt(5)); // 5
 * ```
 */
export const ZERO: Exact = { m: 0n, s: 0 };

const POW10: bigint[] = [];
/**
 * 10^k as a BigInt (cached for small k).
 *
 * @example
 * ```ts
 * pow10(8); // 100000000n —— 一亿
 * ```
 */
export function pow10(k: number): bigint {
  if (k < 64) {
    let p = POW10[k];
    if (p === undefined) {
      p = 10n ** BigInt(k);
      POW10[k] = p;
    }
    return p;
  }
  return 10n ** BigInt(k);
}

/**
 * An exact integer.
 *
 * @example
 * ```ts
 * exactInt(1248); // { m: 1248n, s: 0 }
 * ```
 */
export function exactInt(n: number | bigint): Exact {
  return { m: BigInt(n), s: 0 };
}

/**
 * Read an ASCII digit string with an optional fraction (`"1234"`, `"12.50"`, `".5"`).
 *
 * @example
 * ```ts
 * exactFromDigits('601293', '11'); // 601293.11 —— “601,293.11元”
 * ```
 */
export function exactFromDigits(intDigits: string, fracDigits: string): Exact {
  const all = (intDigits || '0') + fracDigits;
  if (all.length <= 15) {
    // Small: build the integer with exact float arithmetic (< 2^53), then one BigInt.
    let x = 0;
    for (let k = 0; k < all.length; k++) x = x * 10 + (all.charCodeAt(k) - 48);
    return { m: BigInt(x), s: fracDigits.length };
  }
  return { m: BigInt(all), s: fracDigits.length };
}

/**
 * a + b.
 *
 * @example
 * ```ts
 * add(exactInt(30000), exactInt(4000)); // 34000 —— “3万4000”
 * ```
 */
export function add(a: Exact, b: Exact): Exact {
  if (a.s === b.s) return { m: a.m + b.m, s: a.s };
  if (a.s > b.s) return { m: a.m + b.m * pow10(a.s - b.s), s: a.s };
  return { m: a.m * pow10(b.s - a.s) + b.m, s: b.s };
}

/**
 * a × 10^k (k ≥ 0).
 *
 * @example
 * ```ts
 * shift({ m: 125n, s: 2 }, 8); // 125000000 —— “1.25亿”
 * ```
 */
export function shift(a: Exact, k: number): Exact {
  if (k === 0) return a;
  if (a.s >= k) return { m: a.m, s: a.s - k };
  return { m: a.m * pow10(k - a.s), s: 0 };
}

/**
 * a × n for a small integer n.
 *
 * @example
 * ```ts
 * mulInt(exactInt(10), 12); // 120 —— “十打”
 * ```
 */
export function mulInt(a: Exact, n: number): Exact {
  return { m: a.m * BigInt(n), s: a.s };
}

/**
 * −a.
 *
 * @example
 * ```ts
 * neg(exactInt(32)); // -32 —— “负三十二”
 * ```
 */
export function neg(a: Exact): Exact {
  return { m: -a.m, s: a.s };
}

/**
 * Compare a and b: −1, 0, 1.
 *
 * @example
 * ```ts
 * cmp(exactInt(3), exactInt(5)); // -1 —— “3至5万”
 * ```
 */
export function cmp(a: Exact, b: Exact): number {
  let x = a.m;
  let y = b.m;
  if (a.s > b.s) y *= pow10(a.s - b.s);
  else if (b.s > a.s) x *= pow10(b.s - a.s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether a is zero.
 *
 * @example
 * ```ts
 * isZero(ZERO); // true —— “零”
 * ```
 */
export function isZero(a: Exact): boolean {
  return a.m === 0n;
}

/**
 * Drop trailing fractional zeros: 12.50 → 12.5.
 *
 * @example
 * ```ts
 * normalize({ m: 8222500n, s: 2 }); // 82225 —— “82,225.00”
 * ```
 */
export function normalize(a: Exact): Exact {
  let { m, s } = a;
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return m === a.m ? a : { m, s };
}

/**
 * The exponent of the last non-zero digit: 1200 → 2, 2.5 → −1, 0 → 0.
 *
 * @example
 * ```ts
 * lastDigitExponent(exactInt(29000000)); // 6 —— “2900余万”的精度为百万
 * ```
 */
export function lastDigitExponent(a: Exact): number {
  if (a.m === 0n) return 0;
  if (a.m < 9007199254740992n && a.m > -9007199254740992n) {
    // Small: exact float arithmetic on integers below 2^53.
    let x = Math.abs(Number(a.m));
    let e = -a.s;
    while (x % 10 === 0) {
      x /= 10;
      e++;
    }
    return e;
  }
  let m = a.m < 0n ? -a.m : a.m;
  let e = -a.s;
  // Strip zeros in big steps first so that long runs stay cheap.
  while (m % 100000000n === 0n) {
    m /= 100000000n;
    e += 8;
  }
  while (m % 10n === 0n) {
    m /= 10n;
    e++;
  }
  return e;
}

/**
 * The number of decimal digits of |m| (0 has one).
 *
 * @example
 * ```ts
 * digitCount(exactInt(1248)); // 4
 * ```
 */
export function digitCount(a: Exact): number {
  const m = a.m < 0n ? -a.m : a.m;
  return m.toString().length;
}

/**
 * Canonical decimal string: "-12.5", "0", "125000000".
 *
 * @example
 * ```ts
 * toDecimalString({ m: 125n, s: 2 }); // '1.25'
 * ```
 */
export function toDecimalString(a: Exact): string {
  const n = normalize(a);
  const neg = n.m < 0n;
  let digits = (neg ? -n.m : n.m).toString();
  if (n.s > 0) {
    if (digits.length <= n.s) digits = '0'.repeat(n.s - digits.length + 1) + digits;
    digits = digits.slice(0, digits.length - n.s) + '.' + digits.slice(digits.length - n.s);
  }
  return (neg ? '-' : '') + digits;
}

/**
 * A decimal.js `Decimal` of the package's own `Decimal` class holding exactly this value.
 *
 * @example
 * ```ts
 * toDecimal(exactInt(125000000)).toString(); // '125000000' —— “1.25亿元”
 * ```
 */
export function toDecimal(a: Exact): Decimal {
  if (a.s === 0 && a.m < 10000000n && a.m > -10000000n) {
    const x = Number(a.m);
    // Small whole numbers are shared (a Decimal is immutable), which keeps long result lists light.
    if (x >= 0 && x < SMALL_CACHE_SIZE) {
      let d = smallCache[x];
      if (d === undefined) {
        d = new Decimal(x);
        smallCache[x] = d;
      }
      return d;
    }
    return new Decimal(x);
  }
  return new Decimal(toDecimalString(a));
}

const SMALL_CACHE_SIZE = 10000;
const smallCache: (Decimal | undefined)[] = [];

/**
 * 10^e as a `Decimal` (the precision field of a value).
 *
 * @example
 * ```ts
 * powerOfTenDecimal(6).toString(); // '1000000' —— 精度“百万”
 * ```
 */
export function powerOfTenDecimal(e: number): Decimal {
  return new Decimal(`1e${e}`);
}

/**
 * Read a canonical decimal string (as written by decimal.js `toFixed`) back into an exact value.
 *
 * @example
 * ```ts
 * exactFromString('-101000'); // { m: -101000n, s: 0 } —— “-10.1万”
 * ```
 */
export function exactFromString(str: string): Exact {
  let t = str;
  let negative = false;
  if (t.startsWith('-')) {
    negative = true;
    t = t.slice(1);
  }
  const dot = t.indexOf('.');
  const r = dot < 0 ? exactFromDigits(t, '') : exactFromDigits(t.slice(0, dot), t.slice(dot + 1));
  return negative ? neg(r) : r;
}
