import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimScope, MetricId, Qualifier } from '../src/index.js';
import {
  sumIntervals,
  aggregate,
  ExactSum,
  sameFigure,
  sameInterval,
  type AggregateKey,
  type AggregateRow,
  type Interval,
} from '../src/aggregate/index.js';

const D = Decimal.clone({ precision: 200 });

const PAIRINGS = [
  { east: { name: '河东区', code: '120102' }, west: { name: '迭部县', code: '623024' } },
  { east: { name: '武清区', code: '120114' }, west: { name: '静宁县', code: '620826' } },
  { east: { name: '河西区', code: '120103' }, west: { name: '两县一区', code: null } },
];
const METRICS: MetricId[] = ['fiscal_aid', 'consumption_assistance', 'labour_transfer'];
const SCOPES: ClaimScope[] = ['annual', 'annual', 'event', 'event', 'cumulative', 'delta', 'target'];
const QUALIFIERS: Qualifier[] = ['exact', 'exact', 'exact', 'approx', 'more_than', 'at_least', 'nearly', 'less_than', 'at_most', 'range'];
const PRECISIONS = ['1', '100', '10000', '0.01'];
const KEYS: AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];

interface Spec {
  pairing: number;
  metric: number;
  scope: number;
  year: number;
  month: number;
  multiYear: boolean;
  qualifier: number;
  digits: number;
  precision: number;
  yu: boolean;
  usd: boolean;
  source: number;
  sentence: number;
  partOf: number | null;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  pairing: fc.nat({ max: PAIRINGS.length - 1 }),
  metric: fc.nat({ max: METRICS.length - 1 }),
  scope: fc.nat({ max: SCOPES.length - 1 }),
  year: fc.integer({ min: 2021, max: 2023 }),
  month: fc.integer({ min: 1, max: 12 }),
  multiYear: fc.constantFrom(false, false, false, false, true),
  qualifier: fc.nat({ max: QUALIFIERS.length - 1 }),
  digits: fc.integer({ min: 1, max: 99999 }),
  precision: fc.nat({ max: PRECISIONS.length - 1 }),
  yu: fc.boolean(),
  usd: fc.constantFrom(false, false, false, true),
  source: fc.nat({ max: 2 }),
  sentence: fc.nat({ max: 3 }),
  partOf: fc.option(fc.nat({ max: 30 }), { freq: 6 }),
});

/** Claims built from specs; ids are unique (`a#c0`, `b#c1`, …), so every claim is distinct. */
function build(specs: Spec[]): Claim[] {
  return specs.map((s, i) => {
    const pair = PAIRINGS[s.pairing]!;
    const metric = METRICS[s.metric]!;
    const scope = SCOPES[s.scope]!;
    const qualifier = QUALIFIERS[s.qualifier]!;
    const precision = new Decimal(PRECISIONS[s.precision]!);
    const value = precision.times(s.digits);
    const mm = String(s.month).padStart(2, '0');
    const period: Claim['period'] =
      scope === 'cumulative' || s.multiYear
        ? { start: `${s.year - 2}-01-01`, end: `${s.year}-${mm}-28`, kind: 'interval', basis: 'stated' }
        : scope === 'event'
          ? { start: `${s.year}-${mm}-01`, end: `${s.year}-${mm}-28`, kind: 'interval', basis: 'stated' }
          : { start: `${s.year}-01-01`, end: `${s.year}-12-31`, kind: 'interval', basis: 'stated' };
    const text = qualifier === 'more_than' ? (s.yu ? `${s.digits}余万元` : `超${s.digits}万元`) : `${s.digits}万元`;
    const num = { value, qualifier, precision, ...(qualifier === 'range' ? { range: { min: value, max: value.times(3) } } : {}) };
    const span = { start: 4, end: 4 + text.length, text };
    const people = metric === 'labour_transfer';
    const figure: Claim['figure'] = people
      ? { kind: 'quantity', quantity: { ...num, unit: '人' }, span }
      : { kind: 'amount', amount: { ...num, currency: s.usd ? 'USD' : 'CNY' }, span };
    const src = 'abc'[s.source]!;
    const c: Claim = {
      id: `${src}#c${i}`,
      figure,
      metric,
      scope,
      period,
      east: pair.east,
      west: pair.west,
      evidence: { start: s.sentence * 100, end: s.sentence * 100 + 60, text: `句子${s.sentence}` },
      confidence: 0.9,
    };
    if (s.partOf !== null && s.partOf < i) c.partOf = `${'abc'[specs[s.partOf]!.source]}#c${s.partOf}`;
    return c;
  });
}

const claimsArb = fc.array(specArb, { maxLength: 40 }).map(build);
const byArb = fc.subarray(KEYS);

const ZERO: Interval = { low: new Decimal(0), lowInclusive: true, high: new Decimal(0), highInclusive: true };

