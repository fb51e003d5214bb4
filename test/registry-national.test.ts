/**
 * The national pairing registry: every row sourced and found by pairingsOf inside its years and
 * not outside; inheritance for regions without a pairing; programme phases; roles.
 */
import { describe, expect, it } from 'vitest';
import { PROGRAMME_PHASES } from '../src/data/programme-phases.js';
import { NATIONAL_MERGES, NATIONAL_PAIRINGS_DATA } from '../src/data/pairings-national.js';
import { ConfidenceLevelSchema, ProgrammePhaseSchema } from '../src/domain/pairing.js';
import type { Pairing } from '../src/domain/pairing.js';
import {
  bundledRegistry,
  easternProvinces,
  PAIRINGS_DATA,
  pairingsOf,
  regionRole,
  westernProvinces,
} from '../src/registry/index.js';
import { enclosingCodes } from '../src/registry/pairings-of.js';

const pairings = bundledRegistry().pairings;
const levelOf = (p: Pairing): string => {
  const c = p.west.kind === 'region' ? p.west.code : null;
  if (c === null) return p.west.kind === 'region' ? 'county (no code)' : p.west.kind;
  return c.endsWith('0000') ? 'province' : c.endsWith('00') ? 'prefecture' : 'county';
};

describe('national rows', () => {
  it('every row has a source, a valid confidence, a known phase; ids are unique', () => {
    const phases = new Set(PROGRAMME_PHASES.map((p) => p.id));
    const ids = new Set<string>();
    for (const p of PAIRINGS_DATA) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(ConfidenceLevelSchema.safeParse(p.confidence).success, p.id).toBe(true);
      if (p.phase !== undefined) expect(phases.has(p.phase), `${p.id} ${p.phase}`).toBe(true);
      expect(ids.has(p.id), `duplicate ${p.id}`).toBe(false);
      ids.add(p.id);
    }
    expect(pairings.length).toBe(PAIRINGS_DATA.length);
  });

  it('keep every row of pairings-national.md: as a row or merged into a Tianjin row', () => {
    const origins = new Set(PAIRINGS_DATA.flatMap((p) => (p.origin ?? '').split('; ')));
    const tables: Record<string, number> = { A: 37, B1: 69, B2: 27, C1: 75, C2: 7 };
    for (const [table, n] of Object.entries(tables)) {
      for (let i = 1; i <= n; i++) expect(origins.has(`national.md ${table}#${i}`), `${table}#${i}`).toBe(true);
    }
    for (const m of NATIONAL_MERGES) expect(PAIRINGS_DATA.some((p) => p.id === m.into && p.origin?.includes(m.origin))).toBe(true);
    // Merged, not doubled: 天津→甘肃 2021– is one row.
    expect(pairings.filter((p) => p.programme === 'east_west_cooperation' && p.east.kind === 'region' && p.east.code === '120000' && p.west.kind === 'region' && p.west.code === '620000')).toHaveLength(1);
  });

  it('every phase validates and has a source', () => {
    for (const phase of PROGRAMME_PHASES) expect(ProgrammePhaseSchema.safeParse(phase).success, phase.id).toBe(true);
  });

  it('pairingsOf finds every row from each coded side inside its years, and not outside', () => {
    let checked = 0;
    for (const p of pairings) {
      for (const side of [p.east, p.west]) {
        if (side.kind !== 'region') continue;
        const key = side.code ?? side.name;
        const inside = `${p.years.to === null ? Math.max(p.years.from, 2024) : p.years.to}-07-01`;
        expect(pairingsOf(key, { on: inside }).some((q) => q.id === p.id && q.inheritedFrom === undefined), `${p.id} from ${key} on ${inside}`).toBe(true);
        expect(pairingsOf(key, { on: `${p.years.from}-01-01` }).some((q) => q.id === p.id), `${p.id} first year`).toBe(true);
        const before = `${p.years.from - 1}-12-31`;
        expect(pairingsOf(key, { on: before, inherit: false }).some((q) => q.id === p.id), `${p.id} before`).toBe(false);
        expect(pairingsOf(key, { on: before }).some((q) => q.id === p.id && q.inheritedFrom === undefined), `${p.id} before`).toBe(false);
        if (p.years.to !== null) {
          expect(pairingsOf(key, { on: `${p.years.to + 1}-01-01`, inherit: false }).some((q) => q.id === p.id), `${p.id} after`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('prints counts by level, phase and programme', () => {
    const counts = new Map<string, number>();
    for (const p of pairings) {
      const k = `${levelOf(p)} | ${p.phase ?? '(none)'} | ${p.programme}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
    console.log(`pairings: ${pairings.length}\n${rows.map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n')}`);
    expect(rows.reduce((s, [, n]) => s + n, 0)).toBe(pairings.length);
    expect(NATIONAL_PAIRINGS_DATA.length).toBeGreaterThan(200);
  });
});

describe('pairingsOf for any region of the country', () => {
  it('a county with no row of its own gets its prefecture’s pairing, marked (丰宁 → 承德市)', () => {
    const ps = pairingsOf('130826', { on: '2018-06-01' });
    expect(ps.map((p) => p.id)).toEqual(['120000>130800/ewpa']);
    expect(ps[0]?.inheritedFrom).toEqual({ name: '承德市', code: '130800' });
    expect(pairingsOf('130826', { on: '2018-06-01', inherit: false })).toEqual([]);
  });

  it('else its province’s (武山县 in 天水市, which has no row → 甘肃省)', () => {
    const ps = pairingsOf('620524', { on: '2023-06-01' });
    expect(ps.length).toBeGreaterThan(0);
    expect(ps.every((p) => p.inheritedFrom?.code === '620000')).toBe(true);
    expect(ps.map((p) => p.east.kind === 'region' && p.east.code).sort()).toEqual(['120000', '370000']);
  });

  it('skips the prefecture step for 省直辖 units and derives the enclosing codes from the digits', () => {
    expect(enclosingCodes('620524')).toEqual(['620500', '620000']);
    expect(enclosingCodes('429004')).toEqual(['420000']);
    expect(enclosingCodes('659004')).toEqual(['650000']);
    expect(enclosingCodes('513400')).toEqual(['510000']);
    expect(enclosingCodes('510000')).toEqual([]);
    expect(enclosingCodes('12345')).toEqual([]);
    const xiantao = pairingsOf('429004', { on: '2018-06-01' });
    expect(xiantao.length).toBeGreaterThan(0);
    expect(xiantao.every((p) => p.inheritedFrom?.code === '420000')).toBe(true); // 湖北 → 博州 (对口支援)
  });

  it('keeps the region’s own pairings when it has any, and descendants on request', () => {
    expect(pairingsOf('530602', { on: '2023-06-01' }).map((p) => p.id)).toEqual(['310117>530602/ewc-2021']);
    const zhaotong = pairingsOf('530600', { on: '2023-06-01', descendants: true }).map((p) => p.id);
    expect(zhaotong).toContain('310117>530600/ewc-2021');
    expect(zhaotong).toContain('310117>530629/ewc-2021');
    expect(pairingsOf('530600', { on: '2023-06-01', programme: 'paired_support' }).every((p) => p.programme === 'paired_support')).toBe(true);
  });

  it('matches development zones and towns by name', () => {
    expect(pairingsOf('虎门镇', { on: '2023-01-01' }).map((p) => p.west.kind === 'region' && p.west.code)).toEqual(['520628']);
    expect(pairingsOf('泰州港经济开发区', { on: '2018-01-01' }).map((p) => p.west.kind === 'region' && p.west.code)).toEqual(['610430']);
  });

  it('gives [] for unknown regions, without throwing', () => {
    expect(pairingsOf('990101', { on: '2023-01-01' })).toEqual([]);
    expect(pairingsOf('不存在县', { on: '2023-01-01' })).toEqual([]);
    expect(pairingsOf({ name: '', code: null })).toEqual([]);
    expect(pairingsOf(42 as unknown as string)).toEqual([]);
  });
});

describe('roles', () => {
  it('上海 east, 云南 west, 河北 both in 2018, 新疆 west', () => {
    expect(regionRole('上海市', { on: '2023-01-01' })).toBe('east');
    expect(regionRole('310000', { on: '2018-01-01' })).toBe('east');
    expect(regionRole('530000', { on: '2023-01-01' })).toBe('west');
    expect(regionRole('河北省', { on: '2018-06-01' })).toBe('both');
    expect(regionRole('河北省', { on: '2018-06-01', programme: 'east_west_poverty_alleviation' })).toBe('west');
    expect(regionRole('河北省', { on: '2018-06-01', programme: 'paired_support' })).toBe('east');
    expect(regionRole('新疆维吾尔自治区', { on: '2018-06-01' })).toBe('west');
    expect(regionRole({ name: '和田地区', code: '653200' }, { on: '2018-06-01' })).toBe('west');
  });

  it('reads a county through its enclosing regions and a province through its parts', () => {
    expect(regionRole('530602', { on: '2023-01-01' })).toBe('west'); // 昭阳区
    expect(regionRole('120106', { on: '2023-01-01' })).toBe('east'); // 红桥区, no row of its own
    expect(regionRole('620524', { on: '2023-01-01' })).toBe('west'); // 武山县
  });

  it('is null for unknown regions and invalid dates', () => {
    expect(regionRole('990101')).toBeNull();
    expect(regionRole('不存在县')).toBeNull();
    expect(regionRole('上海市', { on: '2023-02-30' })).toBeNull();
  });

  it('eastern and western provinces of a phase', () => {
    const east2016 = [...easternProvinces({ phase: 'ewpa-2016' })].sort();
    expect(east2016).toEqual(['110000', '120000', '310000', '320000', '330000', '350000', '370000', '440000']);
    const west2016 = [...westernProvinces({ phase: 'ewpa-2016' })].sort();
    expect(west2016).toEqual(['150000', '450000', '500000', '510000', '530000', '610000', '620000', '640000']);
    const wider = westernProvinces({ phase: 'ewpa-2016', level: 'prefecture' });
    for (const code of ['520000', '630000', '130000']) expect(wider.has(code), code).toBe(true);
    expect(westernProvinces({ on: '2023-01-01' }).has('520000')).toBe(true); // 广东→贵州 2021–
    expect(easternProvinces({ on: '2023-01-01' }).has('650000')).toBe(false);
    expect(westernProvinces({ programme: 'paired_support', level: 'prefecture' }).has('650000')).toBe(true);
    expect(easternProvinces({ phase: 'ewpa-1996' }).has('210000')).toBe(true); // 大连 → 辽宁
  });
});
