/**
 * The consistency checks one by one, on claims built from real sentences (most from the seeds).
 */
import { describe, expect, it } from 'vitest';
import { FindingsSchema, type Claim, type Finding } from '../src/index.js';
import {
  CHECKS,
  checkArticle,
  checkClaims,
  figureInterval,
  formatFinding,
  REFERENCE_MAGNITUDES,
  rescaleText,
  summarizeFindings,
} from '../src/checks/index.js';
import { build, span, year, type ClaimSpec } from './checks-build.js';

const of = (findings: Finding[], id: string): Finding[] => findings.filter((f) => f.checkId === id);
const texts = (f: Finding | undefined): string[] => (f?.claims ?? []).map((c) => c.span.text);

const SERIES: ClaimSpec[] = [
  { id: 'y21', sentence: '2021年完成消费帮扶销售额共计3522万元,', figure: '3522万元', metric: 'consumption_assistance', scope: 'annual', period: year(2021) },
  { id: 'y22', sentence: '2022年完成消费帮扶销售额共计3616万元,', figure: '3616万元', metric: 'consumption_assistance', scope: 'annual', period: year(2022) },
  { id: 'y23', sentence: '2023年完成消费帮扶销售额共计3625万元。', figure: '3625万元', metric: 'consumption_assistance', scope: 'annual', period: year(2023) },
];
const cumulative = (figure: string, basis: 'stated' | 'inferred' = 'inferred', end = '2024-06-05'): ClaimSpec => ({
  id: 'cum',
  sentence: `共计帮助迭部销售农特产品${figure}。`,
  figure,
  metric: 'consumption_assistance',
  scope: 'cumulative',
  period: span('2021-01-01', end, basis),
});

describe('figure intervals at the stated precision', () => {
  const one = (sentence: string, figure: string): Claim => build([{ id: 'a', sentence, figure }]).claims[0]!;
  it('reads exact figures as ± half their precision: 1.25亿 is ±50万', () => {
    const i = figureInterval(one('累计安排财政援助资金1.25亿元', '1.25亿元'));
    expect([i.low.toFixed(), i.high?.toFixed()]).toEqual(['124500000', '125500000']);
  });
  it('raises the low end for 余 and caps the high end for 近', () => {
    const yu = figureInterval(one('过渡期以来共计投入2900余万元', '2900余万元'));
    expect([yu.low.toFixed(), yu.high?.toFixed()]).toEqual(['29000000', '30000000']);
    const jin = figureInterval(one('直接带动销售近10万元', '近10万元'));
    expect(jin.high?.toFixed()).toBe('100000');
    expect(jin.low.lt(jin.high!)).toBe(true);
  });
  it('leaves 以上 open upwards', () => {
    expect(figureInterval(one('年底前有望达到1.5亿元以上', '1.5亿元以上')).high).toBeNull();
  });
});

describe('rescaleText', () => {
  it('turns 亿 into 万, inserts a dropped 万, keeps the script and shifts digits', () => {
    expect(rescaleText('8793亿元', 4)).toBe('8793万元');
    expect(rescaleText('3522元', -4)).toBe('3522万元');
    expect(rescaleText('2億餘元', 4)).toBe('2萬餘元');
    expect(rescaleText('36250万元', 1)).toBe('3625万元');
    expect(rescaleText('5898亿元', 8)).toBe('5898元');
  });
});

