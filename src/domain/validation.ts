/**
 * Safe validation against the domain schemas, with errors that name the field and say what was
 * expected.
 *
 * @module
 */
import type { z } from 'zod/v4';
import { ClaimsSchema } from './claim.js';
import type { Claim } from './claim.js';
import { FindingsSchema } from './finding.js';
import type { Finding } from './finding.js';
import { argumentError, describeValue, formatPath, XiezuoValidationError, type ValidationIssue, type XiezuoValidationErrorCode } from './validation-error.js';

export { argumentError, describeValue, formatPath, XiezuoValidationError } from './validation-error.js';
export type { ValidationIssue, XiezuoValidationErrorCode } from './validation-error.js';

/**
 * The result of a safe validation: the parsed data (decimal strings turned into `Decimal`) or a
 * typed error, never a throw.
 *
 * @example
 * ```ts
 * const r: ValidationResult<Claim[]> = validateClaims(JSON.parse(json)); // 保存的抽取结果
 * ```
 */
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/**
 * A successful validation.
 *
 * @example
 * ```ts
 * const ok: ValidationSuccess<number[]> = { success: true, data: [1211] }; // 累计输转就业1211人
 * ```
 */
export interface ValidationSuccess<T> {
  /** Always `true`. */
  success: true;
  /** The parsed data. */
  data: T;
}

/**
 * A failed validation.
 *
 * @example
 * ```ts
 * const r = validateClaims([{ id: 'c1' }]);
 * if (!r.success) r.error.issues; // 每个问题都指明字段
 * ```
 */
export interface ValidationFailure {
  /** Always `false`. */
  success: false;
  /** What is wrong, field by field, with a stable `code`. */
  error: XiezuoValidationError;
}

type AnyIssue = z.core.$ZodIssue & { input?: unknown };

/** What an issue says was expected, in words. */
function expectation(issue: AnyIssue): string {
  // Messages written in this package's schemas start with "expected"; keep them.
  if (typeof issue.message === 'string' && issue.message.startsWith('expected')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(String(v))).join(' | ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set'
        ? `expected ${issue.origin === 'array' ? 'at least' : 'length at least'} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`
        : `expected a value ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set'
        ? `expected ${issue.origin === 'array' ? 'at most' : 'length at most'} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`
        : `expected a value ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected a string in the format ${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `expected no other keys, found ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union': {
      const u = issue as AnyIssue & { discriminator?: string; options?: unknown[] };
      if (u.discriminator !== undefined && Array.isArray(u.options)) {
        return `expected ${u.discriminator} to be one of ${u.options.map((o) => JSON.stringify(String(o))).join(' | ')}`;
      }
      return 'expected a value matching one of the allowed shapes';
    }
    case 'invalid_key':
      return 'expected a valid key';
    case 'invalid_element':
      return 'expected a valid element';
    default:
      return typeof issue.message === 'string' && issue.message !== '' ? issue.message : 'expected a valid value';
  }
}

/**
 * Turns zod issues into {@link ValidationIssue}s rooted at `root`.
 *
 * @example
 * ```ts
 * const r = ClaimsSchema.safeParse(data, { reportInput: true });
 * if (!r.success) toValidationIssues('claims', r.error.issues); // 每个问题：路径、期望、实际
 * ```
 */
export function toValidationIssues(root: string, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  if (!Array.isArray(issues as unknown)) throw argumentError('toValidationIssues', 'issues', 'an array of zod issues', issues);
  return issues.map((raw, i) => {
    const issue = raw as AnyIssue;
    if (issue === null || typeof issue !== 'object' || !Array.isArray(issue.path)) {
      throw argumentError('toValidationIssues', `issues[${i}]`, 'a zod issue', raw);
    }
    const out: ValidationIssue = {
      path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
      pathText: formatPath(root, issue.path),
      expected: expectation(issue),
      zodCode: issue.code,
    };
    if ('input' in issue && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_union') {
      out.received = describeValue(issue.input);
    } else if (issue.code === 'invalid_type') {
      out.received = describeValue(undefined);
    }
    return out;
  });
}

/**
 * Validates data against any schema of this package, safely: the parsed data or a
 * {@link XiezuoValidationError} whose issues name each field (`root` starts every path).
 *
 * @example
 * ```ts
 * validate(PeriodSchema, { start: '2021-01-01', end: '2023-12-31', kind: 'interval', basis: 'stated' }, 'period');
 * // { success: true, data: … } —— 2021至2023年
 * ```
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root: string,
  code: XiezuoValidationErrorCode = 'INVALID_DATA',
): ValidationResult<z.output<S>> {
  try {
    const r = schema.safeParse(input, { reportInput: true });
    if (r.success) return { success: true, data: r.data };
    return { success: false, error: new XiezuoValidationError(code, toValidationIssues(root, r.error.issues), root) };
  } catch (e) {
    // Hostile inputs (throwing getters, proxies) end here rather than escaping.
    const issue: ValidationIssue = {
      path: [],
      pathText: root,
      expected: 'expected plain data that can be read',
      received: e instanceof Error ? `an error while reading: ${e.message}` : 'an error while reading',
      zodCode: 'custom',
    };
    return { success: false, error: new XiezuoValidationError(code, [issue], root) };
  }
}

/**
 * Validates a claim set (for instance `JSON.parse` of a saved one): decimal strings become
 * `Decimal`s, ids must be unique and `partOf` / `shareOf` must name claims of the set. Never throws.
 *
 * @example
 * ```ts
 * const r = validateClaims(JSON.parse(saved));
 * if (r.success) r.data[0]?.figure; // 累计安排财政援助资金1.25亿元 → Decimal 125000000
 * else console.log(r.error.message); // 'Invalid claims (1 problem):\n- claims[0].metric: expected one of …'
 * ```
 */
export function validateClaims(input: unknown): ValidationResult<Claim[]> {
  return validate(ClaimsSchema, input, 'claims');
}

/**
 * Validates a list of findings. Never throws.
 *
 * @example
 * ```ts
 * validateFindings([{ checkId: 'unit_slip', severity: 'error', … }]); // 8793亿元疑为8793万元
 * ```
 */
export function validateFindings(input: unknown): ValidationResult<Finding[]> {
  return validate(FindingsSchema, input, 'findings');
}

