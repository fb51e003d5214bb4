/**
 * Regions and pairings met by an aggregation as small integers: one id per region identity
 * (GB/T 2260 code, else name), one per east–west pair, and the name each is shown with.
 *
 * @module
 */
import type { RegionRef } from '../domain/region.js';
import { PairIds } from './columns.js';
import { isRegionRef } from './input-issues.js';
import { regionIdentity } from './keys.js';

/** The longer name wins (迭部县 over 迭部); of two as long, the first in code unit order. */
function betterName(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  if (b.length !== a.length) return b.length > a.length ? b : a;
  return b < a ? b : a;
}

/**
 * Interns the regions and pairings of claims. Callers look a region reference up again only when
 * it changes (references handed out by the registry are shared objects).
 *
 * @example
 * ```ts
 * const regions = new RegionIds();
 * const e = regions.idOf({ name: '河东区', code: '120102' });
 * const w = regions.idOf({ name: '迭部县', code: '623024' });
 * regions.label(regions.pairOf(e, w)); // '河东区→迭部县'
 * ```
 */
export class RegionIds {
  private readonly ids = new Map<string, number>();
  private readonly identities: string[] = [];
  private readonly names: (string | undefined)[] = [];
  private readonly pairs = new PairIds();
  private readonly labels: (string | undefined)[] = [];
  private readonly sortKeys: (string | undefined)[] = [];

  /** The id of a region reference (`null` or `undefined`: the id of no region). */
  idOf(ref: RegionRef | null | undefined): number {
    const identity = regionIdentity(ref);
    let id = this.ids.get(identity);
    if (id === undefined) {
      id = this.identities.length;
      this.ids.set(identity, id);
      this.identities.push(identity);
      this.names.push(undefined);
    }
    if (ref) {
      const name = this.names[id];
      if (name !== ref.name) this.names[id] = betterName(name, ref.name);
    }
    return id;
  }

  /**
   * A reader of region references for one side (east or west): the id of a reference, looked up
   * again only when the reference changes (registry references are shared objects); −1 for a
   * value that is not a region reference.
   *
   * @example
   * ```ts
   * const eastOf = regions.reader();
   * eastOf({ name: '河东区', code: '120102' }); // 河东区的编号
   * eastOf('河东区');                            // -1 —— 不是地区引用
   * ```
   */
  reader(): (ref: unknown) => number {
    let lastRef: unknown = {};
    let lastId = -1;
    return (ref) => {
      if (ref === lastRef) return lastId;
      if (!isRegionRef(ref)) return -1;
      lastRef = ref;
      lastId = this.idOf(ref as RegionRef | null | undefined);
      return lastId;
    };
  }

  /** The region's identity ({@link regionIdentity}; `''` for no region). */
  identity(id: number): string {
    return this.identities[id] as string;
  }

  /** The name a region is shown with: the best name met, else its identity without `name:`. */
  name(id: number): string {
    return this.names[id] ?? (this.identities[id] as string).replace(/^name:/, '');
  }

  /** The id of the pair of two region ids. */
  pairOf(east: number, west: number): number {
    const id = this.pairs.idOf(east, west);
    while (this.labels.length <= id) {
      this.labels.push(undefined);
      this.sortKeys.push(undefined);
    }
    return id;
  }

  /** The eastern region id of a pair. */
  east(pair: number): number {
    return this.pairs.first(pair);
  }

  /** The western region id of a pair. */
  west(pair: number): number {
    return this.pairs.second(pair);
  }

  /** The pair as shown: `河东区→迭部县`, with `?` for a side without a region (made once all names are met). */
  label(pair: number): string {
    let label = this.labels[pair];
    if (label === undefined) {
      const e = this.pairs.first(pair);
      const w = this.pairs.second(pair);
      label = this.labels[pair] = `${this.identity(e) ? this.name(e) : '?'}→${this.identity(w) ? this.name(w) : '?'}`;
    }
    return label;
  }

  /** The pair as sorted: the identities joined by `→`. */
  sortKey(pair: number): string {
    let key = this.sortKeys[pair];
    if (key === undefined) {
      key = this.sortKeys[pair] = `${this.identity(this.pairs.first(pair))}→${this.identity(this.pairs.second(pair))}`;
    }
    return key;
  }
}
