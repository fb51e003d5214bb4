/**
 * Problems with the claims (and findings) handed to `aggregate`, gathered while they are read and
 * thrown together as one {@link XiezuoValidationError}: a malformed claim is never skipped in
 * silence, and never breaks the aggregation with an error of another kind.
 *
 * @module
 */
import { XiezuoValidationError, formatPath, type ValidationIssue } from '../domain/validation.js';

/** At most this many problems are listed; the rest are counted in a last entry. */
const MAX_ISSUES = 100;

/**
 * A short description of a value received where something else was expected.
 *
 * @example
 * ```ts
 * describeValue('财政'); // '"财政"'
 * describeValue(null);   // 'null'
 * ```
 */
export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  if (typeof x === 'string') return JSON.stringify(x.length > 24 ? `${x.slice(0, 24)}…` : x);
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') {
    const d = (x as { d?: unknown }).d;
    if ('d' in x && 'e' in x && d === null) return 'a decimal that is not finite';
    return 'an object';
  }
  return String(x);
}

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

const QUALIFIER_WORDS: ReadonlySet<unknown> = new Set(['exact', 'approx', 'more_than', 'at_least', 'nearly', 'less_than', 'at_most', 'range']);

function isRegionRef(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x !== 'object') return false;
  const r = x as { name?: unknown; code?: unknown };
  return typeof r.name === 'string' && (r.code === undefined || r.code === null || typeof r.code === 'string');
}

function isPeriod(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x !== 'object') return false;
  const p = x as { start?: unknown; end?: unknown };
  const ok = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
  return ok(p.start) && ok(p.end);
}

/**
 * Checks the fields of a claim that `aggregate` reads beyond its id and metric: the figure (kind,
 * value, precision, qualifier, currency or unit, range), scope, period, regions and `partOf`.
 * Notes the first problem found and returns `false`, or returns `true`.
 *
 * @example
 * ```ts
 * checkClaimFields({ ...claim, figure: { kind: 'amount', amount: { ...amount, value: 125000000 } } }, 3, problems);
 * // false —— claims[3].figure.amount.value 须为 Decimal
 * ```
 */
export function checkClaimFields(claim: Record<string, unknown>, index: number, problems: InputIssues): boolean {
  const fig = claim.figure as Record<string, unknown> | null | undefined;
  if (fig === null || typeof fig !== 'object') {
    problems.add([index, 'figure'], 'a figure (object)', fig);
    return false;
  }
  const kind = fig.kind;
  if (kind !== 'amount' && kind !== 'quantity') {
    problems.add([index, 'figure', 'kind'], '"amount" or "quantity"', kind);
    return false;
  }
  const v = fig[kind] as Record<string, unknown> | null | undefined;
  if (v === null || typeof v !== 'object') {
    problems.add([index, 'figure', kind], `the ${kind} (object)`, v);
    return false;
  }
  const where = (field: string): (string | number)[] => [index, 'figure', kind, field];
  if (!isFiniteDecimal(v.value)) {
    problems.add(where('value'), 'a finite Decimal', v.value);
    return false;
  }
  if (!isFiniteDecimal(v.precision)) {
    problems.add(where('precision'), 'a finite Decimal', v.precision);
    return false;
  }
  if (!QUALIFIER_WORDS.has(v.qualifier)) {
    problems.add(where('qualifier'), 'a qualifier (exact, approx, more_than, …)', v.qualifier);
    return false;
  }
  const unitField = kind === 'amount' ? 'currency' : 'unit';
  if (typeof v[unitField] !== 'string') {
    problems.add(where(unitField), 'a string', v[unitField]);
    return false;
  }
  const range = v.range as { min?: unknown; max?: unknown } | null | undefined;
  if (range !== undefined && range !== null && (typeof range !== 'object' || !isFiniteDecimal(range.min) || !isFiniteDecimal(range.max))) {
    problems.add(where('range'), 'finite Decimals min and max', range);
    return false;
  }
  if (typeof claim.scope !== 'string') {
    problems.add([index, 'scope'], 'a scope (string)', claim.scope);
    return false;
  }
  if (!isPeriod(claim.period)) {
    problems.add([index, 'period'], 'a period with string start and end, or none', claim.period);
    return false;
  }
  if (!isRegionRef(claim.east)) {
    problems.add([index, 'east'], 'a region reference { name, code }, or none', claim.east);
    return false;
  }
  if (!isRegionRef(claim.west)) {
    problems.add([index, 'west'], 'a region reference { name, code }, or none', claim.west);
    return false;
  }
  if (claim.partOf !== undefined && claim.partOf !== null && typeof claim.partOf !== 'string') {
    problems.add([index, 'partOf'], 'a claim id (string), or none', claim.partOf);
    return false;
  }
  return true;
}
