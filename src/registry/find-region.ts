/**
 * Finding regions by name, alias, former name, traditional script or code, alone or in running
 * text; names that several regions share are resolved from context or returned with every
 * candidate, never silently the first one.
 *
 * @module
 */
import { toSimplified } from '../article/script.js';
import type { Region, RegionRef } from '../domain/region.js';
import { foldRegionChars, isAncestor, lookupIndex, normalizeName, pairHash, rankCandidates, regionFoldTable, uniqueByCode } from './lookup-index.js';
import type { Candidate, LookupIndex, TrieNode } from './lookup-index.js';
import { bundledRegistry } from './registry.js';
import type { Registry, RegistryOptions } from './registry.js';

/** Names longer than this are not region names (keeps look-ups of huge strings cheap). */
const MAX_NAME_LENGTH = 200;

/**
 * A region named in a text: the region and where its name stands (half-open UTF-16 offsets,
 * `text === input.slice(start, end)`). `candidates` is set when the name is shared by several
 * regions and this one was chosen from context (a parent just before it, a province or
 * prefecture named elsewhere in the text, or a pairing with a region named in the text).
 *
 * @example
 * ```ts
 * // findRegions('天津河东区“升级加力”助力迭部县')[2]
 * // → { region: { code: '623024', name: '迭部县', … }, start: 13, end: 16, text: '迭部县' }
 * ```
 */
export interface RegionMention {
  /** The region. */
  region: Region;
  /** Offset of the first UTF-16 code unit of the name. */
  start: number;
  /** Offset one past the last UTF-16 code unit. */
  end: number;
  /** The name exactly as written. */
  text: string;
  /** The regions the name could mean, sorted by code, when `region` was chosen among them from context. */
  candidates?: Region[];
}

/**
 * A name in a text that several regions share and that the text does not resolve (朝阳区 with
 * no 北京 or 长春 around it): where it stands and every region it may mean, sorted by code.
 *
 * @example
 * ```ts
 * // findRegionMentions('朝阳区举办招聘会').ambiguous[0]
 * // → { start: 0, end: 3, text: '朝阳区', candidates: [110105 北京市朝阳区, 220104 长春市朝阳区] }
 * ```
 */
export interface AmbiguousRegionMention {
  /** Offset of the first UTF-16 code unit of the name. */
  start: number;
  /** Offset one past the last UTF-16 code unit. */
  end: number;
  /** The name exactly as written. */
  text: string;
  /** Every region the name may mean, sorted by code. */
  candidates: Region[];
}

/**
 * The regions named in a text ({@link findRegionMentions}): the mentions resolved to one region,
 * and the names left ambiguous.
 *
 * @example
 * ```ts
 * const { mentions, ambiguous } = findRegionMentions('福州鼓楼区与朝阳区'); // 鼓楼区 → 350102; 朝阳区 ambiguous
 * ```
 */
export interface RegionMentions {
  /** Names resolved to one region, left to right. */
  mentions: RegionMention[];
  /** Names several regions share that the text does not resolve, left to right. */
  ambiguous: AmbiguousRegionMention[];
}

/**
 * The result of {@link lookupRegion}: one region, several (the name is shared and nothing tells
 * them apart), or none.
 *
 * @example
 * ```ts
 * const r: RegionLookup = lookupRegion('朝阳区'); // { status: 'ambiguous', candidates: [110105, 220104] }
 * ```
 */
export type RegionLookup =
  | {
      /** One region answers the name. */
      status: 'found';
      /** That region. */
      region: Region;
    }
  | {
      /** Several regions answer the name equally well. */
      status: 'ambiguous';
      /** All of them, sorted by code. */
      candidates: Region[];
    }
  | {
      /** No region answers the name. */
      status: 'not_found';
    };

/**
 * Options of {@link lookupRegion} and {@link findRegion}.
 *
 * @example
 * ```ts
 * const options: LookupRegionOptions = { within: '福州市' }; // 鼓楼区 → 福州市鼓楼区
 * ```
 */
export interface LookupRegionOptions extends RegistryOptions {
  /**
   * A province or prefecture that must contain the region (a {@link Region}, a
   * {@link RegionRef}, or a name or code). A `within` that is not found gives `not_found`.
   */
  within?: Region | RegionRef | string;
  /**
   * When several regions share the name, keep those that are a side of a pairing of the registry
   * (the programme's own context: 河东区 → 天津市河东区, not 临沂市河东区). Default `false`.
   */
  paired?: boolean;
}

