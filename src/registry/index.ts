/**
 * The registry of regions and pairings: look-ups by name, alias, former name, traditional script
 * and code (with the candidates of shared names), region mentions in text, pairings of a region
 * at a date, and loading a caller's own registry.
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
export { findRegion, findRegions, findRegionMentions, lookupRegion } from './find-region.js';
export type {
  RegionMention,
  AmbiguousRegionMention,
  RegionMentions,
  RegionLookup,
  LookupRegionOptions,
} from './find-region.js';
export { pairingsOf } from './pairings-of.js';
export type { PairingsOfOptions } from './pairings-of.js';
export { gazetteerRegions, REGIONS_VERSION } from '../data/regions.js';
export { GAZETTEER_SOURCE } from '../data/gazetteer.js';
export { PROVINCE_ABBREVIATIONS } from '../data/region-short-forms.js';
export { REGION_HISTORY } from '../data/region-history.js';
export type { RegionHistoryRow } from '../data/region-history.js';
export { FormerNameSchema } from '../domain/region.js';
export type { FormerName } from '../domain/region.js';
export { PAIRINGS_DATA, PAIRINGS_VERSION, PAIRINGS_OPEN_QUESTIONS } from '../data/pairings.js';
export { regionRole, easternProvinces, westernProvinces } from './roles.js';
export type { RegionRole, RegionRoleOptions, ProvinceSetOptions } from './roles.js';
