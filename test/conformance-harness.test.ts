/**
 * Unit tests of the conformance harness's evaluation logic (bench/conformance/*), on synthetic
 * cases and a fake parser API — not on the real parser's results.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  compatibleQualifiers,
  currencyMatches,
  isQualifierAffix,
  looksFloatRounded,
  toHalfOpen,
} from '../bench/conformance/compare.js';
import {
  applyDivergences,
  checkThresholds,
  evaluateCase,
  matchMentions,
  normalizeExpectedMentions,
  numberTokens,
  summarize,
  validateDivergences,
} from '../bench/conformance/evaluate.js';
import type { ConformanceCase, ParserApi, Suite } from '../bench/conformance/types.js';
import { SHAPES } from '../bench/lib/adversarial-shapes.js';
import { repeatToBytes, utf8Bytes } from '../bench/lib/corpus.js';
import { verdict } from '../bench/lib/registry.js';

const dec = (s: string): Decimal => new Decimal(s);
const suite = (name: string, cases: ConformanceCase[] = [], meta: Suite['meta'] = {}): Suite => ({ name, meta, cases });
const ok = <T>(data: T) => ({ success: true as const, data });
const err = (code: string) => ({ success: false as const, error: { code, message: code } });

/** A fake parser answering from a table; anything else fails with NOT_A_NUMBER. */
function fakeApi(table: Record<string, unknown>, mentions: Record<string, unknown[]> = {}): ParserApi {
  const parse = (t: string) => (t in table ? ok(table[t]) : err('NOT_A_NUMBER'));
  return {
    parseNumber: parse as ParserApi['parseNumber'],
    parseAmount: parse as ParserApi['parseAmount'],
    findNumbers: ((t: string) => mentions[t] ?? []) as ParserApi['findNumbers'],
    findAmounts: ((t: string) => mentions[t] ?? []) as ParserApi['findAmounts'],
  };
}

const num = (value: string, extra: Record<string, unknown> = {}) => ({
  value: dec(value),
  qualifier: 'exact',
  precision: dec('1'),
  ...extra,
});

describe('positions', () => {
  it('turns a Recognizers-Text inclusive end into a half-open end', () => {
    // RT: "15元" in "江苏彩民15元中大乐透" is start 4, end 5 (inclusive) → [4, 6)
    expect(toHalfOpen({ start: 4, end: 5 })).toEqual({ start: 4, end: 6 });
    // a one-character RT mention has start === end
    expect(toHalfOpen({ start: 0, end: 0 })).toEqual({ start: 0, end: 1 });
  });
  it('keeps a JioNLP half-open offset', () => {
    expect(toHalfOpen({ offset: [12, 23] })).toEqual({ start: 12, end: 23 });
  });
  it('rejects a mention without a usable position', () => {
    expect(toHalfOpen({})).toBeUndefined();
    expect(toHalfOpen({ offset: [5, 3] })).toBeUndefined();
  });
  it('normalises and sorts expected mentions, mapping each value field', () => {
    const ms = normalizeExpectedMentions([
      { text: '五', start: 3, end: 3, expected_number: '5' },
      { text: '二百', start: 0, end: 1, expected_number: '200' },
    ]);
    expect(ms?.map((m) => [m.start, m.end, m.value])).toEqual([
      [0, 2, '200'],
      [3, 4, '5'],
    ]);
  });
});

