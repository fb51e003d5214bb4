/**
 * Consistency checks: findings about a set of claims (unit slips, shares, parts and wholes,
 * cumulative totals, growth wording, damaged dates, implausible magnitudes).
 *
 * @module
 */
export { checkClaims, checkArticle, sortFindings } from './check-claims.js';
export type { CheckArticleOptions, CheckedArticle } from './check-claims.js';
export type { Check, CheckContext, CheckOptions } from './types.js';
export { CHECKS, checkById } from './registry.js';
export { formatFinding, summarizeFindings } from './format-finding.js';
export { figureInterval } from './arith.js';
export type { FigureInterval } from './arith.js';
export { rescaleText } from './text.js';
export { REFERENCE_MAGNITUDES, REFERENCE_FIGURES } from '../data/reference-magnitudes.js';
export type {
  ReferenceMagnitudes,
  ReferenceBand,
  ReferenceFigure,
  CountyGdp,
  ReferenceLevel,
  ReferenceUnit,
  SourcedFigure,
  SourcedFigureQualifier,
} from '../data/reference-magnitudes.js';
export { claimLevel, ERROR_ORDERS, WARNING_ORDERS } from './implausible-magnitude.js';
export type { ClaimLevel } from './implausible-magnitude.js';
