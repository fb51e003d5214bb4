/** Reading raw pages: title, dateline, publisher, body without chrome, script, offsets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectScript, parseArticle, toRawOffset, toSimplified } from '../src/index.js';
import { SEEDS_DIR } from './helpers/seed-fixtures.js';

const raw = (seed: string) => readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8');

describe('parseArticle on the seeds', () => {
  const cases = [
    ['000_1d07baa1f37797c3', '天津河东区“升级加力”助力迭部县乡村振兴 东西协作硕果累累', '2024-06-05', undefined, 'simplified'],
    ['001_81f5c1ebe536e262', '天津武清携手甘肃静宁奔小康 奏响富民“交响曲”', '2021-09-15', '中国甘肃网', 'simplified'],
    ['002_4c4fd5b842c920f1', '河海相连谱华章一一靖远·天津开展东西部协作促进乡村振兴实录', '2021-11-19', '中国甘肃在线', 'simplified'],
    ['003_6c6ff32b062797d8', '天津北辰区:2020年携手奔小康 助力四个受援地区全部实现脱贫摘帽', '2020-11-24', '中国战略新兴产业网', 'simplified'],
    ['004_7d29d2d5cf896e98', '唱響脫貧致富的奮進之歌──河西區與甘肅『兩縣一區』開展東西部扶貧協作側記', '2020-10-22', '天津日報', 'traditional'],
  ] as const;

  it.each(cases)('%s: title, date, publisher, script', (seed, title, date, publisher, script) => {
    const a = parseArticle(raw(seed));
    expect(a.title?.text).toBe(title);
    expect(a.publishedAt).toBe(date);
    expect(a.publisher?.text).toBe(publisher);
    expect(a.script).toBe(script);
  });

  it('leaves the spam line, the sidebar and the footer out of the body', () => {
    const a = parseArticle(raw('000_1d07baa1f37797c3'));
    expect(a.body).not.toContain('期货配资');
    expect(a.body).not.toContain('收盘价');
    expect(a.body).not.toContain('热门资讯');
    expect(a.body).toContain('累计输转就业1211人');
    expect(a.dropped.find((d) => d.text === '期货配资怎么做')?.reason).toBe('spam');
    const b = parseArticle(raw('002_4c4fd5b842c920f1'));
    expect(b.body).not.toContain('Copyright');
    expect(b.dropped.find((d) => d.text.startsWith('您的位置'))?.reason).toBe('navigation');
    expect(b.dropped.find((d) => d.text.startsWith('Copyright'))?.reason).toBe('footer');
  });

  it('keeps every block at its place in the raw text, and maps body offsets back', () => {
    for (const seed of cases.map((c) => c[0])) {
      const text = raw(seed);
      const a = parseArticle(text);
      for (const b of a.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
      for (const d of a.dropped) expect(text.slice(d.start, d.end)).toBe(d.text);
      for (const probe of ['亿元', '万元', '人次']) {
        const i = a.body.indexOf(probe);
        if (i < 0) continue;
        const r = toRawOffset(a, i);
        expect(text.slice(r, r + probe.length)).toBe(probe);
      }
    }
  });

  it('marks headings, the summary and the byline', () => {
    const a = parseArticle(raw('004_7d29d2d5cf896e98'));
    expect(a.blocks[0]?.kind).toBe('summary');
    expect(a.blocks.find((b) => b.text.startsWith('發展產業'))?.kind).toBe('heading');
    const c = parseArticle(raw('001_81f5c1ebe536e262'));
    expect(c.blocks[0]?.kind).toBe('byline');
  });
});

describe('parseArticle on other input', () => {
  it('reads text without page structure as paragraphs', () => {
    const a = parseArticle('累计投入财政资金3.75亿元。\n消费扶贫2.83亿元。');
    expect(a.title).toBeUndefined();
    expect(a.blocks.map((b) => b.text)).toEqual(['累计投入财政资金3.75亿元。', '消费扶贫2.83亿元。']);
  });

  it('takes the publication date from the caller when given', () => {
    expect(parseArticle('今年完成消费帮扶1.2亿元。', { publishedAt: '2021-11-19' }).publishedAt).toBe('2021-11-19');
  });

  it('never throws, and its spans always match the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const a = parseArticle(s);
        for (const b of a.blocks) expect(s.slice(b.start, b.end)).toBe(b.text);
      }),
      { numRuns: 300 },
    );
    expect(parseArticle(undefined as unknown as string).blocks).toEqual([]);
  });
});

describe('scripts', () => {
  it('tells simplified from traditional and folds traditional to simplified at the same length', () => {
    expect(detectScript('累計實現消費扶貧2億餘元')).toBe('traditional');
    expect(detectScript('累计实现消费扶贫2亿余元')).toBe('simplified');
    expect(detectScript('12345')).toBe('unknown');
    const t = '迭部縣東西部扶貧協作';
    expect(toSimplified(t)).toBe('迭部县东西部扶贫协作');
    expect(toSimplified(t).length).toBe(t.length);
  });
});
