import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { extractClaims, findQuantities, parseAmountOrThrow, XiezuoValidationError } from '../src/index.js';
import type { Claim, Finding } from '../src/index.js';
import {
  aggregate,
  aggregateToCsv,
  aggregateToJson,
  claimInterval,
  ExactSum,
  namespaceClaims,
  sameFigure,
  sourceOfId,
  valueInterval,
  yearOf,
  type AggregateRow,
} from '../src/aggregate/index.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const seed = (name: string): string => readFileSync(`${SEEDS}${name}`, 'utf8');
const HEDONG = '000_1d07baa1f37797c3.txt'; // 天津河东区 → 甘肃迭部县
const WUQING = '001_81f5c1ebe536e262.txt'; // 武清区 → 静宁县

const s = (x: Decimal | null | undefined): string | null => (x == null ? null : x.toFixed());

function interval(text: string): { low: string; lowIn: boolean; high: string | null; highIn: boolean } {
  const i = valueInterval(parseAmountOrThrow(text), text);
  return { low: i.low.toFixed(), lowIn: i.lowInclusive, high: s(i.high), highIn: i.highInclusive };
}

function unitSlip(claim: Claim, fix?: string): Finding {
  const f: Finding = {
    checkId: 'unit_slip',
    severity: 'error',
    message: { zh: `${claim.figure.span.text}疑为单位错误`, en: 'probably a unit slip' },
    claims: [{ id: claim.id, span: claim.figure.span }],
    observed: { value: claim.figure.kind === 'amount' ? claim.figure.amount.value : null, unit: 'CNY' },
    expected: null,
  };
  if (fix) f.suggestedFix = { text: '8793万元', value: new Decimal(fix) };
  return f;
}

/** A minimal claim for rule tests; the sentence is the evidence and the figure its first amount or quantity. */
function claim(id: string, sentence: string, figureText: string, over: Partial<Claim> = {}): Claim {
  const start = sentence.indexOf(figureText);
  if (start < 0) throw new Error(`${figureText} not in ${sentence}`);
  const span = { start, end: start + figureText.length, text: figureText };
  let figure: Claim['figure'];
  try {
    figure = { kind: 'amount', amount: parseAmountOrThrow(figureText), span };
  } catch {
    const q = findQuantities(figureText)[0];
    if (!q) throw new Error(`no figure in ${figureText}`);
    const { start: _s, end: _e, text: _t, ...quantity } = q;
    figure = { kind: 'quantity', quantity, span };
  }
  return {
    id,
    figure,
    metric: 'consumption_assistance',
    scope: 'annual',
    period: { start: '2021-01-01', end: '2021-12-31', kind: 'interval', basis: 'stated', granularity: 'year' },
    east: { name: '河东区', code: '120102' },
    west: { name: '迭部县', code: '623024' },
    evidence: { start: 0, end: sentence.length, text: sentence },
    confidence: 0.9,
    ...over,
  };
}

const YEAR = (y: number): Claim['period'] => ({ start: `${y}-01-01`, end: `${y}-12-31`, kind: 'interval', basis: 'stated', granularity: 'year' });
const SINCE_2021 = { start: '2021-01-01', end: '2024-06-05', kind: 'interval', basis: 'stated', label: '过渡期以来' } as const;