// Scratch space of matchAt: the ends of the names found at one place, and its answer (no
// allocation per place).
const scratchEnds: number[] = [];
const scratchNodes: TrieNode[] = [];
let matchEnd = 0;
let matchRegions: Region[] = [];
let matchShared = false;

/**
 * The longest acceptable region name starting at `start` in the (simplified) text: true, with
 * the answer in `matchEnd`, `matchRegions` and `matchShared`; false when none. Characters are
 * folded with the registry's own table (`fold`) on the way. Weak short forms count only right
 * after a parent (`previous`); shorter names are tried when the longest is not acceptable.
 */
function matchAt(index: LookupIndex, text: string, start: number, previous: Region | undefined, fold: Uint16Array): boolean {
  let count = 0;
  let unit = text.charCodeAt(start);
  let node = index.root[fold[unit] || unit];
  if (node === undefined) return false;
  if (node.candidates !== undefined) {
    scratchEnds[count] = start + 1;
    scratchNodes[count] = node;
    count++;
  }
  const limit = Math.min(text.length, start + index.maxLength);
  for (let i = start + 1; i < limit; i++) {
    unit = text.charCodeAt(i);
    const next: TrieNode | undefined = node.next.get(fold[unit] || unit);
    if (next === undefined) break;
    node = next;
    if (node.candidates !== undefined) {
      scratchEnds[count] = i + 1;
      scratchNodes[count] = node;
      count++;
    }
  }
  for (let k = count - 1; k >= 0; k--) {
    if (choose(scratchNodes[k] as TrieNode, previous)) {
      matchEnd = scratchEnds[k] as number;
      return true;
    }
  }
  return false;
}

/** The regions a trie node's names give (into `matchRegions`, `matchShared`), with `previous` the region named just before. */
function choose(node: TrieNode, previous: Region | undefined): boolean {
  const strong = node.strong as Region[];
  if (previous !== undefined && (node.hasWeak === true || strong.length > 1)) {
    const children = (node.candidates as Candidate[]).filter((c) => isAncestor(previous, c.region));
    if (children.length > 0) {
      matchRegions = rankCandidates(children);
      matchShared = strong.length > 1;
      return true;
    }
  }
  if (strong.length === 0) return false;
  matchRegions = strong;
  matchShared = strong.length > 1;
  return true;
}

/** The registry of the options (the bundled one by default). */
function registryOf(options: RegistryOptions | undefined): Registry {
  return options?.registry ?? bundledRegistry();
}

/**
 * Every region named in a text, left to right, longest name first at each place (one linear scan
 * over a trie of the names and short forms), as {@link findRegionMentions} resolves them: names
 * that several regions share count only when the text tells which one (a parent right before
 * it, the same region named with its parent elsewhere, a province or prefecture named elsewhere that contains exactly one of them, or a pairing
 * with a region named in the text); the others are left out (see `findRegionMentions().ambiguous`).
 * Traditional script is read as simplified. Weak short forms (和平, 河西, 合作, 白银) count only
 * right after the name of a parent (天津和平区 → both); one-character province abbreviations
 * (津, 沪) never count in running text. Never throws; a non-string gives `[]`.
 *
 * @example
 * ```ts
 * findRegions('天津武清携手甘肃静宁奔小康').map((m) => m.region.name);
 * // ['天津市', '武清区', '甘肃省', '静宁县']
 * findRegions('河西區與甘肅『兩縣一區』').map((m) => m.text); // ['河西區', '甘肅']
 * findRegions('河西走廊'); // [] —— “河西”单独出现时有歧义
 * findRegions('农民专业合作社'); // [] —— “合作”(合作市)是普通词
 * ```
 */
export function findRegions(text: string, options: RegistryOptions = {}): RegionMention[] {
  return findRegionMentions(text, options).mentions;
}

