/**
 * The time and the regions a figure belongs to, from its sentence, its paragraph and the article.
 *
 * @module
 */
import type { Period } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import type { TimeMention } from '../time/types.js';
import type { PeriodHint } from './classify.js';
import { toSimplified } from '../article/script.js';

/** Province codes (first two digits of GB/T 2260) of the eastern side of 东西部协作 (helping regions). */
const EAST_PROVINCES = new Set(['11', '12', '31', '32', '33', '35', '37', '44']);

/** Names for the group of areas a district helps, which stand for the western side as a whole. */
const GROUP_NAMES = /(两县一区|兩縣一區|[一二两兩三四五六七八九十\d]+个受援(地区|县)|[一二两兩三四五六七八九十\d]+個受援(地區|縣)|受援[三四五]地)/;

/** Whether a region is on the eastern (helping) side, by its province. */
export function isEastern(region: Region): boolean {
  return EAST_PROVINCES.has(region.code.slice(0, 2));
}

/** Whether a region is a county-level unit (county, district), the level pairings are made at. */
export function isCountyLevel(region: Region): boolean {
  return region.level === 'county' || region.level === 'district';
}

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

/** The regions an article is about, found once per article. */
export interface ArticleRegions {
  /** The eastern district most named. */
  east: RegionRef | null;
  /** The western county most named, or the group the article speaks of (两县一区). */
  west: RegionRef | null;
}

/**
 * Picks the article's eastern and western sides from the regions it names: the county-level
 * region of each side named most often (ties: the first named); a group name in the title or the
 * lead (两县一区, 四个受援地区) stands for the western side.
 *
 * @example
 * ```ts
 * // 天津河东区…助力迭部县… → east 河东区 (120102), west 迭部县 (623024)
 * ```
 */
export function pickArticleRegions(mentions: ReadonlyArray<{ region: Region }>, lead: string): ArticleRegions {
  const count = (east: boolean): RegionRef | null => {
    const tally = new Map<string, { region: Region; n: number; first: number }>();
    mentions.forEach((m, i) => {
      if (!isCountyLevel(m.region) || isEastern(m.region) !== east) return;
      const t = tally.get(m.region.code) ?? { region: m.region, n: 0, first: i };
      t.n++;
      tally.set(m.region.code, t);
    });
    let best: { region: Region; n: number; first: number } | undefined;
    for (const t of tally.values()) if (best === undefined || t.n > best.n || (t.n === best.n && t.first < best.first)) best = t;
    return best === undefined ? null : { name: best.region.name, code: best.region.code };
  };
  const group = GROUP_NAMES.exec(lead);
  return { east: count(true), west: group !== null ? { name: toSimplified(group[0]), code: null } : count(false) };
}
