/**
 * Claims and findings: schemas built on seed sentences, lossless JSON round trips (fast-check),
 * set-level rules, and validation errors that name the field.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import {
  AmountSchema,
  ClaimSchema,
  ClaimsSchema,
  FindingSchema,
  FindingsSchema,
  NumberValueSchema,
  QuantitySchema,
  SpanSchema,
  validateClaims,
  validateFindings,
  XiezuoValidationError,
} from '../src/domain/index.js';
import type { Claim, Finding } from '../src/domain/index.js';
import { decimalString } from './helpers/decimal.js';

// Decimals are equal when their values are.
expect.addEqualityTesters([
  (a: unknown, b: unknown) =>
    Decimal.isDecimal(a) && Decimal.isDecimal(b) ? (a as Decimal).eq(b as Decimal) : undefined,
]);

const seed000 = readFileSync(new URL('../seeds/000_1d07baa1f37797c3.txt', import.meta.url), 'utf8');
const seed001 = readFileSync(new URL('../seeds/001_81f5c1ebe536e262.txt', import.meta.url), 'utf8');

/** The span of `needle` in `text` (its first occurrence, after `from`). */
function spanOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** The claim of seed 000's first figure, built by hand from the sentence. */
function fiscalAidClaim(): unknown {
  const sentence = '累计安排财政援助资金1.25亿元,动员社会各界捐赠资金累计1576.09万元,有力促进了迭部经济社会发展。';
  const evidence = spanOf(seed000, sentence);
  return {
    id: 'c1',
    figure: {
      kind: 'amount',
      amount: { value: '125000000', qualifier: 'exact', precision: '1000000', currency: 'CNY' },
      span: spanOf(seed000, '1.25亿元', evidence.start),
    },
    metric: 'fiscal_aid',
    scope: 'cumulative',
    period: { start: '2021-01-01', end: '2023-07-31', kind: 'interval', basis: 'inferred', label: '过渡期以来' },
    east: { name: '河东区', code: '120102' },
    west: { name: '迭部', code: '623024' },
    evidence,
    confidence: 0.9,
  };
}

/** Exact sums: the default Decimal precision (20 digits) would round 30-digit values. */
const Exact = Decimal.clone({ precision: 200 });
const plus = (a: Decimal, b: Decimal): Decimal => new Decimal(new Exact(a).plus(new Exact(b)).toFixed());

const decimalArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 30 }))
  .map(([d, s]) => new Decimal(decimalString(d, s)));
const positiveDecimalArb = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([d, s]) => new Decimal(decimalString(d, s)));
const qualifierArb = fc.constantFrom('exact', 'approx', 'more_than', 'at_least', 'nearly', 'less_than', 'at_most', 'range');

const numberValueArb = fc
  .record({ value: decimalArb, width: positiveDecimalArb, qualifier: qualifierArb, precision: positiveDecimalArb })
  .map(({ value, width, qualifier, precision }) =>
    qualifier === 'range'
      ? { value, qualifier, precision, range: { min: value, max: plus(value, width) } }
      : { value, qualifier, precision },
  );

/** A raw text with a figure inside a sentence: spans are consistent by construction. */
const placedArb = fc
  .record({ before: fc.string({ maxLength: 20 }), figure: fc.string({ minLength: 1, maxLength: 12 }), after: fc.string({ maxLength: 20 }), offset: fc.nat(500) })
  .map(({ before, figure, after, offset }) => {
    const start = offset + before.length;
    return {
      span: { start, end: start + figure.length, text: figure },
      evidence: { start: offset, end: start + figure.length + after.length, text: before + figure + after },
    };
  });

const figureArb = fc.oneof(
  fc.record({ n: numberValueArb, currency: fc.constantFrom('CNY', 'USD', 'HKD') }).map(({ n, currency }) => ({ kind: 'amount' as const, amount: { ...n, currency } })),
  fc.record({ n: numberValueArb, unit: fc.constantFrom('人', '人次', '户', '个', '亩', '%') }).map(({ n, unit }) => ({ kind: 'quantity' as const, quantity: { ...n, unit } })),
);

