/**
 * DecimalSchema: what it accepts, what it rejects, and lossless round trips.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { DecimalSchema } from '../src/domain/index.js';
import { decimalString } from './helpers/decimal.js';

describe('DecimalSchema', () => {
  it('parses the amounts of the seeds written as decimal strings into Decimals', () => {
    // 累计安排财政援助资金1.25亿元 / 捐赠资金累计1576.09万元
    const a = DecimalSchema.parse('125000000');
    expect(a).toBeInstanceOf(Decimal);
    expect(a.eq(new Decimal('1.25').times(1e8))).toBe(true);
    expect(DecimalSchema.parse('15760900').toFixed()).toBe('15760900');
    expect(DecimalSchema.parse('0.6').toFixed()).toBe('0.6');
  });

  it('keeps every digit of long values (no rounding to 20 significant digits)', () => {
    const long = '123456789012345678901234.000000000000000000000000001';
    expect(DecimalSchema.parse(long).toFixed()).toBe(long);
  });

  it('accepts Decimal instances, also of clones, and returns this package’s Decimal', () => {
    const D = Decimal.clone({ precision: 200 });
    const out = DecimalSchema.parse(new D('3522e4'));
    expect(out).toBeInstanceOf(Decimal);
    expect(out.toFixed()).toBe('35220000');
  });

  it('accepts the exponent form Decimal#toJSON writes for very large and very small values', () => {
    for (const v of ['1e-30', '1.2e+21', '-4.5e-7']) {
      const d = new Decimal(v);
      expect(JSON.stringify(d)).toBe(JSON.stringify(v));
      expect(DecimalSchema.parse(JSON.parse(JSON.stringify(d))).eq(d)).toBe(true);
    }
  });

  it.each([
    ['a JS number', 0.1, 'JS numbers are not accepted'],
    ['NaN as text', 'NaN', 'decimal string'],
    ['Infinity as text', 'Infinity', 'decimal string'],
    ['a float overflow written out', '1e400', 'magnitude below 1e101'],
    ['too many fractional digits', '1e-200', 'fractional digits'],
    ['hexadecimal', '0x10', 'decimal string'],
    ['white space', ' 12', 'decimal string'],
    ['leading zeros', '007', 'decimal string'],
    ['a bare point', '1.', 'decimal string'],
    ['Chinese numerals', '一百', 'decimal string'],
    ['null', null, 'received null'],
    ['a bigint', 12n, 'received bigint'],
  ])('rejects %s', (_label, input, words) => {
    const r = DecimalSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(words);
  });

  it('rejects non-finite Decimals', () => {
    expect(DecimalSchema.safeParse(new Decimal(NaN)).success).toBe(false);
    expect(DecimalSchema.safeParse(new Decimal(Infinity)).success).toBe(false);
  });

  it('encodes to a plain decimal string without exponent', () => {
    expect(z.encode(DecimalSchema, new Decimal('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(z.encode(DecimalSchema, new Decimal('8793e8'))).toBe('879300000000');
  });

  it('round-trips any decimal built from an integer and a scale (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 40 }), (digits, scale) => {
        const s = decimalString(digits, scale);
        const d = new Decimal(s);
        const viaJson = DecimalSchema.parse(JSON.parse(JSON.stringify(d)));
        expect(viaJson.eq(d)).toBe(true);
        const encoded = z.encode(DecimalSchema, d);
        expect(encoded).toMatch(/^-?\d+(\.\d+)?$/);
        expect(DecimalSchema.parse(encoded).eq(d)).toBe(true);
      }),
    );
  });
});
