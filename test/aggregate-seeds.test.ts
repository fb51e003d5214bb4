import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { checkClaims } from '../src/checks/index.js';
import { aggregate, aggregateToCsv, namespaceClaims } from '../src/aggregate/index.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const HEDONG = readFileSync(`${SEEDS}000_1d07baa1f37797c3.txt`, 'utf8'); // 天津河东区 → 甘肃迭部县

describe('aggregate with checkClaims on the seeds', () => {
  const claims = extractClaims(HEDONG);
  const findings = checkClaims(claims);
  const slip = claims.find((c) => c.figure.span.text === '8793亿元')!;
  // The article: 2021年…3522万元, 2022年…3616万元, 2023年…3625万元.
  const yearly = ['3522万元', '3616万元', '3625万元'].map((t) => claims.find((c) => c.figure.span.text === t)!);

  it('the checker marks 8793亿元 as a unit slip', () => {
    expect(findings.some((f) => f.checkId === 'unit_slip' && f.claims[0]?.id === slip.id)).toBe(true);
  });

  it('河东区 → 迭部县 consumption assistance 2021–2023 by year and in total, 8793亿元 left out', () => {
    const opts = { metrics: ['consumption_assistance' as const], findings, currency: 'CNY' };
    const byYear = aggregate(claims, { by: ['pairing', 'year'], ...opts });
    expect(byYear.filter((r) => r.key.year !== null).map((r) => [r.key.pairing, r.key.year, r.point?.toFixed(), r.claimIds])).toEqual([
      ['河东区→迭部县', 2021, '35220000', [yearly[0]!.id]],
      ['河东区→迭部县', 2022, '36160000', [yearly[1]!.id]],
      ['河东区→迭部县', 2023, '36250000', [yearly[2]!.id]],
    ]);
    const [total] = aggregate(claims, { by: ['pairing'], ...opts });
    const sum = yearly.reduce((a, c) => a.plus(c.figure.kind === 'amount' ? c.figure.amount.value : 0), new Decimal(0));
    expect(total!.point?.toFixed()).toBe(sum.toFixed());
    expect(total!.leftOut).toEqual([{ id: slip.id, reason: 'flagged', detail: 'unit_slip' }]);
    expect(aggregateToCsv([total!])).toContain(`${slip.id}:flagged`);
  });

  it('with the checker’s suggested fix, 8793万元 stands for the whole period and covers the years', () => {
    const [total] = aggregate(claims, { by: ['pairing'], metrics: ['consumption_assistance'], findings, flagged: 'use_fix' });
    expect(total!.point?.toFixed()).toBe('87930000');
    expect(total!.flagged).toEqual([slip.id]);
    expect(total!.leftOut.map((l) => l.reason)).toEqual(['covered', 'covered', 'covered']);
  });

  it('aggregates all five seeds together without throwing, every claim accounted for', () => {
    const all = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => namespaceClaims(f.slice(0, 3), extractClaims(readFileSync(`${SEEDS}${f}`, 'utf8'))));
    const allFindings = checkClaims(all);
    const rows = aggregate(all, { by: ['pairing', 'metric'], findings: allFindings });
    const accounted = rows.flatMap((r) => [...r.claimIds, ...r.leftOut.map((l) => l.id)]);
    expect(accounted.sort()).toEqual(all.map((c) => c.id).sort());
    const ca = rows.filter((r) => r.key.metric === 'consumption_assistance' && r.key.unit === 'CNY' && r.count > 0);
    expect(ca.map((r) => r.key.pairing)).toContain('武清区→静宁县');
  });
});