/**
 * The regions named in a text, with the names left ambiguous: `mentions` as {@link findRegions}
 * gives them (a mention chosen among several regions by context carries `candidates`), and
 * `ambiguous`, the names several regions share that the text does not resolve, each with every
 * candidate. Never throws; a non-string gives no mentions.
 *
 * @example
 * ```ts
 * const r = findRegionMentions('北京市朝阳区召开会议。会后朝阳区代表团赴长春');
 * r.mentions.map((m) => m.region.code); // ['110000', '110105', '110105', '220100']
 * findRegionMentions('朝阳区举办招聘会').ambiguous[0]?.candidates.map((c) => c.code); // ['110105', '220104']
 * ```
 */
export function findRegionMentions(text: string, options: RegistryOptions = {}): RegionMentions {
  if (typeof text !== 'string') return { mentions: [], ambiguous: [] };
  try {
    const registry = registryOf(options);
    return scan(text, lookupIndex(registry), toSimplified(text));
  } catch {
    return { mentions: [], ambiguous: [] }; // a malformed registry object passed by the caller
  }
}

/**
 * {@link findRegionMentions} for a caller that already holds `toSimplified(text)` (the claim
 * extractor folds each block once, and resolves what stays ambiguous in a block from the whole
 * article). Internal: not exported from the package.
 *
 * @example
 * ```ts
 * const text = '天津武清携手甘肃静宁奔小康';
 * findRegionsSimplified(text, toSimplified(text)).mentions.map((m) => m.region.name); // 与 findRegions(text) 相同
 * ```
 */
export function findRegionsSimplified(text: string, simplified: string, options: RegistryOptions = {}): RegionMentions {
  if (typeof text !== 'string' || typeof simplified !== 'string' || simplified.length !== text.length) return findRegionMentions(text, options);
  try {
    return scan(text, lookupIndex(registryOf(options)), simplified);
  } catch {
    return { mentions: [], ambiguous: [] }; // a malformed registry object passed by the caller
  }
}

/** The linear scan behind {@link findRegionMentions}, then the resolution of shared names from context. */
function scan(text: string, index: LookupIndex, simplified: string): RegionMentions {
  const fold = regionFoldTable();
  const mentions: RegionMention[] = [];
  const pending: AmbiguousRegionMention[] = [];
  let previous: Region | undefined;
  let previousEnd = -1;
  const firstUnits = index.firstUnits;
  const secondUnits = index.secondUnits;
  const firstPairs = index.firstPairs;
  const n = simplified.length;
  let i = 0;
  let c0 = n > 0 ? simplified.charCodeAt(0) : 0;
  c0 = fold[c0] || c0;
  while (i < n) {
    const u = firstUnits[c0];
    let c1 = -1;
    if (i + 1 < n) {
      c1 = simplified.charCodeAt(i + 1);
      c1 = fold[c1] || c1;
    }
    if (u === 0) {
      i++; // no name starts with this character
      c0 = c1;
      continue;
    }
    if (u === 1) {
      // Every name starting with this unit has two or more: check the second unit, then the pair.
      if (c1 < 0 || secondUnits[c1] === 0) {
        i++;
        c0 = c1;
        continue;
      }
      const h = pairHash(c0, c1);
      if ((firstPairs[h >>> 3]! & (1 << (h & 7))) === 0) {
        i++;
        c0 = c1;
        continue;
      }
    }
    const adjacent = previousEnd === i ? previous : undefined;
    if (!matchAt(index, simplified, i, adjacent, fold)) {
      i++;
      c0 = c1;
      continue;
    }
    const end = matchEnd;
    if (matchRegions.length === 1) {
      const region = matchRegions[0] as Region;
      const mention: RegionMention = { region, start: i, end, text: text.slice(i, end) };
      if (matchShared && adjacent !== undefined) mention.candidates = sharedCandidates(index, foldRegionChars(simplified.slice(i, end)));
      mentions.push(mention);
      previous = region;
      previousEnd = end;
    } else {
      pending.push({ start: i, end, text: text.slice(i, end), candidates: matchRegions });
      previous = undefined;
      previousEnd = -1;
    }
    i = end;
    if (i < n) {
      c0 = simplified.charCodeAt(i);
      c0 = fold[c0] || c0;
    }
  }
  if (pending.length === 0) return { mentions, ambiguous: pending };
  return resolveFromContext(mentions, pending, index);
}

/** Every strong region a name may mean (for `RegionMention.candidates`). */
function sharedCandidates(index: LookupIndex, key: string): Region[] {
  const list = index.byName.get(key) ?? [];
  return uniqueByCode(list.filter((c) => !c.weak).map((c) => c.region));
}

