/**
 * Region look-ups: by name, alias, traditional script, parent chains and code; mentions in text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bundledRegistry,
  findRegion,
  findRegions,
  gazetteerRegions,
  loadRegistry,
  lookupRegion,
} from '../src/registry/index.js';
import { toSimplified, toTraditional } from '../src/article/index.js';
import type { Registry } from '../src/registry/index.js';

const seed = (name: string): string => readFileSync(new URL(`../seeds/${name}`, import.meta.url), 'utf8');

describe('findRegion', () => {
  it.each([
    ['迭部县', '623024'],
    ['迭部', '623024'],
    ['甘南州迭部县', '623024'],
    ['甘肃省甘南藏族自治州迭部县', '623024'],
    ['甘肃迭部', '623024'],
    ['迭部縣', '623024'],
    ['甘肅省甘南州迭部縣', '623024'],
    ['623024', '623024'],
    ['６２３０２４', '623024'],
    [' 迭部 ', '623024'],
    ['甘南州', '623000'],
    ['甘南', '623000'],
    ['平凉', '620800'],
    ['静宁县', '620826'],
    ['靜寧縣', '620826'],
    ['平凉市静宁县', '620826'],
    ['白银市靖远县', '620421'],
    ['靖遠縣', '620421'],
    ['庆阳市华池县', '621023'],
    ['兴隆县', '130822'],
    ['河北承德兴隆县', '130822'],
    ['天津河东区', '120102'],
    ['天津市武清区', '120114'],
    ['河西區', '120103'],
    ['蓟县', '120119'],
    ['岷县', '621126'],
    ['环县', '621022'],
  ])('%s → %s', (name, code) => {
    expect(findRegion(name)?.code).toBe(code);
  });

  it('resolves a short form shared by a province and a district by context', () => {
    expect(findRegion('河北')?.name).toBe('河北省');
    expect(findRegion('天津河北')?.name).toBe('河北区');
    expect(findRegion('天津市河北区')?.code).toBe('120105');
  });

  it('finds 平泉 by its former code and former name (县130823 → 市130881)', () => {
    expect(findRegion('130823')?.name).toBe('平泉市');
    expect(findRegion('平泉县')?.code).toBe('130881');
  });

  it('gives undefined for unknown names, wrong chains and non-strings, never throwing', () => {
    expect(findRegion('不存在县')).toBeUndefined();
    expect(findRegion('天津迭部县')).toBeUndefined(); // 迭部县 is not in 天津
    expect(findRegion('迭部县人民政府')).toBeUndefined();
    expect(findRegion('999999')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
    expect(findRegion('迭'.repeat(100_000))).toBeUndefined();
    expect(findRegion(42 as unknown as string)).toBeUndefined();
    expect(findRegion('\ud800迭部')).toBeUndefined();
    const notLoaded = { registry: { version: 'x' } as unknown as Registry };
    expect(findRegion('迭部', notLoaded)).toBeUndefined();
    expect(findRegions('迭部', notLoaded)).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = findRegion(s);
        expect(r === undefined || typeof r.code === 'string').toBe(true);
      }),
    );
  });

  it('finds every bundled region by its name, each alias and their traditional forms (or lists it among the candidates)', () => {
    let shared = 0;
    for (const row of gazetteerRegions()) {
      for (const name of [row.name, ...(row.aliases ?? [])]) {
        const r = lookupRegion(name);
        expect(r.status, name).not.toBe('not_found');
        if (r.status === 'ambiguous') {
          // A name several regions share (朝阳区, 鼓楼区): this one is among the candidates.
          shared++;
          expect(r.candidates.map((c) => c.code), name).toContain(row.code);
        } else if (r.status === 'found' && r.region.code !== row.code) {
          // A short form shared with a higher unit names that unit (吉林 → 吉林省).
          expect(r.region.parents.length, name).toBeLessThanOrEqual(row.parents.length);
        }
        const t = lookupRegion(toTraditional(name));
        expect(t, name).toEqual(r);
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('uses a caller registry when given one', () => {
    const r = loadRegistry({
      version: 'test',
      regions: [
        { code: '620000', name: '甘肃省', level: 'province', parents: [] },
        { code: '621100', name: '定西市', level: 'prefecture', parents: ['620000'], aliases: ['定西'] },
        { code: '621126', name: '岷县', level: 'county', parents: ['620000', '621100'], aliases: ['岷州'] },
      ],
      pairings: [],
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(findRegion('岷州', { registry: r.data })?.code).toBe('621126');
    expect(findRegion('岷州')).toBeUndefined();
    expect(findRegion('迭部', { registry: r.data })).toBeUndefined();
  });
});

describe('traditional script', () => {
  it('converts region characters one to one, keeping length', () => {
    expect(toSimplified('甘肅『兩縣一區』')).toBe('甘肃『两县一区』');
    expect(toTraditional('静宁县')).toBe('靜寧縣');
    for (const row of gazetteerRegions()) {
      const t = toTraditional(row.name);
      expect(t.length).toBe(row.name.length);
      expect(toSimplified(t)).toBe(row.name);
    }
  });
});

describe('findRegions', () => {
  it('finds the pairing in the headline of seed 001', () => {
    const text = seed('001_81f5c1ebe536e262.txt');
    const line = '天津武清携手甘肃静宁奔小康';
    const at = text.indexOf(line);
    const found = findRegions(text).filter((m) => m.start >= at && m.end <= at + line.length);
    expect(found.map((m) => m.region.code)).toEqual(['120000', '120114', '620000', '620826']);
  });

  it('reads seed 004 in traditional script, with offsets into the original text', () => {
    const text = seed('004_7d29d2d5cf896e98.txt');
    const found = findRegions(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.some((m) => m.text === '河西區' && m.region.code === '120103')).toBe(true);
    expect(found.some((m) => m.text === '甘肅' && m.region.code === '620000')).toBe(true);
  });

  it('takes ambiguous short forms only after a parent', () => {
    expect(findRegions('河西走廊').length).toBe(0);
    expect(findRegions('世界和平').length).toBe(0);
    expect(findRegions('天津和平区援派靖远县').map((m) => m.region.name)).toEqual(['天津市', '和平区', '靖远县']);
    expect(findRegions('甘肃白银').map((m) => m.region.name)).toEqual(['甘肃省', '白银市']);
  });

  it('prefers the longest name (平凉市 over 平凉, 甘南藏族自治州 over 甘南)', () => {
    expect(findRegions('平凉市静宁县').map((m) => m.text)).toEqual(['平凉市', '静宁县']);
    expect(findRegions('甘南藏族自治州迭部县').map((m) => m.text)).toEqual(['甘南藏族自治州', '迭部县']);
  });

  it('finds the partners named in each seed article', () => {
    const codes = (f: string) => new Set(findRegions(seed(f)).map((m) => m.region.code));
    expect([...codes('000_1d07baa1f37797c3.txt')]).toEqual(expect.arrayContaining(['120102', '623024']));
    expect([...codes('001_81f5c1ebe536e262.txt')]).toEqual(expect.arrayContaining(['120114', '620826']));
    expect([...codes('002_4c4fd5b842c920f1.txt')]).toEqual(expect.arrayContaining(['120101', '620421']));
    expect([...codes('003_6c6ff32b062797d8.txt')]).toEqual(expect.arrayContaining(['120113', '621023', '130822']));
  });

  it('gives spans that match the input for any string, and [] for non-strings (property)', () => {
    expect(findRegions(undefined as unknown as string)).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('迭部', '甘南州', '天津', '河西', '區', '縣', '静宁县', '和平'), fc.string({ unit: 'binary', maxLength: 3 }))),
        (parts) => {
          const text = parts.join('');
          let last = 0;
          for (const m of findRegions(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
          }
        },
      ),
    );
  });

  it('has every bundled region with a consistent parent chain', () => {
    const reg = bundledRegistry();
    const byCode = new Map(reg.regions.map((r) => [r.code, r]));
    expect(reg.regions.filter((r) => r.parents[0] === '120000' && r.level === 'district')).toHaveLength(16);
    for (const r of reg.regions) {
      r.parents.forEach((p, i) => {
        const parent = byCode.get(p);
        expect(parent, `${r.name} parent ${p}`).toBeDefined();
        expect(parent?.parents, r.name).toEqual(r.parents.slice(0, i));
        expect(r.code.startsWith(p.replace(/0+$/, '').slice(0, i === 0 ? 2 : 4)), r.name).toBe(true);
      });
    }
  });
});
