/**
 * The registry of checks, in the order they run.
 *
 * @module
 */
import type { CheckId } from '../domain/finding.js';
import { conflictingValues } from './conflicting-values.js';
import { cumulativeVsPeriods } from './cumulative-vs-periods.js';
import { dateSanity } from './date-sanity.js';
import { growthWording } from './growth-wording.js';
import { implausibleMagnitude } from './implausible-magnitude.js';
import { partsExceedWhole } from './parts-exceed-whole.js';
import { perUnitTotal } from './per-unit-total.js';
import { shareVsTotal } from './share-vs-total.js';
import { targetCompletion } from './target-completion.js';
import type { Check } from './types.js';
import { unitSlip } from './unit-slip.js';

/**
 * Every check, by id, in the order `checkClaims` runs them.
 *
 * @example
 * ```ts
 * CHECKS.map((c) => c.id); // ['unit_slip', 'share_vs_total', 'date_sanity', …]
 * ```
 */
export const CHECKS: readonly Check[] = [
  unitSlip,
  shareVsTotal,
  dateSanity,
  growthWording,
  targetCompletion,
  conflictingValues,
  cumulativeVsPeriods,
  partsExceedWhole,
  perUnitTotal,
  implausibleMagnitude,
];

/**
 * The check with an id.
 *
 * @example
 * ```ts
 * checkById('unit_slip')?.description; // 'a figure orders of magnitude away …'
 * ```
 */
export function checkById(id: CheckId): Check | undefined {
  return CHECKS.find((c) => c.id === id);
}
