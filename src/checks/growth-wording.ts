/**
 * `growth_wording`: 翻番 / 翻N番 (×2ⁿ), 翻了N倍 (strictly ×2ⁿ, loosely ×(N+1)), 增长N倍 (×(N+1)),
 * 是…的N倍 (×N) against the two figures they describe. A loose but common reading that fits
 * ("翻了2倍" for 4000 → 12000) is an info note about the wording; a multiple no reading explains
 * is a warning.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { D, divIntervals, figureInterval, figureValue, unitClass, type Dec } from './arith.js';
import { makeFinding } from './make-finding.js';
import type { Check, CheckContext } from './types.js';

/** One way to read a wording: the multiple it means, and how to say it without ambiguity. */
interface Reading {
  multiple: Dec;
  strict: boolean;
  label: string;
}

/** The readings of the words right before a multiple (…翻了 | 2倍). */
function readingsOf(before: string, n: Dec, unit: string): { wording: string; readings: Reading[] } | undefined {
  const tail = before.slice(-8);
  const two = new D(2);
  if (unit === '番') {
    if (/翻了?$/.test(tail)) return { wording: `翻${n.toFixed()}番`, readings: [{ multiple: two.pow(n), strict: true, label: `是原来的${two.pow(n).toFixed()}倍` }] };
    return undefined;
  }
  if (/翻了?$/.test(tail)) {
    return {
      wording: `翻了${n.toFixed()}倍`,
      readings: [
        { multiple: two.pow(n), strict: true, label: `翻${n.toFixed()}番（是原来的${two.pow(n).toFixed()}倍）` },
        { multiple: n.plus(1), strict: false, label: `增长了${n.toFixed()}倍` },
      ],
    };
  }
  if (/(?:增长|增加|提高|提升|上涨|上升|增)了?$/.test(tail)) {
    return { wording: `增长${n.toFixed()}倍`, readings: [{ multiple: n.plus(1), strict: true, label: `增长了${n.toFixed()}倍` }] };
  }
  if (/(?:增长|增加|提高|提升|上涨|上升)(?:到|至)了?$/.test(tail) || /(?:是|为|相当于|达到)[^，,。；;]{0,12}的?$/.test(before.slice(-16))) {
    return { wording: `是…的${n.toFixed()}倍`, readings: [{ multiple: n, strict: true, label: `是原来的${n.toFixed()}倍` }] };
  }
  return undefined;
}

/** The two figures a multiple describes: the last two of one unit before it (at `at`) in its sentence. */
function describedPair(multiple: Claim | undefined, evidenceStart: number, at: number, claims: readonly Claim[]): [Claim, Claim] | undefined {
  const before = claims.filter(
    (c) =>
      c !== multiple &&
      c.evidence.start === evidenceStart &&
      c.figure.span.end <= at &&
      c.scope !== 'share' &&
      unitClass(c) !== 'count:倍' &&
      unitClass(c) !== 'count:%',
  );
  for (let i = before.length - 1; i >= 1; i--) {
    const to = before[i]!;
    const from = before.slice(0, i).reverse().find((c) => unitClass(c) === unitClass(to));
    if (from !== undefined) return [from, to];
  }
  return undefined;
}

const FAN = /翻了?(一|两|二|三|四|1|2|3|4)?番/g;
const FAN_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** 翻番 / 翻两番 with no figure for the multiple: read from the sentences of the claims. */
function doublings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const c of ctx.claims) {
    if (seen.has(c.evidence.start)) continue;
    seen.add(c.evidence.start);
    for (const m of c.evidence.text.matchAll(FAN)) {
      const at = c.evidence.start + (m.index ?? 0);
      const n = FAN_COUNT[m[1] ?? '一'] ?? 1;
      const pair = describedPair(undefined, c.evidence.start, at, ctx.claims);
      if (pair === undefined) continue;
      const [from, to] = pair;
      const ratio = divIntervals(figureInterval(to), figureInterval(from));
      const multiple = new D(2).pow(n);
      if (ratio.low.lte(multiple) && (ratio.high === null || multiple.lte(ratio.high))) continue;
      const mid = figureValue(to).div(figureValue(from)).toDecimalPlaces(2);
      out.push(
        makeFinding({
          checkId: 'growth_wording',
          severity: 'warning',
          zh: `${from.figure.span.text}→${to.figure.span.text}是原来的${mid.toFixed()}倍，与“${m[0]}”（×${multiple.toFixed()}）不符。`,
          en: `${from.figure.span.text} → ${to.figure.span.text} is ×${mid.toFixed()}, which does not fit "${m[0]}" (×${multiple.toFixed()}).`,
          claims: [to, from],
          evidence: [{ start: at, end: at + m[0].length, text: m[0] }],
          observed: { value: mid, unit: '倍', text: `${from.figure.span.text} → ${to.figure.span.text}` },
          expected: { low: multiple, high: multiple, basis: `“${m[0]}”即×${multiple.toFixed()}` },
        }),
      );
    }
  }
  return out;
}

