/**
 * Which way people counted by a figure went between the paired regions: cadres and technicians
 * are sent from the eastern side to the western (选派干部6名到迭部) and from the western side to
 * the eastern (选派迭部党政干部5名到天津市河东区挂职锻炼). The assessment counts the two apart, so
 * the extractor gives the second its own metric.
 *
 * @module
 */
import { ABBREVIATION_VERBS, EMPLOYMENT_WORDS, NOT_BEFORE_COME, NOT_BEFORE_TO, TO_PLACE_VERBS } from '../data/programme-words.js';
import type { MetricId } from '../domain/metric.js';
import type { Region } from '../domain/region.js';
import type { RegionMention } from '../registry/find-region.js';
import { findRegion } from '../registry/find-region.js';
import { abbreviationProvince } from './abbreviations.js';
import { registryOracle } from './oracle.js';
import type { SideOracle } from './sides.js';

/** The eastern side as a whole, as a destination (到东部地区就业). */
const EAST_AS_A_WHOLE = '东部';
/** The metric of people sent east, for each metric of people sent between the regions. */
const EASTWARD: Partial<Record<MetricId, MetricId>> = {
  cadres_dispatched: 'cadres_to_east',
  technicians_dispatched: 'technicians_to_east',
};

/** Whether a region is on the helping side: `true` east, `false` west, `undefined` neither or both. */
export type SideTest = (region: Region) => boolean | undefined;

/**
 * The side test of an oracle's roles: `true` east, `false` west, `undefined` both or neither.
 *
 * @example
 * ```ts
 * sideTest(registryOracle(undefined, '2023-06-30'))(findRegion('上海市')!); // true
 * ```
 */
export function sideTest(oracle: SideOracle): SideTest {
  return (region) => {
    const role = oracle.role(region);
    return role === 'east' ? true : role === 'west' ? false : undefined;
  };
}

let bundledTest: SideTest | undefined;

/** The side test of the bundled registry, every year. */
function bundledSideTest(): SideTest {
  bundledTest ??= sideTest(registryOracle(undefined, undefined));
  return bundledTest;
}

/** How far after its start a destination is looked for (a sentence is rarely longer). */
const MAX_REACH = 200;

/** 1 for the first code unit of every verb that can send people to a place. */
const VERB_UNITS = new Uint8Array(0x10000);
for (const v of [...ABBREVIATION_VERBS, ...TO_PLACE_VERBS]) VERB_UNITS[v.charCodeAt(0)] = 1;

/**
 * Whether the first place the text sends people to in `text[from, to)` is on the eastern side:
 * `true` for an eastern region named after 到, 赴, 前往 or 去 (到天津市河东区, 赴杭州), an eastern
 * province's one-character abbreviation in a fixed word with 来, 赴, 到, 在, 返 … (来津, 赴沪, 到粤,
 * 在京), or 东部; `false` for a western region named after such a verb; `undefined` when there is
 * none. Western abbreviations never count (在新时代, 到青年 are no places). 达到, 受到, 得到 … are no
 * destinations, nor 以来, 带来, 未来. `regions` are the region names found in `text`, in order;
 * `isEast` tells a region's side (by default from the bundled registry's pairings).
 *
 * @example
 * ```ts
 * const text = '同时选派迭部党政干部5名到天津市河东区挂职锻炼';
 * sentEast(text, 12, text.length, findRegions(text)); // true —— 5名之后：到天津市河东区
 * sentEast('选派技术人员3名赴沪跟岗学习', 8, 15, []); // true —— 赴沪
 * ```
 */
export function sentEast(text: string, from: number, to: number, regions: readonly RegionMention[], isEast: SideTest = bundledSideTest()): boolean | undefined {
  // A bounded window after `from`, and the first region in it found by halving: the cost of a call
  // does not grow with the length of the text or the number of regions before it.
  const end = Math.min(to, text.length, Math.max(0, from) + MAX_REACH);
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as RegionMention).start < from) lo = mid + 1;
    else hi = mid;
  }
  let ri = lo;
  for (let i = Math.max(0, from); i < end; i++) {
    if (VERB_UNITS[text.charCodeAt(i)] === 0) continue; // no verb of either kind starts here
    const ch = text[i] as string;
    // 来津, 赴沪, 到粤, 在京: an eastern abbreviation right after one of the verbs.
    if (ABBREVIATION_VERBS.includes(ch) && i + 1 < text.length) {
      const code = abbreviationProvince(text.charCodeAt(i + 1));
      const blocked = (ch === '来' && i > 0 && NOT_BEFORE_COME.includes(text[i - 1] as string)) || (ch === '到' && i > 0 && NOT_BEFORE_TO.includes(text[i - 1] as string));
      if (code !== undefined && !blocked) {
        const province = findRegion(code);
        if (province !== undefined && isEast(province) === true) return true;
      }
    }
    const word = TO_PLACE_VERBS.find((w) => text.startsWith(w, i));
    if (word === undefined) continue;
    if (word === '到' && i > 0 && NOT_BEFORE_TO.includes(text[i - 1] as string)) continue;
    const place = i + word.length;
    while (ri < regions.length && (regions[ri] as RegionMention).start < place) ri++;
    const region = regions[ri];
    if (region !== undefined && region.start === place) {
      const east = isEast(region.region);
      if (east !== undefined) return east;
    }
    if (text.startsWith(EAST_AS_A_WHOLE, place)) return true;
  }
  return undefined;
}

/** 1 for the first code unit of each word of work (就业, 务工). */
const WORK_UNITS = new Uint8Array(0x10000);
for (const w of EMPLOYMENT_WORDS) WORK_UNITS[w.charCodeAt(0)] = 1;

/** Readings of a count of people that a job in the east makes `employment_in_east`. */
const EMPLOYMENT_READINGS = new Set<MetricId>(['other', 'labour_transfer', 'people_helped', 'local_employment', 'cadres_dispatched']);

/**
 * Whether the figure's clause sends people east to work: an eastern destination ({@link sentEast}:
 * 到山东就业, 赴沪务工, 输送…到宁波) and a word of work (就业, 务工) after it in the clause.
 */
function worksEast(at: FigureAt, regions: readonly RegionMention[], isEast: SideTest | undefined): boolean {
  const end = Math.min(at.clauseEnd ?? at.sentenceEnd, at.text.length);
  // Read within the clause only (indexOf would run on to the end of a long text for every figure).
  let work = false;
  for (let i = Math.max(0, at.clauseStart); i < end && !work; i++) {
    if (WORK_UNITS[at.text.charCodeAt(i)] === 0) continue;
    for (const w of EMPLOYMENT_WORDS) {
      if (i + w.length <= end && at.text.startsWith(w, i)) {
        work = true;
        break;
      }
    }
  }
  return work && sentEast(at.text, at.clauseStart, end, regions, isEast) === true;
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
  /** End of the figure's clause, when known (else the sentence's end bounds the clause). */
  clauseEnd?: number;
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
export function metricByDirection(metric: MetricId, at: FigureAt, regions: readonly RegionMention[], isEast?: SideTest): MetricId {
  if (EMPLOYMENT_READINGS.has(metric) && worksEast(at, regions, isEast)) return 'employment_in_east';
  const eastward = EASTWARD[metric];
  if (eastward === undefined) return metric;
  const received = at.text.lastIndexOf('接收', at.start);
  if (received >= at.clauseStart && received >= 0) return eastward;
  return sentEast(at.text, at.end, at.sentenceEnd, regions, isEast) === true ? eastward : metric;
}
