/**
 * The national fixtures (test/fixtures/national/) are well-formed: every gold file parses with the
 * schema of `bench/eval-regions.ts`, every entry's text is the file's slice at its offsets, entries
 * are in text order and do not overlap, metric ids and region codes are valid, and every article
 * has its sources in SOURCES.md. Extraction quality is not asserted here: that is `eval:regions`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { goldEntrySchema, loadNational, nationalArticles, NATIONAL_DIR, sideRight } from '../bench/eval-regions.js';
import { METRICS } from '../src/data/metrics.js';

const articles = nationalArticles();
const sources = readFileSync(`${NATIONAL_DIR}SOURCES.md`, 'utf8');
const readme = readFileSync(`${NATIONAL_DIR}README.md`, 'utf8');
const metricIds = new Set<string>(METRICS.map((m) => m.id));

describe('national fixtures: the set', () => {
  it('has articles for every provincial programme, a multi-partner one, national totals and four or more city/county pairs', () => {
    expect(articles.length).toBeGreaterThanOrEqual(17);
    const pairs = articles.map((a) => loadNational(a).gold.map((g) => `${JSON.stringify(g.east)}→${JSON.stringify(g.west)}`));
    const has = (east: string, west: string): boolean =>
      pairs.some((p) => p.some((s) => s.includes(`"code":"${east}"`) && s.endsWith(`"code":"${west}"}`)));
    for (const [east, west] of [
      ['110000', '150000'],
      ['120000', '620000'],
      ['310000', '530000'],
      ['320000', '610000'],
      ['320000', '630000'],
      ['330000', '510000'],
      ['350000', '640000'],
      ['370000', '500000'],
      ['370000', '620000'],
      ['440000', '450000'],
      ['440000', '520000'],
    ] as const) {
      expect(has(east, west), `${east} → ${west}`).toBe(true);
    }
    const all = articles.flatMap((a) => loadNational(a).gold);
    expect(all.some((g) => g.east !== null && 'group' in g.east && g.west !== null && 'code' in g.west)).toBe(true);
    expect(all.some((g) => g.east !== null && 'group' in g.east && g.west !== null && 'group' in g.west)).toBe(true);
    const cityOrCounty = articles.filter((a) =>
      loadNational(a).gold.some((g) => g.east !== null && 'code' in g.east && !g.east.code.endsWith('0000')),
    );
    expect(cityOrCounty.length).toBeGreaterThanOrEqual(4);
  });

  it('pairs every article with a gold file and nothing else', () => {
    const files = readdirSync(NATIONAL_DIR);
    for (const f of files) {
      if (f.endsWith('.gold.json')) expect(files, f).toContain(f.replace(/\.gold\.json$/, '.txt'));
      if (f.endsWith('.txt')) expect(files, f).toContain(f.replace(/\.txt$/, '.gold.json'));
    }
    expect(files.filter((f) => !/^(\d{2}_[a-z0-9_]+\.(txt|gold\.json)|README\.md|SOURCES\.md)$/.test(f))).toEqual([]);
  });
});

describe.each(articles)('national fixture %s', (name) => {
  const text = readFileSync(`${NATIONAL_DIR}${name}.txt`, 'utf8');
  const raw: unknown = JSON.parse(readFileSync(`${NATIONAL_DIR}${name}.gold.json`, 'utf8'));

  it('is UTF-8 text with LF line ends, a title, a dateline and a body', () => {
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\uFFFD');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => /^[0-9０-９]{4}-[0-9０-９]{2}-[0-9０-９]{2} [0-9０-９]{2}:[0-9０-９]{2} 來?来?源：/.test(l))).toBe(true);
  });

  it('has well-formed gold (schema, metric ids, 6-digit codes)', () => {
    const parsed = z.array(goldEntrySchema).safeParse(raw);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    const gold = parsed.success ? parsed.data : [];
    expect(gold.length).toBeGreaterThanOrEqual(6);
    expect(gold.length).toBeLessThanOrEqual(20);
    for (const g of gold) {
      expect(metricIds.has(g.metric), g.metric).toBe(true);
      for (const side of [g.east, g.west]) {
        if (side !== null && 'code' in side) expect(side.code).toMatch(/^[1-9][0-9]{5}$/);
      }
      if (g.period) {
        if (g.period.start && g.period.end) expect(g.period.start <= g.period.end, `${g.text} period`).toBe(true);
      }
    }
  });

  it('has every entry at its offsets, in text order, without overlaps', () => {
    const { gold } = loadNational(name);
    let previousEnd = 0;
    for (const g of gold) {
      expect(text.slice(g.start, g.end), `${g.text}@${g.start}`).toBe(g.text);
      expect(g.start, `${g.text}@${g.start} starts before the previous entry ends`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = g.end;
    }
  });

  it('has its sources in SOURCES.md and a row in README.md with its counts', () => {
    const section = sources.split(/^## /m).find((s) => s.startsWith(`${name}\n`));
    expect(section, `no "## ${name}" section in SOURCES.md`).toBeDefined();
    expect(section ?? '').toMatch(/<https?:\/\/|stored page/);
    const row = readme.split('\n').find((l) => l.startsWith(`| ${name} |`));
    expect(row, `no row for ${name} in README.md`).toBeDefined();
    const { gold } = loadNational(name);
    const aid = gold.filter((g) => g.metric !== 'other').length;
    expect(row ?? '', 'README row: figures (aid)').toContain(`| ${gold.length} (${aid}) |`);
  });
});

describe('national fixtures: README totals', () => {
  it('states the total of figures and aid figures', () => {
    const all = articles.flatMap((a) => loadNational(a).gold);
    const aid = all.filter((g) => g.metric !== 'other').length;
    expect(readme).toContain(`| **total** | | | **${all.length} (${aid})** | |`);
  });
});

describe('sideRight (the side rule of eval:regions)', () => {
  it('compares coded regions by code, groups by members, null with null', () => {
    expect(sideRight({ name: '上海市', code: '310000' }, { name: '上海', code: '310000' })).toBe(true);
    expect(sideRight({ name: '上海市', code: '310000' }, { name: '闵行区', code: '310112' })).toBe(false);
    expect(sideRight({ group: '天津、青岛、福州、厦门' }, { name: '天津市、青岛市、福州市和厦门市', code: null })).toBe(true);
    expect(sideRight({ group: '天津、青岛、福州、厦门' }, { name: '天津市', code: '120000' })).toBe(false);
    expect(sideRight({ group: '黔东南州、恩施州' }, { name: '黔东南', code: null })).toBe(false);
    expect(sideRight(null, null)).toBe(true);
    expect(sideRight(null, { name: '甘肃省', code: '620000' })).toBe(false);
  });
});