function keyOf(row: AggregateRow, keys: readonly AggregateKey[]): string {
  return JSON.stringify([...keys.map((k) => row.key[k] ?? null), row.key.unit]);
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('aggregate properties', () => {
  it('the order of the claims never changes a total or which claims count', () => {
    fc.assert(
      fc.property(claimsArb, byArb, fc.integer(), (claims, by, seed) => {
        const a = aggregate(claims, { by });
        const b = aggregate(shuffle(claims, seed), { by });
        expect(b.map((r) => keyOf(r, by))).toEqual(a.map((r) => keyOf(r, by)));
        a.forEach((ra, i) => {
          const rb = b[i]!;
          expect(sameInterval(ra.total, rb.total)).toBe(true);
          expect([...rb.claimIds].sort()).toEqual([...ra.claimIds].sort());
          expect(rb.leftOut.map((l) => `${l.id}:${l.reason}`).sort()).toEqual(ra.leftOut.map((l) => `${l.id}:${l.reason}`).sort());
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the total of a grouping equals the sum of the totals of a finer grouping', () => {
    fc.assert(
      fc.property(claimsArb, byArb, fc.constantFrom<AggregateKey>('metric', 'pairing', 'east', 'west', 'source'), (claims, by, extra) => {
        fc.pre(!by.includes(extra));
        const coarse = aggregate(claims, { by });
        const fine = aggregate(claims, { by: [...by, extra] });
        const sums = new Map<string, { total: Interval; count: number }>();
        for (const r of fine) {
          const k = keyOf(r, by);
          const acc = sums.get(k) ?? { total: ZERO, count: 0 };
          sums.set(k, { total: sumIntervals(acc.total, r.total), count: acc.count + r.count });
        }
        expect([...sums.keys()].sort()).toEqual(coarse.map((r) => keyOf(r, by)).sort());
        for (const r of coarse) {
          const s = sums.get(keyOf(r, by))!;
          expect(sameInterval(s.total, r.total)).toBe(true);
          expect(s.count).toBe(r.count);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding an exact claim moves both ends of its group by exactly its value', () => {
    fc.assert(
      fc.property(claimsArb, fc.bigInt({ min: 1n, max: 10n ** 24n }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (claims, n, scale, byMetric) => {
        const value = new Decimal(n.toString()).div(new Decimal(10).pow(scale)); // exact: a power-of-ten division
        const text = `${value.toFixed()}元`;
        const extra: Claim = {
          id: 'z#new',
          figure: {
            kind: 'amount',
            amount: { value, qualifier: 'exact', precision: new Decimal(1).div(new Decimal(10).pow(scale)), currency: 'CNY' },
            span: { start: 0, end: text.length, text },
          },
          metric: 'fiscal_aid',
          scope: 'event',
          period: { start: '2021-07-01', end: '2021-07-31', kind: 'interval', basis: 'stated' },
          east: { name: '北辰区', code: '120113' },
          west: { name: '华池县', code: '621023' },
          evidence: { start: 0, end: text.length, text },
          confidence: 1,
        };
        const by: AggregateKey[] = byMetric ? ['metric'] : [];
        const find = (rows: AggregateRow[]) => rows.find((r) => r.key.unit === 'CNY' && (!byMetric || r.key.metric === 'fiscal_aid'));
        const before = find(aggregate(claims, { by }))?.total ?? ZERO;
        const after = find(aggregate([...claims, extra], { by }))!.total;
        expect(new D(after.low).minus(before.low).toFixed()).toBe(value.toFixed());
        if (before.high === null) expect(after.high).toBeNull();
        else expect(new D(after.high!).minus(before.high).toFixed()).toBe(value.toFixed());
        expect([after.lowInclusive, after.highInclusive]).toEqual([before.lowInclusive, before.highInclusive]);
      }),
      { numRuns: 300 },
    );
  });

  it('a point total is given exactly when every part is exact, and equals both ends', () => {
    fc.assert(
      fc.property(claimsArb, byArb, (claims, by) => {
        const byId = new Map(claims.map((c) => [c.id, c]));
        for (const r of aggregate(claims, { by })) {
          const exact = r.claimIds.every((id) => {
            const f = byId.get(id)!.figure;
            return (f.kind === 'amount' ? f.amount : f.quantity).qualifier === 'exact';
          });
          expect(r.point !== null).toBe(exact);
          if (r.point) {
            expect(r.point.eq(r.total.low) && r.total.high !== null && r.point.eq(r.total.high)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every claim given is either counted or left out, in exactly one row', () => {
    fc.assert(
      fc.property(claimsArb, byArb, (claims, by) => {
        const seen = aggregate(claims, { by }).flatMap((r) => [...r.claimIds, ...r.leftOut.map((l) => l.id)]);
        expect(seen.sort()).toEqual(claims.map((c) => c.id).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('sameFigure agrees with rounding the finer value to the coarser precision', () => {
    const prec = fc.integer({ min: -3, max: 12 }).map((k) => new Decimal(10).pow(k));
    const num = fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 9n }), prec).map(([n, p]) => ({
      value: p.times(n.toString()),
      qualifier: 'exact' as const,
      precision: p,
    }));
    // Pairs near each other, so that both outcomes are common; every value is a multiple of its precision.
    const pair = fc.tuple(num, fc.integer({ min: -3, max: 3 }), prec).map(([a, step, p]) => {
      const near = new D(a.value).toNearest(p, Decimal.ROUND_DOWN).plus(p.times(step)).abs();
      const b = { value: new Decimal(near.toFixed()), qualifier: 'exact' as const, precision: p };
      return [a, b] as const;
    });
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [fine, coarse] = a.precision.lte(b.precision) ? [a, b] : [b, a];
        const p = coarse.precision;
        const expected = a.precision.eq(b.precision)
          ? a.value.eq(b.value)
          : new D(fine.value).toNearest(p, Decimal.ROUND_HALF_UP).eq(new D(coarse.value).toNearest(p, Decimal.ROUND_HALF_UP));
        expect(sameFigure(a, b)).toBe(expected);
        expect(sameFigure(b, a)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('ExactSum equals a high-precision decimal sum', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
      .map(([n, s]) => new Decimal(n.toString()).div(new Decimal(10).pow(s)));
    fc.assert(
      fc.property(fc.array(dec, { maxLength: 50 }), (xs) => {
        const sum = new ExactSum();
        for (const x of xs) sum.add(x);
        const expected = xs.reduce((a, x) => a.plus(x), new D(0));
        expect(sum.value().toFixed()).toBe(expected.toFixed());
      }),
      { numRuns: 500 },
    );
  });
});
