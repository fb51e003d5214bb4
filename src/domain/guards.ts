/**
 * Shape checks of values handed to the library's functions, so that a wrong argument gets a
 * typed error (`argumentError`) instead of a `TypeError` from deep inside.
 *
 * @module
 */
import type { Claim } from './claim.js';
import type { NumberValue } from '../types.js';

/**
 * Whether `x` is a finite decimal.js value (of any clone): digits, exponent and sign present.
 *
 * @example
 * ```ts
 * isFiniteDecimal(new Decimal('1.25e8')); // true —— 1.25亿
 * isFiniteDecimal(new Decimal(NaN));      // false
 * isFiniteDecimal(125000000);             // false —— 数字不是 Decimal
 * ```
 */
export function isFiniteDecimal(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return false;
  const p = x as { d?: unknown; e?: unknown; s?: unknown };
  return Array.isArray(p.d) && typeof p.e === 'number' && typeof p.s === 'number';
}

/**
 * Whether `x` has the value and precision of a {@link NumberValue} (finite decimals).
 *
 * @example
 * ```ts
 * isNumberValue(parseAmountOrThrow('2900余万元')); // true
 * isNumberValue({ value: 29000000 });               // false
 * ```
 */
export function isNumberValue(x: unknown): x is NumberValue {
  if (x === null || typeof x !== 'object') return false;
  const v = x as { value?: unknown; precision?: unknown };
  return isFiniteDecimal(v.value) && isFiniteDecimal(v.precision);
}

/**
 * Whether `x` is a claim with a readable figure (an amount or a quantity with a {@link NumberValue}).
 *
 * @example
 * ```ts
 * hasFigure(extractClaims('累计输转就业1211人。')[0]); // true
 * hasFigure({ id: 'c1' });                               // false
 * ```
 */
export function hasFigure(x: unknown): x is Claim {
  if (x === null || typeof x !== 'object') return false;
  const f = (x as { figure?: { kind?: unknown; amount?: unknown; quantity?: unknown } }).figure;
  if (f === null || typeof f !== 'object') return false;
  if (f.kind === 'amount') return isNumberValue(f.amount);
  if (f.kind === 'quantity') return isNumberValue(f.quantity);
  return false;
}
