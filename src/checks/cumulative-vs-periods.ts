/**
 * `cumulative_vs_periods`: a cumulative figure outside the range its yearly figures allow for its
 * as-of date — below the sum of the full years it covers, or above the sum of all its years when
 * every year is given. When the as-of date is inferred (the publication date, perhaps of a
 * reprint), the latest year is left out of the lower bound: the figure may have been quoted
 * during that year.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { D, addIntervals, figureInterval, figureValue, type Dec } from './arith.js';
import { groupBy, sameSides, seriesKey, within } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import { rescaleFix, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

/** The calendar year of a claim whose period is exactly one calendar year, else `undefined`. */
function fullYear(c: Claim): number | undefined {
  const p = c.period;
  if (p === null || p.start === null || p.end === null) return undefined;
  const y = p.start.slice(0, 4);
  if (!p.start.endsWith('-01-01') || p.end !== `${y}-12-31`) return undefined;
  return Number(y);
}

/**
 * Finds cumulative figures outside what their years allow (see the module description).
 *
 * @example
 * ```ts
 * findCumulativeMismatches(ctx)[0]?.expected?.low?.toFixed(); // 年度数之和
 * ```
 */
export function findCumulativeMismatches(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const group of groupBy(ctx.claims, seriesKey).values()) {
    for (const cum of group) {
      const p = cum.period;
      if (cum.scope !== 'cumulative' || p === null || p.start === null || p.end === null) continue;
      const byYear = new Map<number, Claim>();
      for (const a of group) {
        if (a === cum || a.scope !== 'annual' || !sameSides(a, cum) || !within(a.period, p)) continue;
        const y = fullYear(a);
        if (y !== undefined && !byYear.has(y)) byYear.set(y, a);
      }
      if (byYear.size === 0) continue;
      const years = [...byYear.keys()].sort((x, y) => x - y);
      const inferredEnd = p.basis === 'inferred' || p.end === (ctx.publishedAt ?? ctx.article?.publishedAt);
      const lowerYears = inferredEnd ? years.slice(0, -1) : years;
      const value = figureInterval(cum);
      const lower = addIntervals(lowerYears.map((y) => figureInterval(byYear.get(y)!)));
      const firstYear = Number(p.start.slice(0, 4));
      const lastYear = Number(p.end.slice(0, 4));
      let covered = p.start.endsWith('-01-01');
      for (let y = firstYear; covered && y <= lastYear; y++) if (!byYear.has(y)) covered = false;
      const upper = covered ? addIntervals(years.map((y) => figureInterval(byYear.get(y)!))) : undefined;
      const below = lowerYears.length > 0 && value.high !== null && value.high.lt(lower.low);
      const above = upper !== undefined && upper.high !== null && value.low.gt(upper.high);
      if (!below && !above) continue;
      const used = (below ? lowerYears : years).map((y) => byYear.get(y)!);
      const bound: Dec = below ? lower.low : upper!.high!;
      const v = figureValue(cum);
      const far = below ? v.times(3).lt(bound) : v.gt(bound.times(3));
      let fix: { text: string; value: Dec } | undefined;
      for (const k of [4, -4, 8, -8, 3, -3, 1, -1]) {
        const f = rescaleFix(cum, k);
        if (f === undefined) continue;
        const fv = new D(f.value.toFixed());
        if ((lowerYears.length === 0 || fv.gte(lower.low)) && (upper?.high == null || fv.lte(upper.high))) {
          fix = { text: f.text, value: fv };
          break;
        }
      }
      const list = used.map((c) => `${c.figure.span.text}（${fullYear(c)}）`).join(' + ');
      out.push(
        makeFinding({
          checkId: 'cumulative_vs_periods',
          severity: far ? 'error' : 'warning',
          zh: below
            ? `累计数${cum.figure.span.text}小于其所含年度数之和${writeValue(bound, cum)}（${list}）。`
            : `累计数${cum.figure.span.text}大于各年度数之和${writeValue(bound, cum)}（${list}）。`,
          en: below
            ? `The cumulative ${cum.figure.span.text} is below the sum of the years it covers, ${writeValue(bound, cum)} (${list}).`
            : `The cumulative ${cum.figure.span.text} is above the sum of all its years, ${writeValue(bound, cum)} (${list}).`,
          claims: [cum, ...used],
          observed: { value: v, unit: unitOf(cum), text: cum.figure.span.text },
          expected: {
            low: lowerYears.length > 0 ? lower.low : null,
            high: upper?.high ?? null,
            basis: `${p.start} … ${p.end}的年度数：${list}${inferredEnd && years.length > lowerYears.length ? '（截止日期为推断，最后一年不计入下限）' : ''}`,
          },
          ...(fix === undefined ? {} : { fix }),
        }),
      );
    }
  }
  return out;
}

/**
 * The `cumulative_vs_periods` check.
 *
 * @example
 * ```ts
 * cumulativeVsPeriods.id; // 'cumulative_vs_periods'
 * ```
 */
export const cumulativeVsPeriods: Check = {
  id: 'cumulative_vs_periods',
  description: 'a cumulative figure outside the range its yearly figures allow for its as-of date',
  run: findCumulativeMismatches,
};
