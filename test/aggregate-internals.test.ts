// The fast paths of the aggregation against the plain rules they stand in for: numbers read from
// decimals without allocating, intervals in hundredths, the in-place sort, date ranks,
// and duplicates decided from records.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, sameFigure, valueInterval } from '../src/aggregate/index.js';
import { IndexList } from '../src/aggregate/columns.js';
import { DateRanks } from '../src/aggregate/dates.js';
import { approxNumber, decimalFromCents, powerOfTen, scaledInteger } from '../src/aggregate/decimal-bits.js';
import { centsInterval, type CentsInterval } from '../src/aggregate/interval.js';
import { XiezuoValidationError, type Claim, type Finding, type NumberValue, type Qualifier } from '../src/index.js';

const D = Decimal.clone({ precision: 200 });
const LIMIT = 2 ** 51;

/** Decimals of every shape: integers small and huge, fractions of 1 to 9 places, negatives, zero. */
const decimalArb: fc.Arbitrary<Decimal> = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -9, max: 12 }))
  .map(([digits, exp]) => new Decimal(`${digits}e${exp}`));

describe('reading decimals', () => {
  it('scaledInteger is the value times 10^scale exactly when that is an integer below 2^51, else NaN', () => {
    fc.assert(
      fc.property(decimalArb, fc.integer({ min: 0, max: 6 }), (x, scale) => {
        const scaled = new D(x).times(new D(10).pow(scale));
        const got = scaledInteger(x, scale);
        if (scaled.isInteger() && scaled.abs().lt(LIMIT)) expect(got).toBe(scaled.toNumber());
        else expect(got).toBeNaN();
      }),
      { numRuns: 2000 },
    );
  });

  it('scaledInteger answers NaN for a scale outside 0 … 6', () => {
    for (const scale of [-1, 7, 0.5, Number.NaN]) expect(scaledInteger(new Decimal('12'), scale)).toBeNaN();
  });

  it('decimalFromCents makes the decimal decimal.js parses from the same hundredths, digit array and all', () => {
    const same = (cents: number): void => {
      const made = decimalFromCents(cents) as unknown as { d: number[]; e: number; s: number };
      const parsed = new Decimal(`${cents}e-2`) as unknown as { d: number[]; e: number; s: number };
      expect([made.d, made.e, made.s]).toEqual([parsed.d, parsed.e, parsed.s]);
      expect(made).toBeInstanceOf(Decimal);
      expect((made as unknown as Decimal).toFixed()).toBe((parsed as unknown as Decimal).toFixed());
      // Arithmetic on it agrees with arithmetic on the parsed value.
      expect((made as unknown as Decimal).plus('0.01').eq((parsed as unknown as Decimal).plus('0.01'))).toBe(true);
    };
    for (const c of [0, 1, 9, 10, 99, 100, 101, 1_000_000_000, 1e9 + 1, 3_522_000_000, 10 ** 14, 2 ** 51, Number.MAX_SAFE_INTEGER]) {
      same(c);
      same(-c);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 8 }), fc.boolean(), (mag, u, zeros, negative) => {
        const c = Math.min(Number.MAX_SAFE_INTEGER, Math.floor(u * 10 ** mag) * 10 ** zeros);
        same(negative ? -c : c);
      }),
      { numRuns: 3000 },
    );
  });

  it('decimalFromCents of an unsafe integer falls back to parsing, still exact', () => {
    expect(decimalFromCents(2 ** 60).eq(new Decimal(2 ** 60).div(100))).toBe(true);
  });

  it('powerOfTen gives k for exactly 10^k and NaN for anything else', () => {
    for (let k = -12; k <= 25; k++) expect(powerOfTen(new Decimal(`1e${k}`))).toBe(k);
    fc.assert(
      fc.property(decimalArb, (x) => {
        const log = x.gt(0) ? x.log(10) : null;
        const isPower = log !== null && log.isInteger() && new Decimal(10).pow(log).eq(x);
        if (isPower) expect(powerOfTen(x)).toBe(log.toNumber());
        else expect(powerOfTen(x)).toBeNaN();
      }),
      { numRuns: 1000 },
    );
  });

  it('approxNumber is within 1e-13 of the value', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        const f = approxNumber(x);
        const err = new D(f).minus(x).abs();
        expect(err.lte(new D(x).abs().times('1e-13'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

const QUALIFIERS: Qualifier[] = ['exact', 'approx', 'more_than', 'at_least', 'nearly', 'less_than', 'at_most', 'range'];

describe('intervals in hundredths', () => {
  it('centsInterval, where it answers, gives exactly the interval valueInterval gives', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.integer({ min: -2, max: 12 }),
        fc.constantFrom('2900余万元', '超1亿元', '近10万元', '约6.9万元', '3万多元'),
        (qualifier, cents, exponent, text) => {
          const out: CentsInterval = { low: 0, high: 0, lowOpen: false, highOpen: false };
          if (!centsInterval(qualifier, cents, exponent, text, false, out)) return;
          answered++;
          const value: NumberValue = { value: new Decimal(`${cents}e-2`), qualifier, precision: new Decimal(`1e${exponent}`) };
          const iv = valueInterval(value, text);
          expect(new Decimal(`${out.low}e-2`).eq(iv.low)).toBe(true);
          expect(!out.lowOpen).toBe(iv.lowInclusive);
          if (iv.high === null) expect(out.high).toBeNaN();
          else expect(new Decimal(`${out.high}e-2`).eq(iv.high)).toBe(true);
          expect(!out.highOpen).toBe(iv.highInclusive);
        },
      ),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(1500); // the fast path is the usual one
  });

  it('leaves ranges, half hundredths, 近 of values not divisible by ten and ceilings to valueInterval', () => {
    const out: CentsInterval = { low: 0, high: 0, lowOpen: false, highOpen: false };
    expect(centsInterval('range', 100, 0, '', false, out)).toBe(false);
    expect(centsInterval('approx', 123, -2, '约1.23元', false, out)).toBe(false); // ±0.005元
    expect(centsInterval('nearly', 123, 0, '近1.23元', false, out)).toBe(false);
    expect(centsInterval('more_than', 100, 0, '超1元', true, out)).toBe(false);
    expect(centsInterval('at_least', 100, 0, '1元以上', true, out)).toBe(false);
    expect(centsInterval('more_than', 100, 0, '1元多', true, out)).toBe(true); // 余/多 is bounded anyway
  });
});

describe('IndexList', () => {
  it('sorts any range in place as Array.prototype.sort does, for a total order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(), fc.nat(), (keys, a, b) => {
        const list = new IndexList();
        for (let i = 0; i < keys.length; i++) list.push(i);
        const from = keys.length === 0 ? 0 : a % keys.length;
        const to = from + (keys.length === 0 ? 0 : b % (keys.length - from + 1));
        const byKey = (x: number, y: number): number => (keys[x] as number) - (keys[y] as number) || x - y;
        list.sort(byKey, from, to);
        const expected = [...Array(keys.length).keys()];
        const middle = expected.slice(from, to).sort(byKey);
        expected.splice(from, middle.length, ...middle);
        expect(list.at.slice(0, list.length)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its array when cleared and reuses it', () => {
    const list = new IndexList();
    for (let i = 0; i < 50; i++) list.push(i);
    const store = list.at;
    list.clear();
    list.push(7);
    expect(list.at).toBe(store);
    expect(list.length).toBe(1);
    expect(list.at[0]).toBe(7);
  });
});

describe('DateRanks', () => {
  it('ranks dates in string order, malformed ones too, with the open ends always present', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2021-01-01', '2021-12-31', '2023-06-05', '2021')), { maxLength: 30 }), (dates) => {
        const ranks = new DateRanks();
        const ids = dates.map((d) => ranks.intern(d));
        ranks.finish();
        for (let i = 0; i < dates.length; i++) {
          for (let j = 0; j < dates.length; j++) {
            const a = dates[i] as string;
            const b = dates[j] as string;
            const ra = ranks.rank[ids[i] as number] as number;
            const rb = ranks.rank[ids[j] as number] as number;
            expect(Math.sign(ra - rb)).toBe(a < b ? -1 : a > b ? 1 : 0);
          }
        }
        expect(ranks.rank[ranks.openStart]).toBe(ranks.openStartRank);
        expect(ranks.rank[ranks.openEnd]).toBe(ranks.openEndRank);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a period the same id exactly when its start and end strings are the same', () => {
    const ranks = new DateRanks();
    const a = ranks.period('2021-01-01', '2021-12-31');
    const b = ranks.period('2021-01-01', '2023-12-31');
    const c = ranks.period('2021-01-01', '2021-12-31');
    const open = ranks.period('', '~');
    ranks.finish();
    expect(c).toBe(a);
    expect(new Set([a, b, open]).size).toBe(3);
    expect(ranks.periodStart[a]).toBe(ranks.periodStart[b]);
    expect(ranks.periodEnd[a]! < ranks.periodEnd[b]!).toBe(true);
    expect(ranks.periodWidth[a]! < ranks.periodWidth[b]!).toBe(true);
    expect(ranks.periodWidth[open]).toBe(Number.POSITIVE_INFINITY);
  });

  it('measures a period in day ordinals, an open one as infinitely wide', () => {
    const ranks = new DateRanks();
    const a = ranks.intern('2021-01-01');
    const b = ranks.intern('2021-12-31');
    const c = ranks.intern('2023-12-31');
    ranks.finish();
    const r = (id: number): number => ranks.rank[id] as number;
    expect(ranks.width(r(a), r(b))).toBeLessThan(ranks.width(r(a), r(c)));
    expect(ranks.width(ranks.openStartRank, r(b))).toBe(Number.POSITIVE_INFINITY);
    expect(ranks.width(r(a), ranks.openEndRank)).toBe(Number.POSITIVE_INFINITY);
  });
});


/** Two events of one series and period, from two articles (events never cover each other: only a duplicate leaves one out). */
function pair(a: NumberValue, b: NumberValue): Claim[] {
  const base = {
    metric: 'fiscal_aid',
    scope: 'event',
    period: { start: '2021-01-01', end: '2021-12-31', kind: 'interval', basis: 'stated' },
    east: { name: '河东区', code: '120102' },
    west: { name: '迭部县', code: '623024' },
    evidence: { start: 0, end: 10, text: '2021年' },
    confidence: 0.9,
  } as const;
  const claim = (id: string, v: NumberValue): Claim =>
    ({ ...base, id, figure: { kind: 'amount', amount: { ...v, currency: 'CNY' }, span: { start: 0, end: 4, text: '3522万元' } } }) as Claim;
  return [claim('a#c1', a), claim('b#c1', b)];
}

const PRECISIONS = ['1', '100', '10000', '0.01', '0.1', '5000', '0.5', '1e-5'];
const valueArb: fc.Arbitrary<NumberValue> = fc
  .tuple(fc.integer({ min: 1, max: 40000 }), fc.constantFrom(...PRECISIONS), fc.constantFrom(...PRECISIONS), fc.constantFrom<Qualifier>('exact', 'approx', 'range'))
  .map(([digits, step, precision, qualifier]) => {
    const value = new Decimal(step).times(digits);
    const v: NumberValue = { value, qualifier, precision: new Decimal(precision) };
    if (qualifier === 'range') v.range = { min: value, max: value.times(2) };
    return v;
  });

describe('duplicates decided from records', () => {
  it('two reports of one series count once exactly when sameFigure says they are the same figure', () => {
    fc.assert(
      fc.property(valueArb, valueArb, fc.boolean(), (a, b, near) => {
        // Half the time b is a rounded at b's precision (and as qualified as a), so that both
        // answers are well represented.
        const rounded = new Decimal(a.value.div(b.precision).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(b.precision).toFixed());
        const other: NumberValue = near && a.qualifier !== 'range' ? { value: rounded, qualifier: a.qualifier, precision: b.precision } : b;
        const claims = pair(a, other);
        const [row] = aggregate(claims, { by: ['metric'] });
        expect(row!.count).toBe(sameFigure(a, other) ? 1 : 2);
      }),
      { numRuns: 3000 },
    );
  });

  it('decides the half-way cases as rounding half up does: 1.25亿 is 1.3亿, 1.35亿 is not', () => {
    const v = (value: string, precision: string): NumberValue => ({ value: new Decimal(value), qualifier: 'exact', precision: new Decimal(precision) });
    const counted = (a: NumberValue, b: NumberValue): number => aggregate(pair(a, b), { by: [] })[0]!.count;
    expect(counted(v('125000000', '1000000'), v('130000000', '10000000'))).toBe(1); // 1.25亿 → 1.3亿
    expect(counted(v('135000000', '1000000'), v('130000000', '10000000'))).toBe(2); // 1.35亿 → 1.4亿
    expect(counted(v('1.25', '0.01'), v('1.3', '0.1'))).toBe(1); // in 分
    expect(counted(v('1.35', '0.01'), v('1.3', '0.1'))).toBe(2);
    expect(counted(v('1.2500001', '0.0000001'), v('1.3', '0.1'))).toBe(1); // finer than 分: decimals
    expect(counted(v('1.3500001', '0.0000001'), v('1.3', '0.1'))).toBe(2);
  });

  it('adds figures in 分 and finer exactly', () => {
    fc.assert(
      fc.property(fc.array(decimalArb.filter((x) => x.abs().lt('1e12')), { minLength: 1, maxLength: 30 }), (values) => {
        const claims: Claim[] = values.map((v, i) => ({
          ...pair({ value: v, qualifier: 'exact', precision: new Decimal('0.01') }, { value: v, qualifier: 'exact', precision: new Decimal(1) })[0]!,
          id: `s${i}#c0`,
          period: { start: `${2000 + i}-01-01`, end: `${2000 + i}-12-31`, kind: 'interval', basis: 'stated' },
        }));
        const [row] = aggregate(claims, { by: [] });
        const expected = values.reduce((s, v) => s.plus(v), new D(0));
        expect(row!.point?.toFixed()).toBe(new Decimal(expected.toFixed()).toFixed());
      }),
      { numRuns: 500 },
    );
  });
});

describe('malformed input', () => {
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.string({ maxLength: 5 }),
    fc.constant({}),
    fc.constant([]),
    fc.constant(new Decimal(Number.NaN)),
    fc.constant(new Decimal('12.5')),
  );
  const amountArb = fc.record(
    {
      value: fc.oneof(fc.constant(new Decimal(100)), junk),
      qualifier: fc.oneof(fc.constantFrom('exact', 'approx', 'more_than', 'range', 'nearly'), junk),
      precision: fc.oneof(fc.constant(new Decimal(1)), fc.constant(new Decimal('0.5')), junk),
      currency: fc.oneof(fc.constantFrom('CNY', 'USD'), junk),
      range: fc.oneof(fc.constant({ min: new Decimal(1), max: new Decimal(2) }), junk),
    },
    { requiredKeys: [] },
  );
  const claimArb = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a#1', 'a#2', 'b#1', 'c'), junk),
      metric: fc.oneof(fc.constantFrom('fiscal_aid', 'labour_transfer'), junk),
      scope: fc.oneof(fc.constantFrom('annual', 'event', 'cumulative', 'target'), junk),
      period: fc.oneof(fc.constant({ start: '2021-01-01', end: '2021-12-31' }), fc.constant({ start: '2021-01-01' }), fc.constant({ start: 'x', end: '' }), junk),
      east: fc.oneof(fc.constant({ name: '河东区', code: '120102' }), fc.constant({ name: '两县一区', code: null }), junk),
      west: fc.oneof(fc.constant({ name: '迭部县', code: '623024' }), junk),
      evidence: fc.oneof(fc.constant({ start: 0 }), fc.constant({ start: 'x' }), junk),
      partOf: fc.oneof(fc.constant('a#1'), junk),
      figure: fc.oneof(
        fc.record({ kind: fc.constant('amount'), amount: amountArb, span: fc.oneof(fc.constant({ text: '100余元' }), junk) }),
        fc.record({ kind: fc.constant('quantity'), quantity: fc.record({ value: fc.oneof(fc.constant(new Decimal(7)), junk), qualifier: fc.constant('exact'), precision: fc.constant(new Decimal(1)), unit: fc.oneof(fc.constantFrom('人', '%'), junk) }) }),
        junk,
      ),
    },
    { requiredKeys: [] },
  );

  it('either aggregates or throws one XiezuoValidationError, never another error', () => {
    let rejected = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 10 }), fc.subarray(['metric', 'year', 'pairing', 'east', 'west', 'source'] as const), fc.constantFrom('leave_out', 'include', 'use_fix'), (claims, by, flagged) => {
        const findings = claims.length > 0 ? ([{ checkId: 'unit_slip', claims: [claims[0]], suggestedFix: { value: new Decimal(5) } }] as unknown as Finding[]) : [];
        try {
          const rows = aggregate(claims as unknown as Claim[], { by: [...by], flagged, findings });
          accepted++;
          // Every claim read is accounted for: counted or left out, once.
          const seen = rows.flatMap((r) => [...r.claimIds, ...r.leftOut.map((l) => l.id)]);
          expect(seen.length).toBe(claims.length);
        } catch (e) {
          expect(e).toBeInstanceOf(XiezuoValidationError);
          expect((e as XiezuoValidationError).issues.length).toBeGreaterThan(0);
          rejected++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });
});
