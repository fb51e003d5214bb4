/**
 * Which pairing a figure belongs to: the eastern (helping) and the western (helped) side of the
 * article, and of each figure's sentence, read from the regions the text names, their roles in
 * the programme and the pairing registry — for any programme of the country, at any level
 * (province pair, city and prefecture, district and county), with groups for several partners
 * and for national totals.
 *
 * The registry is reached through a {@link SideOracle}, so that the rules here are pure and can be
 * tested with any registry.
 *
 * @module
 * @internal
 */
import type { Region, RegionRef } from '../domain/region.js';

/** A region's part in the programme at the article's date. */
export type SideRole = 'east' | 'west' | 'both' | null;

/** What the side rules ask of the registry. */
export interface SideOracle {
  /** The region's role: helping (`east`), helped (`west`), both, or none. */
  role(region: Region): SideRole;
  /** Whether the registry pairs `east` (or a region enclosing or inside it) with `west` (likewise). */
  paired(east: Region, west: Region): boolean;
  /** Whether the registry holds a pairing of exactly these two regions. */
  pairedExactly(east: Region, west: Region): boolean;
  /** The one region the registry pairs with `region` on `side` (its own pairings only), or undefined. */
  partner(region: Region, side: 'east' | 'west'): RegionRef | undefined;
}

/** A region named in the article, with where it stands and how much its place weighs. */
export interface PlacedMention {
  /** The region. */
  region: Region;
  /** Offset of the name in its block. */
  start: number;
  /** End of the name in its block. */
  end: number;
  /** 3 in the title, 2 in the lead, 1 elsewhere. */
  weight: number;
}

/** One side as the rules hold it: a region, a group of regions, or a named group (东部8省市). */
export type Side =
  | { kind: 'region'; region: Region }
  | {
      kind: 'group';
      name: string;
      members: readonly Region[];
      /** A group of areas below a province (两县一区, 四个受援地区): a province named alone does not replace it. */
      local?: boolean;
    };

/** The two sides, either possibly unknown. */
export interface Sides {
  east: Side | null;
  west: Side | null;
}

/** At most this many regions per side are paired up when picking the article's sides. */
const MAX_CANDIDATES = 12;
/** A registry pairing outweighs any count of mentions. */
const PAIRED_BONUS = 1_000_000;
/** Another partner joins a group when it weighs at least this share of the best one. */
const GROUP_SHARE = 0.5;

const LEVEL_DEPTH: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2, district: 2 };

/** Whether `ancestor` encloses `region`. */
function encloses(ancestor: Region, region: Region): boolean {
  return region.parents.includes(ancestor.code);
}

/** Whether two regions lie on one chain (one encloses the other, or they are the same). */
function sameChain(a: Region, b: Region): boolean {
  return a.code === b.code || encloses(a, b) || encloses(b, a);
}

function onSide(role: SideRole, side: 'east' | 'west'): boolean {
  return role === side || role === 'both';
}

interface Tally {
  region: Region;
  weight: number;
  first: number;
}

/** Mentions added up by region, in order of first mention. */
function tally(mentions: readonly PlacedMention[]): Tally[] {
  const byCode = new Map<string, Tally>();
  mentions.forEach((m, i) => {
    const t = byCode.get(m.region.code);
    if (t === undefined) byCode.set(m.region.code, { region: m.region, weight: m.weight, first: i });
    else t.weight += m.weight;
  });
  return [...byCode.values()];
}

/** Heavier first, then deeper (a district over its city when they weigh the same), then first named. */
function byWeight(a: Tally, b: Tally): number {
  return b.weight - a.weight || LEVEL_DEPTH[b.region.level] - LEVEL_DEPTH[a.region.level] || a.first - b.first;
}

/**
 * The deepest region of `best`'s chain that the article names at least as often: 上海市闵行区
 * written in full every time is about 闵行区.
 */
function deepest(best: Tally, all: readonly Tally[]): Tally {
  let chosen = best;
  for (const t of all) {
    if (t !== chosen && encloses(chosen.region, t.region) && t.weight >= chosen.weight) chosen = t;
  }
  return chosen;
}

/**
 * Other partners on `side` that stand beside `chosen` (not on its chain, weighing at least half as
 * much, paired with the other side when the registry knows it): 天津、青岛、福州、厦门 → 甘肃.
 */
