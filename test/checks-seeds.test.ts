/**
 * Checks on the five seeds, judged against the reviewed findings (test/fixtures/seeds/*.findings.json,
 * written from a reading of the articles): every real finding raised at an acceptable severity on
 * one of its claims, no "none" entry raised above its tolerated severity, no unlisted error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingsSchema, type Finding } from '../src/index.js';
import { checkArticle } from '../src/checks/index.js';
import { FIXTURES_DIR, SEEDS_DIR } from './helpers/seed-fixtures.js';

const SEEDS = [
  '000_1d07baa1f37797c3',
  '001_81f5c1ebe536e262',
  '002_4c4fd5b842c920f1',
  '003_6c6ff32b062797d8',
  '004_7d29d2d5cf896e98',
] as const;

interface Entry {
  id: string;
  check: string;
  outcome: 'finding' | 'none';
  acceptableSeverities?: string[];
  alsoReportableAs?: string[];
  tolerated?: string[];
  claims: string[];
  fix?: { claim?: string; text: string; value?: string; replacement?: string } | null;
}
interface FixtureClaim {
  text: string;
  occurrence: number;
  start: number;
  end: number;
}

function load(seed: string): { raw: string; entries: Entry[]; spans: Map<string, FixtureClaim> } {
  const raw = readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8');
  const entries = JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.findings.json`), 'utf8')) as Entry[];
  const claims = JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.claims.json`), 'utf8')) as FixtureClaim[];
  const spans = new Map(claims.map((c) => [`${c.text}#${c.occurrence}`, c]));
  return { raw, entries, spans };
}

/** Whether a finding involves the fixture claim (overlapping spans). */
function involves(f: Finding, c: FixtureClaim): boolean {
  return f.claims.some((x) => x.span.start < c.end && c.start < x.span.end);
}

/** The "finding" entries a reported finding matches. */
function matches(f: Finding, e: Entry, spans: Map<string, FixtureClaim>): boolean {
  if (e.outcome !== 'finding') return false;
  const checks = [e.check, ...(e.alsoReportableAs ?? [])];
  if (!checks.includes(f.checkId)) return false;
  if (!(e.acceptableSeverities ?? []).includes(f.severity)) return false;
  if (e.fix?.replacement !== undefined && (f.evidence ?? []).some((s) => s.text === e.fix!.text)) return true;
  return e.claims.some((k) => {
    const c = spans.get(k);
    return c !== undefined && involves(f, c);
  });
}

describe('checkArticle on the seeds, against the reviewed findings', () => {
  for (const seed of SEEDS) {
    describe(seed, () => {
      const { raw, entries, spans } = load(seed);
      const { findings } = checkArticle(raw);

      it('gives findings that satisfy the Finding schema', () => {
        expect(FindingsSchema.safeParse(JSON.parse(JSON.stringify(findings))).success).toBe(true);
      });

      for (const e of entries.filter((x) => x.outcome === 'finding')) {
        it(`raises ${e.id} (${e.check}) at an acceptable severity`, () => {
          const hit = findings.find((f) => matches(f, e, spans));
          expect(hit, `${e.id}: ${findings.map((f) => `${f.checkId}/${f.severity}`).join(', ')}`).toBeDefined();
          if (e.fix?.value !== undefined && e.fix.value !== null) {
            expect(hit!.suggestedFix?.value?.toFixed()).toBe(e.fix.value);
            expect(hit!.suggestedFix?.text).toBe(e.fix.text);
          } else if (e.fix?.replacement !== undefined) {
            expect(hit!.suggestedFix?.text).toBe(e.fix.replacement);
          }
        });
      }

      it('raises no "none" entry above its tolerated severity and no unlisted error', () => {
        const bad: string[] = [];
        for (const f of findings) {
          if (entries.some((e) => matches(f, e, spans))) continue;
          if (f.severity === 'error') bad.push(`unlisted error ${f.checkId} on ${f.claims[0]?.span.text}`);
          for (const e of entries) {
            if (e.outcome !== 'none' || e.check !== f.checkId) continue;
            if ((e.tolerated ?? []).includes(f.severity)) continue;
            const hit = e.claims.some((k) => {
              const c = spans.get(k);
              return c !== undefined && involves(f, c);
            });
            if (hit) bad.push(`${e.id}: ${f.checkId}/${f.severity} on ${f.claims.map((c) => c.span.text).join(', ')}`);
          }
        }
        expect(bad).toEqual([]);
      });
    });
  }

  it('000: 8793亿元 is a unit slip with the fix 8793万元 and the yearly series as evidence', () => {
    const { raw } = load(SEEDS[0]);
    const slip = checkArticle(raw).findings.find((f) => f.checkId === 'unit_slip');
    expect(slip?.severity).toBe('error');
    expect(slip?.claims[0]?.span.text).toBe('8793亿元');
    expect(slip?.suggestedFix?.text).toBe('8793万元');
    expect(slip?.claims.slice(1).map((c) => c.span.text)).toEqual(['3522万元', '3616万元', '3625万元']);
  });

  it('000: 5898万元 / 62.5% / 1.25亿元 reports the implied total 9436.8万元', () => {
    const { raw } = load(SEEDS[0]);
    const share = checkArticle(raw).findings.find((f) => f.checkId === 'share_vs_total');
    expect(share?.claims.map((c) => c.span.text)).toEqual(['62.5%', '5898万元', '1.25亿元']);
    // 5898万 ÷ (62.5% ± 0.05%) brackets 94368000 = 5898万 ÷ 0.625.
    expect(share?.expected?.low?.lte('94368000')).toBe(true);
    expect(share?.expected?.high?.gte('94368000')).toBe(true);
    expect(share?.message.zh).toContain('9436.8万元');
  });

  it('000: once 8793亿元 is repaired to 8793万元, the cumulative fits its years (000-F02) and nothing is an error', () => {
    const { raw } = load(SEEDS[0]);
    const repaired = raw.replace('8793亿元', '8793万元');
    const { findings } = checkArticle(repaired);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.claims.some((c) => c.span.text === '8793万元'))).toEqual([]);
  });

  it('000: 1211人 vs 1248人 is at most an info note', () => {
    const { raw } = load(SEEDS[0]);
    const about = checkArticle(raw).findings.filter((f) => f.claims.some((c) => c.span.text === '1248人'));
    expect(about.every((f) => f.severity === 'info')).toBe(true);
  });

  it('002: 20208月 and 39日 are date_sanity findings with their repairs', () => {
    const { raw } = load(SEEDS[2]);
    const dates = checkArticle(raw).findings.filter((f) => f.checkId === 'date_sanity');
    expect(dates.map((f) => f.evidence?.[0]?.text).sort()).toEqual(['20208月', '39日']);
    expect(dates.map((f) => f.suggestedFix?.text).sort()).toEqual(['2020年8月', '3月9日']);
  });
});

describe('one problem, one finding: the more severe stays', () => {
  it('1.25亿元 slipped to 1.25万元 in seed 000: the magnitude error with the right fix, not the slip warning', () => {
    const raw = readFileSync(join(SEEDS_DIR, '000_1d07baa1f37797c3.txt'), 'utf8').replace('1.25亿元', '1.25万元');
    const on = checkArticle(raw).findings.filter((f) => f.claims[0]?.span.text === '1.25万元');
    expect(on.map((f) => [f.checkId, f.severity, f.suggestedFix?.text])).toEqual([['implausible_magnitude', 'error', '1.25亿元']]);
  });
});
