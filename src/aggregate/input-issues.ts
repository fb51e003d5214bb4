/**
 * Problems with the claims (and findings) handed to `aggregate`, gathered while they are read and
 * thrown together as one {@link XiezuoValidationError}: a malformed claim is never skipped in
 * silence, and never breaks the aggregation with an error of another kind.
 *
 * @module
 */
import { XiezuoValidationError, describeValue, formatPath, type ValidationIssue } from '../domain/validation-error.js';
import { isFiniteDecimal } from '../domain/guards.js';
import type { NumberValue } from '../types.js';
import { qualifierCode, UNKNOWN_QUALIFIER } from './select.js';

/** At most this many problems are listed; the rest are counted in a last entry. */
const MAX_ISSUES = 100;

/**
 * Problems found in the input, by path (`claims[3].figure.amount.value`).
 *
 * @example
 * ```ts
 * const problems = new InputIssues('claims');
 * problems.add([3, 'metric'], 'a metric id (string)', 7); // 第4条主张的指标不是字符串
 * problems.throwIfAny(); // throws XiezuoValidationError, …
 * ```
 */
export class InputIssues {
  private readonly issues: ValidationIssue[] = [];
  private more = 0;

  /** @param root - the name of the input (`claims`, `findings`) */
  constructor(private readonly root: string) {}

  /** How many problems were found. */
  get count(): number {
    return this.issues.length + this.more;
  }

  /** Notes a problem at `path` (below the root). */
  add(path: readonly (string | number)[], expected: string, received: unknown): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    this.issues.push({ path, pathText: formatPath(this.root, path), expected, received: describeValue(received), zodCode: 'invalid_type' });
  }

  /** Throws the problems found, if any, as one {@link XiezuoValidationError} (code `INVALID_DATA`). */
  throwIfAny(): void {
    if (this.count === 0) return;
    const issues = this.issues.slice();
    if (this.more > 0) {
      issues.push({ path: [], pathText: this.root, expected: 'no more problems', received: `${this.more} more not listed`, zodCode: 'custom' });
    }
    throw new XiezuoValidationError('INVALID_DATA', issues, this.root);
  }
}


/**
 * Whether `x` is a region reference `{ name, code }` (code a string, `null` or absent), or none.
 *
 * @example
 * ```ts
 * isRegionRef({ name: '迭部县', code: '623024' }); // true
 * isRegionRef('迭部县');                            // false —— 须为对象
 * ```
 */
export function isRegionRef(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x !== 'object') return false;
  const r = x as { name?: unknown; code?: unknown };
  return typeof r.name === 'string' && (r.code === undefined || r.code === null || typeof r.code === 'string');
}

/**
 * The first field of a number (`value`, `precision`, `qualifier`, `range`) that `aggregate`
 * cannot use, or `null`: value and precision must be finite decimals, the qualifier a known one,
 * a range (when present) two finite decimals.
 *
 * @example
 * ```ts
 * numberProblem({ value: new Decimal('35220000'), qualifier: 'exact', precision: new Decimal('10000') }); // null
 * numberProblem({ value: 35220000, qualifier: 'exact', precision: new Decimal('10000') });              // 'value'
 * ```
 */
export function numberProblem(v: NumberValue): 'value' | 'precision' | 'qualifier' | 'range' | null {
  if (!isFiniteDecimal(v.value)) return 'value';
  if (!isFiniteDecimal(v.precision)) return 'precision';
  if (qualifierCode(v.qualifier) === UNKNOWN_QUALIFIER) return 'qualifier';
  const r = v.range as { min?: unknown; max?: unknown } | null | undefined;
  if (r !== undefined && r !== null && (typeof r !== 'object' || !isFiniteDecimal(r.min) || !isFiniteDecimal(r.max))) return 'range';
  return null;
}
