/**
 * Which way people counted by a figure went between the paired regions: cadres and technicians
 * are sent from the eastern side to the western (选派干部6名到迭部) and from the western side to
 * the eastern (选派迭部党政干部5名到天津市河东区挂职锻炼). The assessment counts the two apart, so
 * the extractor gives the second its own metric.
 *
 * @module
 */
import type { MetricId } from '../domain/metric.js';
import type { RegionMention } from '../registry/find-region.js';
import { isEastern } from './context.js';

/** Words that send people to the place right after them (来 only in 来津: 以来, 带来 are no destinations). */
const TO_WORDS = ['前往', '到', '赴', '来津'] as const;
/** Characters before 到 that make it no destination (达到, 受到, 得到, 看到 …). */
const NOT_BEFORE_TO = '达受得收遇看想感做办找提用见听说';
/** Places on the eastern side that are not region names: Tianjin's short name, the east. */
const EASTERN_PLACES = ['天津', '津', '东部'] as const;
/** The metric of people sent east, for each metric of people sent between the regions. */
const EASTWARD: Partial<Record<MetricId, MetricId>> = {
  cadres_dispatched: 'cadres_to_east',
  technicians_dispatched: 'technicians_to_east',
};

/**
 * Whether the first place the text sends people to in `text[from, to)` (到, 赴 or 前往 followed
 * at once by a place, or 来津) is on the eastern side: `true` for Tianjin (天津, 津), 东部 or an
 * eastern region, `false` for a western region, `undefined` when there is none. `regions` are
 * the region names found in `text`, in order. 达到, 受到, 得到 … are no destinations, nor is 来
 * anywhere but in 来津 (以来, 带来, 来自).
 *
 * @example
 * ```ts
 * const text = '同时选派迭部党政干部5名到天津市河东区挂职锻炼';
 * sentEast(text, 12, text.length, findRegions(text)); // true —— 5名之后：到天津市河东区
 * ```
 */
export function sentEast(text: string, from: number, to: number, regions: readonly RegionMention[]): boolean | undefined {
  const end = Math.min(to, text.length);
  let ri = 0;
  for (let i = Math.max(0, from); i < end; i++) {
    const word = TO_WORDS.find((w) => text.startsWith(w, i));
    if (word === undefined) continue;
    if (word === '来津') {
      if (i > 0 && '以年带'.includes(text[i - 1] as string)) continue; // 以来津企…, 带来津味…
      return true;
    }
    if (word === '到' && i > 0 && NOT_BEFORE_TO.includes(text[i - 1] as string)) continue;
    const place = i + word.length;
    while (ri < regions.length && (regions[ri] as RegionMention).start < place) ri++;
    const region = regions[ri];
    if (region !== undefined && region.start === place) return isEastern(region.region);
    if (EASTERN_PLACES.some((p) => text.startsWith(p, place))) return true;
  }
  return undefined;
}

/**
 * Where a figure stands in its text, as far as its direction is read: the figure, the start of
 * its clause and the end of its sentence (offsets into `text`).
 *
 * @example
 * ```ts
 * const at: FigureAt = { text: '累计接收培养受援地区专业技术人才1378名', start: 16, end: 21, clauseStart: 0, sentenceEnd: 21 };
 * ```
 */
export interface FigureAt {
  text: string;
  start: number;
  end: number;
  clauseStart: number;
  sentenceEnd: number;
}

/**
 * The metric of a figure of people sent between the regions, by the way they went: the eastward
 * metric (`cadres_to_east`, `technicians_to_east`) when the eastern side receives them (接收 in
 * the clause before the figure: 累计接收培养受援地区…专业技术人才1378名) or the sentence sends them
 * east after it ({@link sentEast}: 到天津市河东区挂职锻炼), else the metric as read.
 *
 * @example
 * ```ts
 * const text = '同时选派迭部党政干部5名,专业技术人才53名到天津市河东区挂职锻炼';
 * const at = { text, start: 10, end: 12, clauseStart: 0, sentenceEnd: text.length };
 * metricByDirection('cadres_dispatched', at, findRegions(text)); // 'cadres_to_east'
 * ```
 */
export function metricByDirection(metric: MetricId, at: FigureAt, regions: readonly RegionMention[]): MetricId {
  const eastward = EASTWARD[metric];
  if (eastward === undefined) return metric;
  const received = at.text.lastIndexOf('接收', at.start);
  if (received >= at.clauseStart && received >= 0) return eastward;
  return sentEast(at.text, at.end, at.sentenceEnd, regions) === true ? eastward : metric;
}
