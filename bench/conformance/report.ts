/**
 * Text rendering of the conformance results: the summary table, the failure, divergence and
 * qualifier listings, and the rules the harness applies.
 *
 * @module
 */
import { KIND_MAPPING, type DivergenceAccounting, type SummaryRow } from './evaluate.js';
import { displayWidth, padDisplay } from '../lib/text.js';
import { CASE_KINDS, type FinalResult } from './types.js';

function pad(s: string, w: number, right = false): string {
  return padDisplay(s, w, right);
}

/** A plain text table; numeric-looking cells are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const isNum = (s: string): boolean => /^[\d.%≈+-]+$/.test(s);
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0 && isNum(c))).join(' | ');
  const sep = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), sep, ...rows.map(line)].join('\n');
}

function rowCells(r: SummaryRow): string[] {
  return [
    r.suite,
    String(r.cases),
    String(r.passed),
    String(r.failed),
    String(r.divergences),
    `${r.passPct.toFixed(1)}%`,
    `${r.strictPct.toFixed(1)}%`,
    String(r.approx),
    String(r.spanExtended),
    String(r.qualifierDiffs),
  ];
}

/** The summary table with its legend. */
export function summaryTable(summary: { rows: readonly SummaryRow[]; overall: SummaryRow }): string {
  const header = ['suite', 'cases', 'passed', 'failed', 'divergences', 'pass %', 'strict %', '≈', 'span+q', 'qual≠'];
  const body = [...summary.rows.map(rowCells), rowCells(summary.overall)];
  return [
    table(header, body),
    '',
    'pass % = (passed + divergences) / cases — the share not failed, which --check judges; strict % = passed / cases.',
    '≈ = passes that needed the approximate comparison (float-rounded source values, relative 1e-9).',
    'span+q = passes where our mention span adds only qualifier words (余/多/约/以上…) to the source span.',
    'qual≠ = cases whose qualifier differs from the source qualifier (listed below; not counted as failures,',
    '        because the sources label qualifiers more coarsely, e.g. JioNLP uses one label for 近 and 不到).',
  ].join('\n');
}

function oneLine(s: string, max = 220): string {
  const t = s.replace(/\s*\n\s*/g, ' ⏎ ');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** One failure, divergence or note block. */
function block(mark: string, r: FinalResult, lines: readonly [string, string][]): string {
  const out = [`${mark} ${r.id}  (${r.kind})`, `    input:    ${oneLine(r.input)}`];
  for (const [k, v] of lines) out.push(`    ${pad(`${k}:`, 9)} ${oneLine(v)}`);
  return out.join('\n');
}

/** Every failure with input, expected, got and reason. */
export function failureList(results: readonly FinalResult[]): string {
  const fails = results.filter((r) => r.status === 'fail');
  if (fails.length === 0) return 'Failures: none';
  return [
    `Failures (${fails.length}):`,
    ...fails.map((r) =>
      block('✗', r, [
        ['expected', r.expected],
        ['got', r.got],
        ['reason', r.reason],
      ]),
    ),
  ].join('\n');
}

/** Every deliberate divergence with its reason, plus stale and unknown entries. */
export function divergenceList(results: readonly FinalResult[], acc: DivergenceAccounting, problems: readonly string[]): string {
  const divs = results.filter((r) => r.status === 'divergence');
  const out: string[] = [];
  out.push(divs.length === 0 ? 'Deliberate divergences: none' : `Deliberate divergences (${divs.length}):`);
  for (const r of divs) {
    out.push(
      block('≠', r, [
        ['source', r.expected],
        ['ours', r.got],
        ['why', r.divergenceReason ?? ''],
      ]),
    );
  }
  if (acc.stale.length > 0) {
    out.push(`Stale divergences (${acc.stale.length}) — these cases now pass; remove them from bench/conformance-divergences.json:`);
    for (const d of acc.stale) out.push(`  ${d.id}  (${oneLine(d.reason, 120)})`);
  }
  if (acc.unknown.length > 0) {
    out.push(`Unknown divergence ids (${acc.unknown.length}) — no suite has such a case:`);
    for (const d of acc.unknown) out.push(`  ${d.id}`);
  }
  for (const p of problems) out.push(`Divergence file problem: ${p}`);
  return out.join('\n');
}

/** Qualifier differences and other notes (notes only with `verbose`). */
export function noteList(results: readonly FinalResult[], verbose: boolean): string {
  const out: string[] = [];
  const q = results.filter((r) => r.qualifierNote !== undefined);
  out.push(q.length === 0 ? 'Qualifier differences: none' : `Qualifier differences (${q.length}, not failures):`);
  for (const r of q) out.push(`  ${r.id}  ${oneLine(r.input, 40)}  ${r.qualifierNote ?? ''}`);
  if (verbose) {
    const n = results.filter((r) => r.notes.length > 0 || r.spanExtended || r.approx);
    out.push(n.length === 0 ? 'Notes: none' : `Notes (${n.length}):`);
    for (const r of n) {
      const bits = [...r.notes];
      if (r.spanExtended) bits.push('span extended by qualifier words');
      if (r.approx) bits.push('approximate comparison');
      out.push(`  ${r.id} [${r.status}]  ${oneLine(r.input, 40)}  ${bits.join('; ')}`);
    }
  }
  return out.join('\n');
}

/** Every passing case (verbose only). */
export function passList(results: readonly FinalResult[]): string {
  const ps = results.filter((r) => r.status === 'pass');
  return [`Passes (${ps.length}):`, ...ps.map((r) => `  ✓ ${r.id}  ${oneLine(r.input, 50)}  → ${oneLine(r.got, 80)}`)].join('\n');
}

/** How each case kind is evaluated. */
export function mappingText(): string {
  return ['How case kinds map to the xiezuo API:', ...CASE_KINDS.map((k) => `  ${k}: ${KIND_MAPPING[k]}`)].join('\n');
}