/**
 * Finds growth wordings that do not fit their figures (see the module description).
 *
 * @example
 * ```ts
 * findGrowthWording(ctx)[0]?.suggestedFix?.text; // '增长了2倍' —— “收入翻了2倍”，4000元→12000元
 * ```
 */
export function findGrowthWording(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  out.push(...doublings(ctx));
  for (const m of ctx.claims) {
    if (m.figure.kind !== 'quantity') continue;
    const unit = m.figure.quantity.unit;
    if (unit !== '倍' && unit !== '番') continue;
    const before = m.evidence.text.slice(0, m.figure.span.start - m.evidence.start);
    const n = figureValue(m);
    const r = readingsOf(before, n, unit);
    if (r === undefined) continue;
    const pair = describedPair(m, m.evidence.start, m.figure.span.start, ctx.claims);
    if (pair === undefined) continue;
    const [from, to] = pair;
    const ratio = divIntervals(figureInterval(to), figureInterval(from));
    const fits = (x: Dec): boolean => ratio.low.lte(x) && (ratio.high === null || x.lte(ratio.high));
    const strict = r.readings.find((x) => x.strict && fits(x.multiple));
    if (strict !== undefined) continue;
    const loose = r.readings.find((x) => !x.strict && fits(x.multiple));
    const mid = figureValue(to).div(figureValue(from)).toDecimalPlaces(2);
    const strictReading = r.readings.find((x) => x.strict)!;
    const common = {
      checkId: 'growth_wording' as const,
      claims: [m, from, to],
      observed: { value: mid, unit: '倍', text: `${from.figure.span.text} → ${to.figure.span.text}：×${mid.toFixed()}，文中称“${r.wording}”` },
    };
    if (loose !== undefined) {
      out.push(
        makeFinding({
          ...common,
          severity: 'info',
          zh: `${from.figure.span.text}→${to.figure.span.text}是原来的${mid.toFixed()}倍；“${r.wording}”严格说是${strictReading.label}，宜写作“${loose.label}”或“是原来的${loose.multiple.toFixed()}倍”。`,
          en: `${from.figure.span.text} → ${to.figure.span.text} is ×${mid.toFixed()}; "${r.wording}" strictly means ×${strictReading.multiple.toFixed()}; say "${loose.label}" (×${loose.multiple.toFixed()}).`,
          expected: { low: loose.multiple, high: loose.multiple, basis: `“${r.wording}”的常见（不严格）读法为×${loose.multiple.toFixed()}，严格读法为×${strictReading.multiple.toFixed()}` },
          fix: { text: loose.label, value: null },
        }),
      );
      continue;
    }
    out.push(
      makeFinding({
        ...common,
        severity: 'warning',
        zh: `${from.figure.span.text}→${to.figure.span.text}是原来的${mid.toFixed()}倍，与“${r.wording}”（×${strictReading.multiple.toFixed()}）不符；按该说法应为${figureValue(from).times(strictReading.multiple).toFixed()}。`,
        en: `${from.figure.span.text} → ${to.figure.span.text} is ×${mid.toFixed()}, which does not fit "${r.wording}" (×${strictReading.multiple.toFixed()}).`,
        expected: { low: strictReading.multiple, high: strictReading.multiple, basis: `“${r.wording}”即×${strictReading.multiple.toFixed()}` },
      }),
    );
  }
  return out;
}

/**
 * The `growth_wording` check.
 *
 * @example
 * ```ts
 * growthWording.id; // 'growth_wording'
 * ```
 */
export const growthWording: Check = {
  id: 'growth_wording',
  description: '翻番 / 翻了N倍 / 增长N倍 / 是…的N倍 against the figures they describe',
  run: findGrowthWording,
};
