/**
 * The registry of regions and pairings: look-ups by name, alias, traditional script and code,
 * region mentions in text, pairings of a region at a date, and loading a caller's own registry.
 *
 * @module
 */
export {
  RegistryDataSchema,
  loadRegistry,
  bundledRegistry,
  BUNDLED_REGISTRY_DATA,
} from './registry.js';
export type { RegistryDataInput, Registry, RegistryOptions } from './registry.js';
export { findRegion, findRegions } from './find-region.js';
export type { RegionMention } from './find-region.js';
export { pairingsOf } from './pairings-of.js';
export type { PairingsOfOptions } from './pairings-of.js';
export { REGIONS_DATA, REGIONS_VERSION } from '../data/regions.js';
export { PAIRINGS_DATA, PAIRINGS_VERSION, PAIRINGS_OPEN_QUESTIONS } from '../data/pairings.js';
export { regionRole, easternProvinces, westernProvinces } from './roles.js';
export type { RegionRole, RegionRoleOptions, ProvinceSetOptions } from './roles.js';
