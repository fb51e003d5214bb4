/**
 * The validation error and its issues, apart from the schemas: modules that only need to report
 * a bad argument or bad data import this, not zod.
 *
 * @module
 */

/**
 * Stable codes of validation failures.
 *
 * - `INVALID_DATA`: the data does not fit the schema (claims, findings, any domain record).
 * - `INVALID_ARGUMENT`: an argument of a function is not of the kind it takes (a row where rows
 *   are expected, `null` for a figure); the one issue names the parameter.
 * - `INVALID_REGISTRY`: registry data (regions, pairings) does not fit the schema or is
 *   inconsistent (duplicate codes or ids, unknown parents).
 *
 * @example
 * ```ts
 * const code: XiezuoValidationErrorCode = 'INVALID_REGISTRY'; // 登记表数据有误
 * ```
 */
export type XiezuoValidationErrorCode = 'INVALID_DATA' | 'INVALID_REGISTRY' | 'INVALID_ARGUMENT';

/**
 * One problem found: where (`path`, and the same as text: `claims[0].figure.amount.value`), what
 * was expected and what was received.
 *
 * @example
 * ```ts
 * // { path: [0, 'metric'], pathText: 'claims[0].metric', expected: 'one of "fiscal_aid" | …', received: '"财政"' }
 * ```
 */
export interface ValidationIssue {
  /** Path from the root of the data to the field. */
  path: readonly (string | number)[];
  /** The path as text, starting with the name of the root (`claims[0].metric`). */
  pathText: string;
  /** What the field should be. */
  expected: string;
  /** A short description of what it is, when known. */
  received?: string;
  /** The zod issue code (`invalid_type`, `custom`, …). */
  zodCode: string;
  /** The record the field belongs to, when the data is a list of records (`pairing "120102>623024/ewc"`). */
  record?: string;
}

/**
 * A validation failure: a stable `code` and every problem found, each naming its field.
 *
 * @example
 * ```ts
 * const r = validateClaims([{ id: 'c1' }]); // 只有编号，缺少数值
 * if (!r.success) {
 *   console.log(r.error.code); // 'INVALID_DATA'
 *   console.log(r.error.issues[0]?.pathText); // 'claims[0].figure'
 * }
 * ```
 */
export class XiezuoValidationError extends Error {
  /** Stable machine-readable code. */
  readonly code: XiezuoValidationErrorCode;
  /** Every problem found, in order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param code - the failure code
   * @param issues - the problems; the message lists the first twenty
   * @param subject - what was validated, for the message (`claims`, `registry`)
   */
  constructor(code: XiezuoValidationErrorCode, issues: readonly ValidationIssue[], subject: string) {
    super(formatMessage(subject, issues));
    this.name = 'XiezuoValidationError';
    this.code = code;
    this.issues = issues;
  }
}

const MAX_LISTED = 20;

function formatMessage(subject: string, issues: readonly ValidationIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((i) => {
    const received = i.received === undefined ? '' : `, received ${i.received}`;
    const record = i.record === undefined ? '' : ` (${i.record})`;
    return `- ${i.pathText}${record}: ${i.expected}${received}`;
  });
  if (issues.length > MAX_LISTED) lines.push(`- … and ${issues.length - MAX_LISTED} more`);
  const n = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `Invalid ${subject} (${n}):\n${lines.join('\n')}`;
}

/**
 * A path as text: `claims[0].figure.amount.value`.
 *
 * @example
 * ```ts
 * formatPath('claims', [0, 'figure', 'span', 'end']); // 'claims[0].figure.span.end' —— 字段路径
 * ```
 */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  if (!Array.isArray(path as unknown)) throw argumentError('formatPath', 'path', 'an array of keys', path);
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * A short, safe description of a received value.
 *
 * @example
 * ```ts
 * describeValue('财政'); // '"财政" (string)'
 * describeValue(undefined); // 'nothing (the field is missing)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${JSON.stringify(shown)} (string)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${String(value)} (${typeof value})`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * The error for an argument that is not of the kind a function takes: code `INVALID_ARGUMENT`,
 * one issue naming the parameter, what it takes and what it got.
 *
 * @param fn - the function (`sameFigure`)
 * @param param - the parameter (`a`, `rows[3]`)
 * @example
 * ```ts
 * argumentError('toPlainRow', 'row', 'an aggregate row', null).code; // 'INVALID_ARGUMENT' —— 参数不是聚合结果行
 * ```
 */
export function argumentError(fn: string, param: string, expected: string, received: unknown): XiezuoValidationError {
  const issue: ValidationIssue = { path: [], pathText: param, expected, received: describeValue(received), zodCode: 'invalid_type' };
  return new XiezuoValidationError('INVALID_ARGUMENT', [issue], `argument of ${fn}`);
}