function groupWith(chosen: Tally, candidates: readonly Tally[], other: Region | null, side: 'east' | 'west', oracle: SideOracle): Side {
  const members: Tally[] = [chosen];
  for (const t of candidates) {
    if (t.weight < chosen.weight * GROUP_SHARE) continue;
    if (members.some((m) => sameChain(m.region, t.region))) continue;
    if (other !== null) {
      const ok = side === 'east' ? oracle.paired(t.region, other) : oracle.paired(other, t.region);
      if (!ok) continue;
    }
    members.push(t);
  }
  if (members.length === 1) return { kind: 'region', region: chosen.region };
  members.sort((a, b) => a.first - b.first);
  return { kind: 'group', name: members.map((m) => m.region.name).join('、'), members: members.map((m) => m.region) };
}

/**
 * The article's sides: the pair of an eastern and a western region that the registry pairs and
 * the text names most (a registry pairing first; among equals the deeper pair), else the most
 * named region of each side; several partners that weigh alike make a group. `national` is used
 * when the text names no region of either side and speaks of the programme as a whole.
 *
 * @example
 * ```ts
 * // 上海市闵行区…施甸县… → east 闵行区, west 施甸县 (a registry pairing, named most)
 * ```
 */
export function pickArticleSides(mentions: readonly PlacedMention[], oracle: SideOracle, national: Sides | null): Sides {
  const all = tally(mentions);
  const roles = new Map<string, SideRole>();
  for (const t of all) roles.set(t.region.code, oracle.role(t.region));
  const east = all.filter((t) => onSide(roles.get(t.region.code) ?? null, 'east')).sort(byWeight).slice(0, MAX_CANDIDATES);
  const west = all.filter((t) => onSide(roles.get(t.region.code) ?? null, 'west')).sort(byWeight).slice(0, MAX_CANDIDATES);
  if (east.length === 0 && west.length === 0) return national ?? { east: null, west: null };

  let best: { e: Tally; w: Tally; score: number; depth: number } | undefined;
  for (const e of east) {
    for (const w of west) {
      if (sameChain(e.region, w.region)) continue;
      // A pairing the registry holds between exactly these two outranks one between regions that
      // enclose them (天津市和平区→靖远县 over 天津市→甘肃省 for 天津…靖远).
      const bonus = oracle.pairedExactly(e.region, w.region) ? 2 * PAIRED_BONUS : oracle.paired(e.region, w.region) ? PAIRED_BONUS : 0;
      const score = e.weight + w.weight + bonus;
      const depth = LEVEL_DEPTH[e.region.level] + LEVEL_DEPTH[w.region.level];
      if (best === undefined || score > best.score || (score === best.score && depth > best.depth)) best = { e, w, score, depth };
    }
  }
  if (best !== undefined) {
    const e = deepest(best.e, east);
    const w = deepest(best.w, west);
    return {
      east: groupWith(e, east, w.region, 'east', oracle),
      west: groupWith(w, west, e.region, 'west', oracle),
    };
  }
  const one = (list: Tally[], side: 'east' | 'west'): Side | null => {
    const top = list[0];
    return top === undefined ? null : groupWith(deepest(top, list), list, null, side, oracle);
  };
  return { east: one(east, 'east'), west: one(west, 'west') };
}

/** Characters that join the names of a list (施甸县、龙陵县和昌宁县). */
const LIST_JOINERS = new Set(['、', '和', '与', '及', '以', '同', ',', '，', ' ', '\u3000']);

/** Whether only list joiners stand in `text[from, to)` (以及 counts as one). */
function onlyJoiners(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (!LIST_JOINERS.has(text[i] as string)) return false;
  return true;
}

/**
 * One side as a sentence names it for a figure at `at`: the nearest region of that side before the
 * figure (the deepest of a chain: 云南省昭通市镇雄县 → 镇雄县), or a group when it closes a list
 * (向施甸县、龙陵县投入…), else the first after the figure; null when the sentence names none.
 */
function sentenceSide(text: string, inSentence: readonly PlacedMention[], roles: readonly SideRole[], side: 'east' | 'west', at: number): Side | null {
  const picked: PlacedMention[] = [];
  inSentence.forEach((m, i) => {
    if (!onSide(roles[i] ?? null, side)) return;
    const last = picked[picked.length - 1];
    // 云南省昭通市镇雄县: a name right after its parent replaces it.
    if (last !== undefined && last.end === m.start && encloses(last.region, m.region)) picked[picked.length - 1] = { ...m, start: last.start };
    else picked.push(m);
  });
  if (picked.length === 0) return null;
  let k = -1;
  for (let i = 0; i < picked.length; i++) if ((picked[i] as PlacedMention).end <= at) k = i;
  if (k < 0) return { kind: 'region', region: (picked[0] as PlacedMention).region };
  // A list that ends at the nearest name: walk back while only joiners stand between the names.
  let first = k;
  while (first > 0 && onlyJoiners(text, (picked[first - 1] as PlacedMention).end, (picked[first] as PlacedMention).start)) first--;
  const list = picked.slice(first, k + 1).map((m) => m.region).filter((r, i, a) => a.findIndex((x) => x.code === r.code) === i);
  if (list.length === 1) return { kind: 'region', region: list[0] as Region };
  return { kind: 'group', name: list.map((r) => r.name).join('、'), members: list };
}