describe('valueInterval: qualified figures as intervals', () => {
  it('余/多 are bounded below the next step of the last written digit', () => {
    expect(interval('2900余万元')).toEqual({ low: '29000000', lowIn: true, high: '30000000', highIn: false });
    expect(interval('1500多万元')).toEqual({ low: '15000000', lowIn: true, high: '16000000', highIn: false });
    expect(interval('5.1万余元')).toEqual({ low: '51000', lowIn: true, high: '52000', highIn: false });
    expect(interval('2億餘元')).toEqual({ low: '200000000', lowIn: true, high: '300000000', highIn: false });
  });
  it('超 is open above unless a ceiling (scale bound) is given', () => {
    expect(interval('超1億元')).toEqual({ low: '100000000', lowIn: false, high: null, highIn: false });
    const v = parseAmountOrThrow('超1億元');
    const capped = valueInterval(v, '超1億元', new Decimal('500000000'));
    expect([capped.low.toFixed(), capped.lowInclusive, s(capped.high), capped.highInclusive]).toEqual(['100000000', false, '500000000', true]);
    // A ceiling not above the value is no bound.
    expect(valueInterval(v, '超1億元', new Decimal('100000000')).high).toBeNull();
  });
  it('以上 is closed below and open above', () => {
    expect(interval('1.5亿元以上')).toEqual({ low: '150000000', lowIn: true, high: null, highIn: false });
  });
  it('近 lies at most one step and at most 10 % below the figure', () => {
    expect(interval('近10万元')).toEqual({ low: '90000', lowIn: true, high: '100000', highIn: true });
    const [q] = findQuantities('近200名');
    const i = valueInterval(q!, q!.text);
    expect([i.low.toFixed(), s(i.high)]).toEqual(['180', '200']);
    const [q2] = findQuantities('近1250人');
    const i2 = valueInterval(q2!, q2!.text);
    expect([i2.low.toFixed(), s(i2.high)]).toEqual(['1240', '1250']); // one step of 10 is nearer than 10 %
  });
  it('约/左右 cover the values that round to the figure at its precision', () => {
    expect(interval('4万元左右')).toEqual({ low: '35000', lowIn: true, high: '45000', highIn: false });
    const [q] = findQuantities('约6.9万人次');
    const i = valueInterval(q!, q!.text);
    expect([i.low.toFixed(), i.lowInclusive, s(i.high), i.highInclusive]).toEqual(['68500', true, '69500', false]);
  });
  it('ranges are their ends; 不到 and exact figures', () => {
    expect(interval('3至5万元')).toEqual({ low: '30000', lowIn: true, high: '50000', highIn: true });
    expect(interval('不到5万元')).toEqual({ low: '0', lowIn: true, high: '50000', highIn: false });
    expect(interval('1576.09万元')).toEqual({ low: '15760900', lowIn: true, high: '15760900', highIn: true });
  });
  it('hands back instances of the package Decimal', () => {
    const i = valueInterval(parseAmountOrThrow('2900余万元'), '2900余万元');
    expect(i.high?.constructor).toBe(Decimal);
  });
  it('reads claims from the seeds: 河西区 超1億元 and 北辰区 近10万元', () => {
    const hexi = extractClaims(seed('004_7d29d2d5cf896e98.txt')).find((c) => c.figure.span.text === '超1億元');
    expect(hexi).toBeDefined();
    expect(claimInterval(hexi!).high).toBeNull();
    const beichen = extractClaims(seed('003_6c6ff32b062797d8.txt')).find((c) => c.figure.span.text === '近10万元');
    expect(s(claimInterval(beichen!).low)).toBe('90000');
  });
});

describe('ExactSum', () => {
  it('adds integers, fractions and huge values exactly', () => {
    const values = ['35220000', '0.01', '1576.09', '123456789012345678901234567890', '-0.0000001', '99999999999999.99999999'];
    const sum = new ExactSum();
    for (const v of values) sum.add(new Decimal(v));
    const D = Decimal.clone({ precision: 200 });
    const expected = values.reduce((a, v) => a.plus(v), new D(0));
    expect(sum.value().toFixed()).toBe(expected.toFixed());
  });
  it('stays exact past 2^53 with many safe integers', () => {
    const sum = new ExactSum();
    const v = new Decimal('99999999999999'); // < 1e14, the fast path
    for (let i = 0; i < 200; i++) sum.add(v);
    expect(sum.value().toFixed()).toBe('19999999999999800');
  });
});

