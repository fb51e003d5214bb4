/**
 * `target_completion`: an achievement, a target and a completion rate (完成目标任务的200%) that do
 * not fit; when the text states no target, an info note with the target the rate implies.
 *
 * @module
 */
import type { Finding } from '../domain/finding.js';
import { D, divIntervals, figureInterval, figureValue, isPercent, midpoint, overlaps, unitClass } from './arith.js';
import { makeFinding, unitOf } from './make-finding.js';
import { writePercent, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

const HUNDRED = new D(100);
const RATE_BEFORE = /(?:完成|实现)了?[^，,。；;]{0,14}(?:目标|任务|计划)[^，,。；;]{0,6}$|(?:目标|任务|计划)完成(?:率)?(?:为|达|达到)?$/;
const PLANNED = new Set(['forecast', 'target', 'intent']);

/**
 * Finds completion rates that do not fit achievement and target (see the module description).
 *
 * @example
 * ```ts
 * findTargetCompletion(ctx)[0]?.expected?.low?.toFixed(); // '60000000' —— 1.2亿元 ÷ 200%
 * ```
 */
export function findTargetCompletion(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const rate of ctx.claims) {
    if (!isPercent(rate)) continue;
    const before = rate.evidence.text.slice(0, rate.figure.span.start - rate.evidence.start);
    if (!RATE_BEFORE.test(before.slice(-40))) continue;
    const candidates = ctx.claims.filter(
      (c) =>
        c !== rate &&
        c.evidence.start === rate.evidence.start &&
        c.figure.span.end <= rate.figure.span.start &&
        !isPercent(c) &&
        c.scope !== 'share' &&
        c.scope !== 'target' &&
        (rate.metric === 'other' || c.metric === rate.metric),
    );
    const achieved = [...candidates].reverse().find((c) => !PLANNED.has(c.scope)) ?? candidates[candidates.length - 1];
    if (achieved === undefined) continue;
    const alternative = candidates.filter((c) => c !== achieved && unitClass(c) === unitClass(achieved));
    const r = figureInterval(rate);
    const rateFraction = { low: r.low.div(HUNDRED), high: r.high === null ? null : r.high.div(HUNDRED) };
    const target = ctx.claims.find(
      (c) => c.scope === 'target' && c.metric === achieved.metric && achieved.metric !== 'other' && unitClass(c) === unitClass(achieved),
    );
    const rateMid = midpoint(rateFraction);
    if (rateMid.isZero()) continue;
    if (target !== undefined) {
      const actual = divIntervals(figureInterval(achieved), figureInterval(target));
      if (overlaps(actual, rateFraction)) continue;
      const implied = figureValue(achieved).div(rateMid);
      const off = D.max(midpoint(actual).div(rateMid), rateMid.div(midpoint(actual).isZero() ? rateMid : midpoint(actual)));
      out.push(
        makeFinding({
          checkId: 'target_completion',
          severity: off.gte(3) ? 'error' : 'warning',
          zh: `${achieved.figure.span.text} ÷ 目标${target.figure.span.text} = ${writePercent(midpoint(actual))}，而文中称完成${rate.figure.span.text}；按该比例目标应为${writeValue(implied, achieved)}。`,
          en: `${achieved.figure.span.text} ÷ target ${target.figure.span.text} = ${writePercent(midpoint(actual))}, but the text says ${rate.figure.span.text}; that rate implies a target of ${writeValue(implied, achieved)}.`,
          claims: [rate, achieved, target],
          observed: { value: figureValue(target), unit: unitOf(target), text: target.figure.span.text },
          expected: { low: implied, high: implied, basis: `${achieved.figure.span.text} ÷ ${rate.figure.span.text}` },
        }),
      );
      continue;
    }
    const implied = figureValue(achieved).div(rateMid);
    const alt = alternative[0];
    const altText = alt === undefined ? '' : `；若指${alt.figure.span.text}，则目标为${writeValue(figureValue(alt).div(rateMid), achieved)}`;
    out.push(
      makeFinding({
        checkId: 'target_completion',
        severity: 'info',
        zh: `文中称完成目标的${rate.figure.span.text}，但未给出目标；按${achieved.figure.span.text}推算，目标为${writeValue(implied, achieved)}${altText}。宜写明目标。`,
        en: `The text states ${rate.figure.span.text} of the target without the target; with ${achieved.figure.span.text} the implied target is ${writeValue(implied, achieved)}${alt === undefined ? '' : `, with ${alt.figure.span.text} ${writeValue(figureValue(alt).div(rateMid), achieved)}`}. State the target.`,
        claims: [rate, achieved, ...alternative],
        observed: { value: figureValue(rate), unit: '%', text: rate.figure.span.text },
        expected: { low: implied, high: implied, basis: `隐含目标 = ${achieved.figure.span.text} ÷ ${rate.figure.span.text}${altText}` },
      }),
    );
  }
  return out;
}

/**
 * The `target_completion` check.
 *
 * @example
 * ```ts
 * targetCompletion.id; // 'target_completion'
 * ```
 */
export const targetCompletion: Check = {
  id: 'target_completion',
  description: 'an achievement, a target and a completion rate that do not fit; reports the implied target',
  run: findTargetCompletion,
};
