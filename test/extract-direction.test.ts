/**
 * Direction of people sent between the paired regions: cadres and technicians sent east are
 * counted under their own metrics (cadres_to_east, technicians_to_east).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, findRegions } from '../src/index.js';
import { metricByDirection, sentEast } from '../src/extract/direction.js';
import { FIXTURES_DIR, SEEDS_DIR, seedNames } from './helpers/seed-fixtures.js';

const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return { text, start, end: start + figure.length, clauseStart: 0, sentenceEnd: text.length };
};

describe('sentEast', () => {
  it('reads the first place people are sent to after the figure', () => {
    const east = '同时选派迭部党政干部5名到天津市河东区挂职锻炼';
    expect(sentEast(east, east.indexOf('名') + 1, east.length, findRegions(east))).toBe(true);
    const west = '共选派党政干部6名,各类专业技术人才89名到迭部开展帮扶工作';
    expect(sentEast(west, west.indexOf('6名') + 2, west.length, findRegions(west))).toBe(false);
    for (const text of ['选派干部3名赴津跟岗学习', '选派干部3名来津挂职', '选派医生3名到东部进修', '选派干部3名前往天津学习']) {
      expect(sentEast(text, text.indexOf('名') + 1, text.length, findRegions(text)), text).toBe(true);
    }
  });

  it('gives no direction without a place after 到/赴/前往, and never reads 来自, 以来, 受到 or 达到 as one', () => {
    for (const text of ['选派干部3名开展帮扶', '选派干部3名,来自天津市河东区', '达到3名以上', '选派干部3名到位', '选派干部3名,2021年以来天津市河东区', '选派干部3名,受到天津市河东区表彰', '干部3名的工作达到天津市标准', '干部3名,2021年以来津企参与']) {
      expect(sentEast(text, text.indexOf('3名') + 2, text.length, findRegions(text)), text).toBeUndefined();
    }
  });
});

describe('sentEast across the country', () => {
  it('reads every eastern partner as a destination: abbreviations in fixed words, and region names', () => {
    for (const text of [
      '选派技术人员3名赴沪跟岗学习',
      '选派教师3名来京培训',
      '选派干部3名到粤挂职',
      '选派医生3名在闽进修',
      '选派干部3名赴鲁学习',
      '选派干部3名来津挂职',
      '选派干部3名到杭州市挂职',
      '选派干部3名前往厦门学习',
      '选派干部3名赴上海市闵行区跟岗',
    ]) {
      expect(sentEast(text, text.indexOf('3名') + 2, text.length, findRegions(text)), text).toBe(true);
    }
  });

  it('reads a western destination as west, and a western abbreviation or a word as nothing', () => {
    const west = '选派干部3名到昭通市挂职';
    expect(sentEast(west, west.indexOf('3名') + 2, west.length, findRegions(west))).toBe(false);
    for (const text of ['选派干部3名到新的岗位', '选派干部3名,在新时代', '选派干部3名,近来沪上', '选派干部3名,未来京津冀']) {
      expect(sentEast(text, text.indexOf('3名') + 2, text.length, findRegions(text)), text).toBeUndefined();
    }
  });
});

describe('metricByDirection', () => {
  it('turns cadres and technicians sent east, or received by the east (接收), into the eastward metrics', () => {
    const text = '同时选派迭部党政干部5名,专业技术人才53名到天津市河东区挂职锻炼';
    const regions = findRegions(text);
    expect(metricByDirection('cadres_dispatched', at(text, '5名'), regions)).toBe('cadres_to_east');
    expect(metricByDirection('technicians_dispatched', at(text, '53名'), regions)).toBe('technicians_to_east');
    const received = '累计接收培养受援地区党政干部896名、专业技术人才1378名';
    expect(metricByDirection('technicians_dispatched', at(received, '1378名'), [])).toBe('technicians_to_east');
  });

  it('leaves other metrics and people sent west as they are', () => {
    const text = '选派党政干部6名到迭部开展帮扶,转移就业128人到天津市河东区';
    const regions = findRegions(text);
    expect(metricByDirection('cadres_dispatched', at(text, '6名'), regions)).toBe('cadres_dispatched');
    expect(metricByDirection('labour_transfer', at(text, '128人'), regions)).toBe('labour_transfer');
    // 接收 before the clause of the figure does not count.
    const other = { ...at('接收捐赠,选派干部6名', '6名'), clauseStart: 5 };
    expect(metricByDirection('cadres_dispatched', other, [])).toBe('cadres_dispatched');
  });
});

describe('on the seeds', () => {
  it('counts every reviewed figure of people received west → east under an eastward metric, and no other', () => {
    const rows: string[] = [];
    let checked = 0;
    for (const seed of seedNames()) {
      const claims = extractClaims(readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8'));
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.claims.json`), 'utf8')) as { text: string; start: number; end: number; metric: string; direction?: string }[];
      for (const e of expected) {
        if (!/^(cadres|technicians)_/.test(e.metric)) continue;
        checked++;
        const c = claims.find((x) => x.figure.span.start === e.start && x.figure.span.end === e.end);
        const eastward = (m: string | undefined) => m !== undefined && m.endsWith('_to_east');
        if (eastward(c?.metric) !== eastward(e.metric)) rows.push(`${seed} ${e.text}: want ${e.metric} (${e.direction}), got ${c?.metric}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(18);
    expect(rows).toEqual([]);
  });
});
