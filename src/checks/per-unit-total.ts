/**
 * `per_unit_total`: a per-unit figure (户均, 人均, 县均) times the count it is per against a total
 * stated in the same sentence, with interval arithmetic for qualified figures (200余户 × 户均1万元以上).
 * Without a stated total nothing is compared.
 *
 * @module
 */
import type { Finding } from '../domain/finding.js';
import { figureInterval, figureValue, mulIntervals, overlaps, unitClass } from './arith.js';
import { makeFinding, unitOf } from './make-finding.js';
import { lastClause, writeInterval } from './text.js';
import type { Check, CheckContext } from './types.js';

/** Per-unit words and the measure words of the counts they are per. */
const PER: ReadonlyArray<{ word: RegExp; units: readonly string[] }> = [
  { word: /户均|每户/, units: ['户'] },
  { word: /人均|每人/, units: ['人', '名', '位'] },
  { word: /县均|每县/, units: ['县', '个'] },
  { word: /村均|每村/, units: ['村', '个'] },
  { word: /企均|每家/, units: ['家'] },
];

/**
 * Finds per-unit figures that do not multiply up to their stated total (see the module description).
 *
 * @example
 * ```ts
 * findPerUnitMismatches(ctx); // [] —— 未给出总数时不比较
 * ```
 */
export function findPerUnitMismatches(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const per of ctx.claims) {
    if (per.scope !== 'per_unit') continue;
    const before = per.evidence.text.slice(0, per.figure.span.start - per.evidence.start);
    const clause = lastClause(before);
    const kind = PER.find((p) => p.word.test(clause));
    if (kind === undefined) continue;
    const same = ctx.claims.filter((c) => c !== per && c.evidence.start === per.evidence.start);
    const count = same.find((c) => c.figure.kind === 'quantity' && kind.units.includes(c.figure.quantity.unit));
    if (count === undefined) continue;
    const pv = figureValue(per);
    const total = same.find(
      (c) => c !== count && c.scope !== 'per_unit' && c.scope !== 'share' && unitClass(c) === unitClass(per) && figureValue(c).gt(pv.times(2)),
    );
    if (total === undefined) continue;
    const product = mulIntervals(figureInterval(per), figureInterval(count));
    const t = figureInterval(total);
    if (overlaps(product, t)) continue;
    out.push(
      makeFinding({
        checkId: 'per_unit_total',
        severity: 'warning',
        zh: `${per.figure.span.text} × ${count.figure.span.text} = ${writeInterval(product, per)}，与总数${total.figure.span.text}不符。`,
        en: `${per.figure.span.text} × ${count.figure.span.text} = ${writeInterval(product, per)}, which does not match the total ${total.figure.span.text}.`,
        claims: [total, per, count],
        observed: { value: figureValue(total), unit: unitOf(total), text: total.figure.span.text },
        expected: { low: product.low, high: product.high, basis: `${per.figure.span.text} × ${count.figure.span.text}（按所述精度）` },
      }),
    );
  }
  return out;
}

/**
 * The `per_unit_total` check.
 *
 * @example
 * ```ts
 * perUnitTotal.id; // 'per_unit_total'
 * ```
 */
export const perUnitTotal: Check = {
  id: 'per_unit_total',
  description: 'per-unit × count against a stated total (户均 × 户数)',
  run: findPerUnitMismatches,
};
