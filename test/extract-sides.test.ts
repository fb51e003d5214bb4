/**
 * The side rules (src/extract/sides.ts) on a small made-up registry: which pairing an article and
 * each of its figures belong to, at every level, with groups for several partners.
 */
import { describe, expect, it } from 'vitest';
import type { Region, RegionRef } from '../src/domain/region.js';
import { figureSides, pickArticleSides, sideRef, type PlacedMention, type SideOracle, type SideRole } from '../src/extract/sides.js';

const r = (code: string, name: string, level: Region['level'], parents: string[] = []): Region => ({ code, name, level, parents, aliases: [] });
const SH = r('310000', '上海市', 'province');
const MH = r('310112', '闵行区', 'district', ['310000']);
const SJ = r('310117', '松江区', 'district', ['310000']);
const YN = r('530000', '云南省', 'province');
const BS = r('530500', '保山市', 'prefecture', ['530000']);
const SD = r('530521', '施甸县', 'county', ['530000', '530500']);
const LL = r('530523', '龙陵县', 'county', ['530000', '530500']);
const ZT = r('530600', '昭通市', 'prefecture', ['530000']);
const TJ = r('120000', '天津市', 'province');
const QD = r('370200', '青岛市', 'prefecture', ['370000']);
const FZ = r('350100', '福州市', 'prefecture', ['350000']);
const GS = r('620000', '甘肃省', 'province');
const DX = r('621100', '定西市', 'prefecture', ['620000']);

/** 上海→云南; 闵行区→保山市; 松江区→昭通市; 天津、青岛、福州→甘肃 (福州→定西). */
const PAIRS: [Region, Region][] = [[SH, YN], [MH, BS], [SJ, ZT], [TJ, GS], [QD, GS], [FZ, DX]];
const within = (outer: Region, inner: Region) => outer.code === inner.code || inner.parents.includes(outer.code);
const oracle: SideOracle = {
  role(region): SideRole {
    const east = PAIRS.some(([e]) => within(e, region) || within(region, e));
    const west = PAIRS.some(([, w]) => within(w, region) || within(region, w));
    return east && west ? 'both' : east ? 'east' : west ? 'west' : null;
  },
  paired(e, w) {
    return PAIRS.some(([pe, pw]) => (within(pe, e) || within(e, pe)) && (within(pw, w) || within(w, pw)));
  },
  pairedExactly(e, w) {
    return PAIRS.some(([pe, pw]) => pe.code === e.code && pw.code === w.code);
  },
  partner(region, side): RegionRef | undefined {
    const found = PAIRS.filter(([e, w]) => (side === 'east' ? w : e).code === region.code).map(([e, w]) => (side === 'east' ? e : w));
    return found.length === 1 ? { name: found[0]!.name, code: found[0]!.code } : undefined;
  },
};

/** Mentions of the regions in `text`, in order, each weighing `weight`. */
function placed(text: string, regions: Region[], weight = 1): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const region of regions) {
    for (let i = text.indexOf(region.name); i >= 0; i = text.indexOf(region.name, i + 1)) out.push({ region, start: i, end: i + region.name.length, weight });
  }
  return out.sort((a, b) => a.start - b.start);
}

const refs = (s: { east: unknown; west: unknown }) => ({ east: sideRef(s.east as never), west: sideRef(s.west as never) });

