/**
 * Look-up structures of a registry, built once per registry and cached (internal).
 *
 * @module
 * @internal
 */
import { mapUnits, toSimplified } from '../article/script.js';
import { REGION_SIMPLIFIED_CHARS, REGION_TRADITIONAL_CHARS } from '../data/region-hanzi.js';
import type { Region } from '../domain/region.js';
import type { Registry } from './registry.js';

/**
 * How a name names a region, best first: its official name (0), a strong short form or former
 * name (1), a weak short form (2, an ordinary word or another thing's name: in running text only
 * right after a parent).
 */
export type NameTier = 0 | 1 | 2;

/** A region a name may mean; `weak` for ambiguous aliases (tier 2). */
export interface Candidate {
  region: Region;
  weak: boolean;
  tier: NameTier;
}

/** A node of the alias trie (one UTF-16 code unit per edge, keyed by its code). */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** Regions whose name or alias ends here, best first. */
  candidates?: Candidate[];
  /** The regions the strong candidates give after ranking (one, or several: ambiguous); empty when all are weak. */
  strong?: Region[];
  /** Whether some candidate is weak (then a parent just before may choose it). */
  hasWeak?: boolean;
}

/** The cached look-up structures. */
export interface LookupIndex {
  byCode: Map<string, Region>;
  byName: Map<string, Candidate[]>;
  /** One-character abbreviations (whole-string look-ups only). */
  byAbbreviation: Map<string, Region[]>;
  trie: TrieNode;
  /** The longest alias, in UTF-16 code units. */
  maxLength: number;
  /** 1 for each UTF-16 code unit some alias starts with: a one-lookup pre-check of the scan. */
  firstUnits: Uint8Array;
  /** 1 for each UTF-16 code unit some name has second: the second pre-check. */
  secondUnits: Uint8Array;
  /** Bits of the hashed first two code units of the names (every name has two or more): the third pre-check. */
  firstPairs: Uint8Array;
  /** The children of the trie's root by code unit (an array is faster than the root's large map). */
  root: (TrieNode | undefined)[];
  /** Codes of the regions paired with each region that is a side of a pairing (either side). */
  partners: Map<string, Set<string>>;
}

let regionFold: Uint16Array | undefined;

/**
 * The registry's own traditional → simplified table for characters of region names that the
 * shared table lacks (烏魯木齊's 烏 is in neither, say): 0 where there is nothing to fold.
 */
export function regionFoldTable(): Uint16Array {
  if (regionFold === undefined) {
    regionFold = new Uint16Array(0x10000);
    for (let i = 0; i < REGION_TRADITIONAL_CHARS.length; i++) {
      regionFold[REGION_TRADITIONAL_CHARS.charCodeAt(i)] = REGION_SIMPLIFIED_CHARS.charCodeAt(i);
    }
  }
  return regionFold;
}

/** Folds the characters of `simplified` that the registry's own table knows (same length). */
export function foldRegionChars(simplified: string): string {
  return mapUnits(simplified, regionFoldTable());
}

/** Names are compared in simplified script without white space. */
export function normalizeName(name: string): string {
  return foldRegionChars(toSimplified(name.replace(/[\s\u00b7\u30fb]+/g, '')));
}

/** Short forms of a former name (襄樊市 → 襄樊, 思茅地区 → 思茅). */
function formerShortForms(name: string): string[] {
  const m = /^(.{2,}?)(市|地区|盟|县)$/.exec(name);
  return m === null ? [] : [m[1] as string];
}

/** Better candidates first: lower tier, higher level, then by code. */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  const l = a.region.parents.length - b.region.parents.length;
  if (l !== 0) return l;
  return a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0;
}

const PAIR_BITS = 1 << 20;

/** Hash of two UTF-16 code units into `PAIR_BITS` bits (for {@link LookupIndex.firstPairs}). */
export function pairHash(a: number, b: number): number {
  return ((a * 40503) ^ b) & (PAIR_BITS - 1);
}

const cache = new WeakMap<Registry, LookupIndex>();

