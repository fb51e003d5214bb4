/**
 * `share_vs_total`: a stated share (占…%) that does not match part ÷ stated total at the
 * precision the text states; reports the total the share implies. A share above 100% of
 * something (占…120%) is reported even without the figures.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { D, divIntervals, figureInterval, figureValue, isPercent, midpoint, overlaps, unitClass, type Dec, type FigureInterval } from './arith.js';
import { samePeriod } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import { lastClause, rescaleText, writeInterval, writePercent, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

const HUNDRED = new D(100);

/** The share as a fraction interval (62.5% → [0.6245, 0.6255]). */
function shareFraction(claim: Claim): FigureInterval {
  const i = figureInterval(claim);
  return { low: i.low.div(HUNDRED), high: i.high === null ? null : i.high.div(HUNDRED) };
}

/** Whether the clause before the figure says it is a part of a whole (占全部援助资金的62.5%, 占…比例从52.95%提高到73.91%). */
function saysZhan(claim: Claim): boolean {
  const before = claim.evidence.text.slice(0, claim.figure.span.start - claim.evidence.start);
  const clause = lastClause(before).slice(-40);
  return /占|比例|比重/.test(clause) && !/(?:增长|增加|提高|提升|上升|下降|减少|同比|环比)了?$/.test(clause);
}

/** A fix of the share's digits (×10ⁿ) that makes it match part ÷ total, when one does. */
function shareFix(share: Claim, actual: FigureInterval): { text: string; value: Dec } | undefined {
  const stated = shareFraction(share);
  for (const k of [1, -1, 2, -2]) {
    const f = new D(10).pow(k);
    const scaled = { low: stated.low.div(f), high: stated.high === null ? null : stated.high.div(f) };
    if (!overlaps(scaled, actual)) continue;
    const text = rescaleText(share.figure.span.text, k);
    if (text !== undefined) return { text, value: figureValue(share).div(f) };
  }
  return undefined;
}

/** Periods that do not contradict each other (same, or one unknown). */
function compatible(a: Claim, b: Claim): boolean {
  return a.period === null || b.period === null || samePeriod(a.period, b.period);
}

/**
 * Finds shares that do not match part ÷ total (see the module description).
 *
 * @example
 * ```ts
 * findShareMismatches(ctx)[0]?.expected?.basis; // '5898万元 ÷ 62.5% = 9436.8万元'
 * ```
 */
export function findShareMismatches(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const share of ctx.claims) {
    if (!isPercent(share) || share.scope !== 'share') continue;
    const stated = shareFraction(share);
    const whole = share.shareOf === undefined ? undefined : ctx.byId.get(share.shareOf);
    const part = share.sharePart === undefined ? undefined : ctx.byId.get(share.sharePart);
    const zhan = saysZhan(share);
    if (zhan && stated.low.gt(1)) {
      const fix =
        whole !== undefined && part !== undefined && unitClass(whole) === unitClass(part)
          ? shareFix(share, divIntervals(figureInterval(part), figureInterval(whole)))
          : undefined;
      out.push(
        makeFinding({
          checkId: 'share_vs_total',
          severity: 'error',
          zh: `“占”的比例${share.figure.span.text}超过100%。`,
          en: `A share (占) of ${share.figure.span.text} is above 100%.`,
          claims: [share, ...(part === undefined ? [] : [part]), ...(whole === undefined ? [] : [whole])],
          observed: { value: figureValue(share), unit: '%', text: share.figure.span.text },
          expected: { low: new D(0), high: HUNDRED, basis: '部分占整体的比例在0至100%之间' },
          ...(fix === undefined ? {} : { fix }),
        }),
      );
      continue;
    }
    if (whole === undefined || part === undefined) continue;
    if (unitClass(whole) !== unitClass(part)) continue;
    if (!compatible(share, part) || !compatible(part, whole)) continue;
    const w = figureInterval(whole);
    const p = figureInterval(part);
    const actual = divIntervals(p, w);
    if (overlaps(actual, stated)) continue;
    const implied = divIntervals(p, stated);
    const actualMid = midpoint(actual);
    const statedMid = midpoint(stated);
    const off = actualMid.isZero() || statedMid.isZero() ? new D('1000000') : D.max(actualMid.div(statedMid), statedMid.div(actualMid));
    const severity = off.gte(3) || (stated.low.gt(1) && p.low.lte(w.high ?? p.low)) ? 'error' : 'warning';
    const fix = shareFix(share, actual);
    const impliedText = writeInterval({ low: implied.low.toDecimalPlaces(0), high: implied.high === null ? null : implied.high.toDecimalPlaces(0) }, part);
    const impliedMid = writeValue(figureValue(part).div(statedMid), part);
    out.push(
      makeFinding({
        checkId: 'share_vs_total',
        severity,
        zh: `${part.figure.span.text} ÷ ${whole.figure.span.text} = ${writePercent(actualMid)}，而文中称占${share.figure.span.text}；按${share.figure.span.text}推算的总额为${impliedMid}，不是${whole.figure.span.text}（或分母另有所指）。`,
        en: `${part.figure.span.text} ÷ ${whole.figure.span.text} = ${writePercent(actualMid)}, but the text says ${share.figure.span.text}; that share implies a total of ${impliedMid}, not ${whole.figure.span.text} (or the denominator is another figure).`,
        claims: [share, part, whole],
        observed: { value: figureValue(whole), unit: unitOf(whole), text: `${part.figure.span.text} ÷ ${whole.figure.span.text} = ${writePercent(actualMid)}` },
        expected: {
          low: implied.low,
          high: implied.high,
          basis: `${part.figure.span.text} ÷ ${share.figure.span.text} = ${impliedMid}（${impliedText}）：${share.figure.span.text}所对应的总额`,
        },
        ...(fix === undefined ? {} : { fix }),
      }),
    );
  }
  return out;
}

/**
 * The `share_vs_total` check.
 *
 * @example
 * ```ts
 * shareVsTotal.id; // 'share_vs_total'
 * ```
 */
export const shareVsTotal: Check = {
  id: 'share_vs_total',
  description: 'a stated share (占…%) that does not match part ÷ stated total; reports the implied total',
  run: findShareMismatches,
};
