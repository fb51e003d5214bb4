/**
 * The typed domain model: zod schemas with their inferred types (regions, pairings, metrics,
 * periods, articles, values, claims, findings) and safe validation.
 *
 * @module
 */
export { DecimalSchema, MAX_DECIMAL_EXPONENT, MAX_DECIMAL_PLACES } from './decimal.js';
export type { DecimalInput } from './decimal.js';
export type { EnumOf } from './enum.js';
export {
  QualifierSchema,
  ValueRangeSchema,
  NumberValueSchema,
  CurrencySchema,
  AmountSchema,
  QuantitySchema,
  SpanSchema,
} from './values.js';
export { IsoDateSchema, PeriodSchema } from './period.js';
export type { IsoDate, Period } from './period.js';
export { RegionCodeSchema, RegionLevelSchema, RegionSchema, RegionRefSchema } from './region.js';
export type { RegionCode, RegionLevel, Region, RegionRef } from './region.js';
export {
  ProgrammeSchema,
  PROGRAMME_NAMES,
  ConfidenceLevelSchema,
  SourceRefSchema,
  PairingSideSchema,
  PairingYearsSchema,
  PairingSchema,
  ProgrammePhaseSchema,
} from './pairing.js';
export type {
  Programme,
  ConfidenceLevel,
  SourceRef,
  PairingSide,
  PairingYears,
  Pairing,
  ProgrammePhase,
} from './pairing.js';
export { PROGRAMME_PHASES } from '../data/programme-phases.js';
export { MetricIdSchema, UnitKindSchema, MetricSchema } from './metric.js';
export type { MetricId, UnitKind, Metric } from './metric.js';
export { metricById, findMetric, unitKindOf } from './metric-lookup.js';
export { METRICS, METRICS_VERSION, UNIT_KINDS } from '../data/metrics.js';
export { ArticleSchema } from './article.js';
export type { Article } from './article.js';
export { FigureSchema, ClaimScopeSchema, ClaimSchema, ClaimsSchema } from './claim.js';
export type { Figure, ClaimScope, Claim } from './claim.js';
export {
  CheckIdSchema,
  SeveritySchema,
  ExpectedRangeSchema,
  FindingSchema,
  FindingsSchema,
} from './finding.js';
export type { CheckId, Severity, ExpectedRange, Finding } from './finding.js';
export {
  XiezuoValidationError,
  formatPath,
  toValidationIssues,
  validate,
  validateClaims,
  validateFindings,
} from './validation.js';
export type {
  XiezuoValidationErrorCode,
  ValidationIssue,
  ValidationResult,
  ValidationSuccess,
  ValidationFailure,
} from './validation.js';
