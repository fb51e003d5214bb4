/**
 * Extraction: article text → claims, judged against the reviewed claim fixtures of the five seeds
 * (test/fixtures/seeds/*.claims.json, written by reading the articles; see test/fixtures/CLAIMS.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimsSchema, extractClaims, extractClaimsDetailed, findRegion, parseArticle, type Claim } from '../src/index.js';
import { FIXTURES_DIR, SEEDS_DIR, seedNames } from './helpers/seed-fixtures.js';

const SEEDS = seedNames();

interface ExpectedClaim {
  text: string;
  start: number;
  end: number;
  value: string;
  unit: string | null;
  metric: string;
  scope: string;
  period: { start: string | null; end: string | null } | null;
  east: string | null;
  west: string | null;
  quote: string;
}

const raw = (seed: string) => readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8');
const expected = (seed: string): ExpectedClaim[] =>
  JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.claims.json`), 'utf8')) as ExpectedClaim[];

/** The claim whose figure is the expected one: same span, or overlapping it (突破5600万 for 5600万). */
function match(claims: Claim[], e: ExpectedClaim): Claim | undefined {
  return (
    claims.find((c) => c.figure.span.start === e.start && c.figure.span.end === e.end) ??
    claims.find((c) => c.figure.span.start < e.end && e.start < c.figure.span.end)
  );
}

function valueOf(c: Claim) {
  return c.figure.kind === 'amount' ? c.figure.amount.value : c.figure.quantity.value;
}