describe('aggregate: 河东区 → 迭部县 consumption assistance (seed 000)', () => {
  const claims = extractClaims(seed(HEDONG));
  const slip = claims.find((c) => c.figure.span.text === '8793亿元');
  const opts = { metrics: ['consumption_assistance' as const] };

  it('by year gives the three yearly figures the article states', () => {
    const rows = aggregate(claims, { by: ['pairing', 'year'], ...opts });
    const years = rows.filter((r) => r.key.year !== null);
    expect(years.map((r) => [r.key.pairing, r.key.year, s(r.point)])).toEqual([
      ['河东区→迭部县', 2021, '35220000'],
      ['河东区→迭部县', 2022, '36160000'],
      ['河东区→迭部县', 2023, '36250000'],
    ]);
    // 过渡期以来 (2021 – 2024) cannot be put in one year.
    const rest = rows.find((r) => r.key.year === null);
    expect(rest?.count).toBe(0);
    expect(rest?.leftOut).toEqual([expect.objectContaining({ id: slip!.id, reason: 'spans_years' })]);
  });

  it('in total, leaves 8793亿元 out once a unit_slip finding names it', () => {
    expect(slip).toBeDefined();
    const [row] = aggregate(claims, { by: ['pairing'], ...opts, findings: [unitSlip(slip!)] });
    expect(s(row!.point)).toBe(new Decimal('35220000').plus('36160000').plus('36250000').toFixed());
    expect(row!.count).toBe(3);
    expect(row!.leftOut).toEqual([{ id: slip!.id, reason: 'flagged', detail: 'unit_slip' }]);
  });

  it('without findings, the cumulative figure and the years it covers are not added together', () => {
    const [row] = aggregate(claims, { by: ['pairing'], ...opts });
    expect(row!.claimIds).toEqual([slip!.id]);
    expect(row!.leftOut.map((l) => [l.reason, l.relatedId])).toEqual([
      ['covered', slip!.id],
      ['covered', slip!.id],
      ['covered', slip!.id],
    ]);
  });

  it('includes the flagged claim with a flag, or its suggested fix, when asked', () => {
    const [inc] = aggregate(claims, { by: ['pairing'], ...opts, findings: [unitSlip(slip!)], flagged: 'include' });
    expect(inc!.flagged).toEqual([slip!.id]);
    expect(s(inc!.point)).toBe('879300000000');
    const [fix] = aggregate(claims, { by: ['pairing'], ...opts, findings: [unitSlip(slip!, '87930000')], flagged: 'use_fix' });
    expect(s(fix!.point)).toBe('87930000');
    expect(fix!.flagged).toEqual([slip!.id]);
  });

  it('never sums shares, per-unit figures or forecasts; 其中 parts stay out of their whole', () => {
    const rows = aggregate(claims, { by: ['metric'], metrics: ['fiscal_aid'] });
    const pct = rows.find((r) => r.key.unit === '%');
    expect(pct?.count).toBe(0);
    expect(new Set(pct?.leftOut.map((l) => l.reason))).toEqual(new Set(['not_an_achievement']));
    const money = rows.find((r) => r.key.unit === 'CNY')!;
    const part = claims.find((c) => c.figure.span.text === '5898万元')!;
    expect(money.leftOut).toContainEqual({ id: part.id, reason: 'part_of', relatedId: part.partOf });
    // 过渡期以来 财政援助资金 1.25亿元 is the one cumulative total that counts.
    expect(s(money.point)).toBe('125000000');
  });

  it('two donations of 5万元 listed in one sentence both count', () => {
    const rows = aggregate(claims, { by: ['metric', 'year'], metrics: ['social_donation'] });
    const y2023 = rows.find((r) => r.key.year === 2023)!;
    const fives = claims.filter((c) => c.figure.span.text === '5万元' && c.metric === 'social_donation');
    expect(fives).toHaveLength(2);
    for (const f of fives) expect(y2023.claimIds).toContain(f.id);
  });
});

