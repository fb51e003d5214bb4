/**
 * Look-ups in the metric table.
 *
 * @module
 */
import { METRICS, UNIT_KINDS } from '../data/metrics.js';
import type { Metric, MetricId, UnitKind } from './metric.js';

let bySynonym: Map<string, Metric> | undefined;

/** Synonym → metric, built on first use (longer, more specific words were listed first). */
function synonymIndex(): Map<string, Metric> {
  if (bySynonym === undefined) {
    bySynonym = new Map();
    for (const m of METRICS) {
      for (const w of [m.zh, ...m.synonyms.simplified, ...m.synonyms.traditional]) {
        if (!bySynonym.has(w)) bySynonym.set(w, m);
      }
    }
  }
  return bySynonym;
}

/**
 * The metric with this id, or `undefined` for an unknown id (never throws).
 *
 * @example
 * ```ts
 * metricById('fiscal_aid')?.zh; // '财政援助资金'
 * ```
 */
export function metricById(id: MetricId | string): Metric | undefined {
  if (typeof id !== 'string') return undefined;
  return METRICS.find((m) => m.id === id);
}

/**
 * The metric a word names exactly (its Chinese name or a synonym, simplified or traditional
 * script), or `undefined` (never throws). It does not search inside longer text.
 *
 * @example
 * ```ts
 * findMetric('输转就业')?.id; // 'labour_transfer'
 * findMetric('消費扶貧')?.id; // 'consumption_assistance'
 * ```
 */
export function findMetric(word: string): Metric | undefined {
  if (typeof word !== 'string') return undefined;
  return synonymIndex().get(word.trim());
}

/**
 * The unit kind of a measure word (`人次` → `person_times`) or of a currency code (`CNY` →
 * `money`), or `undefined` when it is not known. Thousands prefixes are not units: pass the
 * measure word as the quantity parser normalises it.
 *
 * @example
 * ```ts
 * unitKindOf('人'); // 'people'  累计输转就业1211人
 * unitKindOf('CNY'); // 'money'
 * ```
 */
export function unitKindOf(unit: string): UnitKind | undefined {
  if (typeof unit !== 'string') return undefined;
  if (/^[A-Z]{3}$/.test(unit)) return 'money';
  return Object.prototype.hasOwnProperty.call(UNIT_KINDS, unit) ? UNIT_KINDS[unit] : undefined;
}
