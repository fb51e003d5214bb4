/**
 * An exact, allocation-light running sum of decimals: safe integers add up as JS numbers (exact
 * below 2^53), larger or finer values as BigInt scaled integers. No float ever holds a fraction.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { DecimalParts } from './decimal-bits.js';

const LIMB = 10_000_000; // decimal.js stores digits in base 1e7 limbs
const LIMB_N = 10_000_000n;
const FLUSH = 2 ** 52; // |small| stays below this; each addend is < 2^51
const SMALL = 2 ** 51;

function pow1e7(k: number): bigint {
  return LIMB_N ** BigInt(k);
}

/**
 * Adds decimals exactly. Values are read from decimal.js' documented instance properties
 * (`d` digits in base 1e7, `e` exponent, `s` sign) without allocating for values below 10^14;
 * other values (or objects that are not decimal.js instances) go through BigInt.
 *
 * @example
 * ```ts
 * const s = new ExactSum();
 * s.add(new Decimal('35220000')); // 2021年 3522万元
 * s.add(new Decimal('36160000')); // 2022年 3616万元
 * s.add(new Decimal('0.01'));
 * s.value().toFixed(); // '71380000.01'
 * ```
 */
export class ExactSum {
  /** Fractional limbs of the scale: values are held × 1e7^frac. */
  private frac = 0;
  /** Exact integer part of the sum (scaled), kept below 2^52 in magnitude. */
  private small = 0;
  /** The rest of the sum (scaled). */
  private big = 0n;

  /** Adds `x` (a decimal.js `Decimal`, any clone). Non-finite values are ignored. */
  add(x: Decimal): void {
    const p = x as unknown as DecimalParts;
    let d = p.d;
    let e = p.e;
    let s = p.s;
    if (!Array.isArray(d) || typeof e !== 'number') {
      const y = new Decimal(String(x));
      if (!y.isFinite()) return;
      const q = y as unknown as DecimalParts;
      d = q.d as number[];
      e = q.e;
      s = q.s;
    }
    if (d.length === 0 || d[0] === 0) return;
    const top = Math.floor(e / 7); // limb exponent of d[0]
    const needFrac = d.length - 1 - top;
    if (needFrac > this.frac) this.rescale(needFrac);
    const topScaled = top + this.frac; // exponent of d[0] in scaled limbs
    if (topScaled <= 1) {
      // Value × 1e7^frac < 1e14: exact as a JS number.
      let n = 0;
      for (let i = 0; i < d.length; i++) n = n * LIMB + (d[i] as number);
      for (let k = topScaled - (d.length - 1); k > 0; k--) n *= LIMB;
      this.small += s < 0 ? -n : n;
      if (this.small >= FLUSH || this.small <= -FLUSH) {
        this.big += BigInt(this.small);
        this.small = 0;
      }
      return;
    }
    let b = 0n;
    for (let i = 0; i < d.length; i++) b = b * LIMB_N + BigInt(d[i] as number);
    const shift = topScaled - (d.length - 1);
    if (shift > 0) b *= pow1e7(shift);
    this.big += s < 0 ? -b : b;
  }

  /** Adds a safe integer (|n| < 2^53), without reading a decimal. */
  addInteger(n: number): void {
    if (this.frac > 0 || n >= SMALL || n <= -SMALL) {
      this.big += BigInt(n) * pow1e7(this.frac);
      return;
    }
    this.small += n;
    if (this.small >= FLUSH || this.small <= -FLUSH) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }

  /** Adds another sum. */
  addSum(other: ExactSum): void {
    const need = other.frac;
    if (need > this.frac) this.rescale(need);
    const scaled = (BigInt(other.small) + other.big) * pow1e7(this.frac - other.frac);
    this.big += scaled;
  }

  private rescale(frac: number): void {
    const m = pow1e7(frac - this.frac);
    this.big = (this.big + BigInt(this.small)) * m;
    this.small = 0;
    this.frac = frac;
  }

  /** The sum as a decimal.js `Decimal` of the package's own constructor. */
  value(): Decimal {
    if (this.big === 0n && this.frac === 0) return new Decimal(this.small);
    const total = this.big + BigInt(this.small);
    if (this.frac === 0) return new Decimal(total.toString());
    const neg = total < 0n;
    let digits = (neg ? -total : total).toString();
    const places = this.frac * 7;
    if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
    const str = `${neg ? '-' : ''}${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
    return new Decimal(str);
  }
}
