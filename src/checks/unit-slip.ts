/**
 * `unit_slip`: a figure orders of magnitude away from the other figures of its series where a
 * unit rescale (万↔亿 = 10⁴, 10⁸, 10³, 10) brings it into line. Compared on a log scale with the
 * tested figure left out (mean ± 3σ cannot flag one value among four).
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { figureValue, log10Of } from './arith.js';
import { groupBy, seriesKey } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import { factorName, rescaleFix, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';
import { bandFor } from './implausible-magnitude.js';

/** Rescale exponents tried, most likely first (万↔亿, then 亿, 千, 十). */
const EXPONENTS = [4, -4, 8, -8, 3, -3, 1, -1];
/** How far (orders of magnitude) a figure must lie outside its siblings' range to be tested. */
const MIN_GAP = 2.0;
/** How close (orders of magnitude) the rescaled figure must come to the siblings' range. */
const FIT = 1.0;

/** Distance of `x` from the range [lo, hi] on the log scale. */
function gap(x: number, lo: number, hi: number): number {
  return x < lo ? lo - x : x > hi ? x - hi : 0;
}

/**
 * Finds unit slips in a set of claims (see the module description).
 *
 * @example
 * ```ts
 * unitSlip.run(ctx)[0].suggestedFix?.text; // '8793万元'
 * ```
 */
export function findUnitSlips(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const group of groupBy(ctx.claims, seriesKey).values()) {
    if (group.length < 2) continue;
    const logs = group.map((c) => log10Of(figureValue(c)));
    group.forEach((claim, i) => {
      const x = logs[i];
      if (x === null || x === undefined) return;
      let others: number[] = [];
      let siblings: Claim[] = [];
      group.forEach((c, j) => {
        const l = logs[j];
        // A part and its whole are not one series: 5898万 of 1.25亿 says nothing about units.
        const related = c.partOf === claim.id || claim.partOf === c.id;
        if (j !== i && !related && l !== null && l !== undefined) {
          others.push(l);
          siblings.push(c);
        }
      });
      // Years are compared with years when there are two or more (a cumulative widens the range).
      const sameScope = siblings.map((c, j) => (c.scope === claim.scope ? j : -1)).filter((j) => j >= 0);
      if (sameScope.length >= 2 && sameScope.length < siblings.length) {
        others = sameScope.map((j) => others[j]!);
        siblings = sameScope.map((j) => siblings[j]!);
      }
      if (others.length === 0) return;
      const lo = Math.min(...others);
      const hi = Math.max(...others);
      const g = gap(x, lo, hi);
      if (g < MIN_GAP) return;
      let best: { k: number; g: number } | undefined;
      for (const k of EXPONENTS) {
        const gk = gap(x - k, lo, hi);
        if (best === undefined || gk < best.g - 1e-9) best = { k, g: gk };
      }
      if (best === undefined || best.g > FIT || best.g > g - 1.5) return;
      // With a single sibling either one may be the slip: decide by the reference band, or not at all.
      const band = bandFor(claim, ctx.reference);
      const outside = band !== undefined && (x > band.highLog || (band.lowLog !== null && x < band.lowLog));
      const fixedInside = band !== undefined && x - best.k <= band.highLog && (band.lowLog === null || x - best.k >= band.lowLog);
      if (others.length === 1) {
        const sib = others[0]!;
        const sibOutside = band !== undefined && (sib > band.highLog || (band.lowLog !== null && sib < band.lowLog));
        if (!outside || sibOutside) return; // either of the two may have slipped
      }
      const seriesHolds = others.length >= 2 && hi - lo <= 2 && g >= 2.5;
      const bandAgrees = g >= 3 && outside && fixedInside;
      // With two or more siblings the series alone decides (scale-free); with one, the reference band.
      const severity = (others.length >= 2 ? seriesHolds : bandAgrees) ? 'error' : 'warning';
      const fix = rescaleFix(claim, best.k);
      const name = factorName(best.k);
      const series = siblings.map((s) => s.figure.span.text).join('、');
      const loClaim = siblings[others.indexOf(lo)]!;
      const hiClaim = siblings[others.indexOf(hi)]!;
      const fixText = fix === undefined ? '' : `，应为${fix.text}`;
      out.push(
        makeFinding({
          checkId: 'unit_slip',
          severity,
          zh: `${claim.figure.span.text}与同一指标的其他数字（${series}）相差约${Math.round(g)}个数量级，${name.zh}${fixText}。`,
          en: `${claim.figure.span.text} is about ${Math.round(g)} orders of magnitude away from the other figures of the same metric (${series}); ${name.en}${fix === undefined ? '' : `: ${fix.text}`}.`,
          claims: [claim, ...siblings],
          observed: { value: figureValue(claim), unit: unitOf(claim), text: claim.figure.span.text },
          expected: {
            low: figureValue(loClaim),
            high: figureValue(hiClaim),
            basis: `同一指标（${claim.metric}）的其他数字在${writeValue(figureValue(loClaim), claim)}至${writeValue(figureValue(hiClaim), claim)}之间：${series}`,
          },
          ...(fix === undefined ? {} : { fix }),
        }),
      );
    });
  }
  return out;
}

/**
 * The `unit_slip` check.
 *
 * @example
 * ```ts
 * unitSlip.id; // 'unit_slip'
 * ```
 */
export const unitSlip: Check = {
  id: 'unit_slip',
  description: 'a figure orders of magnitude away from its series where 万↔亿 (or 10⁸, 10³, 10) brings it into line',
  run: findUnitSlips,
};
