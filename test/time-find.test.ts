/**
 * findTimeExpressions against the seed articles, each read with its publication date as the
 * reference date, plus the forms the seeds imply (Chinese numerals, impossible dates, figures that
 * are not dates).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../src/time/index.js';
import type { TimeMention } from '../src/time/index.js';
import { PeriodSchema } from '../src/domain/period.js';

const SEEDS: Record<string, { file: string; ref: string }> = {
  '000': { file: '000_1d07baa1f37797c3.txt', ref: '2024-06-05' },
  '001': { file: '001_81f5c1ebe536e262.txt', ref: '2021-09-15' },
  '002': { file: '002_4c4fd5b842c920f1.txt', ref: '2021-11-19' },
  '003': { file: '003_6c6ff32b062797d8.txt', ref: '2020-11-24' },
  '004': { file: '004_7d29d2d5cf896e98.txt', ref: '2020-10-22' },
};
const raw = (p: string): string => readFileSync(new URL(`../seeds/${SEEDS[p]!.file}`, import.meta.url), 'utf8');
const found = new Map<string, TimeMention[]>();
const mentionsOf = (p: string): TimeMention[] => {
  if (!found.has(p)) found.set(p, findTimeExpressions(raw(p), { referenceDate: SEEDS[p]!.ref }));
  return found.get(p)!;
};

/** The mention of seed `p` whose text is `text`, located through the phrase `near` around it. */
function at(p: string, near: string, text: string): TimeMention {
  const src = raw(p);
  const phrase = src.indexOf(near);
  expect(phrase, `phrase ${near} in seed ${p}`).toBeGreaterThanOrEqual(0);
  const start = src.indexOf(text, phrase);
  const m = mentionsOf(p).find((x) => x.start === start);
  expect(m, `mention ${text} in seed ${p}`).toBeDefined();
  expect(m!.text).toBe(text);
  return m!;
}
const span = (m: TimeMention): [string | null, string | null] | null => (m.period ? [m.period.start, m.period.end] : null);

describe('every seed: spans and periods are well formed', () => {
  it.each(Object.keys(SEEDS))('seed %s', (p) => {
    const src = raw(p);
    const ms = mentionsOf(p);
    expect(ms.length).toBeGreaterThan(5);
    let prevEnd = 0;
    for (const m of ms) {
      expect(m.start).toBeGreaterThanOrEqual(prevEnd);
      expect(m.end).toBeGreaterThan(m.start);
      expect(src.slice(m.start, m.end)).toBe(m.text);
      if (m.period) expect(PeriodSchema.safeParse(m.period).success).toBe(true);
      prevEnd = m.end;
    }
  });
});

describe('seed 000 (reference 2024-06-05)', () => {
  it('2023年7月 is a stated month', () => {
    const m = at('000', '2023年7月,河东区', '2023年7月');
    expect(m.type).toBe('month');
    expect(span(m)).toEqual(['2023-07-01', '2023-07-31']);
    expect(m.period!.basis).toBe('stated');
    expect(m.period!.granularity).toBe('month');
  });
  it('过渡期以来 runs from 2021-01-01 to the reference date', () => {
    const m = at('000', '过渡期以来,河东区安排', '过渡期以来');
    expect(m.type).toBe('since');
    expect(span(m)).toEqual(['2021-01-01', '2024-06-05']);
    expect(m.period!.basis).toBe('inferred');
  });
  it('‘十四五’末 is the end of 2025, in the future', () => {
    const m = at('000', '公司预计', '‘十四五’末');
    expect(m.type).toBe('plan');
    expect(span(m)).toEqual(['2025-12-31', '2025-12-31']);
    expect(m.period!.kind).toBe('point');
    expect(m.period!.future).toBe(true);
  });
  it('自2021年以来 keeps 自 and ends at the reference date', () => {
    const m = at('000', '“自2021年以来', '自2021年以来');
    expect(span(m)).toEqual(['2021-01-01', '2024-06-05']);
    expect(m.period!.kind).toBe('interval');
  });
  it('近两年 covers the two calendar years ending with the reference year', () => {
    expect(span(at('000', '近两年实现', '近两年'))).toEqual(['2023-01-01', '2024-06-05']);
  });
  it('7月17日 takes its year from the nearest dated month (2023年3月), not from 从2013年4000元', () => {
    const m = at('000', '7月17日,天津市河东区', '7月17日');
    expect(m.type).toBe('date');
    expect(span(m)).toEqual(['2023-07-17', '2023-07-17']);
    expect(m.yearFrom).toBe('context');
    expect(m.period!.basis).toBe('inferred');
  });
  it('2021至2023年 is a range, and 2023.18万元 is an amount, not a year', () => {
    const m = at('000', '2021至2023年累计', '2021至2023年');
    expect(m.type).toBe('year_range');
    expect(span(m)).toEqual(['2021-01-01', '2023-12-31']);
    const amount = raw('000').indexOf('2023.18万元');
    expect(mentionsOf('000').some((x) => x.start <= amount && x.end > amount)).toBe(false);
  });
  it('2013年 is a stated year; 1年期 is a duration', () => {
    expect(span(at('000', '从2013年4000元', '2013年'))).toEqual(['2013-01-01', '2013-12-31']);
    const d = at('000', '1年期及以上', '1年期');
    expect(d.type).toBe('duration');
    expect(d.period).toBeNull();
    expect(d.duration).toEqual({ amount: 1, unit: 'year' });
  });
  it('今年 is the reference year; 1248人 is not a time', () => {
    expect(span(at('000', '“今年的招聘会', '今年'))).toEqual(['2024-01-01', '2024-12-31']);
    const i = raw('000').indexOf('1248人');
    expect(mentionsOf('000').some((x) => x.start <= i && x.end > i)).toBe(false);
  });
});