describe('aggregate: rules on constructed claims', () => {
  const body = '2021年完成消费帮扶销售额共计3522万元。';
  const lead = '河东区2021年消费帮扶3522万元，成效明显。';

  it('counts a figure quoted in the lead and again in the body once', () => {
    const a = claim('c1', lead, '3522万元');
    const b = claim('c2', body, '3522万元', { evidence: { start: 30, end: 30 + body.length, text: body } });
    const [row] = aggregate([a, b], { by: [] });
    expect(row!.claimIds).toEqual(['c1']);
    expect(row!.leftOut).toEqual([expect.objectContaining({ id: 'c2', reason: 'duplicate', relatedId: 'c1' })]);
  });

  it('counts the same figure from two articles once, at the coarser precision', () => {
    const a = namespaceClaims('art1', [claim('c1', '2021年消费帮扶1.25亿元。', '1.25亿元')]);
    const b = namespaceClaims('art2', [claim('c1', '2021年消费帮扶12500万元。', '12500万元')]);
    const rows = aggregate([...b, ...a], { by: [] });
    expect(rows[0]!.claimIds).toEqual(['art1#c1']);
    const bySource = aggregate([...a, ...b], { by: ['source'] });
    expect(bySource.map((r) => [r.key.source, r.count, r.leftOut.map((l) => l.reason)])).toEqual([
      ['art1', 1, []],
      ['art2', 0, ['duplicate']],
    ]);
    // A different value is another figure.
    const c = namespaceClaims('art3', [claim('c1', '2021年消费帮扶1.35亿元。', '1.35亿元', { period: YEAR(2022) })]);
    expect(aggregate([...a, ...c], { by: [] })[0]!.count).toBe(2);
  });

  it('the latest cumulative figure wins', () => {
    const older = claim('c1', '截至2022年底累计消费帮扶8000万元。', '8000万元', {
      scope: 'cumulative',
      period: { start: '2021-01-01', end: '2022-12-31', kind: 'interval', basis: 'stated' },
    });
    const newer = claim('c2', '过渡期以来累计消费帮扶1.25亿元。', '1.25亿元', { scope: 'cumulative', period: SINCE_2021 });
    for (const order of [[older, newer], [newer, older]]) {
      const [row] = aggregate(order, { by: ['metric'] });
      expect(row!.claimIds).toEqual(['c2']);
      expect(row!.leftOut).toEqual([expect.objectContaining({ id: 'c1', reason: 'superseded', relatedId: 'c2' })]);
    }
  });

  it('never adds deltas, targets, forecasts, intentions or per-unit figures', () => {
    const scopes = ['delta', 'target', 'forecast', 'intent', 'per_unit'] as const;
    const cs = scopes.map((scope, i) => claim(`c${i}`, '年底有望达到1.5亿元。', '1.5亿元', { scope, period: YEAR(2020 + i) }));
    const [row] = aggregate(cs, { by: [] });
    expect(row!.count).toBe(0);
    expect(row!.leftOut.map((l) => l.detail)).toEqual([...scopes]);
  });

  it('keeps other currencies apart, and leaves them out when a currency is asked for', () => {
    const yuan = claim('c1', '2021年消费帮扶3522万元。', '3522万元');
    const usd = claim('c2', '2021年企业投资50万美元。', '50万美元', { period: YEAR(2022) });
    const rows = aggregate([yuan, usd], { by: [] });
    expect(rows.map((r) => [r.key.unit, s(r.point)])).toEqual([
      ['CNY', '35220000'],
      ['USD', '500000'],
    ]);
    const cny = aggregate([yuan, usd], { by: [], currency: 'CNY' });
    expect(cny.find((r) => r.key.unit === 'USD')?.leftOut).toEqual([{ id: 'c2', reason: 'other_currency', detail: 'USD' }]);
    expect(s(cny.find((r) => r.key.unit === 'CNY')?.point)).toBe('35220000');
  });

  it('sums qualified figures as intervals with their openness', () => {
    const a = claim('c1', '2021年帮助销售农特产品2900余万元。', '2900余万元');
    const b = claim('c2', '2022年消费帮扶超1亿元。', '超1亿元', { period: YEAR(2022) });
    const c = claim('c3', '2023年消费帮扶3625万元。', '3625万元', { period: YEAR(2023) });
    const [ab] = aggregate([a, c], { by: [] });
    expect([s(ab!.total.low), ab!.total.lowInclusive, s(ab!.total.high), ab!.total.highInclusive, ab!.point]).toEqual([
      '65250000', true, '66250000', false, null,
    ]);
    const [abc] = aggregate([a, b, c], { by: [] });
    expect([s(abc!.total.low), abc!.total.lowInclusive, abc!.total.high]).toEqual(['165250000', false, null]);
  });

  it('filters by period: claims reaching outside are reported, claims wholly outside ignored', () => {
    const inside = claim('c1', '2021年消费帮扶3522万元。', '3522万元');
    const across = claim('c2', '过渡期以来累计消费帮扶1.25亿元。', '1.25亿元', { scope: 'cumulative', period: SINCE_2021 });
    const before = claim('c3', '2019年消费帮扶2000万元。', '2000万元', { period: YEAR(2019) });
    const [row] = aggregate([inside, across, before], { by: [], period: { start: '2021-01-01', end: '2023-12-31' } });
    expect(row!.claimIds).toEqual(['c1']);
    expect(row!.leftOut.map((l) => [l.id, l.reason])).toEqual([['c2', 'outside_period']]);
  });
});

