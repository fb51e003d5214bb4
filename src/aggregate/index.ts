/**
 * Aggregation: adding claims up into exact interval totals, grouped by metric, year, pairing,
 * region or source, without double counting; output as rows, CSV or JSON.
 *
 * @module
 */
export { aggregate } from './aggregate.js';
export { valueInterval, claimInterval, sumIntervals, sameInterval } from './interval.js';
export { ExactSum } from './exact-sum.js';
export { sameFigure } from './select.js';
export { summingUnit, isAdditiveUnit, regionIdentity, yearOf, sourceOfId, namespaceClaims, SOURCE_SEPARATOR } from './keys.js';
export { toPlainRow, aggregateToJson, aggregateToCsv } from './format.js';
export type { PlainAggregateRow } from './format.js';
export type {
  Interval,
  AggregateKey,
  LeftOutReason,
  LeftOutClaim,
  AggregateRowKey,
  AggregateRow,
  AggregateOptions,
} from './types.js';