/** The region of a side, when it is one region. */
function regionOf(side: Side | null): Region | null {
  return side !== null && side.kind === 'region' ? side.region : null;
}

/**
 * Completes a side the sentence does not name from the article's side and the registry: the
 * registry's one partner of the named side when the article's side encloses it or there is none
 * (上海市 for the article, 施甸县 in the sentence → 闵行区), else the article's side (the text's
 * word outweighs the registry's at the publication date: a look back at 福州→定西 published after
 * 2021, when 青岛 took 定西 over).
 */
function complete(named: Region, article: Side | null, want: 'east' | 'west', oracle: SideOracle): Side | RegionRef | null {
  const partner = oracle.partner(named, want);
  const articleRegion = regionOf(article);
  if (partner !== undefined && (article === null || (articleRegion !== null && partner.code !== null && articleRegion.code !== partner.code && partner.code.startsWith(insidePrefix(articleRegion))))) {
    return partner;
  }
  return article ?? partner ?? null;
}

/**
 * The code prefix that every region inside `region` shares (62 for 甘肃省, 6230 for 甘南州).
 *
 * @example
 * ```ts
 * insidePrefix(findRegion('甘南州')!); // '6230'
 * ```
 */
export function insidePrefix(region: Region): string {
  if (region.level === 'province') return region.code.slice(0, 2);
  if (region.level === 'prefecture') return region.code.slice(0, 4);
  return region.code;
}

/**
 * A figure's sides: those its sentence names (see {@link pickArticleSides} for the article's),
 * completed from the article and the registry; the article's sides when the sentence names
 * neither. `national` replaces both when the sentence speaks of the programme as a whole
 * (东部8省市…西部10省区市).
 *
 * @example
 * ```ts
 * // article 上海市→云南省; sentence 向保山市施甸县投入资金5200万元 → west 施甸县, east the registry's partner 闵行区
 * ```
 */
export function figureSides(
  text: string,
  inSentence: readonly PlacedMention[],
  at: number,
  article: Sides,
  oracle: SideOracle,
  national: Sides | null,
): { east: Side | RegionRef | null; west: Side | RegionRef | null } {
  if (national !== null) return national;
  if (inSentence.length === 0) return article;
  const roles = inSentence.map((m) => oracle.role(m.region));
  const east = sentenceSide(text, inSentence, roles, 'east', at);
  const west = sentenceSide(text, inSentence, roles.map((r, i) => (r === 'both' && regionOf(east)?.code === inSentence[i]?.region.code ? null : r)), 'west', at);
  const e = narrower(east, article.east);
  const w = narrower(west, article.west);
  if (east !== null && west !== null) {
    // Both sides named above the article's (天津市…甘肃省 in an article on 河东区 and 迭部县): a
    // statement about the larger pair, which stands as written.
    return e !== east && w !== west ? { east, west } : { east: e, west: w };
  }
  const er = regionOf(e);
  const wr = regionOf(w);
  if (wr !== null && e === null) return { east: complete(wr, article.east, 'east', oracle), west: w };
  if (er !== null && w === null) return { east: e, west: complete(er, article.west, 'west', oracle) };
  if (w !== null) return { east: article.east, west: w };
  if (e !== null) return { east: e, west: article.west };
  return article;
}

/**
 * The sentence's side, or the article's when the sentence's only encloses it: 天津 in an article on
 * 河东区, 甘肃 in one on 两县一区.
 */
function narrower(sentence: Side | null, article: Side | null): Side | null {
  const s = regionOf(sentence);
  if (s === null || article === null) return sentence;
  if (article.kind === 'group') return article.local === true && s.level === 'province' ? article : sentence;
  return encloses(s, article.region) ? article : sentence;
}

/**
 * A side as a claim carries it: a region's name and code; a group's names joined (天津市、青岛市) with
 * no code.
 *
 * @example
 * ```ts
 * sideRef({ kind: 'group', name: '东部8省市', members: [] }); // { name: '东部8省市', code: null }
 * ```
 */
export function sideRef(side: Side | RegionRef | null): RegionRef | null {
  if (side === null) return null;
  if ('kind' in side) return side.kind === 'region' ? { name: side.region.name, code: side.region.code } : { name: side.name, code: null };
  return side;
}
