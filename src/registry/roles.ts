/**
 * Roles of regions in the programmes, from the registry's pairings: which side a region is on
 * (helping `east`, helped `west`, or `both`), and the eastern and western provinces of a phase.
 *
 * @module
 */
import type { Pairing, PairingSide, Programme } from '../domain/pairing.js';
import type { IsoDate } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import { activeIn, codeWithin, enclosingCodes, pairingIndex, resolveTarget, yearOf } from './pairings-of.js';
import { bundledRegistry } from './registry.js';
import type { Registry } from './registry.js';

/**
 * The side a region is on: `east` (helping), `west` (helped), `both`.
 *
 * @example
 * ```ts
 * const role: RegionRole = 'both'; // 河北省：2016—2020年受北京帮扶，同时对口支援新疆
 * ```
 */
export type RegionRole = 'east' | 'west' | 'both';

/**
 * Options of {@link regionRole}.
 *
 * @example
 * ```ts
 * const options: RegionRoleOptions = { on: '2018-06-01', programme: 'paired_support' }; // 对口支援
 * ```
 */
export interface RegionRoleOptions {
  /** Only pairings active on this day; without it, pairings of every year. */
  on?: Date | IsoDate;
  /** Only pairings of this programme; without it, every programme (对口支援 included). */
  programme?: Programme;
  /** The registry to read; the bundled one by default. */
  registry?: Registry;
}

/** The region code a side stands for: its own, or the region a group lies `within`. */
function sideCode(p: Pairing, which: 'east' | 'west', codes: { east: string | null; west: string | null } | undefined): string | null {
  const side: PairingSide = p[which];
  if (side.kind === 'region') return codes?.[which] ?? side.code;
  if (side.kind === 'group') return side.within?.code ?? null;
  return null;
}

/**
 * The side a region is on in the registry's pairings active at `on`: `east` when it, a region
 * enclosing it or a region inside it is the helping side of such a pairing, `west` when the helped
 * side, `both` when both (河北 helped by 北京 through 张家口/保定 in 2016–2020 and helping 巴州 in
 * 对口支援 since 2010), `null` when none or the region is not known. A group side counts for the
 * region it lies `within`. Enclosing regions come from the code (`enclosingCodes`), so any GB/T
 * code resolves. Never throws.
 *
 * @example
 * ```ts
 * regionRole('上海市', { on: '2023-01-01' }); // 'east'
 * regionRole('云南省', { on: '2023-01-01' }); // 'west'
 * regionRole('河北省', { on: '2018-06-01' }); // 'both' —— 受援（京冀）又援疆
 * regionRole('新疆维吾尔自治区', { on: '2018-06-01' }); // 'west'
 * regionRole('530602', { on: '2023-01-01' }); // 'west' —— 昭阳区
 * ```
 */
export function regionRole(region: Region | RegionRef | string, options: RegionRoleOptions = {}): RegionRole | null {
  try {
    const registry = options.registry ?? bundledRegistry();
    const year = yearOf(options.on);
    if (year === undefined) return null;
    const index = pairingIndex(registry);
    const target = resolveTarget(region, registry, index);
    if (target === undefined || target.code === null) return null;
    const self = target.code;
    const around = new Set([self, ...enclosingCodes(self)]);
    const covers = (code: string | null): boolean => code !== null && (around.has(code) || codeWithin(code, self, index));
    let east = false;
    let west = false;
    for (const p of registry.pairings) {
      if (!activeIn(p, year) || (options.programme !== undefined && p.programme !== options.programme)) continue;
      const codes = index.codes.get(p);
      if (!east && covers(sideCode(p, 'east', codes))) east = true;
      if (!west && covers(sideCode(p, 'west', codes))) west = true;
      if (east && west) break;
    }
    return east && west ? 'both' : east ? 'east' : west ? 'west' : null;
  } catch {
    return null;
  }
}

/**
 * Options of {@link easternProvinces} and {@link westernProvinces}.
 *
 * @example
 * ```ts
 * const options: ProvinceSetOptions = { phase: 'ewpa-2016' }; // 2016年指导意见的结对
 * ```
 */
export interface ProvinceSetOptions {
  /** Only pairings active on this day. */
  on?: Date | IsoDate;
  /** Only pairings of this phase (an id of `PROGRAMME_PHASES`: `ewpa-1996`, `ewc-2021` …). */
  phase?: string;
  /**
   * Only pairings of this programme. Default: both East–West programmes (东西部扶贫协作 and
   * 东西部协作), not 对口支援.
   */
  programme?: Programme;
  /**
   * `province` (default): rows whose helped side is a whole province (天津→甘肃; 大连→贵州 counts
   * 辽宁). `prefecture`: also rows whose helped side is a prefecture (江苏→西宁 adds 青海, 北京→张家口
   * adds 河北 to the western set).
   */
  level?: 'province' | 'prefecture';
  /** The registry to read; the bundled one by default. */
  registry?: Registry;
}

/** The province codes of the helping (`east`) or helped (`west`) sides of the selected rows. */
function provinces(which: 'east' | 'west', options: ProvinceSetOptions): Set<string> {
  const out = new Set<string>();
  try {
    const registry = options.registry ?? bundledRegistry();
    const year = yearOf(options.on);
    if (year === undefined) return out;
    const index = pairingIndex(registry);
    for (const p of registry.pairings) {
      if (!activeIn(p, year)) continue;
      if (options.programme !== undefined ? p.programme !== options.programme : p.programme === 'paired_support') continue;
      if (options.phase !== undefined && p.phase !== options.phase) continue;
      const codes = index.codes.get(p);
      const west = sideCode(p, 'west', codes);
      const east = sideCode(p, 'east', codes);
      if (west === null || east === null || p.west.kind !== 'region') continue;
      const level = west.endsWith('0000') ? 'province' : west.endsWith('00') && west.slice(2, 4) !== '90' ? 'prefecture' : 'county';
      if (level === 'county' || (level === 'prefecture' && options.level !== 'prefecture')) continue;
      out.add(`${(which === 'east' ? east : west).slice(0, 2)}0000`);
    }
  } catch {
    return out;
  }
  return out;
}

/**
 * The provinces on the helping side of the registry's province-level East–West rows (the provinces
 * of 计划单列市 count: 大连 → 辽宁), optionally of one phase, programme or day. Never throws.
 *
 * @example
 * ```ts
 * easternProvinces({ phase: 'ewc-2021' }).has('370000'); // true —— 山东（鲁渝、鲁甘）
 * easternProvinces({ phase: 'ewpa-2016' }).size; // 8 —— 京、津、沪、苏、浙、闽、鲁、粤
 * ```
 */
export function easternProvinces(options: ProvinceSetOptions = {}): Set<string> {
  return provinces('east', options);
}

/**
 * The provinces on the helped side of the registry's province-level East–West rows, optionally of
 * one phase, programme or day; `level: 'prefecture'` adds the provinces of prefecture rows (贵州,
 * 青海 in 2016–2020 are paired by prefecture). Never throws.
 *
 * @example
 * ```ts
 * westernProvinces({ on: '2023-01-01' }).has('530000'); // true —— 云南
 * westernProvinces({ phase: 'ewpa-2016', level: 'prefecture' }).has('520000'); // true —— 贵州
 * ```
 */
export function westernProvinces(options: ProvinceSetOptions = {}): Set<string> {
  return provinces('west', options);
}