describe('seed 001 (reference 2021-09-15)', () => {
  it('reads the dateline 21-09-15 15:09', () => {
    const m = at('001', '21-09-15 15:09', '21-09-15 15:09');
    expect(span(m)).toEqual(['2021-09-15', '2021-09-15']);
    expect(m.time).toBe('15:09');
  });
  it('“十四五” with quotes is 2021–2025', () => {
    const m = at('001', '签署“十四五”', '“十四五”');
    expect(m.type).toBe('plan');
    expect(span(m)).toEqual(['2021-01-01', '2025-12-31']);
  });
  it('2017年以来 and 五年来 both start in 2017', () => {
    expect(span(at('001', '2017年以来,武清区', '2017年以来'))).toEqual(['2017-01-01', '2021-09-15']);
    const five = at('001', '五年来,累计', '五年来');
    expect(span(five)).toEqual(['2017-01-01', '2021-09-15']);
    expect(five.period!.basis).toBe('inferred');
  });
  it('近年来 is vague: no start', () => {
    const m = at('001', '近年来,天津市', '近年来');
    expect(m.vague).toBe(true);
    expect(span(m)).toEqual([null, '2021-09-15']);
    expect(m.period!.kind).toBe('open');
  });
  it('今年 is 2021', () => {
    expect(span(at('001', '今年经两地牵头', '今年'))).toEqual(['2021-01-01', '2021-12-31']);
  });
});

