/**
 * Finding regions by name, alias, traditional script or code, alone or in running text.
 *
 * @module
 */
import { toSimplified } from '../article/script.js';
import type { Region } from '../domain/region.js';
import { isAncestor, lookupIndex, normalizeName } from './lookup-index.js';
import type { Candidate, LookupIndex } from './lookup-index.js';
import { bundledRegistry } from './registry.js';
import type { RegistryOptions } from './registry.js';

/** Names longer than this are not region names (keeps look-ups of huge strings cheap). */
const MAX_NAME_LENGTH = 200;

/**
 * A region named in a text: the region and where its name stands (half-open UTF-16 offsets,
 * `text === input.slice(start, end)`).
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
}

/** The candidate to take for a name, given the region just before it (or none). */
function choose(candidates: readonly Candidate[], previous: Region | undefined): Candidate | undefined {
  if (previous !== undefined) {
    const child = candidates.find((c) => isAncestor(previous, c.region));
    if (child !== undefined) return child;
  }
  return candidates.find((c) => !c.weak);
}

/**
 * The longest acceptable region name starting at `start` in the (simplified) text, or undefined.
 * Shorter names are tried when the longest is a weak alias without its parent just before it.
 */
function matchAt(
  index: LookupIndex,
  text: string,
  start: number,
  previous: Region | undefined,
): { candidate: Candidate; end: number } | undefined {
  let ends: { end: number; candidates: Candidate[] }[] | undefined;
  let node = index.trie;
  const limit = Math.min(text.length, start + index.maxLength);
  for (let i = start; i < limit; i++) {
    const next = node.next.get(text.charCodeAt(i));
    if (next === undefined) break;
    node = next;
    if (node.candidates !== undefined) (ends ??= []).push({ end: i + 1, candidates: node.candidates });
  }
  if (ends === undefined) return undefined;
  for (let k = ends.length - 1; k >= 0; k--) {
    const e = ends[k] as { end: number; candidates: Candidate[] };
    const candidate = choose(e.candidates, previous);
    if (candidate !== undefined) return { candidate, end: e.end };
  }
  return undefined;
}

/**
 * Every region named in a text, left to right, longest name first at each place (one linear
 * scan over a trie of the names and aliases). Traditional script is read as simplified. Ambiguous
 * short forms (和平, 河西, 白银) count only right after the name of a parent (天津和平区 → both).
 * Never throws; a non-string gives `[]`.
 *
 * @example
 * ```ts
 * findRegions('天津武清携手甘肃静宁奔小康').map((m) => m.region.name);
 * // ['天津市', '武清区', '甘肃省', '静宁县']
 * findRegions('河西區與甘肅『兩縣一區』').map((m) => m.text); // ['河西區', '甘肅']
 * findRegions('河西走廊'); // [] —— “河西”单独出现时有歧义
 * ```
 */
export function findRegions(text: string, options: RegistryOptions = {}): RegionMention[] {
  if (typeof text !== 'string') return [];
  try {
    return scan(text, lookupIndex(options?.registry ?? bundledRegistry()));
  } catch {
    return []; // a malformed registry object passed by the caller
  }
}

/**
 * {@link findRegions} for a caller that already holds `toSimplified(text)` (the claim extractor
 * folds each block once). Internal: not exported from the package.
 *
 * @example
 * ```ts
 * const text = '天津武清携手甘肃静宁奔小康';
 * findRegionsSimplified(text, toSimplified(text)).map((m) => m.region.name); // 与 findRegions(text) 相同
 * ```
 */
export function findRegionsSimplified(text: string, simplified: string, options: RegistryOptions = {}): RegionMention[] {
  if (typeof text !== 'string' || typeof simplified !== 'string' || simplified.length !== text.length) return findRegions(text, options);
  try {
    return scan(text, lookupIndex(options?.registry ?? bundledRegistry()), simplified);
  } catch {
    return []; // a malformed registry object passed by the caller
  }
}

/** The linear scan behind {@link findRegions}. */
function scan(text: string, index: LookupIndex, simplifiedText?: string): RegionMention[] {
  const simplified = simplifiedText ?? toSimplified(text);
  const out: RegionMention[] = [];
  let previous: { region: Region; end: number } | undefined;
  const firstUnits = index.firstUnits;
  let i = 0;
  while (i < simplified.length) {
    if (firstUnits[simplified.charCodeAt(i)] === 0) {
      i++; // no name starts with this character
      continue;
    }
    const adjacent = previous !== undefined && previous.end === i ? previous.region : undefined;
    const m = matchAt(index, simplified, i, adjacent);
    if (m === undefined) {
      i++;
      continue;
    }
    out.push({ region: m.candidate.region, start: i, end: m.end, text: text.slice(i, m.end) });
    previous = { region: m.candidate.region, end: m.end };
    i = m.end;
  }
  return out;
}

/**
 * The region a name or code means, or `undefined` (never throws). Accepts the full name
 * (迭部县), an alias or short form (迭部, 甘南州), traditional script (迭部縣), a name prefixed by its
 * parents (甘南州迭部县, 甘肃省甘南藏族自治州迭部县, 天津河东区), a GB/T 2260 code (623024) or a former
 * code (130823 → 平泉市). A short form shared by several regions gives the higher-level one
 * (河北 → 河北省; 天津河北 → 河北区).
 *
 * @example
 * ```ts
 * findRegion('迭部')?.code; // '623024'
 * findRegion('甘南州迭部县')?.code; // '623024'
 * findRegion('迭部縣')?.code; // '623024'
 * findRegion('623024')?.name; // '迭部县'
 * findRegion('平凉')?.name; // '平凉市'
 * findRegion('不存在县'); // undefined
 * ```
 */
export function findRegion(name: string, options: RegistryOptions = {}): Region | undefined {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return undefined;
  try {
    return resolve(name, lookupIndex(options?.registry ?? bundledRegistry()));
  } catch {
    return undefined; // a malformed registry object passed by the caller
  }
}

/** The look-up behind {@link findRegion}. */
function resolve(name: string, index: LookupIndex): Region | undefined {
  const key = normalizeName(name.normalize('NFKC'));
  if (key === '') return undefined;
  if (/^[0-9]{6}$/.test(key)) return index.byCode.get(key);
  const exact = index.byName.get(key);
  if (exact !== undefined && exact.length > 0) return (exact[0] as Candidate).region;
  // A chain of names, each enclosing the next, covering the whole string.
  let previous: Region | undefined;
  let i = 0;
  while (i < key.length) {
    const m = matchAt(index, key, i, previous);
    if (m === undefined) return undefined;
    if (previous !== undefined && !isAncestor(previous, m.candidate.region)) return undefined;
    previous = m.candidate.region;
    i = m.end;
  }
  return previous;
}
