/**
 * `parts_exceed_whole`: parts (其中, a breakdown marked `partOf`) adding up to more than their
 * whole, judged on intervals at the stated precision (余/多 raise the low end), so rounding is
 * never a finding.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { D, addIntervals, figureInterval, figureValue, type Dec } from './arith.js';
import { unitClass } from './arith.js';
import { makeFinding, unitOf } from './make-finding.js';
import { rescaleFix, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

/** Whether a part can be compared with its whole: one unit, or people within person-times (302人 of 509人次). */
function comparable(part: Claim, whole: Claim): boolean {
  const p = unitClass(part);
  const w = unitClass(whole);
  return p === w || (p === 'count:人' && w === 'count:人次');
}

/**
 * Finds parts that add up to more than their whole (see the module description).
 *
 * @example
 * ```ts
 * findPartsExceedingWhole(ctx)[0]?.claims[0].span.text; // 其中一项大于总数
 * ```
 */
export function findPartsExceedingWhole(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const partsOf = new Map<string, Claim[]>();
  for (const c of ctx.claims) {
    if (c.partOf === undefined) continue;
    const whole = ctx.byId.get(c.partOf);
    if (whole === undefined || !comparable(c, whole)) continue;
    const list = partsOf.get(whole.id);
    if (list === undefined) partsOf.set(whole.id, [c]);
    else list.push(c);
  }
  for (const [wholeId, parts] of partsOf) {
    const whole = ctx.byId.get(wholeId)!;
    const w = figureInterval(whole);
    if (w.high === null) continue;
    const sum = addIntervals(parts.map(figureInterval));
    if (!sum.low.gt(w.high)) continue;
    const single = parts.find((p) => figureInterval(p).low.gt(w.high!));
    const severity = single !== undefined || sum.low.gt(w.high.times(2)) ? 'error' : 'warning';
    let fix: { text: string; value: Dec } | undefined;
    if (single !== undefined) {
      const ratio = figureValue(single).div(figureValue(whole));
      const order = ratio.lt(10) ? [1, 4, 8, 3] : [4, 8, 3, 1];
      const rest = addIntervals(parts.filter((p) => p !== single).map(figureInterval)).low;
      for (const k of order) {
        const f = rescaleFix(single, k);
        if (f !== undefined && rest.plus(new D(f.value.toFixed())).lte(w.high)) {
          fix = { text: f.text, value: new D(f.value.toFixed()) };
          break;
        }
      }
    }
    const primary = single ?? whole;
    const list = parts.map((p) => p.figure.span.text).join(' + ');
    out.push(
      makeFinding({
        checkId: 'parts_exceed_whole',
        severity,
        zh: `部分之和${list} = ${writeValue(sum.low, whole)}以上，超过总数${whole.figure.span.text}。`,
        en: `The parts ${list} add up to at least ${writeValue(sum.low, whole)}, more than the whole ${whole.figure.span.text}.`,
        claims: [primary, ...parts, whole],
        observed: { value: sum.low, unit: unitOf(whole), text: list },
        expected: { low: null, high: w.high, basis: `总数${whole.figure.span.text}（${whole.evidence.text.slice(0, 50)}）` },
        ...(fix === undefined ? {} : { fix }),
      }),
    );
  }
  return out;
}

/**
 * The `parts_exceed_whole` check.
 *
 * @example
 * ```ts
 * partsExceedWhole.id; // 'parts_exceed_whole'
 * ```
 */
export const partsExceedWhole: Check = {
  id: 'parts_exceed_whole',
  description: 'parts (其中) adding up to more than their whole',
  run: findPartsExceedingWhole,
};
