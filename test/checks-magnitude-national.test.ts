/**
 * `implausible_magnitude` anywhere in the country: the claim's level read from its sides, the
 * bands of that level, and the sourced reference figures themselves (src/data/reference-magnitudes.ts).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { findAmounts, findQuantities, type Claim, type Finding } from '../src/index.js';
import { checkClaims, REFERENCE_MAGNITUDES, type ReferenceMagnitudes } from '../src/checks/index.js';
import { claimLevel, ERROR_ORDERS, WARNING_ORDERS } from '../src/checks/implausible-magnitude.js';
import { REFERENCE_FIGURES, type SourcedFigure } from '../src/data/reference-magnitudes.js';
import { build, span, year, type ClaimSpec } from './checks-build.js';

const GD = { name: '广东省', code: '440000' };
const GX = { name: '广西壮族自治区', code: '450000' };
const JS = { name: '江苏省', code: '320000' };
const SX = { name: '陕西省', code: '610000' };
const EAST8 = { name: '东部8省市', code: null };
const WEST10 = { name: '西部10省区市', code: null };
const FENGXIAN = { name: '奉贤区', code: '310120' };
const HUIZE = { name: '会泽县', code: '530326' };
const MINHANG = { name: '闵行区', code: '310112' };
const BAOSHAN = { name: '保山市', code: '530500' };

const magnitude = (findings: Finding[]): Finding[] => findings.filter((f) => f.checkId === 'implausible_magnitude');
const one = (spec: Omit<ClaimSpec, 'id'>): Claim[] => build([{ id: 'a', ...spec }]).claims;
const yearly = (sentence: string, figure: string, metric: Claim['metric'], east: Claim['east'], west: Claim['west'], y = 2023): Claim[] =>
  one({ sentence, figure, metric, scope: 'annual', period: year(y), east, west });

describe('the level of a claim, read from its sides', () => {
  const at = (east: Claim['east'], west: Claim['west'], sentence = '投入财政援助资金1亿元。'): string =>
    claimLevel(one({ sentence, figure: '1亿元', metric: 'fiscal_aid', scope: 'annual', period: year(2023), east, west })[0]!);
  it('province codes on both sides: a province pair', () => {
    expect(at(GD, GX)).toBe('province_pair');
    expect(at(JS, null)).toBe('province_pair');
  });
  it('a county or district side: county; a western prefecture before an eastern district', () => {
    expect(at(FENGXIAN, HUIZE)).toBe('county');
    expect(at(FENGXIAN, { name: '云南省', code: '530000' })).toBe('county');
    expect(at(MINHANG, BAOSHAN)).toBe('prefecture');
    expect(at({ name: '杭州市', code: '330100' }, { name: '贵州省', code: '520000' })).toBe('prefecture');
  });
  it('national groups by name or by kind, and national wording when there are no sides', () => {
    expect(at(EAST8, WEST10)).toBe('national');
    const [c] = one({ sentence: '投入财政援助资金1亿元。', figure: '1亿元', metric: 'fiscal_aid', scope: 'annual', period: year(2023) });
    const grouped = { ...c!, east: { name: '东部协作省市', code: null, kind: 'group' } as Claim['east'], west: null };
    expect(claimLevel(grouped)).toBe('national');
    expect(at(null, null, '东部8个省市向西部10个省区市投入财政援助资金1亿元。')).toBe('national');
  });
  it('an uncoded name or no sides at all: unknown', () => {
    expect(at({ name: '天津市', code: '120000' }, { name: '两县一区', code: null })).toBe('unknown');
    expect(at(null, null)).toBe('unknown');
  });
});

describe('implausible_magnitude at the level of the claim', () => {
  it('Guangdong → Guangxi yearly fiscal aid written 83.28万元 for 亿元: error, fix 83.28亿元, the band and its source named', () => {
    const claims = yearly('2023年广东省向广西投入财政援助资金83.28万元。', '83.28万元', 'fiscal_aid', GD, GX);
    const [f] = magnitude(checkClaims(claims));
    expect(f?.severity).toBe('error');
    expect(f?.suggestedFix?.text).toBe('83.28亿元');
    expect(f?.suggestedFix?.value?.toFixed()).toBe('8328000000');
    const band = REFERENCE_MAGNITUDES.bands.find((b) => b.id === 'province_pair_fiscal_aid')!;
    expect(f?.expected?.low?.toFixed()).toBe(band.low);
    expect(f?.message.zh).toContain(band.label);
    expect(f?.message.zh).toMatch(/来源：https?:\/\//);
    expect(f?.expected?.basis).toContain(band.source);
  });

  it('the same figure written right (83.28亿元) raises nothing', () => {
    expect(magnitude(checkClaims(yearly('2023年广东省向广西投入财政援助资金83.28亿元。', '83.28亿元', 'fiscal_aid', GD, GX)))).toEqual([]);
  });

  it('a national total written 231.9万元: error with the fix 231.9亿元, by group names and by wording', () => {
    const named = yearly('东部8省市向西部10省区市投入财政援助资金231.9万元。', '231.9万元', 'fiscal_aid', EAST8, WEST10);
    const worded = yearly('截至11月底，东部8个省市向西部10个省区市投入财政援助资金231.9万元。', '231.9万元', 'fiscal_aid', null, null);
    for (const claims of [named, worded]) {
      const [f] = magnitude(checkClaims(claims));
      expect(f?.severity).toBe('error');
      expect(f?.suggestedFix?.text).toBe('231.9亿元');
      expect(f?.message.zh).toContain('全国');
    }
  });

  it('the national total as published (231.9亿元) raises nothing', () => {
    expect(magnitude(checkClaims(yearly('东部8省市向西部10省区市投入财政援助资金231.9亿元。', '231.9亿元', 'fiscal_aid', EAST8, WEST10)))).toEqual([]);
  });

  it('a plausible county-year figure in 云南 raises nothing (fiscal aid, consumption, labour)', () => {
    const specs: ClaimSpec[] = [
      { id: 'f', sentence: '2023年奉贤区向会泽县投入财政援助资金5200万元，', figure: '5200万元', metric: 'fiscal_aid', scope: 'annual', period: year(2023), east: FENGXIAN, west: HUIZE },
      { id: 'c', sentence: '帮助销售农特产品1.2亿元，', figure: '1.2亿元', metric: 'consumption_assistance', scope: 'annual', period: year(2023), east: FENGXIAN, west: HUIZE },
      { id: 'l', sentence: '帮助农村劳动力转移就业3520人。', figure: '3520人', metric: 'labour_transfer', scope: 'annual', period: year(2023), east: FENGXIAN, west: HUIZE },
    ];
    const { claims } = build(specs);
    expect(claims.map(claimLevel)).toEqual(['county', 'county', 'county']);
    expect(magnitude(checkClaims(claims))).toEqual([]);
  });

  it('a province-pair figure ten times the national total: error against the national ceiling', () => {
    const claims = yearly('2023年江苏省向陕西投入财政援助资金2482亿元。', '2482亿元', 'fiscal_aid', JS, SX);
    const [f] = magnitude(checkClaims(claims));
    const national = REFERENCE_MAGNITUDES.bands.find((b) => b.id === 'national_fiscal_aid')!;
    expect(f?.severity).toBe('error');
    expect(f?.expected?.high?.toFixed()).toBe(national.high);
    expect(f?.message.zh).toContain(national.label);
    expect(f?.suggestedFix).toBeUndefined(); // neither 2482万 nor 248.2亿 fits a province pair
  });

  it('compares a cumulative figure with the band × its years', () => {
    const cum = (figure: string, end: string): Claim[] =>
      one({ sentence: `东部8省市累计投入财政援助资金${figure}。`, figure, metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', end), east: EAST8, west: WEST10 });
    expect(magnitude(checkClaims(cum('600亿元', '2023-12-31')))).toEqual([]); // 3 years × 248.2亿
    expect(magnitude(checkClaims(cum('600亿元', '2021-12-31')))[0]?.severity).toBe('error'); // one year
  });

  it('one to two orders outside a band warns, more than two errs, less than one says nothing', () => {
    const county = (n: string): Finding[] =>
      magnitude(checkClaims(yearly(`2023年帮助农村劳动力转移就业${n}。`, n, 'labour_transfer', FENGXIAN, HUIZE)));
    expect(WARNING_ORDERS).toBe(1);
    expect(ERROR_ORDERS).toBe(2);
    expect(county('5万人')).toEqual([]); // 2.5 × the county band (2万)
    expect(county('50万人')[0]?.severity).toBe('warning'); // 25 ×
    const [f] = county('1500万人'); // 750 ×, and 20 × the national total
    expect(f?.severity).toBe('error');
    expect(f?.suggestedFix?.text).toBe('1500人');
  });

  it('holds no part (其中) and no subsidy to a band’s low end', () => {
    const { claims } = build([
      { id: 'w', sentence: '2023年广东省向广西投入财政援助资金20亿元，', figure: '20亿元', metric: 'fiscal_aid', scope: 'annual', period: year(2023), east: GD, west: GX },
      { id: 'p', sentence: '其中用于培训83.28万元。', figure: '83.28万元', metric: 'fiscal_aid', scope: 'annual', period: year(2023), east: GD, west: GX, partOf: 'w' },
    ]);
    expect(magnitude(checkClaims(claims))).toEqual([]);
    const subsidy = yearly('2023年广东省向广西发放务工交通补贴83.28万元。', '83.28万元', 'fiscal_aid', GD, GX);
    expect(magnitude(checkClaims(subsidy))).toEqual([]);
  });

  it('compares an unknown level with the ceilings only', () => {
    const claims = yearly('2023年天津市向两县一区投入财政援助资金83.28万元。', '83.28万元', 'fiscal_aid', { name: '天津市', code: '120000' }, { name: '两县一区', code: null });
    expect(magnitude(checkClaims(claims))).toEqual([]);
  });

  it('uses the caller’s bands at the province level', () => {
    const claims = yearly('2021年江苏省向陕西投入财政援助资金26.9亿元。', '26.9亿元', 'fiscal_aid', JS, SX, 2021);
    expect(magnitude(checkClaims(claims))).toEqual([]);
    const tight: ReferenceMagnitudes = {
      ...REFERENCE_MAGNITUDES,
      bands: REFERENCE_MAGNITUDES.bands.map((b) => (b.id === 'province_pair_fiscal_aid' ? { ...b, high: '100000000', label: '测试上限1亿元', source: 'test' } : b)),
    };
    const [f] = magnitude(checkClaims(claims, { reference: tight }));
    expect(f?.severity).toBe('warning'); // 26.9 ×
    expect(f?.message.zh).toContain('测试上限1亿元');
  });
});

describe('the reference data', () => {
  const bands = REFERENCE_MAGNITUDES.bands;
  const figures = REFERENCE_MAGNITUDES.figures ?? [];

  it('every band has a source, a derivation, decimals and low ≤ high', () => {
    expect(bands.length).toBeGreaterThan(10);
    for (const b of bands) {
      expect(b.source.length, b.id).toBeGreaterThan(0);
      expect(b.derivation?.length ?? 0, b.id).toBeGreaterThan(0);
      const high = new Decimal(b.high);
      expect(high.gt(0), b.id).toBe(true);
      if (b.low !== null) expect(new Decimal(b.low).lte(high), b.id).toBe(true);
    }
    expect(new Set(bands.map((b) => b.id)).size).toBe(bands.length);
  });

  it('every level has bands of fiscal aid; national totals for each metric the brief names', () => {
    const at = (level: string, metric: string): boolean => bands.some((b) => b.level === level && b.metrics.includes(metric as never));
    for (const level of ['national', 'province_pair', 'prefecture', 'pairing']) expect(at(level, 'fiscal_aid'), level).toBe(true);
    for (const m of ['fiscal_aid', 'social_donation', 'consumption_assistance', 'labour_transfer', 'cadres_dispatched', 'technicians_dispatched', 'enterprise_investment']) {
      expect(at('national', m), m).toBe(true);
      expect(figures.some((f) => f.level === 'national' && f.metric === m), m).toBe(true);
    }
  });

  it('every sourced figure is a decimal with a page, its years in order, its provinces coded', () => {
    expect(figures).toBe(REFERENCE_FIGURES);
    expect(figures.length).toBeGreaterThan(30);
    for (const f of figures) {
      expect(new Decimal(f.value).gt(0), f.id).toBe(true);
      if (f.high !== undefined) expect(new Decimal(f.high).gte(f.value), f.id).toBe(true);
      expect(f.url, f.id).toMatch(/^https?:\/\/\S+$/);
      expect(f.fromYear <= f.toYear, f.id).toBe(true);
      if (f.level === 'province_pair') {
        expect(f.eastProvince, f.id).toMatch(/^\d{2}0000$/);
        for (const w of f.westProvinces ?? []) expect(w, f.id).toMatch(/^\d{2}0000$/);
        expect((f.westProvinces ?? []).length, f.id).toBeGreaterThan(0);
      }
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    const pairs = new Set(figures.filter((f) => f.level === 'province_pair').map((f) => f.eastProvince));
    expect(pairs.size).toBeGreaterThanOrEqual(8); // 京 津 沪 苏 浙 闽 鲁 粤
  });

  it('every figure’s label writes the figure it records (read back by the parser)', () => {
    for (const f of figures) {
      const read =
        f.unit === '元'
          ? findAmounts(f.label).flatMap((a) => [a.value.toFixed(), a.range?.min.toFixed()])
          : findQuantities(f.label).map((q) => q.value.toFixed());
      expect(read, `${f.id}: ${f.label}`).toContain(new Decimal(f.value).toFixed());
    }
  });

  it('no sourced figure trips the check at its own level', () => {
    const names: Record<string, string> = { '110000': '北京市', '120000': '天津市', '150000': '内蒙古自治区', '310000': '上海市', '320000': '江苏省', '330000': '浙江省', '350000': '福建省', '370000': '山东省', '440000': '广东省', '450000': '广西壮族自治区', '500000': '重庆市', '510000': '四川省', '520000': '贵州省', '530000': '云南省', '610000': '陕西省', '620000': '甘肃省', '630000': '青海省', '640000': '宁夏回族自治区' };
    const sides = (f: SourcedFigure): { east: Claim['east']; west: Claim['west'] } => {
      if (f.level === 'national') return { east: EAST8, west: WEST10 };
      if (f.level === 'county') return { east: FENGXIAN, west: HUIZE };
      const e = f.eastProvince!;
      const w = f.westProvinces![0]!;
      return { east: { name: names[e]!, code: e }, west: { name: names[w]!, code: w } };
    };
    const specs: ClaimSpec[] = [];
    for (const f of figures) {
      const read = (f.unit === '元' ? findAmounts(f.label) : findQuantities(f.label)).find((x) => x.value.eq(f.value) || (x.range?.min.eq(f.value) ?? false));
      if (read === undefined) continue; // the test above reports it
      const many = f.toYear > f.fromYear;
      specs.push({
        id: f.id,
        sentence: `${f.label}。`,
        figure: read.text,
        metric: f.metric,
        scope: many ? 'cumulative' : 'annual',
        period: many ? span(`${f.fromYear}-01-01`, `${f.toYear}-12-31`) : year(f.fromYear),
        ...sides(f),
      });
    }
    expect(specs.length).toBe(figures.length);
    const found = magnitude(checkClaims(build(specs).claims));
    expect(found.map((x) => `${x.claims[0]?.span.text}: ${x.message.zh}`)).toEqual([]);
  });
});
