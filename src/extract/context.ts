/**
 * The time a figure belongs to, from its sentence, its paragraph and the article.
 *
 * @module
 */
import type { Period } from '../domain/period.js';
import type { TimeMention } from '../time/types.js';
import type { PeriodHint } from './classify.js';

/**
 * The period a figure refers to: the nearest usable time expression before it in its sentence
 * (stated, unless it is a named period whose bounds the text does not give: 扶贫日期间, 疫情期间),
 * else one that opens its paragraph (过渡期以来，… ; inferred), else the article's default
 * (inferred). An as-of date, a deadline or the end of a year or month named alone (截至10月底,
 * 年底前, 年底) ends the article's period.
 *
 * `inSentence` lists the time expressions before the figure in its sentence, nearest first.
 *
 * @example
 * ```ts
 * // 2021年完成消费帮扶销售额共计3522万元 → 2021-01-01 … 2021-12-31, stated
 * ```
 */
export function periodFor(
  inSentence: readonly TimeMention[],
  opener: TimeMention | undefined,
  articleDefault: Period | null,
): Period | null {
  const usable = (t: TimeMention | undefined) => t !== undefined && t.period !== null && t.type !== 'duration';
  const stated = inSentence.find(usable);
  const chosen = stated ?? (usable(opener) ? opener : undefined);
  if (chosen !== undefined && chosen.period !== null) {
    // A named period whose bounds the text does not give (扶贫日期间, 疫情期间) stays inferred.
    const basis = chosen === stated && !(chosen.type === 'event' && chosen.period.basis === 'inferred') ? 'stated' : 'inferred';
    // 截至目前 / 截至10月底: an as-of date ends the article's period rather than replacing it; so
    // does the end of a year or month named alone (年底有望达到1.5亿元: the year's total by then).
    const endOfPart = chosen.type === 'date' && chosen.period.kind === 'point' && chosen.period.granularity !== undefined && chosen.period.granularity !== 'day';
    if ((chosen.type === 'as_of' || chosen.type === 'deadline' || endOfPart) && articleDefault !== null && articleDefault.start !== null && chosen.period.end !== null && articleDefault.start <= chosen.period.end) {
      return { ...articleDefault, end: chosen.period.end, kind: 'interval', basis, label: chosen.text };
    }
    return { ...chosen.period, basis };
  }
  return articleDefault === null ? null : { ...articleDefault, basis: 'inferred' };
}

/**
 * The article's default period: its first open-ended or multi-year statement near the top
 * (2017年以来, 4年来, 过渡期以来), else the publication year up to the publication date.
 *
 * @example
 * ```ts
 * // 北辰区 2020-11-24: “2017年以来…” → 2017-01-01 … 2020-11-24
 * ```
 */
export function articleDefaultPeriod(times: readonly TimeMention[], published: string | undefined): Period | null {
  for (const t of times) {
    if (t.period === null || t.vague === true) continue;
    if (t.type === 'since') {
      const p = t.period;
      if (p.start !== null && p.end !== null && p.start.slice(0, 4) !== p.end.slice(0, 4)) return { ...p, basis: 'inferred' };
    }
  }
  if (published === undefined) return null;
  return {
    start: `${published.slice(0, 4)}-01-01`,
    end: published,
    kind: 'interval',
    basis: 'inferred',
    granularity: 'year',
    label: '发布年度',
  };
}

/**
 * What a period says about scope: several years, within one year, an event (a day or a month),
 * in the future of the reference date.
 *
 * @example
 * ```ts
 * periodHint({ start: '2021-01-01', end: '2021-12-31', kind: 'interval', basis: 'stated' }, '2024-06-05').withinYear; // true
 * ```
 */
export function periodHint(period: Period | null, reference: string | undefined): PeriodHint | undefined {
  if (period === null) return undefined;
  const { start, end } = period;
  const multiYear = start === null || end === null || start.slice(0, 4) !== end.slice(0, 4);
  const short = period.granularity === 'day' || period.granularity === 'month' || period.kind === 'point';
  const future = period.future === true || (reference !== undefined && start !== null && start > reference);
  return { multiYear, withinYear: !multiYear, short, future };
}
