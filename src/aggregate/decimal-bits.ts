/**
 * decimal.js values through their documented instance properties `d` (digits in base 1e7 limbs,
 * most significant first), `e` (base-10 exponent) and `s` (sign): read without allocating
 * (comparisons, floats for quick rejections, the small integers and powers of ten that most
 * figures are), and made directly from a whole number of hundredths.
 *
 * @module
 */
import { Decimal } from 'decimal.js';

const LIMB = 10_000_000;
/** 10^k for k = 0 … 22, each exactly a double. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** 10^k for k = 0 … 7: small integers, so `%` by them is integer arithmetic. */
const DIV10: readonly number[] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];
/** Integers below this (2^51) are handed out by {@link scaledInteger}: two of them add up exactly. */
const SMALL = 2 ** 51;

/**
 * The instance properties of a decimal.js value read here.
 *
 * @example
 * ```ts
 * const p = new Decimal('35220000') as unknown as DecimalParts; // 3522万: d [3, 5220000], e 7, s 1
 * ```
 */
export interface DecimalParts {
  /** Digits in base 1e7 limbs, most significant first (`null` for NaN and ±∞). */
  d: number[] | null;
  /** Base-10 exponent of the most significant digit. */
  e: number;
  /** Sign: 1 or −1. */
  s: number;
}

/**
 * Compares two decimals like `a.cmp(b)` (−1, 0, 1) without allocating: reads decimal.js' instance
 * properties `s`, `e`, `d`, and falls back to `cmp` for non-finite values.
 *
 * @example
 * ```ts
 * compareDecimals(new Decimal('3522e4'), new Decimal('3616e4')); // -1 —— 3522万 < 3616万
 * ```
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const x = a as unknown as DecimalParts;
  const y = b as unknown as DecimalParts;
  const xd = x.d;
  const yd = y.d;
  if (!Array.isArray(xd) || !Array.isArray(yd)) return a.cmp(b);
  const xz = xd.length === 0 || xd[0] === 0;
  const yz = yd.length === 0 || yd[0] === 0;
  if (xz || yz) return xz ? (yz ? 0 : -y.s) : x.s;
  if (x.s !== y.s) return x.s;
  const sign = x.s;
  if (x.e !== y.e) return x.e > y.e ? sign : -sign;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    const u = xd[i] as number;
    const v = yd[i] as number;
    if (u !== v) return u > v ? sign : -sign;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length ? sign : -sign;
}

/**
 * A float close to `x` (relative error below 1e-13), read without allocating; only for quick
 * rejections before an exact comparison, never for a value handed out.
 *
 * @example
 * ```ts
 * approxNumber(new Decimal('879300000000')); // 879300000000 —— 8793亿，仅用于快速排除
 * ```
 */
export function approxNumber(x: Decimal): number {
  const p = x as unknown as DecimalParts;
  const d = p?.d;
  if (!Array.isArray(d)) return typeof x?.toNumber === 'function' ? x.toNumber() : Number.NaN;
  if (d.length === 0 || d[0] === 0) return 0;
  const top = Math.floor(p.e / 7);
  let m = d[0] as number;
  if (d.length > 1) m += (d[1] as number) / LIMB;
  if (d.length > 2) m += (d[2] as number) / (LIMB * LIMB);
  return p.s * m * Math.pow(LIMB, top);
}

/**
 * The value times 10^`scale` as a JS number when that is an integer below 2^51 in magnitude,
 * else `NaN`. Exact: the number holds the integer itself, not an approximation. With scale 0,
 * whole figures (元, persons); with scale 2, figures in 分 (0.01元) as well.
 *
 * @param scale - 0 to 6
 * @example
 * ```ts
 * scaledInteger(new Decimal('35220000'), 0); // 35220000 —— 3522万
 * scaledInteger(new Decimal('1234.56'), 2);  // 123456 —— 以分计
 * scaledInteger(new Decimal('0.005'), 2);    // NaN —— 不足一分
 * ```
 */
