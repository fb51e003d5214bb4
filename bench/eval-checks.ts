/**
 * `npm run eval:checks` — an evaluation (not a test) of the consistency checks on the whole
 * pipeline: for every figure of the five seeds, copy the article, inject one error into the raw
 * TEXT (rewrite the figure's characters: 万↔亿, a dropped 万, ×10, ÷10, a decimal shift, two
 * swapped digits, a part raised above its whole, a share ×10; or damage a date), run
 * `checkArticle` on the copy and see whether a warning or error names the right claim and whether
 * its suggested fix restores the original. Also counts what the clean seeds raise beyond the
 * reviewed findings (test/fixtures/seeds/*.findings.json).
 *
 * Prints one table (per kind of error) and the totals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { checkArticle, checkClaims } from '../src/checks/index.js';
import { findAmounts, findQuantities } from '../src/index.js';
import { seriesKey, groupBy } from '../src/checks/groups.js';
import { parseArticle } from '../src/article/parse-article.js';
import type { Claim, Finding } from '../src/index.js';

const SEEDS_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/seeds/', import.meta.url));
const SEEDS = ['000_1d07baa1f37797c3', '001_81f5c1ebe536e262', '002_4c4fd5b842c920f1', '003_6c6ff32b062797d8', '004_7d29d2d5cf896e98'];

const VERBOSE = process.env['EVAL_VERBOSE'];

type Kind = 'wan_yi' | 'drop_wan' | 'x10' | 'div10' | 'decimal_shift' | 'swap_digits' | 'part_above_whole' | 'share_x10' | 'damaged_date';
const KINDS: Kind[] = ['wan_yi', 'drop_wan', 'x10', 'div10', 'decimal_shift', 'swap_digits', 'part_above_whole', 'share_x10', 'damaged_date'];

interface Injection {
  kind: Kind;
  start: number;
  oldText: string;
  newText: string;
  /** The original value, to judge fixes (null for dates). */
  original: Decimal | null;
  /** Whether the figure has a sibling of its series or a part/whole/share relation in the clean claims. */
  related: boolean;
}

const NUM = /[0-9]+(?:\.[0-9]+)?/;

/** Multiplies the first Arabic number of a text by 10^k exactly. */
function scaleDigits(text: string, k: number): string | undefined {
  const m = NUM.exec(text);
  if (m === null) return undefined;
  const v = new Decimal(m[0]).times(new Decimal(10).pow(k));
  return text.slice(0, m.index) + v.toFixed() + text.slice(m.index + m[0].length);
}

/** Swaps the first two adjacent different digits of the integer part. */
function swapDigits(text: string): string | undefined {
  const m = /[0-9]+/.exec(text);
  if (m === null) return undefined;
  const d = m[0];
  for (let i = 0; i + 1 < d.length; i++) {
    if (d[i] !== d[i + 1] && !(i === 0 && d[i + 1] === '0')) {
      const s = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
      return text.slice(0, m.index) + s + text.slice(m.index + d.length);
    }
  }
  return undefined;
}

function valueOf(c: Claim): Decimal {
  return c.figure.kind === 'amount' ? c.figure.amount.value : c.figure.quantity.value;
}