/**
 * Resolves the shared names of a text: a candidate the text names elsewhere unambiguously (北京市朝阳区
 * … 朝阳区), else a province or prefecture named in the text that contains exactly one candidate
 * (福州 … 鼓楼区), else a candidate paired (in the registry) with a region named in the
 * text; the rest stay ambiguous.
 */
function resolveFromContext(mentions: RegionMention[], pending: AmbiguousRegionMention[], index: LookupIndex): RegionMentions {
  const context = uniqueByCode(mentions.map((m) => m.region).filter((r) => r.level === 'province' || r.level === 'prefecture'));
  const named = new Set(mentions.map((m) => m.region.code));
  const resolved: RegionMention[] = [];
  const ambiguous: AmbiguousRegionMention[] = [];
  for (const p of pending) {
    const picks = new Set<Region>();
    // The same name resolved elsewhere in the text (北京市朝阳区 … 朝阳区).
    for (const c of p.candidates) if (named.has(c.code)) picks.add(c);
    if (picks.size !== 1) picks.clear();
    if (picks.size === 0) for (const ctx of context) {
      const inside = p.candidates.filter((c) => isAncestor(ctx, c));
      if (inside.length === 1) picks.add(inside[0] as Region);
    }
    if (picks.size !== 1) {
      picks.clear();
      for (const c of p.candidates) {
        const partners = index.partners.get(c.code);
        if (partners !== undefined && [...partners].some((code) => named.has(code))) picks.add(c);
      }
    }
    if (picks.size === 1) {
      const [region] = [...picks] as [Region];
      resolved.push({ region, start: p.start, end: p.end, text: p.text, candidates: p.candidates });
    } else {
      ambiguous.push(p);
    }
  }
  if (resolved.length === 0) return { mentions, ambiguous };
  const all = [...mentions, ...resolved].sort((a, b) => a.start - b.start);
  return { mentions: all, ambiguous };
}

/** The region `within` names, or undefined when it names none. */
function withinRegion(within: Region | RegionRef | string, index: LookupIndex, registry: Registry): Region | undefined {
  if (typeof within === 'string') {
    const r = lookupRegion(within, { registry });
    return r.status === 'found' ? r.region : undefined;
  }
  if (within === null || typeof within !== 'object') return undefined;
  if (typeof within.code === 'string') {
    const r = index.byCode.get(within.code);
    if (r !== undefined) return r;
  }
  if (typeof within.name === 'string') {
    const r = lookupRegion(within.name, { registry });
    return r.status === 'found' ? r.region : undefined;
  }
  return undefined;
}

/**
 * Looks a name or code up: the region it means (`found`), every region it may mean when several
 * share it and nothing tells them apart (`ambiguous`, sorted by code), or `not_found`. Never
 * throws.
 *
 * Accepts the full name (迭部县), a short form (迭部, 甘南州), a former name (蓟县, 襄樊, 海东地区),
 * a one-character province abbreviation as the whole string (沪, 陇), traditional script (迭部縣),
 * a name prefixed by its parents (甘南州迭部县, 北京市朝阳区, 福州鼓楼区), a GB/T 2260 code
 * (623024) or a former code (130823 → 平泉市). `within` restricts the answer to the regions inside
 * a province or prefecture.
 *
 * When several regions answer a name: an official name beats a short form, a strong short form a
 * weak one; among equals a province beats lower units (吉林 → 吉林省, 海南 → 海南省, 河北 →
 * 河北省); otherwise the name is ambiguous.
 *
 * @example
 * ```ts
 * lookupRegion('迭部'); // found: 迭部县 623024
 * lookupRegion('朝阳区').status; // 'ambiguous' —— 北京 110105、长春 220104
 * findRegion('朝阳区', { within: '北京' })?.code; // '110105'
 * findRegion('福州鼓楼区')?.code; // '350102'
 * findRegion('沪')?.code; // '310000' —— 上海市，仅整串查询
 * findRegion('河东区', { paired: true })?.code; // '120102' —— 临沂市河东区无结对
 * lookupRegion('不存在县'); // { status: 'not_found' }
 * ```
 */