describe('decimal comparison', () => {
  it('compares exactly with Decimal.eq, whatever the written form', () => {
    expect(compareDecimal('100000', dec('1e5'), false).ok).toBe(true);
    expect(compareDecimal('0.1', dec('0.10'), false).ok).toBe(true);
    expect(compareDecimal('4569831148725382', dec('4569831148725380'), false).ok).toBe(false);
  });
  it('passes a float-rounded source value only under the approximate rule, and says so', () => {
    const third = new Decimal('1051').div(3); // 350.333… at 20 digits
    expect(compareDecimal('350.333333333333', third, false).ok).toBe(false);
    const r = compareDecimal('350.333333333333', third, true);
    expect(r).toMatchObject({ ok: true, approxUsed: true });
    expect(compareDecimal('350.333333333333', dec('350.34'), true).ok).toBe(false);
  });
  it('rejects JS numbers and missing values', () => {
    expect(compareDecimal('5', 5, false)).toMatchObject({ ok: false });
    expect(compareDecimal('5', 5, false).error).toMatch(/JS number/);
    expect(compareDecimal('5', undefined, false).ok).toBe(false);
  });
  it('recognises unflagged float-rounded repeating fractions', () => {
    expect(looksFloatRounded('1010.33333333333')).toBe(true);
    expect(looksFloatRounded('4569831148725382')).toBe(false);
    expect(looksFloatRounded('0.000000000000001')).toBe(false);
  });
});

describe('currencies and qualifiers', () => {
  it('maps Recognizers-Text non-ISO units', () => {
    expect(currencyMatches('Dollar', 'HKD')).toBe(true);
    expect(currencyMatches('Dollar', 'CNY')).toBe(false);
    expect(currencyMatches('Bitcoin', 'XBT')).toBe(true);
    expect(currencyMatches('USD', 'USD')).toBe(true);
    expect(currencyMatches('USD', undefined)).toBe(false);
  });
  it('accepts our finer qualifiers for JioNLP coarse labels', () => {
    expect(compatibleQualifiers('less_than_or_nearly', false)).toContain('nearly');
    expect(compatibleQualifiers('less_than_or_nearly', false)).toContain('less_than');
    expect(compatibleQualifiers('approx', true)).toContain('range');
    expect(compatibleQualifiers('approx', false)).not.toContain('range');
  });
  it('treats only qualifier words and spaces as a span extension', () => {
    expect(isQualifierAffix('')).toBe(true);
    expect(isQualifierAffix('多')).toBe(true);
    expect(isQualifierAffix(' 余 ')).toBe(true);
    expect(isQualifierAffix('不超过')).toBe(true);
    expect(isQualifierAffix('约近')).toBe(true);
    expect(isQualifierAffix('斤')).toBe(false);
    expect(isQualifierAffix('多元')).toBe(false);
  });
});

describe('mention matching', () => {
  const input = '这不是五这是二百零一';
  const expected = normalizeExpectedMentions([
    { text: '五', start: 3, end: 3, expected_number: '5' },
    { text: '二百零一', start: 6, end: 9, expected_number: '201' },
  ]);
  const m = (start: number, end: number, value: string) => ({ start, end, text: input.slice(start, end), value: dec(value) });

  it('passes the same spans and values', () => {
    const r = matchMentions(input, expected ?? [], [m(6, 10, '201'), m(3, 4, '5')]);
    expect(r).toMatchObject({ ok: true, spanExtended: false });
  });
  it('reports a missing mention, an unexpected one and a wrong value', () => {
    expect(matchMentions(input, expected ?? [], [m(6, 10, '201')]).problems.join()).toMatch(/missing 五\[3,4\)/);
    const extra = matchMentions(input, expected ?? [], [m(3, 4, '5'), m(6, 10, '201'), m(2, 3, '0')]);
    expect(extra.ok).toBe(false);
    expect(extra.problems.join()).toMatch(/unexpected/);
    expect(matchMentions(input, expected ?? [], [m(3, 4, '5'), m(6, 10, '200')]).ok).toBe(false);
  });
  it('fails a mention whose text is not the slice it claims', () => {
    const bad = { start: 3, end: 4, text: '六', value: dec('5') };
    expect(matchMentions(input, expected ?? [], [bad, m(6, 10, '201')]).ok).toBe(false);
  });
  it('accepts a span that only adds a qualifier word, and flags it', () => {
    const s = '四百多';
    const exp = normalizeExpectedMentions([{ text: '四百', start: 0, end: 1, expected_number: '400' }]) ?? [];
    const r = matchMentions(s, exp, [{ start: 0, end: 3, text: s, value: dec('400') }]);
    expect(r).toMatchObject({ ok: true, spanExtended: true });
  });
  it('does not accept a span extended by a measure word', () => {
    const s = '十斤';
    const exp = normalizeExpectedMentions([{ text: '十', start: 0, end: 0, expected_number: '10' }]) ?? [];
    expect(matchMentions(s, exp, [{ start: 0, end: 2, text: s, value: dec('10') }]).ok).toBe(false);
  });
  it('passes an empty expectation only when nothing is found', () => {
    expect(matchMentions('一切', [], []).ok).toBe(true);
    expect(matchMentions('一切', [], [{ start: 0, end: 1, text: '一', value: dec('1') }]).ok).toBe(false);
  });
  it('checks currencies of money mentions', () => {
    const s = '兑换1.95港元';
    const exp = normalizeExpectedMentions([{ text: '1.95港元', offset: [2, 8], expected_amount: '1.95', currency: 'HKD' }]) ?? [];
    const a = { start: 2, end: 8, text: '1.95港元', value: dec('1.95') };
    expect(matchMentions(s, exp, [{ ...a, currency: 'HKD' }], { checkCurrency: true }).ok).toBe(true);
    expect(matchMentions(s, exp, [{ ...a, currency: 'CNY' }], { checkCurrency: true }).ok).toBe(false);
  });
});