describe('sameFigure at the edges of rounding (half up)', () => {
  const v = (value: string, precision: string) => ({ value: new Decimal(value), qualifier: 'exact' as const, precision: new Decimal(precision) });

  it('1.25亿 rounds to 1.3亿 at 0.1亿, 1.35亿 does not (it rounds to 1.4亿); 1.24 → 1.2, 1.26 ↛ 1.2', () => {
    expect(sameFigure(v('125000000', '1000000'), v('130000000', '10000000'))).toBe(true);
    expect(sameFigure(v('135000000', '1000000'), v('130000000', '10000000'))).toBe(false);
    expect(sameFigure(v('1.24', '0.01'), v('1.2', '0.1'))).toBe(true);
    expect(sameFigure(v('1.26', '0.01'), v('1.2', '0.1'))).toBe(false);
    expect(sameFigure(v('1.2499', '0.0001'), v('1.2', '0.1'))).toBe(true);
  });

  it('decides exactly where a float cannot tell the digits apart (20 integer digits)', () => {
    const big = '12345678901234567890';
    expect(sameFigure(v(`${big}.25`, '0.01'), v(`${big}.3`, '0.1'))).toBe(true);
    expect(sameFigure(v(`${big}.35`, '0.01'), v(`${big}.3`, '0.1'))).toBe(false);
    expect(sameFigure(v(`${big}.2499`, '0.0001'), v(`${big}.2`, '0.1'))).toBe(true);
    expect(sameFigure(v(`${big}.25`, '0.01'), v(`${big}.2`, '0.1'))).toBe(false);
  });
});

describe('aggregate: many rows and long lists', () => {
  const sentence = '2021年消费帮扶3522万元。';
  const articles = Array.from({ length: 5000 }, (_, k) => namespaceClaims(`art${k}`, [claim('c1', sentence, '3522万元')]));
  const all = articles.flat();

  it('5000 articles by source: one row each, in code unit order of the source', () => {
    const rows = aggregate(all, { by: ['source'] });
    const sources = all.map((c) => sourceOfId(c.id) as string);
    expect(rows.map((r) => r.key.source)).toEqual([...sources].sort());
    // The same figure from 5000 articles counts once: in the row of the first id in order.
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(1);
    expect(rows.find((r) => r.count === 1)?.key.source).toBe('art0');
  });

  it('one row with 4999 duplicates lists them in claim order, each pointing at the one counted', () => {
    const [row] = aggregate([...all].reverse(), { by: [] });
    expect(row!.claimIds).toEqual(['art0#c1']);
    expect(row!.point?.toFixed()).toBe('35220000');
    expect(row!.leftOut).toHaveLength(4999);
    expect(row!.leftOut.map((l) => l.id)).toEqual([...all].reverse().map((c) => c.id).filter((id) => id !== 'art0#c1'));
    expect(new Set(row!.leftOut.map((l) => `${l.reason} ${l.relatedId}`))).toEqual(new Set(['duplicate art0#c1']));
  });
});