describe('pickArticleSides', () => {
  it('a province pair named most gives the province pair', () => {
    const text = '上海市对口帮扶云南省。上海市投入云南省资金。闵行区、保山市也在列。';
    expect(refs(pickArticleSides(placed(text, [SH, YN, MH, BS]), oracle, null))).toEqual({
      east: { name: '上海市', code: '310000' },
      west: { name: '云南省', code: '530000' },
    });
  });

  it('a district written in full with its city each time is the side (上海市闵行区)', () => {
    const text = '上海市闵行区对口帮扶保山市。上海市闵行区投入保山市资金。';
    expect(refs(pickArticleSides(placed(text, [SH, MH, BS]), oracle, null))).toEqual({
      east: { name: '闵行区', code: '310112' },
      west: { name: '保山市', code: '530500' },
    });
  });

  it('several eastern partners of one western province make a group', () => {
    const text = '天津市、青岛市、福州市协作甘肃省。天津市…青岛市…福州市…甘肃省';
    expect(refs(pickArticleSides(placed(text, [TJ, QD, FZ, GS]), oracle, null))).toEqual({
      east: { name: '天津市、青岛市、福州市', code: null },
      west: { name: '甘肃省', code: '620000' },
    });
  });

  it('no region of either side: the national groups when given, else nothing', () => {
    const national = { east: { kind: 'group' as const, name: '东部8省市', members: [] }, west: { kind: 'group' as const, name: '西部10省区市', members: [] } };
    expect(refs(pickArticleSides([], oracle, national))).toEqual({ east: { name: '东部8省市', code: null }, west: { name: '西部10省区市', code: null } });
    expect(refs(pickArticleSides([], oracle, null))).toEqual({ east: null, west: null });
  });
});

describe('figureSides', () => {
  const article = pickArticleSides(placed('上海市云南省上海市云南省', [SH, YN]), oracle, null);

  it('a sentence that names both sides gives them', () => {
    const text = '闵行区向保山市投入资金5200万元';
    const s = figureSides(text, placed(text, [MH, BS]), text.indexOf('5200'), article, oracle, null);
    expect(refs(s)).toEqual({ east: { name: '闵行区', code: '310112' }, west: { name: '保山市', code: '530500' } });
  });

  it('a western region alone is completed from the registry when the article side encloses the partner', () => {
    const text = '保山市获得资金5200万元';
    const s = figureSides(text, placed(text, [BS]), text.indexOf('5200'), article, oracle, null);
    expect(refs(s)).toEqual({ east: { name: '闵行区', code: '310112' }, west: { name: '保山市', code: '530500' } });
  });

  it('a county the registry does not pair keeps the article east when it fits', () => {
    const text = '施甸县获得资金5200万元';
    const s = figureSides(text, placed(text, [SD]), text.indexOf('5200'), article, oracle, null);
    expect(refs(s)).toEqual({ east: { name: '上海市', code: '310000' }, west: { name: '施甸县', code: '530521' } });
  });

  it('a chain of names is its deepest region; a list before the figure is a group', () => {
    const chain = '云南省保山市施甸县获得资金5200万元';
    expect(refs(figureSides(chain, placed(chain, [YN, BS, SD]), chain.indexOf('5200'), article, oracle, null)).west).toEqual({ name: '施甸县', code: '530521' });
    const list = '向施甸县、龙陵县投入资金5200万元';
    expect(refs(figureSides(list, placed(list, [SD, LL]), list.indexOf('5200'), article, oracle, null)).west).toEqual({ name: '施甸县、龙陵县', code: null });
  });

  it('the nearest region before the figure is its side, not an earlier one', () => {
    const text = '向施甸县投入3000万元，向龙陵县投入2200万元';
    const m = placed(text, [SD, LL]);
    expect(refs(figureSides(text, m, text.indexOf('3000'), article, oracle, null)).west?.name).toBe('施甸县');
    expect(refs(figureSides(text, m, text.indexOf('2200'), article, oracle, null)).west?.name).toBe('龙陵县');
  });

  it('a sentence with no region keeps the article sides; a national sentence takes the national groups', () => {
    const text = '投入资金5200万元';
    expect(refs(figureSides(text, [], 4, article, oracle, null))).toEqual({ east: { name: '上海市', code: '310000' }, west: { name: '云南省', code: '530000' } });
    const national = { east: { kind: 'group' as const, name: '东部8省市', members: [] }, west: null };
    expect(refs(figureSides(text, [], 4, article, oracle, national))).toEqual({ east: { name: '东部8省市', code: null }, west: null });
  });
});