const periodArb = fc.option(
  fc.record({
    start: fc.constantFrom('2021-01-01', '2017-01-01', null),
    end: fc.constantFrom('2023-12-31', '2020-11-24', null),
    kind: fc.constantFrom('point', 'interval', 'open'),
    basis: fc.constantFrom('stated', 'inferred'),
  }),
  { nil: null },
);
const regionRefArb = fc.option(
  fc.record({ name: fc.constantFrom('迭部县', '河东区', '两县一区'), code: fc.constantFrom('623024', '120102', null) }),
  { nil: null },
);

/** A claim set: unique ids; partOf / shareOf name earlier claims only (no cycles). */
const claimsArb: fc.Arbitrary<unknown[]> = fc
  .array(
    fc.record({
      figure: figureArb,
      placed: placedArb,
      metric: fc.constantFrom('fiscal_aid', 'consumption_assistance', 'labour_transfer', 'people_trained', 'other'),
      scope: fc.constantFrom('cumulative', 'annual', 'target', 'forecast', 'share', 'unknown'),
      period: periodArb,
      east: regionRefArb,
      west: regionRefArb,
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      partOf: fc.option(fc.nat(), { nil: undefined }),
      shareOf: fc.option(fc.nat(), { nil: undefined }),
      notes: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
    }),
    { maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const claim: Record<string, unknown> = {
        id: `c${i}`,
        figure: { ...r.figure, span: r.placed.span },
        metric: r.metric,
        scope: r.scope,
        period: r.period,
        east: r.east,
        west: r.west,
        evidence: r.placed.evidence,
        confidence: r.confidence,
      };
      if (r.partOf !== undefined && i > 0) claim.partOf = `c${r.partOf % i}`;
      if (r.shareOf !== undefined && i > 0) claim.shareOf = `c${r.shareOf % i}`;
      if (r.notes !== undefined) claim.notes = r.notes;
      return claim;
    }),
  );

const findingArb = fc
  .record({
    checkId: fc.constantFrom('unit_slip', 'share_vs_total', 'conflicting_values', 'date_sanity'),
    severity: fc.constantFrom('error', 'warning', 'info'),
    placed: placedArb,
    observed: fc.option(decimalArb, { nil: null }),
    low: fc.option(decimalArb, { nil: null }),
    width: positiveDecimalArb,
    hasExpected: fc.boolean(),
    fix: fc.option(decimalArb, { nil: undefined }),
  })
  .map((f) => {
    const out: Record<string, unknown> = {
      checkId: f.checkId,
      severity: f.severity,
      message: { zh: '数值疑有单位错误', en: 'value looks like a unit slip' },
      claims: [{ id: 'c0', span: f.placed.span }],
      observed: { value: f.observed, unit: 'CNY' },
      expected: f.hasExpected ? { low: f.low, high: f.low === null ? f.width : plus(f.low, f.width), basis: '县级每年约10⁷–5×10⁸元' } : null,
    };
    if (f.fix !== undefined) out.suggestedFix = { text: '8793万元', value: f.fix };
    return out;
  });