function build(registry: Registry): LookupIndex {
  const byCode = new Map<string, Region>();
  const byName = new Map<string, Candidate[]>();
  const byAbbreviation = new Map<string, Region[]>();
  const laterShortForms: [Region, string][] = [];
  for (const region of registry.regions) {
    byCode.set(region.code, region);
  }
  for (const region of registry.regions) {
    for (const former of region.formerCodes ?? []) if (!byCode.has(former)) byCode.set(former, region);
    for (const f of region.formerNames ?? []) if (f.code !== undefined && !byCode.has(f.code)) byCode.set(f.code, region);
    const add = (alias: string, tier: NameTier): void => {
      const key = normalizeName(alias);
      if (key === '') return;
      let list = byName.get(key);
      if (list === undefined) {
        list = [];
        byName.set(key, list);
      }
      const existing = list.find((c) => c.region === region);
      if (existing !== undefined) {
        if (tier < existing.tier) {
          existing.tier = tier;
          existing.weak = tier === 2;
        }
      } else {
        list.push({ region, weak: tier === 2, tier });
      }
    };
    add(region.name, 0);
    for (const a of region.aliases) add(a, 1);
    for (const f of region.formerNames ?? []) {
      add(f.name, 1);
      for (const s of formerShortForms(f.name)) laterShortForms.push([region, s]);
    }
    for (const a of region.ambiguousAliases ?? []) add(a, 2);
    for (const a of region.abbreviations ?? []) {
      const key = normalizeName(a);
      const list = byAbbreviation.get(key) ?? [];
      if (!list.includes(region)) list.push(region);
      byAbbreviation.set(key, list);
    }
  }
  // Short forms of former names (襄樊, 思茅) only where no current name is the same (庆阳县 → 庆城县
  // must not take 庆阳 from 庆阳市).
  for (const [region, short] of laterShortForms) {
    const key = normalizeName(short);
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [{ region, weak: false, tier: 1 }]);
  }
  const trie: TrieNode = { next: new Map() };
  const firstUnits = new Uint8Array(0x10000);
  const singleUnits = new Uint8Array(0x10000);
  const secondUnits = new Uint8Array(0x10000);
  const firstPairs = new Uint8Array(PAIR_BITS >>> 3);
  let maxLength = 0;
  for (const [key, list] of byName) {
    if (list.length > 1) list.sort(compareCandidates);
    let node = trie;
    firstUnits[key.charCodeAt(0)] = 1;
    for (let i = 0; i < key.length; i++) {
      const ch = key.charCodeAt(i);
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.candidates = list;
    if (list.length === 1) {
      const only = list[0] as Candidate;
      node.strong = only.weak ? [] : [only.region];
      node.hasWeak = only.weak;
    } else {
      const strong = list.filter((c) => !c.weak);
      node.strong = strong.length === 0 ? [] : rankCandidates(strong);
      node.hasWeak = strong.length < list.length;
    }
    if (key.length > 1) {
      const h = pairHash(key.charCodeAt(0), key.charCodeAt(1));
      firstPairs[h >>> 3]! |= 1 << (h & 7);
      secondUnits[key.charCodeAt(1)] = 1;
    } else {
      singleUnits[key.charCodeAt(0)] = 1;
    }
    if (key.length > maxLength) maxLength = key.length;
  }
  // A one-unit name (none in the gazetteer; a caller's registry may have one) disables the pair check for its unit.
  for (let c = 0; c < 0x10000; c++) if (singleUnits[c] === 1) firstUnits[c] = 2;
  const partners = new Map<string, Set<string>>();
  for (const p of registry.pairings) {
    const east = p.east.kind === 'region' ? p.east.code : null;
    const west = p.west.kind === 'region' ? p.west.code : null;
    for (const [a, b] of [[east, west], [west, east]] as const) {
      if (a === null) continue;
      const set = partners.get(a) ?? new Set<string>();
      if (b !== null) set.add(b);
      partners.set(a, set);
    }
  }
  const root: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const [unit, child] of trie.next) root[unit] = child;
  return { byCode, byName, byAbbreviation, trie, maxLength, firstUnits, secondUnits, firstPairs, root, partners };
}

/** The look-up structures of a registry (built on first use). */
export function lookupIndex(registry: Registry): LookupIndex {
  let index = cache.get(registry);
  if (index === undefined) {
    index = build(registry);
    cache.set(registry, index);
  }
  return index;
}

/** Whether `ancestor` encloses `region`. */
export function isAncestor(ancestor: Region, region: Region): boolean {
  return region.parents.includes(ancestor.code);
}

/**
 * The best of a name's candidates: the lowest tier wins (official name, then strong short form,
 * then weak short form); among equals a province wins over lower units (吉林 → 吉林省, 海南 →
 * 海南省); otherwise all the equals, sorted by code (ambiguous). `candidates` must be sorted by
 * {@link compareCandidates} (as the index keeps them) or be any list: the result is sorted.
 */
export function rankCandidates(candidates: readonly Candidate[]): Region[] {
  if (candidates.length === 1) return [(candidates[0] as Candidate).region];
  let best: NameTier | undefined;
  for (const c of candidates) if (best === undefined || c.tier < best) best = c.tier;
  const top = candidates.filter((c) => c.tier === best).map((c) => c.region);
  if (top.length > 1) {
    const provinces = top.filter((r) => r.level === 'province');
    if (provinces.length === 1) return provinces;
  }
  return uniqueByCode(top);
}

/** The regions, each once, sorted by code. */
export function uniqueByCode(regions: readonly Region[]): Region[] {
  const seen = new Map<string, Region>();
  for (const r of regions) if (!seen.has(r.code)) seen.set(r.code, r);
  return [...seen.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
