/**
 * Helpers for building exact decimals in tests.
 */

/** A decimal string built from an integer and a scale, never through a float: (1234n, 2) → '12.34'. */
export function decimalString(digits: bigint, scale: number): string {
  const neg = digits < 0n;
  let s = (neg ? -digits : digits).toString();
  if (scale > 0) {
    s = s.padStart(scale + 1, '0');
    s = `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
  }
  return neg ? `-${s}` : s;
}