describe('value schemas', () => {
  it('accept the values of seed figures and give Decimals', () => {
    // 累计输转就业1211人
    const q = QuantitySchema.parse({ value: '1211', qualifier: 'exact', precision: '1', unit: '人' });
    expect(q.value).toBeInstanceOf(Decimal);
    expect(q.value.toFixed()).toBe('1211');
    // 年底有望达到1.5亿元 (seed 002), a range 3至5万 as NumberValue
    const a = AmountSchema.parse({ value: '150000000', qualifier: 'exact', precision: '10000000', currency: 'CNY' });
    expect(a.currency).toBe('CNY');
    const r = NumberValueSchema.parse({ value: '30000', qualifier: 'range', precision: '10000', range: { min: '30000', max: '50000' } });
    expect(r.range?.max.toFixed()).toBe('50000');
  });

  it('reject a range without qualifier range, a reversed range, and a non-positive precision', () => {
    expect(NumberValueSchema.safeParse({ value: '1', qualifier: 'exact', precision: '1', range: { min: '1', max: '2' } }).success).toBe(false);
    expect(NumberValueSchema.safeParse({ value: '1', qualifier: 'range', precision: '1' }).success).toBe(false);
    expect(NumberValueSchema.safeParse({ value: '5', qualifier: 'range', precision: '1', range: { min: '5', max: '3' } }).success).toBe(false);
    expect(NumberValueSchema.safeParse({ value: '5', qualifier: 'exact', precision: '0' }).success).toBe(false);
    expect(AmountSchema.safeParse({ value: '5', qualifier: 'exact', precision: '1', currency: '元' }).success).toBe(false);
  });

  it('spans must agree with their text', () => {
    expect(SpanSchema.safeParse(spanOf(seed001, '互派挂职干部35人次')).success).toBe(true);
    expect(SpanSchema.safeParse({ start: 3, end: 5, text: '35人次' }).success).toBe(false);
    expect(SpanSchema.safeParse({ start: 5, end: 3, text: '' }).success).toBe(false);
  });
});

describe('ClaimSchema', () => {
  it('parses a claim read from seed 000, its spans pointing into the raw text', () => {
    const c = ClaimSchema.parse(fiscalAidClaim());
    expect(c.figure.kind).toBe('amount');
    expect(seed000.slice(c.figure.span.start, c.figure.span.end)).toBe('1.25亿元');
    expect(seed000.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    if (c.figure.kind === 'amount') expect(c.figure.amount.value.eq('1.25e8')).toBe(true);
  });

  it('rejects evidence that does not contain the figure', () => {
    const raw = fiscalAidClaim() as Record<string, unknown>;
    const bad = { ...raw, evidence: spanOf(seed000, '累计输转就业1211人') };
    const r = validateClaims([bad]);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.pathText).toBe('claims[0].evidence');
  });

  it('rejects a claim that is part of itself, duplicate ids and dangling or cyclic references', () => {
    const base = fiscalAidClaim() as Record<string, unknown>;
    expect(ClaimSchema.safeParse({ ...base, partOf: 'c1' }).success).toBe(false);

    const dup = validateClaims([base, base]);
    expect(dup.success).toBe(false);
    if (!dup.success) expect(dup.error.message).toContain('claims[1].id: expected a unique id');

    const dangling = validateClaims([{ ...base, shareOf: 'c9' }]);
    expect(dangling.success).toBe(false);
    if (!dangling.success) expect(dangling.error.issues.map((i) => i.pathText)).toEqual(['claims[0].shareOf']);

    const cyclic = validateClaims([
      { ...base, id: 'a', partOf: 'b' },
      { ...base, id: 'b', partOf: 'a' },
    ]);
    expect(cyclic.success).toBe(false);
    if (!cyclic.success) expect(cyclic.error.message).toContain('without a cycle');
  });
});

describe('round trips through JSON (property)', () => {
  it('claim sets: schema.parse(JSON.parse(JSON.stringify(x))) equals x by value', () => {
    fc.assert(
      fc.property(claimsArb, (raw) => {
        const claims: Claim[] = ClaimsSchema.parse(raw);
        const again = ClaimsSchema.parse(JSON.parse(JSON.stringify(claims)));
        expect(again).toEqual(claims);
        // The encoded form has plain decimal strings and parses back the same.
        const encoded = z.encode(ClaimsSchema, claims);
        const text = JSON.stringify(encoded);
        expect(text).not.toMatch(/"-?\d+(\.\d+)?e[+-]?\d+"/);
        expect(ClaimsSchema.parse(JSON.parse(text))).toEqual(claims);
      }),
      { numRuns: 200 },
    );
  });

  it('findings: the same', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 5 }), (raw) => {
        const findings: Finding[] = FindingsSchema.parse(raw);
        expect(FindingsSchema.parse(JSON.parse(JSON.stringify(findings)))).toEqual(findings);
        expect(FindingsSchema.parse(JSON.parse(JSON.stringify(z.encode(FindingsSchema, findings))))).toEqual(findings);
      }),
      { numRuns: 200 },
    );
  });

  it('the equality used is strict enough to see a changed digit', () => {
    const c = ClaimSchema.parse(fiscalAidClaim());
    const json = JSON.parse(JSON.stringify(c)) as { figure: { amount: { value: string } } };
    json.figure.amount.value = '125000001';
    expect(ClaimSchema.parse(json)).not.toEqual(c);
  });
});

