/**
 * Pairings: the bundled data, pairingsOf at dates in both phases and outside, and loading a
 * caller's registry with typed errors.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_REGISTRY_DATA,
  bundledRegistry,
  findRegion,
  loadRegistry,
  PAIRINGS_DATA,
  pairingsOf,
} from '../src/registry/index.js';
import type { Pairing } from '../src/domain/index.js';
import { BASE_PAIRINGS } from '../src/data/pairings.js';

const westNames = (ps: Pairing[]) => ps.map((p) => (p.west.kind === 'region' ? p.west.name : p.west.kind));

describe('bundled pairings', () => {
  it('load and validate', () => {
    const r = loadRegistry(BUNDLED_REGISTRY_DATA);
    expect(r.success).toBe(true);
    expect(bundledRegistry().pairings.length).toBe(PAIRINGS_DATA.length);
  });

  it('keep every upstream row, the unknown partners explicit', () => {
    const origins = new Set(PAIRINGS_DATA.flatMap((p) => (p.origin ?? '').split('; ')));
    for (let i = 0; i < 30; i++) expect(origins.has(`county_pairings[${i}]`), `row ${i}`).toBe(true);
    for (let i = 0; i < 5; i++) expect(origins.has(`programme_level[${i}]`)).toBe(true);
    for (let i = 0; i < 6; i++) expect(origins.has(`other_pairings_seen[${i}]`)).toBe(true);
    const unknown = PAIRINGS_DATA.filter((p) => p.west.kind === 'unknown');
    expect(unknown.map((p) => p.east.kind === 'region' && p.east.name).sort()).toEqual(['天津市北辰区', '天津市河西区']);
    expect(unknown.every((p) => p.confidence === 'unknown')).toBe(true);
  });

  it('cite sources that exist: seed files of the project, http(s) pages', () => {
    for (const p of PAIRINGS_DATA) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        if (s.kind === 'seed') expect(existsSync(new URL(`../seeds/${s.file}`, import.meta.url)), s.file).toBe(true);
        else expect(s.url).toMatch(/^https?:\/\//);
      }
    }
  });

  it('name Tianjin districts and western counties the region table knows, by code', () => {
    const base = new Set(BASE_PAIRINGS.map((p) => p.id));
    for (const p of bundledRegistry().pairings) {
      if (!base.has(p.id)) continue; // national rows: any region of the country
      for (const side of [p.east, p.west]) {
        if (side.kind !== 'region' || side.code === null) continue;
        const prefix = side.code.slice(0, 2);
        if (['12', '13', '62'].includes(prefix)) expect(findRegion(side.code), `${p.id} ${side.name}`).toBeDefined();
      }
    }
  });
});

describe('pairingsOf', () => {
  it('河东区 → 迭部县 in 2023 (seed 000), not the 1997 岷县 pairing', () => {
    const ps = pairingsOf('河东区', { on: '2023-07-01' });
    expect(westNames(ps)).toEqual(['迭部县']);
    expect(ps[0]?.programme).toBe('east_west_cooperation');
    expect(westNames(pairingsOf('河东区', { on: '1998-06-01' }))).toEqual(['岷县']);
  });

  it('武清区 → 静宁县 in both phases', () => {
    const early = pairingsOf('武清区', { on: '2018-03-01' });
    expect(westNames(early).sort()).toEqual(['围场满族蒙古族自治县', '泾川县', '静宁县'].sort());
    expect(early.every((p) => p.programme === 'east_west_poverty_alleviation')).toBe(true);
    const late = pairingsOf('武清区', { on: new Date(2021, 8, 15) }); // seed 001: 2021-09-15
    expect(westNames(late).sort()).toEqual(['泾川县', '静宁县'].sort());
    expect(late.every((p) => p.programme === 'east_west_cooperation')).toBe(true);
  });

  it('works from the western side, by alias, traditional script and code', () => {
    for (const name of ['静宁县', '静宁', '靜寧縣', '620826']) {
      const ps = pairingsOf(name, { on: '2019-05-05' });
      expect(ps.map((p) => p.east.kind === 'region' && p.east.code)).toEqual(['120114']);
    }
    expect(pairingsOf(findRegion('靖远县')!, { on: '2021-11-19' }).map((p) => p.east.kind === 'region' && p.east.name)).toEqual(['天津市和平区']);
  });

  it('is empty outside the years (without inheritance) and for unknown regions or invalid dates, without throwing', () => {
    expect(pairingsOf('迭部县', { on: '2015-01-01', inherit: false })).toEqual([]);
    expect(pairingsOf('武清区', { on: '2015-12-31', inherit: false })).toEqual([]);
    // With inheritance (the default) 迭部县 in 2015 gets 甘南州's pairing of the 2010 adjustment, marked.
    const inherited = pairingsOf('迭部县', { on: '2015-01-01' });
    expect(inherited.map((p) => p.id)).toEqual(['120000>623000/ewpa-2010']);
    expect(inherited[0]?.inheritedFrom).toEqual({ name: '甘南藏族自治州', code: '623000' });
    expect(pairingsOf('不存在县', { on: '2023-01-01' })).toEqual([]);
    expect(pairingsOf('迭部县', { on: '2023-02-30' })).toEqual([]);
    expect(pairingsOf('迭部县', { on: new Date(NaN) })).toEqual([]);
    expect(pairingsOf(null as unknown as string)).toEqual([]);
  });

  it('lists every year without a date, and descendants on request', () => {
    expect(pairingsOf('静宁县').map((p) => p.programme).sort()).toEqual(['east_west_cooperation', 'east_west_poverty_alleviation']);
    expect(pairingsOf('甘南州', { on: '2023-01-01', inherit: false })).toEqual([]);
    expect(pairingsOf('甘南州', { on: '2023-01-01' }).every((p) => p.inheritedFrom?.code === '620000')).toBe(true);
    const inside = pairingsOf('甘南州', { on: '2023-01-01', descendants: true });
    expect(westNames(inside).sort()).toEqual(['临潭县', '迭部县'].sort());
  });

  it('matches sides without a code by their exact name (天津港保税区)', () => {
    expect(westNames(pairingsOf('天津港保税区', { on: '2019-01-01' }))).toEqual(['张家川回族自治县']);
  });

  it('finds 平泉 (then 平泉县 130823) from its current code', () => {
    expect(pairingsOf('130881', { on: '2018-01-01' }).map((p) => p.east.kind === 'region' && p.east.name)).toEqual(['天津市西青区']);
  });

  it('uses a caller registry', () => {
    const r = loadRegistry({
      ...BUNDLED_REGISTRY_DATA,
      pairings: [
        {
          id: 'mine',
          east: { kind: 'region', name: '天津市河东区', code: '120102' },
          west: { kind: 'region', name: '岷县', code: '621126' },
          programme: 'east_west_cooperation',
          years: { from: 2030, to: 2030 },
          sources: [{ kind: 'url', url: 'https://example.org/a' }],
          confidence: 'low',
        },
      ],
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(pairingsOf('河东区', { on: '2030-01-01', registry: r.data }).map((p) => p.id)).toEqual(['mine']);
    expect(pairingsOf('河东区', { on: '2030-01-01' })).toHaveLength(1); // bundled: 迭部县, open-ended
  });
});

describe('loadRegistry errors', () => {
  const first = BUNDLED_REGISTRY_DATA.pairings[0]!;

  it('name the record and the field of a malformed pairing', () => {
    const r = loadRegistry({
      ...BUNDLED_REGISTRY_DATA,
      pairings: [first, { ...first, id: 'bad-1', west: { kind: 'region', name: '迭部县', code: '62302' } }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.code).toBe('INVALID_REGISTRY');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]).toMatchObject({
      pathText: 'registry.pairings[1].west.code',
      record: 'pairing "bad-1"',
      received: '"62302" (string)',
    });
    expect(r.error.message).toContain('registry.pairings[1].west.code (pairing "bad-1"): expected a 6-digit GB/T 2260 code');
  });

  it('name the record and the field of a malformed region', () => {
    const regions = [...BUNDLED_REGISTRY_DATA.regions, { code: '623099', name: '测试县', level: 'town', parents: ['620000', '629900'] }];
    const r = loadRegistry({ ...BUNDLED_REGISTRY_DATA, regions });
    expect(r.success).toBe(false);
    if (r.success) return;
    const paths = r.error.issues.map((i) => `${i.pathText} ${i.record ?? ''}`);
    expect(paths).toContain(`registry.regions[${regions.length - 1}].level region 623099 测试县`);
  });

  it('report duplicate ids, duplicate codes and unknown parents', () => {
    const regions = [...BUNDLED_REGISTRY_DATA.regions, { code: '623024', name: '迭部县', level: 'county', parents: ['620000', '629900'] }];
    const r = loadRegistry({ ...BUNDLED_REGISTRY_DATA, regions, pairings: [first, first] });
    expect(r.success).toBe(false);
    if (r.success) return;
    const text = r.error.issues.map((i) => `${i.pathText}: ${i.expected}`);
    const last = regions.length - 1;
    expect(text).toContain(`registry.regions[${last}].code: expected a code used by one region only, 623024 is also used by regions[${BUNDLED_REGISTRY_DATA.regions.findIndex((x) => x.code === '623024')}]`);
    expect(text).toContain(`registry.regions[${last}].parents[1]: expected the code of a region in the registry, 629900 is not one`);
    expect(text).toContain('registry.pairings[1].id: expected a unique id, "120102>623024/ewc" is also used by pairings[0]');
  });

  it('never throw on garbage', () => {
    for (const input of [undefined, null, 'registry', 42, [], { regions: 'x' }, { version: '1', regions: [null], pairings: [1] }]) {
      const r = loadRegistry(input);
      expect(r.success).toBe(false);
    }
  });
});
