/**
 * The registry as the side rules of the extraction ask it (roles, pairings, partners), answered
 * once per region for an article and kept for the rest of it.
 *
 * @module
 * @internal
 */
import type { Pairing, PairingSide, Programme } from '../domain/pairing.js';
import type { IsoDate } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import { findRegion } from '../registry/find-region.js';
import { pairingsOf } from '../registry/pairings-of.js';
import { bundledRegistry, type Registry } from '../registry/registry.js';
import { regionRole } from '../registry/roles.js';
import { insidePrefix, type SideOracle, type SideRole } from './sides.js';

/**
 * Which programme's roles an article is read in: 东西部（扶贫）协作 (both phases), or 对口支援. A region
 * helps in one and is helped in the other (河北 helped by 北京 and 天津 in 2016–2020, helping 巴州 in
 * 对口支援), so its side depends on the programme the text reports on.
 */
export type ProgrammeScope = 'east_west' | 'paired_support';

/** Whether a pairing side is `region`, encloses it or lies inside it (by GB/T code). */
function touches(side: PairingSide, region: Region): boolean {
  if (side.kind !== 'region' || side.code === null) return false;
  const code = side.code;
  if (code === region.code || region.parents.includes(code)) return true;
  return code.startsWith(insidePrefix(region)); // inside the region
}

/**
 * A {@link SideOracle} over a registry at a date (the article's publication date; every year when
 * it is not known). Answers are kept per region code, so an article costs one registry look-up per
 * region it names.
 *
 * @example
 * ```ts
 * const oracle = registryOracle(undefined, '2023-07-01');
 * oracle.role(findRegion('上海市')!); // 'east'
 * ```
 */
export function registryOracle(registry: Registry | undefined, on: IsoDate | undefined, scope: ProgrammeScope = 'east_west'): SideOracle {
  // Pairings are active by calendar year: one oracle per registry, year and programme serves every
  // article of that year (its answers are kept as it is asked).
  const reg = registry ?? bundledRegistry();
  let byKey = oracles.get(reg);
  if (byKey === undefined) {
    byKey = new Map();
    oracles.set(reg, byKey);
  }
  const key = `${on === undefined ? 'any' : on.slice(0, 4)}|${scope}`;
  let oracle = byKey.get(key);
  if (oracle === undefined) {
    oracle = buildOracle(registry, on === undefined ? undefined : (`${on.slice(0, 4)}-07-01` as IsoDate), scope);
    byKey.set(key, oracle);
  }
  return oracle;
}

const oracles = new WeakMap<Registry, Map<string, SideOracle>>();

/** The oracle of {@link registryOracle}, built for one year and programme. */
function buildOracle(registry: Registry | undefined, on: IsoDate | undefined, scope: ProgrammeScope): SideOracle {
  const base = { ...(registry === undefined ? {} : { registry }), ...(on === undefined ? {} : { on }) };
  const programmes: readonly Programme[] = scope === 'paired_support' ? ['paired_support'] : ['east_west_poverty_alleviation', 'east_west_cooperation'];
  const roleIn = (region: Region): SideRole => {
    let east = false;
    let west = false;
    for (const programme of programmes) {
      const r = regionRole(region, { ...base, programme });
      if (r === 'east' || r === 'both') east = true;
      if (r === 'west' || r === 'both') west = true;
    }
    return east && west ? 'both' : east ? 'east' : west ? 'west' : null;
  };
  const roles = new Map<string, SideRole>();
  const around = new Map<string, Pairing[]>();
  const own = new Map<string, Pairing[]>();
  const pairingsAround = (region: Region): Pairing[] => {
    let list = around.get(region.code);
    if (list === undefined) {
      list = pairingsOf(region, { ...base, descendants: true });
      around.set(region.code, list);
    }
    return list;
  };
  return {
    role(region) {
      let role = roles.get(region.code);
      if (role === undefined) {
        role = roleIn(region);
        roles.set(region.code, role);
      }
      return role;
    },
    paired(east, west) {
      return pairingsAround(east).some((p) => touches(p.east, east) && touches(p.west, west));
    },
    pairedExactly(east, west) {
      return pairingsAround(east).some((p) => p.inheritedFrom === undefined && p.east.kind === 'region' && p.east.code === east.code && p.west.kind === 'region' && p.west.code === west.code);
    },
    partner(region, side) {
      let list = own.get(region.code);
      if (list === undefined) {
        list = pairingsOf(region, { ...base, inherit: false });
        own.set(region.code, list);
      }
      const found = new Map<string, RegionRef>();
      for (const p of list) {
        const mine = side === 'east' ? p.west : p.east;
        const other = side === 'east' ? p.east : p.west;
        if (mine.kind !== 'region' || mine.code !== region.code) continue;
        if (other.kind !== 'region') return undefined; // a group or an unknown partner: not one region
        const key = other.code ?? other.name;
        if (!found.has(key)) found.set(key, { name: other.name, code: other.code });
      }
      if (found.size !== 1) return undefined;
      const ref = [...found.values()][0] as RegionRef;
      // The registry's own name of the partner, when it knows the code.
      const known = ref.code === null ? undefined : findRegion(ref.code, registry === undefined ? {} : { registry });
      return known === undefined ? ref : { name: known.name, code: known.code };
    },
  };
}
