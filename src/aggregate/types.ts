/**
 * Types of the aggregation: interval totals, grouping keys, options and result rows.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import type { CheckId, Finding } from '../domain/finding.js';
import type { MetricId } from '../domain/metric.js';
import type { IsoDate } from '../domain/period.js';

/**
 * An exact interval of values: `low` … `high`, each end open or closed. `high: null` means
 * unbounded above (then `highInclusive` is `false`). Ends are exact decimals, never floats.
 *
 * @example
 * ```ts
 * // 2900余万元 → [2900万, 3000万)
 * const i: Interval = { low: new Decimal('29000000'), lowInclusive: true, high: new Decimal('30000000'), highInclusive: false };
 * ```
 */
export interface Interval {
  /** The low end. */
  low: Decimal;
  /** Whether `low` itself belongs to the interval. */
  lowInclusive: boolean;
  /** The high end, or `null` when unbounded (超1亿 without a ceiling). */
  high: Decimal | null;
  /** Whether `high` itself belongs to the interval (always `false` when `high` is `null`). */
  highInclusive: boolean;
}

/**
 * What rows can be grouped by:
 * `metric`, `year` (calendar year of the claim's period), `pairing` (east → west), `east`, `west`,
 * `source` (the article a claim comes from, see {@link AggregateOptions.sourceOf}).
 *
 * @example
 * ```ts
 * const by: AggregateKey[] = ['pairing', 'metric', 'year']; // 每个结对、每项指标、每年一行
 * ```
 */
export type AggregateKey = 'metric' | 'year' | 'pairing' | 'east' | 'west' | 'source';

/**
 * Why a claim was left out of a total:
 *
 * - `not_an_achievement`: its scope is target, forecast, intent, delta, share, per_unit or
 *   unknown (目标任务, 有望, 签约, 较…增长, 占…%, 户均): never summed as an achievement.
 * - `not_additive`: a percentage or a multiple (%, 倍, 成), which cannot be added up.
 * - `other_currency`: money in a currency other than {@link AggregateOptions.currency}.
 * - `flagged`: a finding of a check the caller passed is about it (by default `unit_slip`): the
 *   first claim a finding names is the one it is about; the others are its evidence.
 * - `part_of`: a part introduced by 其中 whose whole is among the claims.
 * - `duplicate`: the same figure counted once already (same series, scope, period and value at
 *   the stated precision), `relatedId` is the claim counted.
 * - `superseded`: an older cumulative figure of the same series; `relatedId` is the latest one.
 * - `covered`: its period lies inside the period of a total counted for the series (a year inside a
 *   cumulative figure, an event inside its year).
 * - `overlaps`: its period partly overlaps a total counted for the series.
 * - `spans_years`: in a by-year grouping, its period covers more than one calendar year.
 * - `no_period`: it has no period, or an open one, where a period is needed (by year, or with
 *   {@link AggregateOptions.period}).
 * - `outside_period`: with {@link AggregateOptions.period}, its period reaches outside it.
 *
 * @example
 * ```ts
 * const r: LeftOutReason = 'flagged'; // 8793亿元：单位错误
 * ```
 */
export type LeftOutReason =
  | 'not_an_achievement'
  | 'not_additive'
  | 'other_currency'
  | 'flagged'
  | 'part_of'
  | 'duplicate'
  | 'superseded'
  | 'covered'
  | 'overlaps'
  | 'spans_years'
  | 'no_period'
  | 'outside_period';

/**
 * A claim left out of a total, with the reason.
 *
 * @example
 * ```ts
 * const l: LeftOutClaim = { id: 'c3', reason: 'flagged', detail: 'unit_slip' }; // 8793亿元
 * ```
 */
export interface LeftOutClaim {
  /** The claim's id. */
  id: string;
  /** Why it is left out. */
  reason: LeftOutReason;
  /** More about the reason, for people (the scope, the check ids, the period). */
  detail?: string;
  /** The claim that stands in its place (the one counted, the whole, the later cumulative). */
  relatedId?: string;
}

/**
 * The key of a row: the value of each grouping key asked for, and always the unit (a currency code
 * such as `CNY`, or a measure word such as `人`, `人次`, `户`). Keys not asked for are absent.
 * `year`, `pairing`, `east`, `west` and `source` are `null` when the claims have none (a row that
 * holds only claims left out because their period spans several years has `year: null`).
 *
 * @example
 * ```ts
 * const k: AggregateRowKey = { metric: 'consumption_assistance', year: 2021, pairing: '河东区→迭部县', unit: 'CNY' };
 * ```
 */
