/**
 * Property tests (fast-check) of the parsers and finders: they never throw, every mention obeys
 * the span rule and the order rule, and formatAmount round-trips through parseAmount exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import {
  findAmounts,
  findNumbers,
  findQuantities,
  findUnparsed,
  formatAmount,
  parseAmount,
  parseNumber,
} from '../src/index.js';
import type { Span } from '../src/index.js';

/** Characters that make figures: digits, numerals, units, qualifiers, connectors, currencies. */
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.．,，、 -—~%％/',
  ...'零〇一二两三四五六七八九十百千万亿兆廿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩參陸',
  ...'余多几数半点又分之打个约近超逾左右上下以内不到足至到从负零下',
  ...'元圆块钱角毛整正美港欧日英币人民台韩镑卢布$¥￥kKwW()（）',
  ...'人次户名家所项亩吨公斤株座场第的年月日是在了和与',
  '\uD800',
  '\uDC00',
  '𠀀',
];

const chineseish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), chineseish, fc.string({ unit: 'grapheme', maxLength: 40 }));

function checkSpans(text: string, mentions: readonly Span[]): void {
  let last = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    last = m.end;
  }
}

describe('finders on arbitrary text', () => {
  it('never throw; spans are exact, sorted and never overlap; values are Decimals', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const find of [findNumbers, findAmounts, findQuantities]) {
          const ms = find(text);
          checkSpans(text, ms);
          for (const m of ms) {
            expect(Decimal.isDecimal(m.value)).toBe(true);
            expect(Decimal.isDecimal(m.precision)).toBe(true);
            if (m.qualifier === 'range') {
              expect(m.range).toBeDefined();
              expect(m.range!.min.eq(m.value)).toBe(true);
              expect(m.range!.max.gt(m.range!.min)).toBe(true);
            } else {
              expect(m.range).toBeUndefined();
            }
          }
        }
        checkSpans(text, findUnparsed(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('amounts and quantities never overlap each other', () => {
    fc.assert(
      fc.property(chineseish, (text) => {
        const a = findAmounts(text);
        const q = findQuantities(text);
        for (const x of a) for (const y of q) expect(x.start < y.end && y.start < x.end).toBe(false);
      }),
      { numRuns: 800 },
    );
  });

  it('parse functions never throw, whatever they are given', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (x) => {
        const a = parseAmount(x as string);
        const n = parseNumber(x as string);
        expect(typeof a.success).toBe('boolean');
        expect(typeof n.success).toBe('boolean');
      }),
      { numRuns: 800 },
    );
  });
});

/** Decimals of at most 10^30 in magnitude with at most 30 fraction digits, built exactly. */
const decimals = fc
  .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }))
  .map(([m, scale]) => new Decimal(`${m}e-${scale}`))
  .filter((d) => d.abs().lte('1e30'));

describe('formatAmount round trip', () => {
  it('parseAmount(formatAmount(x)).value equals x, for every unit, script and currency', () => {
    fc.assert(
      fc.property(
        decimals,
        fc.constantFrom('auto', '元', '万元', '亿元') as fc.Arbitrary<'auto' | '元' | '万元' | '亿元'>,
        fc.constantFrom('simplified', 'traditional') as fc.Arbitrary<'simplified' | 'traditional'>,
        fc.constantFrom('CNY', 'USD', 'HKD', 'EUR', 'JPY', 'GBP', 'MOP', 'TWD', 'KRW', 'RUB'),
        (x, unit, script, currency) => {
          const s = formatAmount(x, { unit, script, currency });
          const r = parseAmount(s);
          expect(r.success, s).toBe(true);
          if (r.success) {
            expect(r.data.value.eq(x), `${s} → ${r.data.value.toFixed()}`).toBe(true);
            expect(r.data.currency).toBe(currency);
            expect(r.data.qualifier).toBe('exact');
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a formatted amount inside a sentence is found with its value', () => {
    fc.assert(
      fc.property(decimals, (x) => {
        const text = `累计投入${formatAmount(x)}，用于产业发展。`;
        const found = findAmounts(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.value.eq(x)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