describe('output as CSV and JSON', () => {
  const claims = extractClaims(seed(HEDONG));
  const rows = aggregate(claims, { by: ['pairing', 'year'], metrics: ['consumption_assistance'] });

  it('writes CSV with decimal strings and a header', () => {
    const csv = aggregateToCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,pairing,unit,low,low_inclusive,high,high_inclusive,point,count,claim_ids,left_out');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toMatch(/^2021,河东区→迭部县,CNY,35220000,true,35220000,true,35220000,1,c\d+,$/);
  });

  it('writes JSON that reads back to the same decimals', () => {
    const back = JSON.parse(aggregateToJson(rows)) as { total: { low: string; high: string | null }; point: string | null }[];
    expect(back.map((r) => r.point)).toEqual(rows.map((r) => s(r.point)));
    expect(typeof back[0]!.total.low).toBe('string');
  });

  it('quotes fields that hold commas or quotes', () => {
    const one = aggregate([claim('a,"b"', '2021年消费帮扶3522万元。', '3522万元')], { by: ['source'], sourceOf: () => '来源,1' });
    expect(aggregateToCsv(one).split('\r\n')[1]).toBe('"来源,1",CNY,35220000,true,35220000,true,35220000,1,"a,""b""",');
  });
});

describe('many articles', () => {
  it('namespaces ids and keeps 其中 links inside the article', () => {
    const claims = namespaceClaims('hd', extractClaims(seed(HEDONG)));
    const part = claims.find((c) => c.partOf !== undefined)!;
    expect(part.partOf!.startsWith('hd#')).toBe(true);
    expect(sourceOfId(part.id)).toBe('hd');
  });

  it('aggregates two seed articles by pairing and source', () => {
    const all = [...namespaceClaims('hd', extractClaims(seed(HEDONG))), ...namespaceClaims('wq', extractClaims(seed(WUQING)))];
    const rows: AggregateRow[] = aggregate(all, { by: ['pairing', 'source'], metrics: ['consumption_assistance'], currency: 'CNY' });
    expect(rows.map((r) => [r.key.pairing, r.key.source])).toEqual([
      ['河东区→迭部县', 'hd'],
      ['武清区→静宁县', 'wq'],
    ]);
    // 武清区: 2017年以来 消费扶贫 1.4亿元.
    expect(s(rows[1]!.point)).toBe('140000000');
  });

  it('answers malformed input with one XiezuoValidationError naming every field it could not read', () => {
    expect(() => aggregate(null as unknown as Claim[], { by: [] })).toThrow(XiezuoValidationError);
    let error: unknown;
    try {
      const c4 = { id: 'c4', metric: 'fiscal_aid', scope: 'annual', figure: { kind: 'amount', amount: { value: 125000000, qualifier: 'exact', precision: new Decimal(1), currency: 'CNY' } } };
      aggregate([null, 3, {}, c4] as unknown as Claim[], { by: ['metric'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XiezuoValidationError);
    const v = error as XiezuoValidationError;
    expect(v.code).toBe('INVALID_DATA');
    expect(v.issues.map((i) => i.pathText)).toEqual(['claims[0]', 'claims[1]', 'claims[2].id', 'claims[3].figure.amount.value']);
    expect(v.message).toContain('claims[3].figure.amount.value: a finite Decimal, received 125000000');
    expect(yearOf(null)).toBeNull();
  });

  it('reads claims that have no region, first or later, and groups them under no pairing', () => {
    const claims = ['c1', 'c2'].map((id, i) => {
      const c = { ...claim(`${id}`, '财政援助资金3522万元', '3522万元'), east: undefined, west: undefined } as unknown as Claim;
      return i === 1 ? { ...c, east: { name: '河东区', code: '120102' } } : c;
    });
    const rows = aggregate(claims, { by: ['pairing', 'east'] });
    expect(rows.map((r) => [r.key.pairing, r.key.east, r.count])).toEqual([
      ['河东区→?', '河东区', 1],
      [null, null, 1],
    ]);
  });

  it('reports a finding it cannot read instead of skipping it', () => {
    const c = claim('c1', '财政援助资金3522万元', '3522万元');
    const bad = [{ checkId: 'unit_slip', claims: [c], suggestedFix: { value: '35220000' } }] as unknown as Finding[];
    expect(() => aggregate([c], { by: [], findings: bad })).toThrow(/findings\[0\]\.suggestedFix\.value: a finite Decimal/);
  });
});
