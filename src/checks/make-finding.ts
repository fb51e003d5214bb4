/**
 * Building findings: claim references, observed values and expected ranges with the package's
 * own `Decimal`.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import type { CheckId, Finding, Severity } from '../domain/finding.js';
import type { Span } from '../types.js';
import { toPublic, type Dec } from './arith.js';

/**
 * What a check states to build a finding.
 *
 * @example
 * ```ts
 * const s: FindingSpec = { checkId: 'unit_slip', severity: 'error', zh: '…', en: '…', claims: [c3], observed: { value: D('879300000000'), unit: 'CNY' }, expected: null };
 * ```
 */
export interface FindingSpec {
  /** Check id. */
  checkId: CheckId;
  /** Severity. */
  severity: Severity;
  /** Message in Chinese. */
  zh: string;
  /** Message in English. */
  en: string;
  /** Claims involved, the primary one first. */
  claims: readonly Claim[];
  /** Other spans. */
  evidence?: readonly Span[];
  /** Observed value. */
  observed: { value: Dec | Decimal | null; unit?: string; text?: string };
  /** Expected range, or `null`. */
  expected: { low: Dec | Decimal | null; high: Dec | Decimal | null; basis: string } | null;
  /** Suggested fix. */
  fix?: { text: string; value: Dec | Decimal | null };
}

/**
 * Builds a finding, converting every value to the package's `Decimal` and ordering the expected
 * range (low ≤ high).
 *
 * @example
 * ```ts
 * makeFinding(spec).claims[0].span.text; // '8793亿元'
 * ```
 */
export function makeFinding(spec: FindingSpec): Finding {
  // Derived values (quotients) are cut to four decimals: enough for 元 and for percentages.
  const pub = (x: Dec | Decimal | null): Decimal | null => (x === null ? null : toPublic(x.decimalPlaces() > 4 ? x.toDecimalPlaces(4) : x));
  let low = spec.expected === null ? null : pub(spec.expected.low);
  let high = spec.expected === null ? null : pub(spec.expected.high);
  if (low !== null && high !== null && low.gt(high)) [low, high] = [high, low];
  const seen = new Set<string>();
  const claims: Finding['claims'] = [];
  for (const c of spec.claims) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    claims.push({ id: c.id, span: { ...c.figure.span } });
  }
  const observed: Finding['observed'] = { value: pub(spec.observed.value) };
  if (spec.observed.unit !== undefined) observed.unit = spec.observed.unit;
  if (spec.observed.text !== undefined) observed.text = spec.observed.text;
  const finding: Finding = {
    checkId: spec.checkId,
    severity: spec.severity,
    message: { zh: spec.zh, en: spec.en },
    claims,
    observed,
    expected: spec.expected === null ? null : { low, high, basis: spec.expected.basis },
  };
  if (spec.evidence !== undefined && spec.evidence.length > 0) finding.evidence = spec.evidence.map((s) => ({ ...s }));
  if (spec.fix !== undefined) finding.suggestedFix = { text: spec.fix.text, value: pub(spec.fix.value) };
  return finding;
}

/**
 * The unit to report for a claim: the currency code or the measure word.
 *
 * @example
 * ```ts
 * unitOf(claim); // 'CNY'
 * ```
 */
export function unitOf(claim: Claim): string {
  return claim.figure.kind === 'amount' ? claim.figure.amount.currency : claim.figure.quantity.unit;
}