describe('seed 002 (reference 2021-11-19)', () => {
  it('今年以来 and 截至目前', () => {
    expect(span(at('002', '今年以来,天津和平区', '今年以来'))).toEqual(['2021-01-01', '2021-11-19']);
    const now = at('002', '截至目前,提前', '截至目前');
    expect(now.type).toBe('as_of');
    expect(span(now)).toEqual(['2021-11-19', '2021-11-19']);
    expect(now.period!.kind).toBe('point');
  });
  it('年底 (有望) and 年底前 are the end of the reference year, in the future', () => {
    const eoy = at('002', '年底有望达到1.5亿元,完成', '年底');
    expect(span(eoy)).toEqual(['2021-12-31', '2021-12-31']);
    expect(eoy.period!.future).toBe(true);
    const due = at('002', '年底前有望达成合作协议', '年底前');
    expect(due.type).toBe('deadline');
    expect(span(due)).toEqual(['2021-12-31', '2021-12-31']);
    expect(due.period!.future).toBe(true);
  });
  it('明年4月底前 is a deadline on 2022-04-30', () => {
    const m = at('002', '将于明年4月底前', '明年4月底前');
    expect(m.type).toBe('deadline');
    expect(span(m)).toEqual(['2022-04-30', '2022-04-30']);
    expect(m.period!.future).toBe(true);
    expect(m.period!.basis).toBe('inferred');
  });
  it('5年任务3年完成: two durations without a period', () => {
    const five = at('002', '5年任务3年完成', '5年');
    const three = at('002', '任务3年完成', '3年');
    for (const [m, n] of [[five, 5], [three, 3]] as const) {
      expect(m.type).toBe('duration');
      expect(m.period).toBeNull();
      expect(m.duration).toEqual({ amount: n, unit: 'year' });
    }
  });
  it('2020年底 is a stated point', () => {
    const m = at('002', '在2020年底如期', '2020年底');
    expect(span(m)).toEqual(['2020-12-31', '2020-12-31']);
    expect(m.period!.basis).toBe('stated');
  });
  it('十四五 without quotes', () => {
    expect(span(at('002', '靖远县十四五规划', '十四五'))).toEqual(['2021-01-01', '2025-12-31']);
  });
  it('正月十六 of 2021 is 2021-02-27 (春节 2021-02-12 + 15 days); 元宵节 is the day before, 元宵节过后第一天 the same day', () => {
    const m = at('002', '正月十六,元宵节', '正月十六');
    expect(m.type).toBe('lunar_date');
    expect(span(m)).toEqual(['2021-02-27', '2021-02-27']);
    // No dated month precedes it but the dateline 时间:2021-11-19, which sets the year.
    expect(m.yearFrom).toBe('context');
    expect(m.period!.basis).toBe('inferred');
    // 元宵节过后第一天 names 正月十六 again; 元宵节 alone is 正月十五.
    expect(span(at('002', '元宵节过后', '元宵节过后第一天'))).toEqual(['2021-02-27', '2021-02-27']);
    const alone = findTimeExpressions('2021年元宵节当天', { referenceDate: '2021-11-19' }).find((x) => x.text === '元宵节')!;
    expect(span(alone)).toEqual(['2021-02-26', '2021-02-26']);
    expect(findTimeExpressions('元宵节后两天', { referenceDate: '2021-11-19' }).map((x) => [x.text, ...(span(x) ?? [])])).toEqual([['元宵节后两天', '2021-02-28', '2021-02-28']]);
  });
  it('39日 is reported as a damaged 3月9日, not guessed', () => {
    const m = at('002', '39日,天津市农业农村委', '39日');
    expect(m.period).toBeNull();
    expect(m.suspicious?.reason).toBe('missing_month_marker');
    expect(m.suspicious?.repair?.text).toBe('3月9日');
    expect(m.suspicious?.repair?.period?.start).toBe('2021-03-09');
  });
  it('20208月 is reported as a damaged 2020年8月', () => {
    const m = at('002', '20208月,天津市和平区', '20208月');
    expect(m.period).toBeNull();
    expect(m.suspicious?.reason).toBe('missing_year_marker');
    expect(m.suspicious?.repair?.text).toBe('2020年8月');
    expect(m.suspicious?.repair?.period?.start).toBe('2020-08-01');
    expect(m.suspicious?.repair?.period?.end).toBe('2020-08-31');
  });
  it('今年3月份, 5月份, 10月中旬, 九月份 are months of 2021', () => {
    expect(span(at('002', '从今年3月份开建', '今年3月份'))).toEqual(['2021-03-01', '2021-03-31']);
    expect(span(at('002', '到5月份建成', '5月份'))).toEqual(['2021-05-01', '2021-05-31']);
    expect(span(at('002', '到10月中旬', '10月中旬'))).toEqual(['2021-10-11', '2021-10-20']);
    const sept = at('002', '于九月份被', '九月份');
    expect(span(sept)).toEqual(['2021-09-01', '2021-09-30']);
    expect(sept.period!.basis).toBe('inferred');
  });
  it('截至10月底 is the point 2021-10-31', () => {
    const m = at('002', '截至10月底,靖远县', '截至10月底');
    expect(m.type).toBe('as_of');
    expect(span(m)).toEqual(['2021-10-31', '2021-10-31']);
  });
  it('一年来, 明年, 1个半月; 第一年 is an ordinal, not a time', () => {
    expect(span(at('002', '一年来,天津市农科院', '一年来'))).toEqual(['2021-01-01', '2021-11-19']);
    const next = at('002', '明年追加投资', '明年');
    expect(span(next)).toEqual(['2022-01-01', '2022-12-31']);
    expect(next.period!.future).toBe(true);
    expect(at('002', '仅仅1个半月', '1个半月').duration).toEqual({ amount: 1.5, unit: 'month' });
    const i = raw('002').indexOf('第一年');
    expect(mentionsOf('002').some((x) => x.start <= i + 1 && x.end > i)).toBe(false);
  });
  it('the footer (Copyright©2006-2019, 甘公网安备 62010002000486号) has no time mention', () => {
    const footer = raw('002').indexOf('甘公网安备');
    expect(mentionsOf('002').filter((x) => x.start >= footer)).toEqual([]);
  });
});

