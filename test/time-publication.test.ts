/**
 * Publication dates: the dateline forms of the seeds, the two-digit-year rule, typed errors, and
 * finding the dateline in each raw seed page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, findPublicationDate, parsePublicationDate } from '../src/time/index.js';
import { IsoDateSchema } from '../src/domain/period.js';

const seed = (prefix: string): string => {
  const names: Record<string, string> = {
    '000': '000_1d07baa1f37797c3.txt',
    '001': '001_81f5c1ebe536e262.txt',
    '002': '002_4c4fd5b842c920f1.txt',
    '003': '003_6c6ff32b062797d8.txt',
    '004': '004_7d29d2d5cf896e98.txt',
  };
  return readFileSync(new URL(`../seeds/${names[prefix]}`, import.meta.url), 'utf8');
};

describe('parsePublicationDate', () => {
  it.each([
    ['2024-06-05 18:44:25', '2024-06-05', '18:44:25', '2024-06-05 18:44:25'],
    ['21-09-15 15:09', '2021-09-15', '15:09', '21-09-15 15:09'],
    ['时间:2021-11-19 20:09:41', '2021-11-19', '20:09:41', '2021-11-19 20:09:41'],
    ['时间:2021-11-19 20:09:41来源:中国甘肃在线编辑:赵小春点击:', '2021-11-19', '20:09:41', '2021-11-19 20:09:41'],
    ['2020-11-24 15:11', '2020-11-24', '15:11', '2020-11-24 15:11'],
    ['2020-10-22 15:22:04', '2020-10-22', '15:22:04', '2020-10-22 15:22:04'],
    ['2023年7月17日', '2023-07-17', undefined, '2023年7月17日'],
    ['２０２３年７月１７日', '2023-07-17', undefined, '２０２３年７月１７日'],
    ['二〇二三年七月十七日', '2023-07-17', undefined, '二〇二三年七月十七日'],
    ['二零二一年十一月十九日', '2021-11-19', undefined, '二零二一年十一月十九日'],
    ['发布时间：2023年7月17日 9:05', '2023-07-17', '09:05', '2023年7月17日 9:05'],
    ['2020/10/22', '2020-10-22', undefined, '2020/10/22'],
  ])('%s → %s', (input, date, time, spanText) => {
    const r = parsePublicationDate(input);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.date).toBe(date);
    expect(r.data.time).toBe(time);
    expect(r.data.text).toBe(spanText);
    expect(input.slice(r.data.start, r.data.end)).toBe(r.data.text);
    expect(IsoDateSchema.safeParse(r.data.date).success).toBe(true);
  });

  it('expands two-digit years by the POSIX rule (00–68 → 20xx, 69–99 → 19xx)', () => {
    expect(expandTwoDigitYear(21)).toBe(2021);
    expect(expandTwoDigitYear(0)).toBe(2000);
    expect(expandTwoDigitYear(68)).toBe(2068);
    expect(expandTwoDigitYear(69)).toBe(1969);
    expect(expandTwoDigitYear(99)).toBe(1999);
    const r = parsePublicationDate('98-12-01 08:00');
    expect(r.success && r.data.date).toBe('1998-12-01');
  });

  it.each([
    [null, 'INVALID_ARGUMENT'],
    [undefined, 'INVALID_ARGUMENT'],
    [20211119, 'INVALID_ARGUMENT'],
    [{ date: '2021-11-19' }, 'INVALID_ARGUMENT'],
    ['', 'EMPTY_INPUT'],
    ['  \n ', 'EMPTY_INPUT'],
    ['来源:中国甘肃在线', 'NOT_A_NUMBER'],
    ['\uD800\uDC00\uD800', 'NOT_A_NUMBER'],
    ['2月30日', 'NOT_A_NUMBER'],
    ['2023年7月', 'NOT_A_NUMBER'],
    ['2023年13月', 'OUT_OF_RANGE'],
    ['2023年13月1日', 'OUT_OF_RANGE'],
    ['2023年2月30日', 'OUT_OF_RANGE'],
    ['2023-02-29', 'OUT_OF_RANGE'],
    ['2024-06-05 25:00', 'OUT_OF_RANGE'],
    ['2024-06-05 18:44:251', 'MALFORMED_NUMBER'],
  ])('%j → typed error %s, no throw', (input, code) => {
    const r = parsePublicationDate(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe(code);
  });

  it('accepts 29 February in a leap year only', () => {
    const r = parsePublicationDate('2024-02-29');
    expect(r.success && r.data.date).toBe('2024-02-29');
  });
});

describe('findPublicationDate on the raw seed pages', () => {
  it.each([
    ['000', '2024-06-05', '2024-06-05 18:44:25'],
    ['001', '2021-09-15', '21-09-15 15:09'],
    ['002', '2021-11-19', '2021-11-19 20:09:41'],
    ['003', '2020-11-24', '2020-11-24 15:11'],
    ['004', '2020-10-22', '2020-10-22 15:22:04'],
  ])('seed %s → %s', (prefix, date, text) => {
    const raw = seed(prefix);
    const r = findPublicationDate(raw);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.date).toBe(date);
    expect(r.data.text).toBe(text);
    expect(raw.slice(r.data.start, r.data.end)).toBe(text);
  });

  it('skips copyright lines and dates beyond maxOffset (sidebars, footers)', () => {
    const footer = 'Copyright©2006-2019中国甘肃在线 2019-01-01 00:00';
    expect(findPublicationDate(footer).success).toBe(false);
    const page = `${'正文。'.repeat(2000)}\n2024-06-05 18:44:25`;
    const r = findPublicationDate(page);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('NOT_A_NUMBER');
    expect(findPublicationDate(page, { maxOffset: page.length }).success).toBe(true);
  });

  it('falls back to a labelled date, and ignores dates inside sentences', () => {
    const labelled = findPublicationDate('标题\n日期：2023年7月17日\n2023年7月，河东区与迭部县……');
    expect(labelled.success && labelled.data.date).toBe('2023-07-17');
    const sentence = findPublicationDate('标题\n2023年7月17日，天津市河东区卫健系统新一批专业技术人才到达迭部。');
    expect(sentence.success).toBe(false);
  });

  it('returns typed errors for bad input', () => {
    const a = findPublicationDate(42);
    expect(!a.success && a.error.code).toBe('INVALID_ARGUMENT');
    const b = findPublicationDate('');
    expect(!b.success && b.error.code).toBe('EMPTY_INPUT');
  });
});
