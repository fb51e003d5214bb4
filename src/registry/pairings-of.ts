/**
 * The pairings of a region, optionally at a date; a region without pairings of its own gets those of
 * its prefecture or province, marked as inherited.
 *
 * @module
 */
import { getYear, isValid, parseISO } from 'date-fns';
import { toSimplified } from '../article/script.js';
import type { Pairing, PairingSide, Programme } from '../domain/pairing.js';
import { IsoDateSchema } from '../domain/period.js';
import type { IsoDate } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import { findRegion, lookupRegion } from './find-region.js';
import { bundledRegistry } from './registry.js';
import type { Registry, RegistryOptions } from './registry.js';

/**
 * Options of {@link pairingsOf}.
 *
 * @example
 * ```ts
 * const options: PairingsOfOptions = { on: '2023-07-01', descendants: true }; // 甘南州各县
 * ```
 */
export interface PairingsOfOptions extends RegistryOptions {
  /**
   * Only pairings active on this day (a pairing is active on every day of its years). A `Date` is
   * read in the local time zone, as date-fns does; an `IsoDate` string (`2023-07-01`) avoids the
   * question. Without it, pairings of every year.
   */
  on?: Date | IsoDate;
  /** Also pairings of the regions inside the region (甘南州 → 迭部县, 临潭县). Default `false`. */
  descendants?: boolean;
  /**
   * When the region has no pairing (after the other filters), answer with those of the nearest
   * enclosing region that has one — its prefecture, else its province — each a copy carrying
   * `inheritedFrom`. Default `true`.
   */
  inherit?: boolean;
  /** Only pairings of this programme. */
  programme?: Programme;
}

/**
 * The calendar year of `on`, `null` for no filter, `undefined` for an invalid date. @internal
 *
 * @example
 * ```ts
 * yearOf('2023-07-01'); // 2023 —— 2023年7月1日
 * ```
 */
export function yearOf(on: Date | IsoDate | undefined): number | null | undefined {
  if (on === undefined) return null;
  if (on instanceof Date) return isValid(on) ? getYear(on) : undefined;
  if (typeof on !== 'string' || !IsoDateSchema.safeParse(on).success) return undefined;
  const d = parseISO(on);
  return isValid(d) ? getYear(d) : undefined;
}

/**
 * Whether a pairing is active in a year (`null`: any year). @internal
 *
 * @example
 * ```ts
 * activeIn(bundledRegistry().pairings[0]!, 2023); // true —— 河东区—迭部县（2021年起）
 * ```
 */
export function activeIn(p: Pairing, year: number | null): boolean {
  return year === null || (p.years.from <= year && (p.years.to === null || year <= p.years.to));
}

const CODE = /^[1-9]\d{5}$/;

/** Names are compared in simplified script without white space. */
function norm(name: string): string {
  return toSimplified(name.replace(/[\s\u00b7\u30fb]+/g, ''));
}

/** A side name without its province and city prefixes (山东省济南市济南高新区 → 济南高新区). */
function shortName(name: string): string {
  let s = name;
  for (;;) {
    const m = /^[^省市]{2,8}?(省|自治区|市)(?=.)/.exec(s);
    if (m === null) return s;
    s = s.slice(m[0].length);
  }
}

/**
 * Pairings of a registry by the codes and names of their sides (internal, cached per registry).
 *
 * @example
 * ```ts
 * const index: PairingIndex = pairingIndex(bundledRegistry()); // 按代码索引结对
 * ```
 */
export interface PairingIndex {
  /** Regions by code and former code. */
  regions: Map<string, Region>;
  /** The current code of each region side (former codes mapped to current ones), `null` if none. */
  codes: Map<Pairing, { east: string | null; west: string | null }>;
  /** Pairing positions by side code. */
  byCode: Map<string, Pairing[]>;
  /** Pairings by the names of their code-less sides (full and short form). */
  byName: Map<string, Pairing[]>;
  /** The name a pairing side gives each code. */
  names: Map<string, string>;
}

