/**
 * Look-up structures of a registry, built once per registry and cached (internal).
 *
 * @module
 * @internal
 */
import { toSimplified } from '../article/script.js';
import type { Region } from '../domain/region.js';
import type { Registry } from './registry.js';

/** A region a name may mean; `weak` for ambiguous aliases. */
export interface Candidate {
  region: Region;
  weak: boolean;
}

/** A node of the alias trie (one UTF-16 code unit per edge, keyed by its code). */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** Regions whose alias ends here, best first. */
  candidates?: Candidate[];
}

/** The cached look-up structures. */
export interface LookupIndex {
  byCode: Map<string, Region>;
  byName: Map<string, Candidate[]>;
  trie: TrieNode;
  /** The longest alias, in UTF-16 code units. */
  maxLength: number;
  /** 1 for each UTF-16 code unit some alias starts with: a one-lookup pre-check of the scan. */
  firstUnits: Uint8Array;
}

const LEVEL_RANK: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2, district: 2 };

/** Names are compared in simplified script without white space. */
export function normalizeName(name: string): string {
  return toSimplified(name.replace(/[\s\u00b7\u30fb]+/g, ''));
}

/** Better candidates first: strong before weak, higher levels first, then by code. */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.weak !== b.weak) return a.weak ? 1 : -1;
  const l = LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level];
  if (l !== 0) return l;
  return a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0;
}

const cache = new WeakMap<Registry, LookupIndex>();

function build(registry: Registry): LookupIndex {
  const byCode = new Map<string, Region>();
  const byName = new Map<string, Candidate[]>();
  for (const region of registry.regions) {
    byCode.set(region.code, region);
  }
  for (const region of registry.regions) {
    for (const former of region.formerCodes ?? []) if (!byCode.has(former)) byCode.set(former, region);
    const add = (alias: string, weak: boolean): void => {
      const key = normalizeName(alias);
      if (key === '') return;
      const list = byName.get(key) ?? [];
      const existing = list.find((c) => c.region === region);
      if (existing !== undefined) {
        existing.weak = existing.weak && weak;
      } else {
        list.push({ region, weak });
      }
      byName.set(key, list);
    };
    add(region.name, false);
    for (const a of region.aliases) add(a, false);
    for (const a of region.ambiguousAliases ?? []) add(a, true);
  }
  const trie: TrieNode = { next: new Map() };
  const firstUnits = new Uint8Array(0x10000);
  let maxLength = 0;
  for (const [key, list] of byName) {
    list.sort(compareCandidates);
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
    if (key.length > maxLength) maxLength = key.length;
  }
  return { byCode, byName, trie, maxLength, firstUnits };
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
