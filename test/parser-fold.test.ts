/**
 * The character fold behind the scanner: one code unit for one code unit, so offsets into the
 * folded text are offsets into the caller's text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForScan } from '../src/text/char-fold.js';
import { findAmounts } from '../src/index.js';

describe('foldForScan', () => {
  it('folds full-width forms and traditional numeral characters', () => {
    expect(foldForScan('８２，２２５．００元')).toBe('82,225.00元');
    expect(foldForScan('2億餘元')).toBe('2亿余元');
    expect(foldForScan('肆佰叁拾萬圓整')).toBe('肆佰叁拾万圆整');
    expect(foldForScan('１０％')).toBe('10%');
  });

  it('returns the same string when nothing folds', () => {
    const s = '累计投入870万元';
    expect(foldForScan(s)).toBe(s);
  });

  it('keeps the length of any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(foldForScan(s).length).toBe(s.length);
      }),
    );
  });

  it('spans of full-width and traditional text point into the original', () => {
    const s = '累計實現消費扶貧２億餘元，投資總額超１億元';
    const m = findAmounts(s);
    expect(m.map((x) => x.text)).toEqual(['２億餘元', '超１億元']);
    for (const x of m) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
});