describe('seed 003 (reference 2020-11-24)', () => {
  it('11月24日 takes 2020 from the dateline', () => {
    const m = at('003', '11月24日,北辰区', '11月24日');
    expect(span(m)).toEqual(['2020-11-24', '2020-11-24']);
    expect(m.yearFrom).toBe('context');
  });
  it('三年多来 starts one year before 三年来 would: 2017-01-01, like 2017年以来 beside it', () => {
    expect(span(at('003', '2017年以来,北辰区', '2017年以来'))).toEqual(['2017-01-01', '2020-11-24']);
    expect(span(at('003', '三年多来区党政', '三年多来'))).toEqual(['2017-01-01', '2020-11-24']);
  });
  it('近两年 and the vague 几年来', () => {
    expect(span(at('003', '近两年为兴隆县', '近两年'))).toEqual(['2019-01-01', '2020-11-24']);
    const m = at('003', '几年来,累计', '几年来');
    expect(m.vague).toBe(true);
    expect(m.period!.start).toBeNull();
  });
  it('京ICP备09051002号-3 is not a date', () => {
    const i = raw('003').indexOf('京ICP备');
    expect(mentionsOf('003').filter((x) => x.start >= i)).toEqual([]);
  });
});

describe('seed 004 (reference 2020-10-22, traditional script)', () => {
  it('4年來 and 四年來 run from 2017-01-01', () => {
    const m = at('004', '內容提要:4年來', '4年來');
    expect(m.type).toBe('since');
    expect(span(m)).toEqual(['2017-01-01', '2020-10-22']);
    expect(m.period!.basis).toBe('inferred');
    expect(span(at('004', '四年來,甘肅', '四年來'))).toEqual(['2017-01-01', '2020-10-22']);
  });
  it('4年累計 is a duration; 第七個 is not a time', () => {
    expect(at('004', '4年累計為', '4年').type).toBe('duration');
    const i = raw('004').indexOf('第七個');
    expect(mentionsOf('004').some((x) => x.start <= i + 2 && x.end > i)).toBe(false);
  });
  it('近年來 is vague; 今年 is 2020; 33天 is a duration', () => {
    expect(at('004', '近年來,河西區', '近年來').vague).toBe(true);
    expect(span(at('004', '今年,河西區', '今年'))).toEqual(['2020-01-01', '2020-12-31']);
    expect(at('004', '33天時間', '33天').duration).toEqual({ amount: 33, unit: 'day' });
  });
  it('licence numbers (12010002000001號, 津B2-20000001) are not dates', () => {
    const i = raw('004').indexOf('Copyright (C) 2000-2024');
    expect(mentionsOf('004').filter((x) => x.start >= i)).toEqual([]);
  });
});