const cache = new WeakMap<Registry, PairingIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function buildIndex(registry: Registry): PairingIndex {
  const regions = new Map<string, Region>();
  for (const r of registry.regions) regions.set(r.code, r);
  for (const r of registry.regions) for (const f of r.formerCodes ?? []) if (!regions.has(f)) regions.set(f, r);
  const index: PairingIndex = { regions, codes: new Map(), byCode: new Map(), byName: new Map(), names: new Map() };
  const codeOf = (side: PairingSide): string | null => {
    if (side.kind !== 'region') return null;
    if (side.code !== null) return regions.get(side.code)?.code ?? side.code;
    return findRegion(side.name, { registry })?.code ?? null;
  };
  for (const p of registry.pairings) {
    const east = codeOf(p.east);
    const west = codeOf(p.west);
    index.codes.set(p, { east, west });
    for (const [side, code] of [[p.east, east], [p.west, west]] as const) {
      if (side.kind !== 'region') continue;
      if (code !== null) {
        push(index.byCode, code, p);
        if (!index.names.has(code)) index.names.set(code, side.name);
      } else {
        push(index.byName, norm(side.name), p);
        push(index.byName, norm(shortName(side.name)), p);
      }
    }
  }
  return index;
}

/**
 * The pairing index of a registry (built on first use). @internal
 *
 * @example
 * ```ts
 * pairingIndex(bundledRegistry()).byCode.has('530602'); // true —— 昭阳区有结对
 * ```
 */
export function pairingIndex(registry: Registry): PairingIndex {
  let index = cache.get(registry);
  if (index === undefined) {
    index = buildIndex(registry);
    cache.set(registry, index);
  }
  return index;
}

/**
 * The codes enclosing a GB/T code, nearest first, from its digits: the prefecture (first four digits
 * + `00`) unless the unit is 省直辖 (digits 3–4 `90`: 仙桃市 429004, 济源市 419001, 五家渠市 659004),
 * then the province (first two + `0000`).
 *
 * @example
 * ```ts
 * enclosingCodes('620524'); // ['620500', '620000'] —— 武山县：天水市、甘肃省
 * enclosingCodes('429004'); // ['420000'] —— 仙桃市（省直辖）
 * ```
 */