export function lookupRegion(name: string, options: LookupRegionOptions = {}): RegionLookup {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return { status: 'not_found' };
  try {
    const registry = registryOf(options);
    const index = lookupIndex(registry);
    let inside: ((r: Region) => boolean) | undefined;
    if (options?.within !== undefined) {
      const w = withinRegion(options.within, index, registry);
      if (w === undefined) return { status: 'not_found' };
      inside = (r) => isAncestor(w, r);
    }
    let regions = resolve(name, index, inside);
    if (regions.length > 1 && options?.paired === true) {
      const paired = regions.filter((r) => index.partners.has(r.code));
      if (paired.length > 0) regions = paired;
    }
    if (regions.length === 0) return { status: 'not_found' };
    if (regions.length === 1) return { status: 'found', region: regions[0] as Region };
    return { status: 'ambiguous', candidates: regions };
  } catch {
    return { status: 'not_found' }; // a malformed registry object passed by the caller
  }
}

/**
 * The region a name or code means when exactly one region answers it, else `undefined` (never
 * throws). Takes what {@link lookupRegion} takes; a name several regions share (朝阳区, 鼓楼区)
 * gives `undefined`: use {@link lookupRegion} for its candidates, or give `within` or a parent
 * (北京市朝阳区).
 *
 * @example
 * ```ts
 * findRegion('迭部')?.code; // '623024'
 * findRegion('甘南州迭部县')?.code; // '623024'
 * findRegion('迭部縣')?.code; // '623024'
 * findRegion('623024')?.name; // '迭部县'
 * findRegion('蓟县')?.code; // '120119' —— 2016年撤县设区
 * findRegion('朝阳区'); // undefined —— 北京、长春各有一个
 * findRegion('朝阳区', { within: '长春' })?.code; // '220104'
 * findRegion('不存在县'); // undefined
 * ```
 */
export function findRegion(name: string, options: LookupRegionOptions = {}): Region | undefined {
  const r = lookupRegion(name, options);
  return r.status === 'found' ? r.region : undefined;
}

/** The look-up behind {@link lookupRegion}: the ranked regions a whole string means. */
function resolve(name: string, index: LookupIndex, inside: ((r: Region) => boolean) | undefined): Region[] {
  const key = normalizeName(name.normalize('NFKC'));
  if (key === '') return [];
  const keep = (cs: readonly Candidate[]): Candidate[] => (inside === undefined ? [...cs] : cs.filter((c) => inside(c.region)));
  if (/^[0-9]{6}$/.test(key)) {
    const r = index.byCode.get(key);
    return r !== undefined && (inside === undefined || inside(r)) ? [r] : [];
  }
  const exact = index.byName.get(key);
  if (exact !== undefined) {
    const kept = keep(exact);
    if (kept.length > 0) return rankCandidates(kept);
  }
  const abbreviated = index.byAbbreviation.get(key);
  if (abbreviated !== undefined) {
    const kept = abbreviated.filter((r) => inside === undefined || inside(r));
    if (kept.length > 0) return uniqueByCode(kept);
  }
  // A chain of names, each enclosing the next, covering the whole string.
  let previous: Region[] | undefined;
  let last: Candidate[] = [];
  let i = 0;
  while (i < key.length) {
    const step = chainStep(index, key, i, previous);
    if (step === undefined) return [];
    last = step.candidates;
    previous = rankCandidates(last);
    i = step.end;
  }
  if (previous === undefined) return [];
  const kept = keep(last);
  return kept.length > 0 ? rankCandidates(kept) : [];
}

/** One name of a chain at `start`: the longest whose candidates lie inside one of `previous`. */
function chainStep(
  index: LookupIndex,
  key: string,
  start: number,
  previous: Region[] | undefined,
): { candidates: Candidate[]; end: number } | undefined {
  const ends: { end: number; candidates: Candidate[] }[] = [];
  let node = index.trie;
  for (let i = start; i < key.length; i++) {
    const next = node.next.get(key.charCodeAt(i));
    if (next === undefined) break;
    node = next;
    if (node.candidates !== undefined) ends.push({ end: i + 1, candidates: node.candidates });
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const e = ends[k] as { end: number; candidates: Candidate[] };
    const fit =
      previous === undefined
        ? e.candidates.filter((c) => !c.weak)
        : e.candidates.filter((c) => previous.some((p) => isAncestor(p, c.region)));
    if (fit.length > 0) return { candidates: fit, end: e.end };
  }
  return undefined;
}