export interface AggregateRowKey {
  /** The metric. */
  metric?: MetricId;
  /** The calendar year. */
  year?: number | null;
  /** East and west names joined by `→` (河东区→迭部县). */
  pairing?: string | null;
  /** The eastern side's name. */
  east?: string | null;
  /** The western side's name. */
  west?: string | null;
  /** The source (article) id. */
  source?: string | null;
  /** Currency code or normalised measure word (名, 位 → 人). */
  unit: string;
}

/**
 * One row of an aggregation.
 *
 * @example
 * ```ts
 * const [row] = aggregate(claims, { by: ['metric'], metrics: ['consumption_assistance'], findings: checkClaims(claims) });
 * row.total.low.toFixed();   // '107630000' —— 河东区消费帮扶 2021–2023 年合计
 * row.point?.toFixed();      // '107630000' —— 各项均为确数时才有
 * row.claimIds;              // ['c21', 'c22', 'c23']
 * ```
 */
export interface AggregateRow {
  /** The group key. */
  key: AggregateRowKey;
  /** The total as an exact interval. */
  total: Interval;
  /** The total as one value, when every claim counted is exact (qualifier `exact`); else `null`. */
  point: Decimal | null;
  /** How many claims the total is made of. */
  count: number;
  /** Ids of the claims counted, in input order. */
  claimIds: string[];
  /** Claims of this group left out, with the reason, in input order. */
  leftOut: LeftOutClaim[];
  /** Ids of claims counted although a finding names them (`flagged: 'include'` or `'use_fix'`). */
  flagged: string[];
}

/**
 * Options of {@link aggregate}.
 *
 * @example
 * ```ts
 * const opts: AggregateOptions = {
 *   by: ['pairing', 'year'],
 *   metrics: ['consumption_assistance'],
 *   period: { start: '2021-01-01', end: '2025-12-31' }, // 过渡期
 *   currency: 'CNY',
 * };
 * ```
 */
export interface AggregateOptions {
  /** The grouping keys (`[]` gives one row per unit). Rows are sorted by metric, year, pairing, east, west, source, then unit; a `null` key part sorts last. */
  by: readonly AggregateKey[];
  /** Only these metrics (others are ignored, not reported). */
  metrics?: readonly MetricId[];
  /**
   * Only claims whose period lies within these days (inclusive; a missing end is open). Claims
   * wholly outside are ignored; claims reaching outside are left out as `outside_period`; claims
   * without a period as `no_period`.
   */
  period?: {
    /** First day, inclusive; `null` or absent: open. */
    start?: IsoDate | null;
    /** Last day, inclusive; `null` or absent: open. */
    end?: IsoDate | null;
  };
  /**
   * Only money in this currency (ISO 4217, e.g. `CNY`); other money is left out as
   * `other_currency`. Without it every currency gets rows of its own: money of different
   * currencies is never added together. Quantities are not affected.
   */
  currency?: string;
  /**
   * Findings of the checks (`checkClaims`): the claim a finding is about — the first it names; the
   * others are evidence — may be left out, see `flagged`.
   */
  findings?: readonly Finding[];
  /** Which checks mark a claim as unusable; default `['unit_slip']`. */
  flagChecks?: readonly CheckId[];
  /**
   * What to do with a claim a finding of `flagChecks` names: `'leave_out'` (default) leaves it out
   * as `flagged`; `'include'` counts it as stated and lists it in the row's `flagged`; `'use_fix'`
   * counts the finding's `suggestedFix.value` instead (left out when the finding has none).
   */
  flagged?: 'leave_out' | 'include' | 'use_fix';
  /**
   * The source (article) of a claim, for grouping by `source` and for telling quotes within one
   * article from reports of two articles. Default: {@link sourceOfId} (the prefix that
   * {@link namespaceClaims} puts before the id), else `null`.
   */
  sourceOf?: (claim: Claim) => string | null | undefined;
  /**
   * A scale bound for figures open above (超1亿, 突破5600万, 1.5亿元以上): the largest value the
   * caller accepts for the claim. Without one, or when it is not above the stated value, such a
   * figure is unbounded above.
   */
  ceiling?: (claim: Claim) => Decimal | null | undefined;
}
