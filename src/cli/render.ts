/**
 * Reports → text for people (tables, colour on a terminal) and for programs (JSON lines, CSV).
 *
 * @module
 */
import { formatAmount } from '../index.js';
import type { Claim, Finding } from '../index.js';
import type { ArticleReport, Wire } from './analyse.js';
import { clip, csvRow, renderTable } from './text-table.js';

/** ANSI styles, or identity functions when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

/** Styles for a colour terminal (`on`) or for plain text. */
export function makeStyle(on: boolean): Style {
  const sgr = (open: number, close: number) => (s: string): string => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };
}

type WClaim = Wire<Claim>;
type WFinding = Wire<Finding>;

const QUALIFIER_MARK: Record<string, string> = {
  exact: '',
  approx: '≈',
  more_than: '>',
  at_least: '≥',
  nearly: '≲',
  less_than: '<',
  at_most: '≤',
  range: '',
};

/** A claim's value for people, with its qualifier: `1.25亿元`, `>2900万元`, `1248人`, a range as `min–max`. */
export function claimValue(c: WClaim): string {
  const q = c.figure.kind === 'amount' ? c.figure.amount.qualifier : c.figure.quantity.qualifier;
  return (QUALIFIER_MARK[q] ?? '') + bareValue(c);
}

function bareValue(c: WClaim): string {
  const f = c.figure;
  try {
    if (f.kind === 'amount') {
      const fmt = (v: string): string => formatAmount(v, { currency: f.amount.currency });
      return f.amount.range ? `${fmt(f.amount.range.min)}–${fmt(f.amount.range.max)}` : fmt(f.amount.value);
    }
    const q = f.quantity;
    return (q.range ? `${q.range.min}–${q.range.max}` : q.value) + q.unit;
  } catch {
    return f.kind === 'amount' ? f.amount.value : f.quantity.value;
  }
}

/** A claim's period for people: `2021`, `2021-01-01..2023-07-31`, or `-`. */
export function periodText(c: WClaim): string {
  const p = c.period;
  if (!p) return '-';
  const s = p.start ?? '…';
  const e = p.end ?? '…';
  if (p.granularity === 'year' && p.start && p.end && p.start.endsWith('-01-01') && p.end.endsWith('-12-31') && p.start.slice(0, 4) === p.end.slice(0, 4)) {
    return p.start.slice(0, 4);
  }
  return s === e ? s : `${s}..${e}`;
}

/** `east → west` names, `-` for unknown sides. */
export function pairingText(c: WClaim): string {
  if (!c.east && !c.west) return '-';
  return `${c.east?.name ?? '?'}→${c.west?.name ?? '?'}`;
}

function claimRows(claims: readonly WClaim[]): string[][] {
  return claims.map((c, i) => [
    String(i + 1),
    c.figure.span.text,
    claimValue(c),
    c.metric,
    c.scope,
    periodText(c),
    pairingText(c),
    String(c.figure.span.start),
  ]);
}

function articleHeading(r: ArticleReport, st: Style): string {
  const meta = [r.published, r.publisher].filter((x): x is string => x !== null).join(' · ');
  return `${st.bold(r.source)}${r.title ? `  ${r.title}` : ''}${meta ? st.dim(`  (${meta})`) : ''}`;
}

function severityTag(sev: string, st: Style): string {
  const label = sev.toUpperCase().padEnd(7);
  return sev === 'error' ? st.red(st.bold(label)) : sev === 'warning' ? st.yellow(st.bold(label)) : st.cyan(label);
}

function findingBlock(f: WFinding, st: Style): string {
  const lines: string[] = [];
  const spans = f.claims.length > 0 ? f.claims.map((c) => c.span) : (f.evidence ?? []);
  const what = spans.map((sp) => `${sp.text} @${sp.start}`).join(', ');
  lines.push(`  ${severityTag(f.severity, st)} ${st.bold(f.checkId)}  ${what}`);
  const pad = '          ';
  lines.push(`${pad}${f.message.zh}`);
  lines.push(`${pad}${st.dim(f.message.en)}`);
  if (f.claims.length > 0 && f.evidence && f.evidence.length > 0) {
    lines.push(`${pad}evidence: ${f.evidence.map((e) => `${clip(e.text, 40)} @${e.start}`).join('; ')}`);
  }
  if (f.expected) {
    const { low, high, basis } = f.expected;
    const range = low === null && high === null ? '' : low === high ? `${low} ` : `${low ?? '…'} – ${high ?? '…'} `;
    lines.push(`${pad}expected: ${range}${st.dim(`(${basis})`)}`);
  }
  if (f.suggestedFix) lines.push(`${pad}${st.green(`fix: ${f.suggestedFix.text}`)}`);
  return lines.join('\n');
}

/** The claims of one article as a table (for `extract`). */
export function renderClaimsTable(r: ArticleReport, st: Style): string {
  const out = [articleHeading(r, st)];
  if (r.warning) out.push(st.yellow(`  note: ${r.warning}`));
  if (r.claims.length === 0) out.push('  no claims');
  else out.push(renderTable(['#', 'figure', 'value', 'metric', 'scope', 'period', 'pairing', 'at'], claimRows(r.claims), new Set([0, 7]), '  '));
  return out.join('\n') + '\n';
}

/** Claims and findings of one article (for `check`): findings most severe first, with evidence and fixes. */
export function renderCheck(r: ArticleReport, st: Style): string {
  const findings = r.findings ?? [];
  const out = [renderClaimsTable(r, st).trimEnd()];
  out.push('');
  out.push(findings.length === 0 ? st.green('  no findings') : `  ${st.bold(`findings (${findings.length})`)}`);
  for (const f of findings) out.push(findingBlock(f, st));
  return out.join('\n') + '\n';
}

/** CSV header of {@link claimCsvRows}. */
export const CLAIM_CSV_HEADER = csvRow([
  'file', 'id', 'text', 'start', 'end', 'kind', 'value', 'unit', 'qualifier', 'metric', 'scope',
  'period_start', 'period_end', 'east', 'west', 'confidence',
]);

/** One CSV record per claim. */
export function claimCsvRows(r: ArticleReport): string {
  return r.claims
    .map((c) => {
      const f = c.figure;
      const v = f.kind === 'amount' ? f.amount : f.quantity;
      const unit = f.kind === 'amount' ? f.amount.currency : f.quantity.unit;
      return csvRow([
        r.source, c.id, f.span.text, f.span.start, f.span.end, f.kind, v.value, unit, v.qualifier, c.metric, c.scope,
        c.period?.start ?? '', c.period?.end ?? '', c.east?.name ?? '', c.west?.name ?? '', c.confidence,
      ]);
    })
    .join('');
}

/** CSV header of {@link findingCsvRows}. */
export const FINDING_CSV_HEADER = csvRow([
  'file', 'severity', 'check', 'claims', 'start', 'end', 'observed', 'expected_low', 'expected_high', 'fix', 'fix_value', 'message_zh', 'message_en',
]);

/** One CSV record per finding. */
export function findingCsvRows(r: ArticleReport): string {
  return (r.findings ?? [])
    .map((f) => {
      const first = f.claims[0]?.span ?? f.evidence?.[0];
      return csvRow([
        r.source, f.severity, f.checkId, f.claims.map((c) => c.span.text).join(' | '), first?.start, first?.end,
        f.observed.value ?? f.observed.text ?? '', f.expected?.low ?? '', f.expected?.high ?? '',
        f.suggestedFix?.text ?? '', f.suggestedFix?.value ?? '', f.message.zh, f.message.en,
      ]);
    })
    .join('');
}
