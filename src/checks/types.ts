/**
 * Types shared by the checks: options, the context a check reads and the check signature.
 *
 * @module
 */
import type { ParsedArticle } from '../article/parse-article.js';
import type { Claim } from '../domain/claim.js';
import type { CheckId, Finding } from '../domain/finding.js';
import type { IsoDate } from '../domain/period.js';
import type { ReferenceMagnitudes } from '../data/reference-magnitudes.js';

/**
 * Options of `checkClaims`.
 *
 * @example
 * ```ts
 * const o: CheckOptions = { checks: ['unit_slip', 'share_vs_total'], publishedAt: '2024-06-05' };
 * ```
 */
export interface CheckOptions {
  /** Reference figures in place of the bundled `REFERENCE_MAGNITUDES`. */
  reference?: ReferenceMagnitudes;
  /** Only these checks (default: all). */
  checks?: readonly CheckId[];
  /** Publication date, for `date_sanity` (periods that end after it). */
  publishedAt?: IsoDate;
  /** The article the claims were read from: lets `date_sanity` scan its body for damaged dates. */
  article?: ParsedArticle;
}

/**
 * What a check reads.
 *
 * @example
 * ```ts
 * const ctx: CheckContext = { claims, byId: new Map(claims.map((c) => [c.id, c])), reference: REFERENCE_MAGNITUDES };
 * ```
 */
export interface CheckContext {
  /** The claims, in text order. */
  claims: readonly Claim[];
  /** Claims by id. */
  byId: ReadonlyMap<string, Claim>;
  /** Reference figures. */
  reference: ReferenceMagnitudes;
  /** Publication date, when known. */
  publishedAt?: IsoDate;
  /** The article, when known. */
  article?: ParsedArticle;
}

/**
 * A check: its id, what it needs, and the function that reports findings. Checks never throw
 * (the runner also guards them).
 *
 * @example
 * ```ts
 * const c: Check = { id: 'unit_slip', description: '万↔亿', run: (ctx) => [] };
 * ```
 */
export interface Check {
  /** The check id. */
  id: CheckId;
  /** What it looks for, for people. */
  description: string;
  /** Runs the check. */
  run: (ctx: CheckContext) => Finding[];
}