describe('unit_slip', () => {
  it('flags 8793亿元 against the yearly series, with the fix 8793万元 (seed 000)', () => {
    const { claims } = build([cumulative('8793亿元'), ...SERIES]);
    const [f] = of(checkClaims(claims), 'unit_slip');
    expect(f?.severity).toBe('error');
    expect(texts(f)).toEqual(['8793亿元', '3522万元', '3616万元', '3625万元']);
    expect(f?.suggestedFix?.text).toBe('8793万元');
    expect(f?.suggestedFix?.value?.toFixed()).toBe('87930000');
    expect(f?.expected?.low?.toFixed()).toBe('35220000');
  });
  it('flags a dropped 万 in one year of the series', () => {
    const specs = SERIES.map((s) => (s.id === 'y22' ? { ...s, sentence: s.sentence.replace('3616万元', '3616元'), figure: '3616元' } : s));
    const { claims } = build([cumulative('8793万元'), ...specs]);
    const [f] = of(checkClaims(claims), 'unit_slip');
    expect(f?.claims[0]?.span.text).toBe('3616元');
    expect(f?.suggestedFix?.text).toBe('3616万元');
  });
  it('says nothing about a consistent series, nor about figures of different metrics', () => {
    expect(of(checkClaims(build([cumulative('8793万元'), ...SERIES]).claims), 'unit_slip')).toEqual([]);
    const mixed = build([
      { id: 'a', sentence: '累计投入财政帮扶资金3.75亿元,', figure: '3.75亿元', metric: 'fiscal_aid', scope: 'cumulative' },
      { id: 'b', sentence: '直接带动销售近10万元。', figure: '近10万元', metric: 'consumption_assistance', scope: 'event' },
    ]);
    expect(checkClaims(mixed.claims, { checks: ['unit_slip'] })).toEqual([]);
  });
  it('with a single sibling, flags only the figure the reference band singles out', () => {
    const pair = (a: string, b: string): Claim[] =>
      build([
        { id: 'a', sentence: `2021年消费帮扶${a},`, figure: a, metric: 'consumption_assistance', scope: 'annual', period: year(2021) },
        { id: 'b', sentence: `2022年消费帮扶${b}。`, figure: b, metric: 'consumption_assistance', scope: 'annual', period: year(2022) },
      ]).claims;
    expect(of(checkClaims(pair('3522万元', '3616亿元')), 'unit_slip').map((f) => f.claims[0]?.span.text)).toEqual(['3616亿元']);
    expect(of(checkClaims(pair('3522元', '3616万元')), 'unit_slip').map((f) => f.claims[0]?.span.text)).toEqual(['3522元']);
  });
});