export function scaledInteger(x: Decimal, scale: number): number {
  if (!(scale >= 0 && scale <= 6)) return Number.NaN;
  const p = x as unknown as DecimalParts;
  const d = p?.d;
  if (!Array.isArray(d) || typeof p.e !== 'number') return Number.NaN;
  if (d.length === 0 || d[0] === 0) return 0;
  if (p.e > 15) return Number.NaN;
  const top = Math.floor(p.e / 7); // limb exponent of d[0]
  let n = 0;
  for (let i = 0; i < d.length; i++) {
    const limb = d[i] as number;
    const power = 7 * (top - i) + scale; // the power of ten this limb's units count for, scaled (at most 14 + scale)
    if (power >= 0) n += limb * (POW10[power] as number);
    else if (limb !== 0) {
      // A limb below the units: whole only when its digits below 10^0 are zeros (a limb has 7 digits).
      if (power < -7) return Number.NaN;
      const div = DIV10[-power] as number;
      if (limb % div !== 0) return Number.NaN;
      n += limb / div;
    }
  }
  // Terms and partial sums below 2^53 are exact; anything at or above 2^51 is refused.
  if (!(n < SMALL)) return Number.NaN;
  return p.s < 0 ? -n : n;
}

/**
 * The exponent k when the value is exactly 10^k (1, 100, 1万, 0.01: the precisions figures are
 * written with), else `NaN`.
 *
 * @example
 * ```ts
 * powerOfTen(new Decimal('10000')); // 4 —— 精确到万
 * powerOfTen(new Decimal('0.01'));  // -2 —— 精确到分
 * powerOfTen(new Decimal('5000'));  // NaN
 * ```
 */
export function powerOfTen(x: Decimal): number {
  const p = x as unknown as DecimalParts;
  const d = p?.d;
  if (!Array.isArray(d) || d.length !== 1 || p.s !== 1 || typeof p.e !== 'number') return Number.NaN;
  const m = d[0] as number;
  return m === 1 || m === 10 || m === 100 || m === 1000 || m === 10000 || m === 100000 || m === 1000000 ? p.e : Number.NaN;
}

/**
 * The decimal `cents` / 100, for a whole number of hundredths below 2^53 in magnitude: exact, and
 * made from the integer's base-1e7 limbs directly (no string, and a digit array of the length
 * needed, where parsing leaves room for 17 limbs). Equal in value and in its `d`, `e` and `s` to
 * `new Decimal(\`${cents}e-2\`)`.
 *
 * @example
 * ```ts
 * decimalFromCents(352200000000).toFixed(); // '3522000000' —— 35.22亿元
 * decimalFromCents(-123456).toFixed();      // '-1234.56'
 * ```
 */
export function decimalFromCents(cents: number): Decimal {
  if (!Number.isSafeInteger(cents)) return new Decimal(`${cents}e-2`);
  if (cents === 0) return new Decimal(0);
  const a = cents < 0 ? -cents : cents;
  const whole = Math.floor(a / 100);
  const f = (a - whole * 100) * 100_000; // the limb below 10^0: the two digits of the fraction
  // Below 2^53 hundredths the whole part is below 10^14: two limbs at most.
  const hi = Math.floor(whole / LIMB);
  const lo = whole - hi * LIMB;
  let d: number[];
  let e: number;
  // Most significant limb first, no zero limbs at the end (decimal.js keeps none).
  if (whole === 0) {
    d = [f];
    e = f >= 1_000_000 ? -1 : -2;
  } else if (hi === 0) {
    d = f === 0 ? [lo] : [lo, f];
    e = digitsOf(lo) - 1;
  } else {
    d = f !== 0 ? [hi, lo, f] : lo !== 0 ? [hi, lo] : [hi];
    e = 7 + digitsOf(hi) - 1;
  }
  // An instance as the constructor makes one (its own `constructor`, then s, e, d), without the
  // digit array `new Decimal(0)` would make only to be replaced.
  const x = Object.create(Decimal.prototype) as DecimalParts & { constructor: typeof Decimal };
  x.constructor = Decimal;
  x.s = cents < 0 ? -1 : 1;
  x.e = e;
  x.d = d;
  return x as unknown as Decimal;
}

/** The number of decimal digits of a limb (1 … 9 999 999). */
function digitsOf(limb: number): number {
  let digits = 1;
  while (digits < 7 && limb >= (DIV10[digits] as number)) digits++;
  return digits;
}
