/**
 * The money finder against the reviewed fixtures of the five seed articles
 * (test/fixtures/seeds, rules in test/fixtures/README.md).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { findAmounts, findQuantities } from '../src/index.js';
import {
  diffLines,
  diffMentions,
  loadAmountFixtures,
  loadQuantityFixtures,
  overlaps,
  readSeed,
  seedNames,
} from './helpers/seed-fixtures.js';
import type { FixtureEntry } from './helpers/seed-fixtures.js';

const seeds = seedNames();

describe('seed fixtures are well formed', () => {
  it('there are five seeds, each with both fixture files', () => {
    expect(seeds).toHaveLength(5);
    for (const name of seeds) {
      expect(loadAmountFixtures(name).length).toBeGreaterThan(0);
      expect(loadQuantityFixtures(name).length).toBeGreaterThan(0);
    }
  });

  describe.each(seeds)('%s', (name) => {
    const content = readSeed(name);
    const files: [string, FixtureEntry[]][] = [
      ['amounts', loadAmountFixtures(name)],
      ['quantities', loadQuantityFixtures(name)],
    ];

    it.each(files)('%s: text === content.slice(start, end) for every entry', (_kind, entries) => {
      const wrong = entries
        .filter((e) => content.slice(e.start, e.end) !== e.text)
        .map((e) => `[${e.start},${e.end}) ${JSON.stringify(e.text)} but the text has ${JSON.stringify(content.slice(e.start, e.end))}`);
      expect(wrong).toEqual([]);
    });

    it.each(files)('%s: entries are in text order and do not overlap', (_kind, entries) => {
      for (let i = 1; i < entries.length; i++) {
        expect(entries[i]!.start).toBeGreaterThanOrEqual(entries[i - 1]!.end);
      }
    });

    it.each(files)('%s: a range is given exactly when the qualifier is range', (_kind, entries) => {
      for (const e of entries) {
        expect(e.range !== undefined, e.text).toBe(e.qualifier === 'range');
        if (e.range) expect(new Decimal(e.value).eq(e.range.min), e.text).toBe(true);
      }
    });

    it('no quantity overlaps an amount', () => {
      const amounts = loadAmountFixtures(name);
      const clashes = loadQuantityFixtures(name).filter((q) => amounts.some((a) => overlaps(a, q)));
      expect(clashes.map((q) => q.text)).toEqual([]);
    });
  });
});

describe('findAmounts on the seeds', () => {
  it.each(seeds)('%s: finds exactly the reviewed amounts', (name) => {
    const content = readSeed(name);
    const expected = loadAmountFixtures(name);
    const found = findAmounts(content);
    expect(diffLines(diffMentions(expected, found))).toEqual([]);
    expect(found).toHaveLength(expected.length);
    expect(found.map((m) => [m.start, m.end])).toEqual(expected.map((e) => [e.start, e.end]));
  });

  it('finds 60 amounts in the five seeds, 1 of them in page chrome', () => {
    const all = seeds.flatMap((name) => loadAmountFixtures(name));
    expect(all).toHaveLength(60);
    expect(all.filter((e) => e.chrome)).toHaveLength(1);
    const found = seeds.reduce((n, name) => n + findAmounts(readSeed(name)).length, 0);
    expect(found).toBe(all.length);
  });
});

describe('findQuantities on the seeds (recall; precision only against money)', () => {
  it.each(seeds)('%s: finds every reviewed quantity with its value, unit and qualifier', (name) => {
    const d = diffMentions(loadQuantityFixtures(name), findQuantities(readSeed(name)));
    expect([...d.missing, ...d.different]).toEqual([]);
  });

  it.each(seeds)('%s: reports no quantity where the text states an amount of money', (name) => {
    const amounts = loadAmountFixtures(name);
    const clashes = findQuantities(readSeed(name))
      .filter((q) => amounts.some((a) => overlaps(a, q)))
      .map((q) => `[${q.start},${q.end}) ${JSON.stringify(q.text)} ${q.unit} overlaps an amount`);
    expect(clashes).toEqual([]);
  });
});
