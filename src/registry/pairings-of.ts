/**
 * The pairings of a region, optionally at a date.
 *
 * @module
 */
import { getYear, isValid, parseISO } from 'date-fns';
import type { Pairing, PairingSide } from '../domain/pairing.js';
import { IsoDateSchema } from '../domain/period.js';
import type { IsoDate } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import { findRegion } from './find-region.js';
import { isAncestor, lookupIndex, normalizeName } from './lookup-index.js';
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
}

/** The calendar year of `on`, `null` for no filter, `undefined` for an invalid date. */
function yearOf(on: Date | IsoDate | undefined): number | null | undefined {
  if (on === undefined) return null;
  if (on instanceof Date) return isValid(on) ? getYear(on) : undefined;
  if (typeof on !== 'string' || !IsoDateSchema.safeParse(on).success) return undefined;
  const d = parseISO(on);
  return isValid(d) ? getYear(d) : undefined;
}

/** Whether a pairing is active in a year. */
function activeIn(p: Pairing, year: number): boolean {
  return p.years.from <= year && (p.years.to === null || year <= p.years.to);
}

/** The registry region a pairing side names, if any. */
function sideRegion(side: PairingSide, registry: Registry): Region | undefined {
  if (side.kind !== 'region') return undefined;
  if (side.code !== null) return lookupIndex(registry).byCode.get(side.code);
  return findRegion(side.name, { registry });
}

/**
 * The pairings of a region, on either side (helping or helped), in registry order.
 *
 * `region` is a {@link Region}, a {@link RegionRef}, or a name or code as {@link findRegion} takes
 * it; a name the registry does not know still matches pairing sides of exactly that name
 * (天津港保税区). Unknown regions and invalid dates give `[]`; never throws.
 *
 * @example
 * ```ts
 * pairingsOf('河东区', { on: '2023-07-01' }).map((p) => p.west.kind === 'region' && p.west.name); // ['迭部县']
 * pairingsOf('武清区', { on: '2018-01-01' }).length; // 3 —— 静宁县、泾川县、围场县（东西部扶贫协作）
 * pairingsOf('静宁县', { on: '2022-06-30' })[0]?.programme; // 'east_west_cooperation'
 * pairingsOf('迭部县', { on: '2015-01-01' }); // []
 * ```
 */
export function pairingsOf(
  region: Region | RegionRef | string,
  options: PairingsOfOptions = {},
): Pairing[] {
  try {
    const registry = options.registry ?? bundledRegistry();
    const year = yearOf(options.on);
    if (year === undefined) return [];
    let target: Region | undefined;
    let nameOnly: string | undefined;
    if (typeof region === 'string') {
      target = findRegion(region, { registry });
      if (target === undefined) nameOnly = normalizeName(region);
    } else if (region !== null && typeof region === 'object') {
      if (typeof region.code === 'string') target = lookupIndex(registry).byCode.get(region.code);
      if (target === undefined && typeof region.name === 'string') {
        target = findRegion(region.name, { registry });
        if (target === undefined) nameOnly = normalizeName(region.name);
      }
    }
    if (target === undefined && (nameOnly === undefined || nameOnly === '')) return [];
    const matches = (side: PairingSide): boolean => {
      if (side.kind !== 'region') return false;
      if (target === undefined) return normalizeName(side.name) === nameOnly;
      const r = sideRegion(side, registry);
      if (r === undefined) return false;
      return r === target || (options.descendants === true && isAncestor(target, r));
    };
    return registry.pairings.filter(
      (p) => (year === null || activeIn(p, year)) && (matches(p.east) || matches(p.west)),
    );
  } catch {
    return [];
  }
}