describe('validation messages', () => {
  it('name the path and say what was expected and received', () => {
    const raw = fiscalAidClaim() as Record<string, unknown>;
    const bad = {
      ...raw,
      metric: '财政',
      confidence: 1.5,
      figure: { ...(raw.figure as object), amount: { value: 1.25e8, qualifier: 'exact', precision: '1000000', currency: 'CNY' } },
    };
    const r = validateClaims([bad]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(XiezuoValidationError);
    expect(r.error.code).toBe('INVALID_DATA');
    const byPath = new Map(r.error.issues.map((i) => [i.pathText, i]));
    expect(byPath.get('claims[0].metric')?.expected).toContain('"fiscal_aid"');
    expect(byPath.get('claims[0].metric')?.received).toBe('"财政" (string)');
    expect(byPath.get('claims[0].confidence')?.expected).toBe('expected a value ≤ 1');
    expect(byPath.get('claims[0].figure.amount.value')?.expected).toContain('JS numbers are not accepted');
    expect(r.error.message).toContain('- claims[0].metric: expected one of');
  });

  it('report missing fields and wrong discriminators', () => {
    const r = validateClaims([{ id: 'x', figure: { kind: 'percent' } }]);
    expect(r.success).toBe(false);
    if (r.success) return;
    const byPath = new Map(r.error.issues.map((i) => [i.pathText, i]));
    expect(byPath.get('claims[0].figure.kind')?.expected).toBe('expected kind to be one of "amount" | "quantity"');
    expect(byPath.get('claims[0].evidence')?.received).toBe('nothing (the field is missing)');
  });

  it('never throw, whatever the input', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [undefined, null, 42, 'claims', {}, hostile, [null], [[]]]) {
      const r = validateClaims(input);
      expect(r.success).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(validateClaims(x).success === true ? Array.isArray(x) && x.length === 0 : true).toBe(true);
        validateFindings(x);
      }),
    );
  });

  it('accept valid findings', () => {
    const claim = ClaimSchema.parse(fiscalAidClaim());
    const r = validateFindings([
      {
        checkId: 'unit_slip',
        severity: 'error',
        message: { zh: '8793亿元疑为8793万元之误', en: '8793亿元 is probably 8793万元' },
        claims: [{ id: claim.id, span: spanOf(seed000, '8793亿元') }],
        observed: { value: '879300000000', unit: 'CNY' },
        expected: { low: '10000000', high: '500000000', basis: 'county consumption assistance 10^7–5×10^8 a year' },
        suggestedFix: { text: '8793万元', value: '87930000' },
      },
    ]);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data[0]?.suggestedFix?.value?.toFixed()).toBe('87930000');
    expect(FindingSchema.safeParse({ checkId: 'unit_slip' }).success).toBe(false);
  });

  it('accept a finding on text that is no claim, but not a finding about nothing', () => {
    // Seed 002: “20208月,天津市和平区万全小学教师赵胜阳踏上了援靖之路” — 2020年8月 damaged.
    const seed002 = readFileSync(new URL('../seeds/002_4c4fd5b842c920f1.txt', import.meta.url), 'utf8');
    const base = {
      checkId: 'date_sanity',
      severity: 'warning',
      message: { zh: '日期疑被截断：20208月', en: 'the date looks damaged: 20208月' },
      claims: [],
      observed: { value: null, text: '20208月' },
      expected: null,
      suggestedFix: { text: '2020年8月', value: null },
    };
    expect(FindingSchema.safeParse({ ...base, evidence: [spanOf(seed002, '20208月')] }).success).toBe(true);
    const r = validateFindings([base]);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('findings[0].claims: expected at least one claim or evidence span');
  });
});