describe('case evaluation', () => {
  const s = suite('synthetic');
  it('number_parse: exact value, parse failure, exception', () => {
    const api = fakeApi({ 一万零一: num('10001'), 一万零二: num('10003') });
    expect(evaluateCase(s, { id: 'a', kind: 'number_parse', input: '一万零一', expected_number: '10001' }, api).pass).toBe(true);
    const wrong = evaluateCase(s, { id: 'b', kind: 'number_parse', input: '一万零二', expected_number: '10002' }, api);
    expect(wrong.pass).toBe(false);
    expect(wrong.got).toMatch(/10003/);
    const failed = evaluateCase(s, { id: 'c', kind: 'number_parse', input: '万万', expected_number: '1' }, api);
    expect(failed).toMatchObject({ pass: false, reason: 'parse failed' });
    const throwing: ParserApi = {
      parseNumber: () => {
        throw new RangeError('boom');
      },
    };
    const thrown = evaluateCase(s, { id: 'd', kind: 'number_parse', input: '一', expected_number: '1' }, throwing);
    expect(thrown.pass).toBe(false);
    expect(thrown.reason).toMatch(/RangeError: boom/);
  });
  it('number_parse: inexact cases compare approximately and are counted', () => {
    const api = fakeApi({ 三分之一百五十七: num(new Decimal(157).div(3).toString()) });
    const r = evaluateCase(
      s,
      { id: 'e', kind: 'number_parse', input: '三分之一百五十七', expected_number: '52.3333333333333', inexact: true },
      api,
    );
    expect(r).toMatchObject({ pass: true, approx: true });
  });
  it('a missing export fails each case instead of crashing', () => {
    const r = evaluateCase(s, { id: 'f', kind: 'money_parse', input: '十美元', expected_amount: '10', currency: 'USD' }, {});
    expect(r).toMatchObject({ pass: false, reason: 'parseAmount is not exported' });
  });
  it('money_parse: value, currency, unrounded alternative and qualifier note', () => {
    const api = fakeApi({
      '1.2万元': num('12000', { currency: 'CNY' }),
      '十美元': num('10', { currency: 'HKD' }),
      '233.344元': num('233.344', { currency: 'CNY' }),
      近700万元: num('7000000', { currency: 'CNY', qualifier: 'approx' }),
    });
    expect(evaluateCase(s, { id: 'g', kind: 'money_parse', input: '1.2万元', expected_amount: '12000', currency: 'CNY' }, api).pass).toBe(true);
    expect(evaluateCase(s, { id: 'h', kind: 'money_parse', input: '十美元', expected_amount: '10', currency: 'USD' }, api).reason).toMatch(/currency/);
    const unrounded: ConformanceCase = {
      id: 'i',
      kind: 'money_parse',
      input: '233.344元',
      expected_amount: '233.34',
      expected_amount_unrounded: '233.344',
      currency: 'CNY',
    };
    expect(evaluateCase(s, unrounded, api).pass).toBe(true);
    const q = evaluateCase(
      suite('j', [], { qualifier_map: { 'blur-': 'less_than_or_nearly' } }),
      { id: 'k', kind: 'money_parse', input: '近700万元', expected_amount: '7000000', currency: 'CNY', qualifier: 'less_than_or_nearly' },
      api,
    );
    expect(q.pass).toBe(true);
    expect(q.qualifierNote).toMatch(/ours approx/);
  });
  it('money_parse with a range: our range must match both ends; otherwise the base value is compared', () => {
    const api = fakeApi({
      '1万-5万元': num('10000', { currency: 'CNY', qualifier: 'range', range: { min: dec('10000'), max: dec('50000') } }),
      '1万-6万元': num('10000', { currency: 'CNY', qualifier: 'range', range: { min: dec('10000'), max: dec('60000') } }),
      '3000多欧元': num('3000', { currency: 'EUR', qualifier: 'more_than', precision: dec('1000') }),
      '3000多日元': num('3000', { currency: 'JPY', qualifier: 'more_than', precision: dec('100') }),
    });
    const c = (input: string, lo: string, hi: string, currency: string): ConformanceCase => ({
      id: input,
      kind: 'money_parse',
      input,
      expected_range: [lo, hi],
      currency,
      qualifier: 'approx',
    });
    expect(evaluateCase(s, c('1万-5万元', '10000', '50000', 'CNY'), api).pass).toBe(true);
    expect(evaluateCase(s, c('1万-6万元', '10000', '50000', 'CNY'), api).reason).toMatch(/range.max/);
    const more = evaluateCase(s, c('3000多欧元', '3000', '4000', 'EUR'), api);
    expect(more).toMatchObject({ pass: true, notes: [] });
    expect(more.qualifierNote).toBeUndefined();
    const bound = evaluateCase(s, c('3000多日元', '3000', '4000', 'JPY'), api);
    expect(bound.pass).toBe(true);
    expect(bound.notes.join()).toMatch(/implied upper bound 3100/);
  });
  it('invalid and invalid_strict_only', () => {
    const api = fakeApi({ 一一: num('11') });
    expect(evaluateCase(s, { id: 'l', kind: 'invalid', input: '零点点', expected_error: true }, api).pass).toBe(true);
    expect(evaluateCase(s, { id: 'm', kind: 'invalid', input: '一一', expected_error: true }, api).pass).toBe(false);
    expect(evaluateCase(s, { id: 'n', kind: 'invalid_strict_only', input: '一一', expected_error: true }, api).pass).toBe(true);
    expect(evaluateCase(s, { id: 'o', kind: 'invalid_strict_only', input: '点一', expected_error: true }, api).pass).toBe(false);
  });
  it('digit_string compares numerically and notes leading zeros and precision', () => {
    const api = fakeApi({ 零零三: num('3'), 一二点三零: num('12.3', { precision: dec('0.1') }) });
    const z = evaluateCase(s, { id: 'p', kind: 'digit_string', input: '零零三', expected_text: '003' }, api);
    expect(z.pass).toBe(true);
    expect(z.notes.join()).toMatch(/leading zeros/);
    const p = evaluateCase(s, { id: 'q', kind: 'digit_string', input: '一二点三零', expected_text: '12.30' }, api);
    expect(p.pass).toBe(true);
    expect(p.notes.join()).toMatch(/precision 0.1/);
  });
  it('text_transform compares the numbers of the transformed text with our mentions', () => {
    expect(numberTokens('今天股价上涨了8%，概率是1/2').map((t) => [t.text, t.value])).toEqual([
      ['8%', '8'],
      ['1/2', '0.5'],
    ]);
    const input = '今天上涨了百分之八';
    const api = fakeApi({}, { [input]: [{ start: 5, end: 9, text: '百分之八', value: dec('0.08') }] });
    expect(evaluateCase(s, { id: 'r', kind: 'text_transform', input, expected_text: '今天上涨了8%' }, api).pass).toBe(true);
    const more = fakeApi({}, { 大陆: [{ start: 1, end: 2, text: '陆', value: dec('6') }] });
    expect(evaluateCase(s, { id: 't', kind: 'text_transform', input: '大陆', expected_text: '大陆' }, more).pass).toBe(false);
  });
});