describe('forms outside the seeds', () => {
  const one = (text: string, ref?: string): TimeMention => {
    const ms = findTimeExpressions(text, ref === undefined ? {} : { referenceDate: ref });
    expect(ms, text).toHaveLength(1);
    return ms[0]!;
  };
  it.each([
    ['2023年7月17日', '2023-07-17'],
    ['二〇二三年七月十七日', '2023-07-17'],
    ['２０２３年７月１７日', '2023-07-17'],
    ['2024年2月29日', '2024-02-29'],
    ['2021年正月十六', '2021-02-27'],
  ])('%s → %s (stated)', (text, date) => {
    const m = one(text);
    expect(m.text).toBe(text);
    expect(span(m)).toEqual([date, date]);
    expect(m.period!.basis).toBe('stated');
  });
  it.each(['2021至2023年', '2021—2023年', '2021年至2023年', '2021-2023年'])('%s is 2021–2023', (text) => {
    const m = one(text);
    expect(m.type).toBe('year_range');
    expect(span(m)).toEqual(['2021-01-01', '2023-12-31']);
  });
  it.each(['十三五', '“十三五”', '“十三五”期间'])('%s is 2016–2020', (text) => {
    expect(span(one(text))).toEqual(['2016-01-01', '2020-12-31']);
  });
  it.each([
    ['2023年13月', 'impossible_date'],
    ['2月30日', 'impossible_date'],
    ['2023年2月29日', 'impossible_date'],
  ])('%s → period null, suspicious %s', (text, reason) => {
    const m = one(text, '2023-12-01');
    expect(m.period).toBeNull();
    expect(m.suspicious?.reason).toBe(reason);
  });
  it('125日 fits 1月25日 and 12月5日: suspicious without a repair', () => {
    const m = one('125日，', '2021-11-19');
    expect(m.suspicious?.reason).toBe('missing_month_marker');
    expect(m.suspicious?.repair).toBeNull();
  });
  it('without a reference date, relative expressions are unresolved and 以来 stays open', () => {
    const now = one('今年');
    expect(now.period).toBeNull();
    expect(now.unresolved).toBe(true);
    const since = one('2017年以来');
    expect(since.period).toMatchObject({ start: '2017-01-01', end: null, kind: 'open', basis: 'stated' });
    const md = one('7月17日');
    expect(md.unresolved).toBe(true);
    expect(one('正月十六').unresolved).toBe(true);
  });
  it('an invalid reference date is ignored, not thrown', () => {
    expect(one('今年', '2023-02-30').unresolved).toBe(true);
    expect(one('今年', 'yesterday').unresolved).toBe(true);
  });
  it('lunar dates outside the table or outside 正月 are unresolved, never guessed', () => {
    for (const text of ['1999年正月十六', '腊月二十三', '八月初八', '正月三十']) {
      const m = one(text, '2021-11-19');
      expect(m.type).toBe('lunar_date');
      expect(m.period).toBeNull();
      expect(m.unresolved).toBe(true);
    }
  });
  it('a day number inside a sentence (为期120日) is not taken for a damaged date', () => {
    expect(findTimeExpressions('项目为期120日，', { referenceDate: '2021-11-19' })).toEqual([]);
    expect(one('。120日，', '2021-11-19').suspicious?.repair?.text).toBe('1月20日');
  });
  it('a year followed by a comma sets the year of later days', () => {
    const ms = findTimeExpressions('2019年，7月17日签约。', { referenceDate: '2021-11-19' });
    expect(ms.map((m) => m.text)).toEqual(['2019年', '7月17日']);
    expect(span(ms[1]!)).toEqual(['2019-07-17', '2019-07-17']);
    expect(ms[1]!.yearFrom).toBe('context');
  });
  it('扶贫日 is 17 October: of the year written, the Nth from 2014, else the reference year; 期间 is that October', () => {
    const at = (text: string, referenceDate?: string) => findTimeExpressions(text, referenceDate ? { referenceDate } : undefined);
    expect(at('2019年扶贫日，区里举办展销会。', '2021-11-19').map((m) => [m.text, m.type, ...(span(m) ?? []), m.period?.basis])).toEqual([['2019年扶贫日', 'event', '2019-10-17', '2019-10-17', 'stated']]);
    expect(at('第七个国家扶贫日', '2021-11-19').map((m) => [m.text, ...(span(m) ?? []), m.yearFrom])).toEqual([['第七个国家扶贫日', '2020-10-17', '2020-10-17', 'text']]);
    expect(at('扶贫日当天捐款5万元', '2021-11-01').map((m) => [m.text, ...(span(m) ?? []), m.period?.basis, m.yearFrom])).toEqual([['扶贫日', '2021-10-17', '2021-10-17', 'inferred', 'reference']]);
    const around = at('扶贫日期间,组织企业参加展销活动,销售扶贫产品近10万元。', '2020-11-24')[0]!;
    expect([around.text, ...(span(around) ?? []), around.period?.basis, around.period?.granularity]).toEqual(['扶贫日期间', '2020-10-01', '2020-10-31', 'inferred', 'month']);
    // The year of a 扶贫日 without one comes from the context, as a month's does.
    expect(span(at('2019年3月签约。扶贫日前后又捐款', '2021-11-19')[1]!)).toEqual(['2019-10-01', '2019-10-31']);
    // Before 2014 there was no 扶贫日; without a year there is nothing to place it in.
    expect(at('2013年扶贫日')[0]).toMatchObject({ type: 'event', period: null, unresolved: true });
    expect(at('扶贫日前后')[0]).toMatchObject({ period: null, unresolved: true });
    for (const text of ['做好扶贫日常监管', '写扶贫日记', '扶贫日报社', '扶贫日子']) expect(at(text, '2020-01-01'), text).toEqual([]);
  });
  it('疫情期间 is 2020 up to the reference date, at most 2022; before 2020 another epidemic', () => {
    const at = (text: string, referenceDate?: string) => findTimeExpressions(text, referenceDate ? { referenceDate } : undefined);
    expect(at('疫情期间,向受援地区提供帮扶款物及防疫物资4362万元。', '2020-11-24').map((m) => [m.text, m.type, ...(span(m) ?? []), m.period?.basis])).toEqual([['疫情期间', 'event', '2020-01-01', '2020-11-24', 'inferred']]);
    expect(at('新冠肺炎疫情防控期间，捐赠物资', '2024-06-05').map((m) => [m.text, ...(span(m) ?? []), m.period?.granularity])).toEqual([['新冠肺炎疫情防控期间', '2020-01-01', '2022-12-31', 'multi_year']]);
    expect(at('抗疫期间')[0]).toMatchObject({ period: { start: '2020-01-01', end: '2022-12-31' } });
    expect(at('疫情期间', '2018-05-01')[0]).toMatchObject({ period: null, unresolved: true });
    for (const text of ['非洲猪瘟疫情期间', '禽流感疫情期间', '口蹄疫疫情期间']) expect(at(text, '2019-05-01'), text).toEqual([]);
  });
  it('figures are not times', () => {
    for (const text of ['累计捐款2023.18万元', '累计输转就业1248人', '京ICP备09051002号-3', '津公网安备 12010002000001号', '十四五个人', '一年一度', '2000多年来']) {
      expect(findTimeExpressions(text, { referenceDate: '2021-11-19' }), text).toEqual([]);
    }
  });
  it('year parts: 上半年, 第一季度, 年初, 上旬, 下旬', () => {
    expect(span(one('2024年上半年'))).toEqual(['2024-01-01', '2024-06-30']);
    expect(span(one('2024年第一季度'))).toEqual(['2024-01-01', '2024-03-31']);
    expect(span(one('2023年2月下旬'))).toEqual(['2023-02-21', '2023-02-28']);
    expect(span(one('2024年2月底'))).toEqual(['2024-02-29', '2024-02-29']);
  });
  it('去年, 截至2020年底, X前, “十四五”以来, and 十四五末 seen from after 2025', () => {
    expect(span(one('去年', '2021-11-19'))).toEqual(['2020-01-01', '2020-12-31']);
    const asOf = one('截至2020年底', '2021-11-19');
    expect(asOf.type).toBe('as_of');
    expect(asOf.period).toMatchObject({ start: '2020-12-31', end: '2020-12-31', basis: 'stated', future: false });
    const due = one('2023年7月17日前', '2023-01-01');
    expect(due.type).toBe('deadline');
    expect(due.period).toMatchObject({ start: '2023-07-17', kind: 'point', future: true });
    expect(span(one('“十四五”以来', '2023-06-30'))).toEqual(['2021-01-01', '2023-06-30']);
    expect(one('十四五末', '2026-03-01').period?.future).toBe(false);
  });
  it('a dateline with an impossible time keeps the date only', () => {
    const m = one('2024-06-05 25:61', '2024-06-05');
    expect(m.text).toBe('2024-06-05');
    expect(m.time).toBeUndefined();
  });
  it('non-strings and the empty string give no mentions', () => {
    expect(findTimeExpressions(undefined)).toEqual([]);
    expect(findTimeExpressions(2023)).toEqual([]);
    expect(findTimeExpressions('')).toEqual([]);
  });
});
