/**
 * Province abbreviations (沪, 粤, 津 …) by code unit, read once from `PROVINCE_ABBREVIATIONS` for the
 * direction cues (来沪, 赴粤) and the programme names (沪滇协作) of the extraction.
 *
 * @module
 * @internal
 */
import { PROVINCE_ABBREVIATIONS } from '../data/region-short-forms.js';

/** 1 for the code unit of each abbreviation: a one-lookup pre-check. */
const UNITS = new Uint8Array(0x10000);
/** Province code of each abbreviation's code unit. */
const CODES = new Map<number, string>();
for (const [code, list] of Object.entries(PROVINCE_ABBREVIATIONS)) {
  for (const a of list) {
    UNITS[a.charCodeAt(0)] = 1;
    CODES.set(a.charCodeAt(0), code);
  }
}

/**
 * The GB/T 2260 code of the province whose one-character abbreviation is the code unit `unit`, or
 * undefined.
 *
 * @example
 * ```ts
 * abbreviationProvince('沪'.charCodeAt(0)); // '310000'
 * abbreviationProvince('的'.charCodeAt(0)); // undefined
 * ```
 */
export function abbreviationProvince(unit: number): string | undefined {
  return UNITS[unit] === 0 ? undefined : CODES.get(unit);
}