describe('divergence accounting and summary', () => {
  const s = suite('syn');
  const api = fakeApi({ 一: num('1') });
  const results = [
    evaluateCase(s, { id: 'x1', kind: 'number_parse', input: '一', expected_number: '1' }, api),
    evaluateCase(s, { id: 'x2', kind: 'number_parse', input: '二', expected_number: '2' }, api),
    evaluateCase(s, { id: 'x3', kind: 'number_parse', input: '三', expected_number: '3' }, api),
  ];
  it('turns a listed failure into a divergence and reports stale and unknown entries', () => {
    const acc = applyDivergences(
      results,
      [
        { id: 'x1', reason: 'we agree now' },
        { id: 'x2', reason: 'better reading' },
        { id: 'nope', reason: 'typo' },
      ],
      new Set(['x1', 'x2', 'x3']),
    );
    expect(acc.results.map((r) => r.status)).toEqual(['pass', 'divergence', 'fail']);
    expect(acc.results[1]?.divergenceReason).toBe('better reading');
    expect(acc.stale.map((d) => d.id)).toEqual(['x1']);
    expect(acc.unknown.map((d) => d.id)).toEqual(['nope']);
    const sum = summarize(acc.results, ['syn']);
    expect(sum.rows[0]).toMatchObject({ cases: 3, passed: 1, failed: 1, divergences: 1 });
    expect(sum.rows[0]?.passPct).toBeCloseTo(200 / 3);
    expect(sum.rows[0]?.strictPct).toBeCloseTo(100 / 3);
    expect(checkThresholds(sum)).toHaveLength(2);
  });
  it('meets the thresholds when nothing fails', () => {
    const acc = applyDivergences(results, [
      { id: 'x2', reason: 'a' },
      { id: 'x3', reason: 'b' },
    ], new Set(['x1', 'x2', 'x3']));
    expect(checkThresholds(summarize(acc.results, ['syn']))).toEqual([]);
  });
  it('validates the divergence file', () => {
    expect(validateDivergences([{ id: 'a', reason: 'r' }]).problems).toEqual([]);
    expect(validateDivergences({}).problems).toHaveLength(1);
    const v = validateDivergences([{ id: 'a', reason: '' }, { id: 'b', reason: 'r' }, { id: 'b', reason: 'r2' }]);
    expect(v.divergences.map((d) => d.id)).toEqual(['b', 'b']);
    expect(v.problems).toHaveLength(2);
  });
});

describe('bench helpers', () => {
  it('judges figures against their targets', () => {
    expect(verdict({ label: 'ratio', value: 8.4, unit: '×', target: { op: '<=', limit: 9 } })).toBe('PASS');
    expect(verdict({ label: 'ratio', value: 9.4, unit: '×', target: { op: '<=', limit: 9 } })).toBe('MISS');
    expect(verdict({ label: 'speed-up', value: undefined, unit: '×', target: { op: '>=', limit: 500 } })).toBe('MISS');
    expect(verdict({ label: 'rss', value: 80, unit: 'MB' })).toBe('INFO');
    expect(verdict({ label: 'skipped', value: undefined, unit: 's', forceMiss: true })).toBe('MISS');
  });
  it('repeats whole copies up to a UTF-8 size (CJK characters are 3 bytes)', () => {
    expect(utf8Bytes('1.25亿元')).toBe(10);
    expect(repeatToBytes('1.25亿元', 25)).toBe('1.25亿元'.repeat(3));
  });
  it('builds adversarial shapes of at least the asked size', () => {
    for (const s of SHAPES) expect(utf8Bytes(s.make(4096))).toBeGreaterThanOrEqual(4096);
  });
});
