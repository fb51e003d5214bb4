/**
 * Property tests: the time readers never throw, and every mention obeys the span rule (sorted,
 * non-overlapping, text === input.slice(start, end)) with a schema-valid period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPublicationDate, findTimeExpressions, parsePublicationDate } from '../src/time/index.js';
import { PeriodSchema } from '../src/domain/period.js';

/** Pieces of date text, so that random strings often contain (broken) time expressions. */
const piece = fc.constantFrom(
  '2023', '2021', '2020', '21', '年', '月', '日', '号', '份', '底', '前', '以来', '来', '至', '—', '-', ':', '.',
  '截至', '目前', '今年', '明年', '去年', '近', '两', '几', '多', '这', '一', '三', '四', '五', '十', '十四五',
  '“', '”', '‘', '’', '过渡期', '正月', '十六', '元宵节', '初', '廿', '上旬', '中旬', '上半年', '季度', '个', '半',
  '天', '期', '第', '万元', '人', '，', ',', ' ', '\n', '\uD800', '\uDC00', '２０２３', '〇', '二', '來', '13', '30',
  '39', '20208', 'Copyright©2006-2019', '2024-06-05 18:44:25', '21-09-15 15:09',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.array(piece, { maxLength: 20 })).map(([s, a]) => s + a.join('') + s),
);
const reference = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('2020-10-22', '2021-11-19', '2024-02-29', '2023-02-30', 'not a date'),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe('findTimeExpressions properties', () => {
  it('never throws; mentions are sorted, disjoint, exact slices, with valid periods', () => {
    fc.assert(
      fc.property(text, reference, (input, ref) => {
        const ms = findTimeExpressions(input, ref === undefined ? undefined : { referenceDate: ref });
        let prevEnd = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(input.length);
          expect(m.text).toBe(input.slice(m.start, m.end));
          if (m.period !== null) {
            expect(PeriodSchema.safeParse(m.period).success).toBe(true);
            if (m.period.start !== null && m.period.end !== null) expect(m.period.start <= m.period.end).toBe(true);
          }
          if (m.suspicious || m.unresolved || m.type === 'duration') expect(m.period).toBeNull();
          prevEnd = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, options) => {
        expect(Array.isArray(findTimeExpressions(value, options as never))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same mentions in a text whether or not unrelated text surrounds it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join('')), (core) => {
        const pad = '。报道称。';
        const alone = findTimeExpressions(core, { referenceDate: '2021-11-19' });
        const padded = findTimeExpressions(pad + core + pad, { referenceDate: '2021-11-19' });
        // Padding with sentence punctuation neither adds, removes nor stretches a mention of the core.
        const shifted = padded.map((m) => [m.start - pad.length, m.end - pad.length, m.type, m.period]);
        expect(shifted).toEqual(alone.map((m) => [m.start, m.end, m.type, m.period]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('publication date properties', () => {
  it('parsePublicationDate and findPublicationDate never throw and give a typed result', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (value) => {
        for (const r of [parsePublicationDate(value), findPublicationDate(value)]) {
          if (r.success) {
            expect(typeof value).toBe('string');
            expect((value as string).slice(r.data.start, r.data.end)).toBe(r.data.text);
          } else {
            expect(typeof r.error.code).toBe('string');
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