/** The injections for one seed. */
function injections(raw: string, claims: Claim[], known: ReadonlySet<number>): Injection[] {
  const out: Injection[] = [];
  const series = groupBy(claims, seriesKey);
  const related = (c: Claim): boolean => {
    const k = seriesKey(c);
    if (k !== undefined && (series.get(k)?.length ?? 0) >= 2) return true;
    return c.partOf !== undefined || claims.some((o) => o.partOf === c.id || o.shareOf === c.id || o.sharePart === c.id) || c.shareOf !== undefined;
  };
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const c of claims) {
    if (known.has(c.figure.span.start)) continue; // a figure the reviewers found wrong: rewriting it may repair it
    const t = c.figure.span.text;
    const base = { start: c.figure.span.start, oldText: t, original: new Decimal(valueOf(c).toFixed()), related: related(c) };
    const push = (kind: Kind, newText: string | undefined): void => {
      if (newText !== undefined && newText !== t) out.push({ ...base, kind, newText });
    };
    if (c.figure.kind === 'amount') {
      if (/[万萬](?![亿億])/.test(t) && !/[亿億]/.test(t)) push('wan_yi', t.replace(/[万萬]/, (m) => (m === '萬' ? '億' : '亿')));
      else if (/[亿億]/.test(t) && !/[万萬]/.test(t)) push('wan_yi', t.replace(/[亿億]/, (m) => (m === '億' ? '萬' : '万')));
      if (/[万萬]/.test(t) && !/[亿億]/.test(t)) push('drop_wan', t.replace(/[万萬]/, ''));
      push('x10', scaleDigits(t, 1));
      push('div10', scaleDigits(t, -1));
      push('decimal_shift', scaleDigits(t, -2));
      push('swap_digits', swapDigits(t));
    }
    if (c.partOf !== undefined) {
      const whole = byId.get(c.partOf);
      if (whole !== undefined && whole.figure.kind === c.figure.kind) {
        const v = valueOf(c);
        for (let k = 1; k <= 4; k++) {
          if (v.times(new Decimal(10).pow(k)).gt(valueOf(whole).times(1.05))) {
            push('part_above_whole', scaleDigits(t, k));
            break;
          }
        }
      }
    }
    if (c.scope === 'share' && c.figure.kind === 'quantity' && c.figure.quantity.unit === '%') push('share_x10', scaleDigits(t, 1));
  }
  // Damaged dates: drop 年 from a YYYY年M月 or 月 from M月D日 in the body.
  const re = /(20[0-9]{2})年([0-9]{1,2})月|([0-9]{1,2})月([0-9]{1,2})日/g;
  const body = parseArticle(raw).blocks;
  for (const m of raw.matchAll(re)) {
    if (!body.some((b) => b.start <= m.index! && m.index! + m[0].length <= b.end)) continue;
    const text = m[0];
    const bad = m[1] !== undefined ? `${m[1]}${m[2]}月` : `${m[3]}${m[4]}日`;
    // only injections that make an impossible day (39日) or year (20237月)
    if (m[3] !== undefined && Number(`${m[3]}${m[4]}`) <= 31) continue;
    out.push({ kind: 'damaged_date', start: m.index!, oldText: text, newText: bad, original: null, related: true });
  }
  return out;
}

/** The clean claims with the injected figure's value replaced (relations kept): the checks alone, without re-extraction. */
function injectClaim(claims: Claim[], inj: Injection): { claims: Claim[]; id: string } | undefined {
  const c = claims.find((x) => x.figure.span.start === inj.start);
  if (c === undefined) return undefined;
  const span = { start: inj.start, end: inj.start + inj.newText.length, text: inj.newText };
  let figure: Claim['figure'] | undefined;
  if (c.figure.kind === 'amount') {
    const a = findAmounts(inj.newText).find((m) => m.start === 0);
    if (a !== undefined) figure = { kind: 'amount', amount: { value: a.value, qualifier: a.qualifier, precision: a.precision, currency: a.currency, ...(a.range ? { range: a.range } : {}) }, span };
  } else {
    const q = findQuantities(inj.newText).find((m) => m.start === 0);
    if (q !== undefined) figure = { kind: 'quantity', quantity: { value: q.value, qualifier: q.qualifier, precision: q.precision, unit: q.unit, ...(q.range ? { range: q.range } : {}) }, span };
  }
  if (figure === undefined) return undefined;
  const f = figure;
  return { id: c.id, claims: claims.map((x) => (x === c ? { ...x, figure: f, evidence: { ...x.evidence, end: Math.max(x.evidence.end, span.end) } } : x)) };
}

/** Whether a finding names the figure at `start` (warning or error). */
function flags(f: Finding, inj: Injection): boolean {
  if (f.severity === 'info') return false;
  const end = inj.start + inj.newText.length;
  if (inj.kind === 'damaged_date') return f.checkId === 'date_sanity' && (f.evidence ?? []).some((s) => s.start < end && inj.start < s.end);
  return f.claims.some((c) => c.span.start < end && inj.start < c.span.end);
}