describe('extractClaims on the seeds, against the reviewed fixtures', () => {
  const rows = SEEDS.flatMap((seed) => {
    const claims = extractClaims(raw(seed));
    return expected(seed).map((e) => ({ seed, e, c: match(claims, e), claims }));
  });
  const money = rows.filter((r) => r.e.unit === '元');
  const report = (pred: (r: (typeof rows)[number]) => boolean, list: typeof rows) =>
    list.filter((r) => !pred(r)).map((r) => `${r.seed} ${r.e.text} want ${r.e.metric}/${r.e.scope} got ${r.c?.metric}/${r.c?.scope} | ${r.e.quote}`);

  it('finds every money figure of the fixtures, with the fixture value', () => {
    expect(report((r) => r.c !== undefined && valueOf(r.c).eq(r.e.value), money)).toEqual([]);
  });

  it('places every money figure under the right metric', () => {
    expect(report((r) => r.c?.metric === r.e.metric, money)).toEqual([]);
  });

  it('gives most money figures the right scope (≥ 85%)', () => {
    const wrong = report((r) => r.c?.scope === r.e.scope, money);
    expect(1 - wrong.length / money.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 98% of all reviewed figures (counts and shares too)', () => {
    const missing = report((r) => r.c !== undefined, rows);
    expect(1 - missing.length / rows.length, missing.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('gives at least 92% of all figures the right metric and 80% the right scope', () => {
    const found = rows.filter((r) => r.c !== undefined);
    const metric = report((r) => r.c?.metric === r.e.metric, found);
    const scope = report((r) => r.c?.scope === r.e.scope, found);
    expect(1 - metric.length / found.length, metric.join('\n')).toBeGreaterThanOrEqual(0.92);
    expect(1 - scope.length / found.length, scope.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('dates money figures from the start the reviewers give (≥ 85% of money figures)', () => {
    const wrong = report((r) => (r.c?.period?.start ?? null) === (r.e.period?.start ?? null), money);
    expect(1 - wrong.length / money.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  // The reviewers give 天津市 for Tianjin firms the article does not tie to the district, and no
  // eastern side for a 2013 income figure; the extractor gives the article's district. Those six
  // money figures are the whole disagreement on the eastern side.
  it('names the pairing: the eastern district and the western county or group', () => {
    const code = (name: string | null) => (name === null ? null : findRegion(name)?.code ?? name);
    const east = report((r) => code(r.e.east) === (r.c?.east?.code ?? null), money);
    expect(east.length / money.length, east.join('\n')).toBeLessThanOrEqual(0.11);
    const west = report((r) => code(r.e.west) === (r.c?.west === null || r.c?.west === undefined ? null : r.c.west.code ?? r.c.west.name), money);
    expect(west.length / money.length, west.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('makes no claim from page chrome, and almost none the reviewers did not list', () => {
    for (const seed of SEEDS) {
      const text = raw(seed);
      const article = parseArticle(text);
      const claims = extractClaims(text);
      for (const c of claims) {
        expect(article.dropped.some((d) => d.start <= c.figure.span.start && c.figure.span.end <= d.end)).toBe(false);
      }
      const extra = claims.filter((c) => !expected(seed).some((e) => c.figure.span.start < e.end && e.start < c.figure.span.end));
      expect(extra.length, extra.map((c) => c.figure.span.text).join(' ')).toBeLessThanOrEqual(2);
    }
  });
});

describe('claims as data', () => {
  it('every span lies in the raw text and matches it; evidence contains the figure', () => {
    for (const seed of SEEDS) {
      const text = raw(seed);
      for (const c of extractClaims(text)) {
        expect(text.slice(c.figure.span.start, c.figure.span.end)).toBe(c.figure.span.text);
        expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
        expect(c.evidence.start <= c.figure.span.start && c.figure.span.end <= c.evidence.end).toBe(true);
      }
    }
  });

  it('round-trips through JSON and ClaimsSchema without loss', () => {
    for (const seed of SEEDS) {
      const claims = extractClaims(raw(seed));
      const back = ClaimsSchema.parse(JSON.parse(JSON.stringify(claims)));
      expect(back.length).toBe(claims.length);
      back.forEach((b, i) => {
        expect(valueOf(b).eq(valueOf(claims[i]!))).toBe(true);
        expect({ ...b, figure: undefined }).toEqual({ ...claims[i]!, figure: undefined });
      });
    }
  });

  it('never throws on arbitrary strings, and what it returns is valid', () => {
    const alphabet = fc.constantFrom(...'0123456789.,万亿元人次户个%余多近约超以上年月日其中占累计捐赠消费帮扶\n。，“”'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: alphabet, maxLength: 80 })), (s) => {
        const claims = extractClaims(s);
        expect(ClaimsSchema.safeParse(JSON.parse(JSON.stringify(claims))).success).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(extractClaims(42 as unknown as string)).toEqual([]);
  });
});

describe('what the extractor must get right', () => {
  it('reads a traditional-script article and keeps clicks and viewers out of money', () => {
    const claims = extractClaims(raw('004_7d29d2d5cf896e98'));
    const byText = (t: string) => claims.find((c) => c.figure.span.text.includes(t));
    expect(byText('2億餘元')?.metric).toBe('consumption_assistance');
    expect(byText('2億餘元')?.figure.kind).toBe('amount');
    expect(byText('9000萬次')?.figure.kind).toBe('quantity');
    expect(byText('9000萬次')?.metric).toBe('other');
  });

  it('links a share to its part and its whole (5898万元 … 占全部援助资金的62.5%, whole 1.25亿元)', () => {
    const claims = extractClaims(raw('000_1d07baa1f37797c3'));
    const share = claims.find((c) => c.figure.span.text === '62.5%')!;
    const byId = (id: string | undefined) => claims.find((c) => c.id === id);
    expect(share.scope).toBe('share');
    expect(byId(share.sharePart)?.figure.span.text).toBe('5898万元');
    expect(byId(share.shareOf)?.figure.span.text).toBe('1.25亿元');
  });

  it('makes the parts after 其中 parts of the figure before it', () => {
    const claims = extractClaims(raw('003_6c6ff32b062797d8'));
    const part = claims.find((c) => c.figure.span.text === '302人')!;
    expect(claims.find((c) => c.id === part.partOf)?.figure.span.text).toBe('509人次');
    expect(claims.find((c) => c.figure.span.text === '1682人')?.partOf).toBeUndefined();
  });

  it('keeps targets, forecasts and deltas apart from achievements', () => {
    const claims = extractClaims(raw('002_4c4fd5b842c920f1'));
    expect(claims.find((c) => c.figure.span.text === '1.5亿元以上')?.scope).toBe('forecast');
    expect(claims.find((c) => c.figure.span.text === '6万多元')?.scope).toBe('per_unit');
    const later = claims.filter((c) => c.figure.span.text === '1000万元');
    expect(later.map((c) => c.scope)).toContain('intent');
    const c000 = extractClaims(raw('000_1d07baa1f37797c3'));
    expect(c000.find((c) => c.figure.span.text === '280万元')?.scope).toBe('delta');
  });

  it('reads a year series as annual claims of one metric', () => {
    const claims = extractClaims(raw('000_1d07baa1f37797c3'));
    const series = ['3522万元', '3616万元', '3625万元'].map((t) => claims.find((c) => c.figure.span.text === t)!);
    expect(series.map((c) => [c.metric, c.scope, c.period?.start])).toEqual([
      ['consumption_assistance', 'annual', '2021-01-01'],
      ['consumption_assistance', 'annual', '2022-01-01'],
      ['consumption_assistance', 'annual', '2023-01-01'],
    ]);
  });

  it('dates figures of 扶贫日期间 and 疫情期间 as the reviewers do, inferred', () => {
    const claims = extractClaims(raw('003_6c6ff32b062797d8'));
    const at = (text: string) => claims.find((c) => c.figure.span.text === text)!;
    expect([at('近10万元').scope, at('近10万元').period]).toMatchObject(['event', { start: '2020-10-01', end: '2020-10-31', basis: 'inferred', label: '扶贫日期间' }]);
    expect([at('4362万元').scope, at('4362万元').period]).toMatchObject(['event', { start: '2020-01-01', end: '2020-11-24', basis: 'inferred', label: '疫情期间' }]);
  });

  it('dates a total named by the end of a year alone (年底有望达到) over the year up to that end', () => {
    const claims = extractClaims(raw('002_4c4fd5b842c920f1'));
    const total = claims.find((c) => c.figure.span.text === '1.5亿元')!;
    expect([total.scope, total.period?.start, total.period?.end, total.period?.label]).toEqual(['forecast', '2021-01-01', '2021-12-31', '年底']);
    // A day stays a day.
    const day = extractClaims('2021年12月31日，捐款5万元。', { publishedAt: '2022-01-05' })[0]!;
    expect([day.period?.start, day.period?.end]).toEqual(['2021-12-31', '2021-12-31']);
  });

  it('reads relative periods against the date the caller gives: the original of a reprint', () => {
    const text = raw('000_1d07baa1f37797c3'); // a 2024-06-05 page reprinting a report of 2023
    const of = (claims: Claim[]) => claims.find((c) => c.figure.span.text === '280万元')!.period;
    expect(of(extractClaims(text))).toMatchObject({ start: '2023-01-01', end: '2024-06-05', label: '近两年' });
    expect(of(extractClaims(text, { publishedAt: '2023-12-31' }))).toMatchObject({ start: '2022-01-01', end: '2023-12-31' });
  });

  it('accounts for every figure it does not claim, with a reason', () => {
    const r = extractClaimsDetailed(raw('000_1d07baa1f37797c3'));
    const reasons = new Map(r.skipped.map((s) => [s.text, s.reason]));
    expect(reasons.get('五个')).toBe('slogan');
    expect(r.claims.some((c) => c.figure.span.text === '四个')).toBe(false);
  });

  it('uses the caller’s publication date and pairing when the text has none', () => {
    const claims = extractClaims('今年完成消费帮扶1.2亿元。', {
      publishedAt: '2021-11-19',
      pairing: { east: { name: '和平区', code: '120101' }, west: { name: '靖远县', code: '620421' } },
    });
    expect(claims[0]?.period?.start).toBe('2021-01-01');
    expect(claims[0]?.east?.code).toBe('120101');
    expect(claims[0]?.scope).toBe('annual');
  });
});