export function enclosingCodes(code: string): string[] {
  if (!CODE.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  if (code === province) return [];
  const prefecture = `${code.slice(0, 4)}00`;
  if (code === prefecture || code.slice(2, 4) === '90') return [province];
  return [prefecture, province];
}

/**
 * Whether GB/T code `inner` lies inside `outer`, from the digits or the registry's parents. @internal
 *
 * @example
 * ```ts
 * codeWithin('530602', '530600'); // true —— 昭阳区在昭通市
 * ```
 */
export function codeWithin(inner: string, outer: string, index?: PairingIndex): boolean {
  if (inner === outer) return false;
  const region = index?.regions.get(inner);
  if (region !== undefined && region.parents.includes(outer)) return true;
  if (outer.endsWith('0000')) return inner.slice(0, 2) === outer.slice(0, 2);
  if (outer.endsWith('00')) return inner.slice(0, 4) === outer.slice(0, 4);
  return false;
}

/**
 * A region as asked for: its current code when known, else its normalized name. @internal
 *
 * @example
 * ```ts
 * const t: Target = { code: '530602', name: '昭阳区' }; // 昭通市昭阳区
 * ```
 */
export interface Target {
  code: string | null;
  name: string | null;
}

/**
 * Resolves what `pairingsOf` and `regionRole` are asked about. A code the registry lists is taken
 * as its current code; a six-digit code it does not list is accepted when a pairing side has it or
 * its province is known (the registry or a pairing), so every GB/T unit of the country resolves.
 * @internal
 */
export function resolveTarget(region: unknown, registry: Registry, index: PairingIndex): Target | undefined {
  const fromCode = (code: string): Target | undefined => {
    const known = index.regions.get(code);
    if (known !== undefined) return { code: known.code, name: known.name };
    if (!CODE.test(code)) return undefined;
    const province = `${code.slice(0, 2)}0000`;
    if (index.byCode.has(code) || index.regions.has(province) || index.byCode.has(province)) return { code, name: index.names.get(code) ?? null };
    return undefined;
  };
  const fromName = (name: string): Target | undefined => {
    const n = norm(name.trim());
    if (n === '') return undefined;
    if (CODE.test(n)) return fromCode(n);
    // A name several regions share resolves to the one that is a side of a pairing (河东区 → 天津).
    const found = lookupRegion(name, { registry, paired: true });
    if (found.status === 'found') return { code: found.region.code, name: found.region.name };
    return { code: null, name: n };
  };
  if (typeof region === 'string') return fromName(region);
  if (region !== null && typeof region === 'object') {
    const r = region as { code?: unknown; name?: unknown };
    if (typeof r.code === 'string') {
      const t = fromCode(r.code);
      if (t !== undefined) return t;
    }
    if (typeof r.name === 'string') return fromName(r.name);
  }
  return undefined;
}

/** The pairings where a side is the target (or inside it, with `descendants`), registry order. */
function ownPairings(
  target: Target,
  registry: Registry,
  index: PairingIndex,
  keep: (p: Pairing) => boolean,
  descendants: boolean,
): Pairing[] {
  const hits = new Set<Pairing>();
  if (target.code !== null) {
    for (const p of index.byCode.get(target.code) ?? []) hits.add(p);
    if (descendants) {
      for (const [code, ps] of index.byCode) if (codeWithin(code, target.code, index)) for (const p of ps) hits.add(p);
    }
  } else if (target.name !== null) {
    for (const p of index.byName.get(target.name) ?? []) hits.add(p);
  }
  if (hits.size === 0) return [];
  return registry.pairings.filter((p) => hits.has(p) && keep(p));
}

/**
 * The pairings of a region, on either side (helping or helped), in registry order.
 *
 * `region` is a {@link Region}, a {@link RegionRef}, a name as {@link findRegion} takes it (a name
 * several regions share means the one that is a side of a pairing: 河东区 → 天津市河东区), or a
 * GB/T code — any code of the country, listed in the registry or not: a name the registry does not
 * know still matches pairing sides of exactly that name (天津港保税区, 济南高新区).
 *
 * A region with no pairing of its own (after `on` and `programme`) gets, unless `inherit: false`,
 * the pairings of its nearest enclosing region that has some — the prefecture, else the province,
 * derived from the code (`enclosingCodes`) — each a copy with `inheritedFrom` naming that region.
 * Unknown regions and invalid dates give `[]`; never throws.
 *
 * @example
 * ```ts
 * pairingsOf('河东区', { on: '2023-07-01' }).map((p) => p.west.kind === 'region' && p.west.name); // ['迭部县']
 * pairingsOf('武清区', { on: '2018-01-01' }).length; // 3 —— 静宁县、泾川县、围场县（东西部扶贫协作）
 * pairingsOf('静宁县', { on: '2022-06-30' })[0]?.programme; // 'east_west_cooperation'
 * pairingsOf('130826', { on: '2018-06-01' })[0]?.inheritedFrom; // { name: '承德市', code: '130800' } —— 丰宁县随承德市
 * pairingsOf('迭部县', { on: '2015-01-01', inherit: false }); // []
 * ```
 */
export function pairingsOf(region: Region | RegionRef | string, options: PairingsOfOptions = {}): Pairing[] {
  try {
    const registry = options.registry ?? bundledRegistry();
    const year = yearOf(options.on);
    if (year === undefined) return [];
    const index = pairingIndex(registry);
    const target = resolveTarget(region, registry, index);
    if (target === undefined) return [];
    const keep = (p: Pairing): boolean => activeIn(p, year) && (options.programme === undefined || p.programme === options.programme);
    const own = ownPairings(target, registry, index, keep, options.descendants === true);
    if (own.length > 0 || options.inherit === false || target.code === null) return own;
    for (const code of enclosingCodes(target.code)) {
      const found = ownPairings({ code, name: null }, registry, index, keep, false);
      if (found.length === 0) continue;
      const name = index.regions.get(code)?.name ?? index.names.get(code) ?? code;
      return found.map((p) => ({ ...p, inheritedFrom: { name, code } }));
    }
    return [];
  } catch {
    return [];
  }
}