function restores(f: Finding, inj: Injection): boolean {
  if (inj.kind === 'damaged_date') return f.suggestedFix?.text === inj.oldText;
  const v = f.suggestedFix?.value;
  const first = f.claims[0];
  if (first === undefined || !(first.span.start === inj.start)) return false;
  return (v !== null && v !== undefined && inj.original !== null && v.eq(inj.original)) || f.suggestedFix?.text === inj.oldText;
}

interface Row {
  n: number;
  flagged: number;
  fixed: number;
  relN: number;
  relFlagged: number;
  relFixed: number;
}

function main(): void {
  const rows = new Map<Kind, Row>(KINDS.map((k) => [k, { n: 0, flagged: 0, fixed: 0, relN: 0, relFlagged: 0, relFixed: 0 }]));
  const claimLevel = new Map<Kind, { n: number; flagged: number }>(KINDS.map((k) => [k, { n: 0, flagged: 0 }]));
  let collateral = 0;
  let copies = 0;
  const clean: Array<{ seed: string; errors: number; warnings: number; infos: number; unlistedErrors: number; unlistedWarnings: number }> = [];
  for (const seed of SEEDS) {
    const raw = readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8');
    const base = checkArticle(raw);
    const reviewed = JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.findings.json`), 'utf8')) as Array<{ outcome: string; check: string; alsoReportableAs?: string[]; claims: string[]; fix?: { text?: string } | null }>;
    const spans = JSON.parse(readFileSync(join(FIXTURES_DIR, `${seed}.claims.json`), 'utf8')) as Array<{ text: string; occurrence: number; start: number; end: number }>;
    const spanOf = new Map(spans.map((s) => [`${s.text}#${s.occurrence}`, s]));
    const listed = (f: Finding): boolean =>
      reviewed.some(
        (e) =>
          e.outcome === 'finding' &&
          [e.check, ...(e.alsoReportableAs ?? [])].includes(f.checkId) &&
          (e.claims.some((k) => {
            const s = spanOf.get(k);
            return s !== undefined && f.claims.some((c) => c.span.start < s.end && s.start < c.span.end);
          }) ||
            (f.evidence ?? []).some((s) => s.text === e.fix?.text)),
      );
    const count = (sev: string): number => base.findings.filter((f) => f.severity === sev).length;
    clean.push({
      seed,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      unlistedErrors: base.findings.filter((f) => f.severity === 'error' && !listed(f)).length,
      unlistedWarnings: base.findings.filter((f) => f.severity === 'warning' && !listed(f)).length,
    });
    const known = new Set<number>();
    const knownTexts = new Set<string>();
    for (const e of reviewed) {
      const first = e.outcome === 'finding' && e.fix?.text !== undefined ? spanOf.get(e.claims[0] ?? '') : undefined;
      if (first !== undefined) {
        known.add(first.start);
        knownTexts.add(first.text);
      }
    }
    for (const inj of injections(raw, base.claims, known)) {
      const copy = raw.slice(0, inj.start) + inj.newText + raw.slice(inj.start + inj.oldText.length);
      if (raw.slice(inj.start, inj.start + inj.oldText.length) !== inj.oldText) continue;
      const { findings } = checkArticle(copy);
      const row = rows.get(inj.kind)!;
      const cleanKeys = new Set(base.findings.map((f) => `${f.checkId}|${f.claims[0]?.span.text ?? f.evidence?.[0]?.text}`));
      // A reviewed real error reported under another check is no collateral damage.
      for (const t of knownTexts) for (const f of findings) if (f.claims[0]?.span.text === t) cleanKeys.add(`${f.checkId}|${t}`);
      collateral += findings.filter((f) => f.severity === 'error' && !flags(f, inj) && !cleanKeys.has(`${f.checkId}|${f.claims[0]?.span.text ?? f.evidence?.[0]?.text}`)).length;
      copies++;
      if (VERBOSE !== undefined) for (const f of findings.filter((f) => f.severity === 'error' && !flags(f, inj) && !cleanKeys.has(`${f.checkId}|${f.claims[0]?.span.text ?? f.evidence?.[0]?.text}`))) console.log(`collateral ${seed.slice(0, 3)} ${inj.kind} ${inj.oldText}→${inj.newText}: ${f.checkId} ${f.claims.map((c) => c.span.text).join(',')}`);
      const hit = findings.some((f) => flags(f, inj));
      const fixed = findings.some((f) => restores(f, inj));
      if (VERBOSE !== undefined && (VERBOSE === '' || VERBOSE.split(',').includes(inj.kind)) && inj.related && !hit) {
        const c = base.claims.find((x) => x.figure.span.start === inj.start);
        console.log(`miss ${seed.slice(0, 3)} ${inj.kind} ${inj.oldText} → ${inj.newText} (${c?.metric}/${c?.scope}) :: ${findings.map((f) => `${f.checkId}/${f.severity}@${f.claims[0]?.span.text ?? f.evidence?.[0]?.text}`).join(' ')}`);
      }
      if (inj.kind !== 'damaged_date' && inj.related) {
        const alone = injectClaim(base.claims, inj);
        if (alone !== undefined) {
          const lvl = claimLevel.get(inj.kind)!;
          lvl.n++;
          if (checkClaims(alone.claims, { publishedAt: base.parsed.publishedAt }).some((f) => f.severity !== 'info' && f.claims.some((c) => c.id === alone.id))) lvl.flagged++;
        }
      }
      row.n++;
      if (hit) row.flagged++;
      if (fixed) row.fixed++;
      if (inj.related) {
        row.relN++;
        if (hit) row.relFlagged++;
        if (fixed) row.relFixed++;
      }
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log('Injected errors (one per copy, checkArticle on the copy; flagged = a warning or error names the injected figure)');
  console.log('kind               copies  flagged  fix restores | with sibling/relation: copies  flagged  fix restores');
  let tn = 0;
  let tf = 0;
  let tx = 0;
  for (const k of KINDS) {
    const r = rows.get(k)!;
    tn += r.n;
    tf += r.flagged;
    tx += r.fixed;
    console.log(
      `${k.padEnd(18)} ${String(r.n).padStart(6)}  ${pct(r.flagged, r.n)}  ${pct(r.fixed, r.n)}      | ${String(r.relN).padStart(28)}  ${pct(r.relFlagged, r.relN)}  ${pct(r.relFixed, r.relN)}`,
    );
  }
  console.log(`${'total'.padEnd(18)} ${String(tn).padStart(6)}  ${pct(tf, tn)}  ${pct(tx, tn)}`);
  console.log('');
  console.log('The same injections on the clean claims (value replaced, relations kept; no re-extraction), figures with a sibling or relation:');
  for (const k of KINDS) {
    const r = claimLevel.get(k)!;
    if (r.n > 0) console.log(`${k.padEnd(18)} ${String(r.n).padStart(6)}  ${pct(r.flagged, r.n)}`);
  }
  console.log(`collateral: ${collateral} new error-level findings on other (clean) figures over ${copies} injected copies`);
  console.log('');
  console.log('Clean seeds (unmodified): findings raised, and those not matching a reviewed finding');
  for (const c of clean) {
    console.log(`${c.seed}  errors ${c.errors} (unlisted ${c.unlistedErrors})  warnings ${c.warnings} (unlisted ${c.unlistedWarnings})  info ${c.infos}`);
  }
  const ue = clean.reduce((a, c) => a + c.unlistedErrors, 0);
  const uw = clean.reduce((a, c) => a + c.unlistedWarnings, 0);
  const w = clean.reduce((a, c) => a + c.warnings, 0);
  console.log(`totals: unlisted errors ${ue}; warnings per article ${(w / clean.length).toFixed(2)} (unlisted ${(uw / clean.length).toFixed(2)})`);
  const wy = rows.get('wan_yi')!;
  const dw = rows.get('drop_wan')!;
  console.log(
    `target: 万↔亿 and dropped 万 flagged where related: ${pct(wy.relFlagged + dw.relFlagged, wy.relN + dw.relN)} (≥ 95%); unlisted errors on clean seeds: ${ue} (0); warnings per clean article ${(w / clean.length).toFixed(2)} (≤ 1)`,
  );
}

main();
