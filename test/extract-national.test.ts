/**
 * Extraction beyond Tianjin→Gansu: the pairing of figures in reports of other programmes, at every
 * level, with groups; the programme names (沪滇协作); 对口支援 reports; work in the east. And a floor
 * under the national fixtures' figures of `npm run eval:regions`, so that they cannot silently fall.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import type { Claim } from '../src/index.js';
import { loadNational, nationalArticles, sideRight } from '../bench/eval-regions.js';

const sides = (c: Claim | undefined) => [c?.east?.code ?? c?.east?.name ?? null, c?.west?.code ?? c?.west?.name ?? null];
const claimOf = (claims: Claim[], text: string) => claims.find((c) => c.figure.span.text === text);

describe('extractClaims across the programmes', () => {
  it('a province pair: 上海市 → 云南省', () => {
    const claims = extractClaims('沪滇携手谱新篇\n2023-02-10 09:00 来源：云岭日报\n2022年，上海市投入云南省财政援助资金48.85亿元，选派干部267名。');
    expect(sides(claimOf(claims, '48.85亿元'))).toEqual(['310000', '530000']);
    expect(claimOf(claims, '48.85亿元')?.metric).toBe('fiscal_aid');
  });

  it('a programme named by its abbreviations (粤桂协作) names both provinces', () => {
    const claims = extractClaims('协作简讯\n2022-06-01 10:00\n今年粤桂协作资金已到位3.2亿元。');
    expect(sides(claimOf(claims, '3.2亿元'))).toEqual(['440000', '450000']);
  });

  it('a district and a prefecture the registry pairs; a county of that prefecture gets the same district', () => {
    const text = '闵行保山情谊长\n2022-05-20 10:00\n上海市闵行区对口帮扶云南省保山市。今年闵行区投入保山市帮扶资金1.2亿元。施甸县获得其中3000万元。';
    const claims = extractClaims(text);
    expect(sides(claimOf(claims, '1.2亿元'))).toEqual(['310112', '530500']);
    expect(sides(claimOf(claims, '3000万元'))).toEqual(['310112', '530521']);
  });

  it('several eastern partners of one province make a group; national totals make national groups', () => {
    const multi = extractClaims('东部四市帮扶甘肃\n2020-10-17 18:30\n天津市、青岛市、福州市和厦门市累计向甘肃投入财政援助资金89.66亿元。');
    expect(sides(claimOf(multi, '89.66亿元'))).toEqual(['天津市、青岛市、福州市、厦门市', '620000']);
    const national = extractClaims('东西部协作年度成绩单\n2024-01-10 10:00\n2023年东部8省市向西部10省区市投入财政援助资金231.9亿元。');
    expect(sides(claimOf(national, '231.9亿元'))).toEqual(['东部8省市', '西部10省区市']);
  });

  it('a 对口支援 report reads regions by that programme (上海 → 莎车县)', () => {
    const claims = extractClaims('上海援疆十年\n2020-09-01 10:00\n上海对口支援新疆喀什地区莎车县，今年安排援疆资金6.5亿元。');
    expect(sides(claimOf(claims, '6.5亿元'))).toEqual(['310000', '653125']);
  });

  it('a shared name in a later paragraph (鼓楼区) is resolved from a city the article names (福州)', () => {
    const claims = extractClaims('福州定西情谊长\n2019-06-01 10:00\n福州市对口帮扶甘肃省定西市。\n今年鼓楼区投入帮扶资金500万元。');
    expect(sides(claimOf(claims, '500万元'))[0]).toBe('350102');
    // With no city or province to tell it, 鼓楼区 (南京, 徐州, 福州, 开封) is no side: the article's stands.
    const alone = extractClaims('协作简讯\n2019-06-01 10:00\n上海市对口帮扶云南省。\n今年鼓楼区投入帮扶资金500万元。');
    expect(sides(claimOf(alone, '500万元'))[0]).toBe('310000');
  });

  it('people sent east to work are employment_in_east (到上海就业, 在福建务工)', () => {
    const claims = extractClaims('劳务协作\n2021-03-01 10:00\n今年帮助1200名农村劳动力到上海就业。目前有4万多名宁夏劳动力稳定在福建务工。');
    expect(claimOf(claims, '1200名')?.metric).toBe('employment_in_east');
    expect(claimOf(claims, '4万多名')?.metric).toBe('employment_in_east');
  });
});

describe('the national fixtures (floors under npm run eval:regions)', () => {
  it('both sides right for at least 88% of aid figures, metric right for at least 88%', () => {
    let aid = 0;
    let both = 0;
    let metric = 0;
    for (const name of nationalArticles()) {
      const { text, gold } = loadNational(name);
      const claims = extractClaims(text);
      for (const g of gold) {
        if (g.metric === 'other') continue;
        aid++;
        const c = claims.find((x) => x.figure.span.start < g.end && g.start < x.figure.span.end);
        if (c === undefined) continue;
        if (sideRight(g.east, c.east) && sideRight(g.west, c.west)) both++;
        if (c.metric === g.metric) metric++;
      }
    }
    expect(aid).toBeGreaterThan(200);
    expect(both / aid).toBeGreaterThanOrEqual(0.88);
    expect(metric / aid).toBeGreaterThanOrEqual(0.88);
  });
});