describe('share_vs_total', () => {
  const SHARE: ClaimSpec[] = [
    { id: 'w', sentence: '累计安排财政援助资金1.25亿元,', figure: '1.25亿元', metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', '2024-06-05') },
    { id: 'p', sentence: '河东区安排东西部协作资金5898万元用于产业发展,实施项目40个,占全部援助资金的62.5%,', figure: '5898万元', metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', '2024-06-05'), partOf: 'w' },
    { id: 's', sentence: '河东区安排东西部协作资金5898万元用于产业发展,实施项目40个,占全部援助资金的62.5%,', figure: '62.5%', metric: 'fiscal_aid', scope: 'share', period: span('2021-01-01', '2024-06-05'), shareOf: 'w', sharePart: 'p' },
  ];
  it('reports 5898万元 / 1.25亿元 ≠ 62.5% as a warning with the implied total (seed 000)', () => {
    const [f] = of(checkClaims(build(SHARE).claims), 'share_vs_total');
    expect(f?.severity).toBe('warning');
    expect(texts(f)).toEqual(['62.5%', '5898万元', '1.25亿元']);
    expect(f?.message.zh).toContain('9436.8万元');
    expect(f?.message.zh).toContain('47.18%');
  });
  it('accepts a share that matches at the stated precision (47.2% of 1.25亿元)', () => {
    const specs = SHARE.map((s) => ({ ...s, sentence: s.sentence.replace('62.5%', '47.2%'), figure: s.figure === '62.5%' ? '47.2%' : s.figure }));
    expect(of(checkClaims(build(specs).claims), 'share_vs_total')).toEqual([]);
  });
  it('makes a share ten times too large an error with the fix', () => {
    const specs = SHARE.map((s) => ({ ...s, sentence: s.sentence.replace('62.5%', '471.8%'), figure: s.figure === '62.5%' ? '471.8%' : s.figure }));
    const [f] = of(checkClaims(build(specs).claims), 'share_vs_total');
    expect(f?.severity).toBe('error');
    expect(f?.suggestedFix?.text).toBe('47.18%');
  });
});

describe('date_sanity', () => {
  it('reports 20208月 and 39日 in an article body with their repairs (seed 002)', () => {
    const raw = '39日,天津市农业农村委领导亲自带队,6家企业参加,到靖远县投资考察,实现2个项目落地。\n20208月,天津市和平区万全小学教师赵胜阳踏上了援靖之路。';
    const { findings } = checkArticle(raw, { publishedAt: '2021-11-19' });
    const dates = of(findings, 'date_sanity');
    expect(dates.map((f) => f.evidence?.[0]?.text)).toEqual(['39日', '20208月']);
    expect(dates.map((f) => f.suggestedFix?.text)).toEqual(['3月9日', '2020年8月']);
    expect(dates[0]?.claims.map((c) => c.span.text)).toContain('6家');
  });
  it('reports a realised figure whose stated period begins after publication, not a plan', () => {
    const { claims } = build([
      { id: 'a', sentence: '2022年完成消费帮扶1.2亿元,', figure: '1.2亿元', metric: 'consumption_assistance', scope: 'annual', period: year(2022) },
      { id: 'b', sentence: '明年计划投资1000万元。', figure: '1000万元', metric: 'enterprise_investment', scope: 'intent', period: { ...year(2022), future: true } },
    ]);
    const found = of(checkClaims(claims, { publishedAt: '2021-11-19' }), 'date_sanity');
    expect(found.map((f) => f.claims[0]?.span.text)).toEqual(['1.2亿元']);
    expect(of(checkClaims(claims, { publishedAt: '2023-01-10' }), 'date_sanity')).toEqual([]);
  });
});

describe('growth_wording', () => {
  const S = '使全村人均收入从2013年4000元增长到了现在的12000元,收入翻了2倍。';
  const growth = (sentence: string, a: string, b: string, m: string): Claim[] =>
    build([
      { id: 'a', sentence, figure: a, scope: 'per_unit' },
      { id: 'b', sentence, figure: b, scope: 'per_unit' },
      { id: 'm', sentence, figure: m, scope: 'delta' },
    ]).claims;
  it('notes "翻了2倍" for 4000元 → 12000元 as loose wording (info) with 增长了2倍 (seed 000)', () => {
    const [f] = of(checkClaims(growth(S, '4000元', '12000元', '2倍')), 'growth_wording');
    expect(f?.severity).toBe('info');
    expect(f?.suggestedFix?.text).toBe('增长了2倍');
    expect(texts(f)).toEqual(['2倍', '4000元', '12000元']);
  });
  it('accepts 翻了2倍 for ×4 and 增长了2倍 for ×3', () => {
    expect(of(checkClaims(growth(S.replace('12000元', '16000元'), '4000元', '16000元', '2倍')), 'growth_wording')).toEqual([]);
    expect(of(checkClaims(growth(S.replace('翻了', '增长了'), '4000元', '12000元', '2倍')), 'growth_wording')).toEqual([]);
  });
  it('warns when no reading fits (增长了2倍 for 4000元 → 20000元)', () => {
    const t = S.replace('12000元', '20000元').replace('翻了', '增长了');
    expect(of(checkClaims(growth(t, '4000元', '20000元', '2倍')), 'growth_wording')[0]?.severity).toBe('warning');
  });
  it('reads 翻番 without a figure for the multiple', () => {
    const t = '村集体经济收入从2019年的5万元增加到2020年的8万元,实现翻番。';
    const { claims } = build([
      { id: 'a', sentence: t, figure: '5万元', scope: 'annual' },
      { id: 'b', sentence: t, figure: '8万元', scope: 'annual' },
    ]);
    expect(of(checkClaims(claims), 'growth_wording')[0]?.evidence?.[0]?.text).toBe('翻番');
  });
});

describe('target_completion', () => {
  const T = '完成消费帮扶1.2亿元,年底有望达到1.5亿元,完成年度目标任务的200%;';
  const specs: ClaimSpec[] = [
    { id: 'a', sentence: T, figure: '1.2亿元', metric: 'consumption_assistance', scope: 'annual', period: span('2021-01-01', '2021-11-19', 'inferred') },
    { id: 'f', sentence: T, figure: '1.5亿元', metric: 'consumption_assistance', scope: 'forecast', period: span('2021-12-31', '2021-12-31') },
    { id: 'r', sentence: T, figure: '200%', metric: 'consumption_assistance', scope: 'share', sharePart: 'f' },
  ];
  it('notes the implied target 6000万元 when no target is stated (seed 002)', () => {
    const [f] = of(checkClaims(build(specs).claims), 'target_completion');
    expect(f?.severity).toBe('info');
    expect(f?.expected?.low?.toFixed()).toBe('60000000');
    expect(texts(f)).toEqual(['200%', '1.2亿元', '1.5亿元']);
  });
  it('reports a stated target that does not fit the rate (judged at the stated precision)', () => {
    const withTarget = [...specs, { id: 't', sentence: '年度目标任务9000万元。', figure: '9000万元', metric: 'consumption_assistance' as const, scope: 'target' as const }];
    const [f] = of(checkClaims(build(withTarget).claims), 'target_completion');
    expect(f?.severity).toBe('warning');
    expect(f?.expected?.low?.toFixed()).toBe('60000000');
    const fits = withTarget.map((s) => (s.id === 't' ? { ...s, sentence: '年度目标任务6000万元。', figure: '6000万元' } : s));
    expect(of(checkClaims(build(fits).claims), 'target_completion')).toEqual([]);
  });
});

describe('conflicting_values', () => {
  const A = '“…举办‘春风行动’和东西部协作专场招聘会,累计输转就业1211人。”';
  const B = '举办“春风行动”和东西部协作专场招聘会,过渡期以来累计输转就业1248人。';
  const pair = (first: [string, string], second: [string, string]): Claim[] =>
    build([
      { id: 'a', sentence: first[0], figure: first[1], metric: 'labour_transfer', scope: 'cumulative', period: span('2021-01-01', '2024-06-05', 'inferred') },
      { id: 'b', sentence: second[0], figure: second[1], metric: 'labour_transfer', scope: 'cumulative', period: span('2021-01-01', '2024-06-05') },
    ]).claims;
  it('treats a later, larger cumulative count as info (1211人 → 1248人, seed 000)', () => {
    const found = of(checkClaims(pair([A, '1211人'], [B, '1248人'])), 'conflicting_values');
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });
  it('warns when the later cumulative count is smaller', () => {
    const found = of(checkClaims(pair([B, '1248人'], [A.replace('1211', '1111'), '1111人'])), 'conflicting_values');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
  it('does not compare figures said with different words (870万元 invested in a firm vs 2900余万元 in villages)', () => {
    const { claims } = build([
      { id: 'a', sentence: '自2021年以来河东区已累计投入870万元,用于改善公司基础设施。', figure: '870万元', metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', '2024-06-05') },
      { id: 'b', sentence: '过渡期以来共计投入2900余万元,重点打造更古村。', figure: '2900余万元', metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', '2024-06-05') },
    ]);
    expect(of(checkClaims(claims), 'conflicting_values')).toEqual([]);
  });
});

describe('cumulative_vs_periods', () => {
  it('reports a stated 2021–2023 total below the sum of its years', () => {
    const { claims } = build([cumulative('9000万元', 'stated', '2023-12-31'), ...SERIES]);
    const [f] = of(checkClaims(claims), 'cumulative_vs_periods');
    expect(f?.severity).toBe('warning');
    expect(f?.expected?.low?.toFixed()).toBe('107615000'); // 3522万 + 3616万 + 3625万, each − 5000 at its precision
    expect(f?.expected?.high?.toFixed()).toBe('107645000');
  });
  it('accepts 8793万元 as of an inferred date: the latest year may be partly counted (000-F02)', () => {
    expect(of(checkClaims(build([cumulative('8793万元'), ...SERIES]).claims), 'cumulative_vs_periods')).toEqual([]);
  });
  it('reports a total above the sum of all its years, with a rescale fix', () => {
    const { claims } = build([cumulative('10763亿元', 'stated', '2023-12-31'), ...SERIES]);
    const found = checkClaims(claims, { checks: ['cumulative_vs_periods'] });
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.suggestedFix?.text).toBe('10763万元');
  });
});

describe('parts_exceed_whole', () => {
  const W: ClaimSpec = { id: 'w', sentence: '累计安排财政援助资金1.25亿元,', figure: '1.25亿元', metric: 'fiscal_aid', scope: 'cumulative' };
  const part = (figure: string, id = 'p'): ClaimSpec => ({ id, sentence: `其中安排协作资金${figure}用于产业发展,`, figure, metric: 'fiscal_aid', scope: 'cumulative', partOf: 'w' });
  it('accepts parts within their whole, 余 included (000-F08)', () => {
    expect(of(checkClaims(build([W, part('5898万元'), { ...part('2900余万元', 'q'), sentence: '共计投入2900余万元,' }]).claims), 'parts_exceed_whole')).toEqual([]);
  });
  it('reports a part above its whole as an error, with the fix', () => {
    const [f] = of(checkClaims(build([W, part('5898亿元')]).claims), 'parts_exceed_whole');
    expect(f?.severity).toBe('error');
    expect(f?.claims[0]?.span.text).toBe('5898亿元');
    expect(f?.suggestedFix?.text).toBe('5898万元');
  });
  it('warns when parts together exceed the whole, judged at the stated precision', () => {
    const [f] = of(checkClaims(build([W, part('7200万元'), { ...part('6100万元', 'q'), sentence: '另有6100万元用于示范村,' }]).claims), 'parts_exceed_whole');
    expect(f?.severity).toBe('warning');
    // 7000万 and 6000万 are ±500万 as written: their sum may be 1.2亿, within 1.25亿.
    expect(of(checkClaims(build([W, part('7000万元'), { ...part('6000万元', 'q'), sentence: '另有6000万元用于示范村,' }]).claims), 'parts_exceed_whole')).toEqual([]);
  });
});

describe('parts_exceed_whole, people within person-times', () => {
  const S = '开展致富带头人培训,讲授企业管理、种养殖技术等知识,培训509人次,其中302人创业成功,';
  const specs = (part: string): ClaimSpec[] => [
    { id: 'w', sentence: S.replace('302人', part), figure: '509人次', metric: 'people_trained', scope: 'cumulative' },
    { id: 'p', sentence: S.replace('302人', part), figure: part, scope: 'cumulative', partOf: 'w' },
  ];
  it('accepts 302人 of 509人次 (003-F04) and reports 3020人 of 509人次', () => {
    expect(of(checkClaims(build(specs('302人')).claims), 'parts_exceed_whole')).toEqual([]);
    const [f] = of(checkClaims(build(specs('3020人')).claims), 'parts_exceed_whole');
    expect(f?.severity).toBe('error');
    expect(f?.suggestedFix?.text).toBe('302人');
  });
});

describe('per_unit_total', () => {
  const S = '带动200户群众增收,户均增收1万元,共增收500万元。';
  const specs: ClaimSpec[] = [
    { id: 'n', sentence: S, figure: '200户', metric: 'households_helped' },
    { id: 'p', sentence: S, figure: '1万元', scope: 'per_unit' },
    { id: 't', sentence: S, figure: '500万元', scope: 'annual' },
  ];
  it('reports 户均 × 户数 against a stated total that does not fit', () => {
    const [f] = of(checkClaims(build(specs).claims), 'per_unit_total');
    expect(f?.severity).toBe('warning');
    // 200户 is ±50 and 1万元 ±5000 as written: 150 × 5000 … 250 × 15000.
    expect([f?.expected?.low?.toFixed(), f?.expected?.high?.toFixed()]).toEqual(['750000', '3750000']);
  });
  it('accepts a total inside the interval, and compares nothing without a total (002-F10)', () => {
    const fit = specs.map((s) => ({ ...s, sentence: S.replace('500万元', '200万元'), figure: s.figure === '500万元' ? '200万元' : s.figure }));
    expect(of(checkClaims(build(fit).claims), 'per_unit_total')).toEqual([]);
    expect(of(checkClaims(build(specs.slice(0, 2)).claims), 'per_unit_total')).toEqual([]);
  });
});

describe('implausible_magnitude', () => {
  const one = (figure: string, metric: Claim['metric'] = 'consumption_assistance'): Claim[] =>
    build([{ id: 'a', sentence: `2022年消费帮扶${figure}。`, figure, metric, scope: 'annual', period: year(2022) }]).claims;
  it('reports a county flow above the county GDP as an error, with a 万 fix', () => {
    const [f] = of(checkClaims(one('8793亿元')), 'implausible_magnitude');
    expect(f?.severity).toBe('error');
    expect(f?.suggestedFix?.text).toBe('8793万元');
  });
  it('uses the caller’s reference data', () => {
    expect(of(checkClaims(one('8亿元')), 'implausible_magnitude')).toEqual([]);
    const tight = { ...REFERENCE_MAGNITUDES, countyGdp: [{ name: '迭部县', code: '623024', year: 2022, gdp: '500000000', source: 'test' }] };
    expect(of(checkClaims(one('8亿元'), { reference: tight }), 'implausible_magnitude')[0]?.severity).toBe('error');
  });
  it('flags a yearly flow below 1万元, but not a subsidy', () => {
    expect(of(checkClaims(one('3616元')), 'implausible_magnitude')[0]?.suggestedFix?.text).toBe('3616万元');
    const subsidy = build([{ id: 'a', sentence: '我们还得到了东西部帮扶资金2400元的补助。', figure: '2400元', metric: 'fiscal_aid', scope: 'annual', period: year(2021) }]).claims;
    expect(of(checkClaims(subsidy), 'implausible_magnitude')).toEqual([]);
  });
  it('never runs a money check on counts of viewers or clicks', () => {
    const raw = '直播带货活动吸引超1600万網友在線觀看,點擊量超9000萬次。';
    expect(checkArticle(raw).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('checkClaims and checkArticle', () => {
  it('never throws on odd input and runs only the checks asked for', () => {
    expect(checkClaims(null as unknown as Claim[])).toEqual([]);
    expect(checkClaims([{}] as unknown as Claim[])).toEqual([]);
    expect(checkArticle(42 as unknown as string).findings).toEqual([]);
    expect(checkArticle('\ud800累计投入8793亿元').claims.length).toBeGreaterThanOrEqual(0);
    const { claims } = build([cumulative('8793亿元'), ...SERIES]);
    expect(checkClaims(claims, { checks: ['growth_wording'] })).toEqual([]);
  });
  it('gives one finding per problem, most severe first, valid against the schema', () => {
    const { claims } = build([cumulative('8793亿元', 'stated', '2023-12-31'), ...SERIES]);
    const findings = checkClaims(claims);
    expect(findings.filter((f) => f.claims[0]?.span.text === '8793亿元').map((f) => f.checkId)).toEqual(['unit_slip']);
    expect(FindingsSchema.safeParse(JSON.parse(JSON.stringify(findings))).success).toBe(true);
  });
  it('lists every check of the issue once', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(10);
  });
  it('formats a finding with its evidence and fix, and a summary line', () => {
    const { text, claims } = build([cumulative('8793亿元'), ...SERIES]);
    const f = checkClaims(claims)[0]!;
    const out = formatFinding(f, text);
    expect(out).toContain('unit_slip');
    expect(out).toContain('fix: 8793万元 (87930000)');
    expect(out).toContain('【8793亿元】');
    expect(summarizeFindings(checkClaims(claims))).toBe('1 error, 0 warnings, 0 info');
  });
});
