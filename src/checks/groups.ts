/**
 * Grouping claims for comparison: which figures form a series (same metric, same unit, comparable
 * scope), and period arithmetic (years covered, containment).
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Period } from '../domain/period.js';
import { unitClass } from './arith.js';

/** Scopes whose figures are flows of one series (a year, a cumulative, a plan). */
const FLOW_SCOPES = new Set(['annual', 'cumulative', 'target', 'forecast', 'intent', 'unknown']);

/**
 * The series a claim belongs to for magnitude comparisons, or `undefined` when it has none: a
 * named metric (not `other`), its unit class, and flows (annual, cumulative, plans) apart from
 * events. Shares, per-unit figures and changes belong to no series.
 *
 * @example
 * ```ts
 * seriesKey(claim); // 'consumption_assistance|money:CNY|flow' —— 3522万元（2021年）
 * ```
 */
export function seriesKey(claim: Claim): string | undefined {
  if (claim.metric === 'other') return undefined;
  if (claim.scope === 'share' || claim.scope === 'per_unit' || claim.scope === 'delta') return undefined;
  const unit = unitClass(claim);
  if (unit === 'count:%' || unit === 'count:倍' || unit === 'count:') return undefined;
  const kind = FLOW_SCOPES.has(claim.scope) ? 'flow' : claim.scope;
  return `${claim.metric}|${unit}|${kind}`;
}

/**
 * Groups claims by a key; claims without a key are left out.
 *
 * @example
 * ```ts
 * groupBy(claims, seriesKey).get('consumption_assistance|money:CNY|flow')?.length; // 4
 * ```
 */
export function groupBy<K>(claims: readonly Claim[], key: (c: Claim) => K | undefined): Map<K, Claim[]> {
  const m = new Map<K, Claim[]>();
  for (const c of claims) {
    const k = key(c);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list === undefined) m.set(k, [c]);
    else list.push(c);
  }
  return m;
}

/**
 * Days since 1970-01-01 of an ISO date (UTC calendar arithmetic, no time zone).
 *
 * @example
 * ```ts
 * dayNumber('2021-01-01'); // 18628
 * ```
 */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

/**
 * Years a period covers (days / 365.25, at least 1/12), or `undefined` when an end is open.
 *
 * @example
 * ```ts
 * periodYears({ start: '2021-01-01', end: '2023-12-31', kind: 'interval', basis: 'stated' }); // ≈ 3
 * ```
 */
export function periodYears(p: Period | null): number | undefined {
  if (p === null || p.start === null || p.end === null) return undefined;
  const days = dayNumber(p.end) - dayNumber(p.start) + 1;
  return Math.max(days / 365.25, 1 / 12);
}

/**
 * Whether period `inner` lies within `outer` (both ends known).
 *
 * @example
 * ```ts
 * within(year2022, since2021); // true
 * ```
 */
export function within(inner: Period | null, outer: Period | null): boolean {
  if (inner === null || outer === null) return false;
  if (inner.start === null || inner.end === null || outer.end === null) return false;
  if (outer.start !== null && inner.start < outer.start) return false;
  return inner.end <= outer.end;
}

/**
 * Whether two periods are the same (same ends).
 *
 * @example
 * ```ts
 * samePeriod(a.period, b.period); // true —— 两个“过渡期以来”
 * ```
 */
export function samePeriod(a: Period | null, b: Period | null): boolean {
  if (a === null || b === null) return false;
  return a.start === b.start && a.end === b.end;
}

/**
 * Whether two claims are about the same pairing (same eastern and western names, or unknown).
 *
 * @example
 * ```ts
 * sameSides(a, b); // true —— 河东区 → 迭部县
 * ```
 */
export function sameSides(a: Claim, b: Claim): boolean {
  const eq = (x: { name: string } | null, y: { name: string } | null): boolean => x === null || y === null || x.name === y.name;
  return eq(a.east, b.east) && eq(a.west, b.west);
}
