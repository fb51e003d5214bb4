/**
 * Property tests of the checks: a consistent claim set (a yearly series, its cumulative sum,
 * parts of a whole with their shares) raises no error; scaling every money figure by the same
 * power of ten changes no finding of the scale-free checks.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckId, Finding } from '../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingsSchema } from '../src/index.js';
import { checkArticle, checkClaims } from '../src/checks/index.js';
import { SEEDS_DIR } from './helpers/seed-fixtures.js';
import { build, span, year, type ClaimSpec } from './checks-build.js';

interface Scenario {
  annual: number[];
  whole: number;
  shares: number[];
  slip: number | null;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  annual: fc.array(fc.integer({ min: 1000, max: 9999 }), { minLength: 2, maxLength: 5 }),
  // a district's fiscal aid to a county over three years: 1亿 … 5亿 (the reference band allows 3亿 a year)
  whole: fc.integer({ min: 10000, max: 50000 }),
  // parts of 5 % … 30 % each, at most three: they never exceed the whole
  shares: fc.array(fc.integer({ min: 500, max: 3000 }), { minLength: 1, maxLength: 3 }),
  slip: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
});

/** Money written as plain 元 digits, the value in 万 times 10^(4 + k). */
function yuan(wan: Decimal, k: number): string {
  return `${wan.times(new Decimal(10).pow(4 + k)).toFixed()}元`;
}

/** The claims of a scenario, every money figure scaled by 10^k; `slip` multiplies one year by 10⁴. */
function claimsOf(s: Scenario, k: number, withSlip: boolean): ClaimSpec[] {
  const specs: ClaimSpec[] = [];
  const first = 2021;
  s.annual.forEach((v, i) => {
    const wan = new Decimal(v).times(withSlip && s.slip === i ? 10000 : 1);
    const fig = yuan(wan, k);
    specs.push({ id: `y${i}`, sentence: `${first + i}年完成消费帮扶${fig}。`, figure: fig, metric: 'consumption_assistance', scope: 'annual', period: year(first + i) });
  });
  const total = s.annual.reduce((a, b) => a + b, 0);
  const cum = yuan(new Decimal(total), k);
  specs.push({
    id: 'cum',
    sentence: `${first}年至${first + s.annual.length - 1}年累计完成消费帮扶${cum}。`,
    figure: cum,
    metric: 'consumption_assistance',
    scope: 'cumulative',
    period: span(`${first}-01-01`, `${first + s.annual.length - 1}-12-31`),
  });
  const whole = yuan(new Decimal(s.whole), k);
  specs.push({ id: 'w', sentence: `累计安排财政援助资金${whole}。`, figure: whole, metric: 'fiscal_aid', scope: 'cumulative', period: span('2021-01-01', '2023-12-31') });
  s.shares.forEach((bp, i) => {
    const part = new Decimal(s.whole).times(bp).div(10000).toDecimalPlaces(0);
    const partText = yuan(part, k);
    const pct = part.div(s.whole).times(100).toFixed(2);
    const sentence = `其中安排资金${partText}用于第${'一二三'[i]}类项目,占全部援助资金的${pct}%。`;
    const common = { sentence, metric: 'fiscal_aid' as const, period: span('2021-01-01', '2023-12-31') };
    specs.push({ ...common, id: `p${i}`, figure: partText, scope: 'cumulative', partOf: 'w' });
    specs.push({ ...common, id: `s${i}`, figure: `${pct}%`, scope: 'share', shareOf: 'w', sharePart: `p${i}` });
  });
  return specs;
}

const SCALE_FREE: CheckId[] = ['unit_slip', 'cumulative_vs_periods', 'share_vs_total', 'parts_exceed_whole', 'conflicting_values', 'growth_wording', 'target_completion', 'per_unit_total'];
const key = (f: Finding): string => `${f.checkId}|${f.severity}|${f.claims.map((c) => c.id).join(',')}`;

describe('check properties', () => {
  it('a consistent claim set raises no error and no warning', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const findings = checkClaims(build(claimsOf(s, 0, false)).claims);
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('scaling every money figure by the same power of ten changes no finding', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 4 }), fc.boolean(), (s, k, withSlip) => {
        const base = checkClaims(build(claimsOf(s, 0, withSlip)).claims, { checks: SCALE_FREE }).map(key).sort();
        const scaled = checkClaims(build(claimsOf(s, k, withSlip)).claims, { checks: SCALE_FREE }).map(key).sort();
        expect(scaled).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });

  it('an injected 万↔亿 slip in one year of a series of three or more is an error on that year', () => {
    fc.assert(
      fc.property(scenario.filter((s) => s.annual.length >= 3 && s.slip !== null && s.slip < s.annual.length), (s) => {
        const findings = checkClaims(build(claimsOf(s, 0, true)).claims);
        const slip = findings.find((f) => f.checkId === 'unit_slip');
        expect(slip?.severity).toBe('error');
        expect(slip?.claims[0]?.id).toBe(`y${s.slip}`);
      }),
      { numRuns: 40 },
    );
  });

  it('never throws on cut and spliced seed text, and every finding fits the schema', () => {
    const raw = readFileSync(join(SEEDS_DIR, '002_4c4fd5b842c920f1.txt'), 'utf8');
    fc.assert(
      fc.property(fc.nat({ max: raw.length }), fc.nat({ max: 400 }), fc.string({ maxLength: 12 }), (at, len, insert) => {
        const text = raw.slice(at, at + len) + insert + raw.slice(0, Math.min(len, 200));
        const { findings } = checkArticle(text);
        expect(FindingsSchema.safeParse(JSON.parse(JSON.stringify(findings))).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
