/**
 * `conflicting_values`: two figures for the same measure (same metric, unit, scope, period and
 * pairing, said with the same words around them) that disagree at their stated precision. A
 * later, larger cumulative count is a running total that grew: an info note, not an error.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { figureInterval, figureValue, overlaps } from './arith.js';
import { groupBy, samePeriod, sameSides, seriesKey } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import type { Check, CheckContext } from './types.js';

const CLAUSE_END = /[，,。；;：:、！!？?（(）)“”"]/;
/** Words that say nothing about what is measured (累计, 共计, 达到 …). */
const FILLER = /累计|共计|合计|总计|共|达到|达|为|了|已|近|约|超过|超|突破|实现|完成|全年|过渡期以来|以来/g;

/** The words of the clause right before the figure, without filler. */
function cueBefore(c: Claim): string {
  const text = c.evidence.text.slice(0, c.figure.span.start - c.evidence.start);
  let i = text.length;
  while (i > 0 && !CLAUSE_END.test(text[i - 1]!)) i--;
  return text.slice(i).replace(FILLER, '');
}

/** The words of the clause right after the figure. */
function cueAfter(c: Claim): string {
  const text = c.evidence.text.slice(c.figure.span.end - c.evidence.start);
  let i = 0;
  while (i < text.length && !CLAUSE_END.test(text[i]!)) i++;
  return text.slice(0, i);
}

/** Length of the common suffix of two strings. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Whether two claims are said with the same words (…输转就业 | 1211人 | end of clause): at least three characters of the words before them, and the same words after them. */
function sameWording(a: Claim, b: Claim): boolean {
  if (commonSuffix(cueBefore(a), cueBefore(b)) < 3) return false;
  return cueAfter(a) === cueAfter(b);
}

/**
 * Finds two values of one measure that disagree (see the module description).
 *
 * @example
 * ```ts
 * findConflicts(ctx)[0]?.severity; // 'info' —— 累计输转就业1211人 → 1248人
 * ```
 */
export function findConflicts(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const key = (c: Claim): string | undefined => {
    const s = seriesKey(c);
    if (s === undefined || c.period === null) return undefined;
    return `${s}|${c.scope}|${c.period.start}|${c.period.end}`;
  };
  for (const group of groupBy(ctx.claims, key).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.figure.span.start === b.figure.span.start) continue;
        // Two parts of one whole are categories, not two values of one thing.
        if (a.partOf !== undefined && a.partOf === b.partOf) continue;
        if (!samePeriod(a.period, b.period) || !sameSides(a, b) || !sameWording(a, b)) continue;
        // An inferred period (the article's span) says little: only running totals are compared then.
        if (a.scope !== 'cumulative' && (a.period?.basis !== 'stated' || b.period?.basis !== 'stated')) continue;
        if (overlaps(figureInterval(a), figureInterval(b))) continue;
        const [first, later] = a.figure.span.start < b.figure.span.start ? [a, b] : [b, a];
        const grew = figureValue(later).gt(figureValue(first));
        const running = a.scope === 'cumulative';
        const severity = running && grew ? 'info' : 'warning';
        const note = running && grew ? { zh: '后文的累计数更大，可能是更新后的累计数', en: 'the later cumulative figure is larger, probably an updated running total' } : { zh: '同一指标、同一时期的两个数字不一致', en: 'two figures for the same measure and period disagree' };
        out.push(
          makeFinding({
            checkId: 'conflicting_values',
            severity,
            zh: `${first.figure.span.text}与${later.figure.span.text}：${note.zh}。`,
            en: `${first.figure.span.text} and ${later.figure.span.text}: ${note.en}.`,
            claims: [later, first],
            observed: { value: figureValue(later), unit: unitOf(later), text: later.figure.span.text },
            expected: { low: figureValue(first), high: figureValue(first), basis: `前文同一指标：${first.evidence.text.slice(0, 60)}` },
          }),
        );
      }
    }
  }
  return out;
}

/**
 * The `conflicting_values` check.
 *
 * @example
 * ```ts
 * conflictingValues.id; // 'conflicting_values'
 * ```
 */
export const conflictingValues: Check = {
  id: 'conflicting_values',
  description: 'two figures for the same metric, scope and period that disagree',
  run: findConflicts,
};
