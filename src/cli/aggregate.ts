/**
 * `xiezuo aggregate --by …`: every article is read and checked (on worker threads), its claims get
 * ids unique across articles, and the `aggregate` module adds them up — claims that a unit-slip
 * finding flags are left out, as `aggregate` does by default.
 *
 * @module
 */
import { basename, extname } from 'node:path';
import { aggregate, aggregateToCsv, namespaceClaims, toPlainRow } from '../aggregate/index.js';
import type { AggregateKey, AggregateRow } from '../aggregate/index.js';
import { ClaimSchema, FindingSchema, formatAmount } from '../index.js';
import type { Claim, Finding } from '../index.js';
import type { ArticleReport, Outcome } from './analyse.js';
import type { Io } from './main.js';
import { UsageError } from './main.js';
import { runAll } from './pool.js';
import { makeStyle } from './render.js';
import { renderTable } from './text-table.js';

/** The grouping keys `--by` accepts. */
export const AGGREGATE_KEYS: readonly AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];

/** Options of {@link runAggregate}. */
export interface AggregateRunOptions {
  jobs: number;
  workerUrl: URL | undefined;
  color: boolean;
  progress: boolean;
}

/** Parses `--by pairing,metric,year`; throws a usage error on an unknown key. */
export function parseBy(by: string | undefined): AggregateKey[] {
  if (by === undefined) return ['pairing', 'metric', 'year'];
  const keys = by.split(',').map((k) => k.trim()).filter((k) => k !== '');
  for (const k of keys) {
    if (!(AGGREGATE_KEYS as readonly string[]).includes(k)) {
      throw new UsageError(`--by takes ${AGGREGATE_KEYS.join(', ')}; "${k}" is not one`);
    }
  }
  return keys as AggregateKey[];
}

/** An article id for claim ids: the file name without extension, the whole path if that name is taken. */
function articleId(source: string, taken: Set<string>): string {
  let id = source === '-' ? 'stdin' : basename(source, extname(source));
  if (taken.has(id)) id = source;
  taken.add(id);
  return id;
}

/** Revives one article's claims and findings from their wire form, ids namespaced by article. */
export function reviveArticle(r: ArticleReport, id: string): { claims: Claim[]; findings: Finding[] } {
  const claims = namespaceClaims(id, r.claims.map((c) => ClaimSchema.parse(c)));
  const findings = (r.findings ?? []).map((f) => {
    const finding = FindingSchema.parse(f);
    return { ...finding, claims: finding.claims.map((c) => ({ ...c, id: `${id}#${c.id}` })) };
  });
  return { claims, findings };
}

function totalText(row: AggregateRow): string {
  const unit = row.key.unit;
  const fmt = (v: string): string => {
    try {
      return /^[A-Z]{3}$/.test(unit) ? formatAmount(v, { currency: unit }) : `${v}${unit}`;
    } catch {
      return `${v} ${unit}`;
    }
  };
  const p = toPlainRow(row);
  if (p.point !== null) return fmt(p.point);
  const lo = `${p.total.lowInclusive ? '[' : '('}${fmt(p.total.low)}`;
  const hi = p.total.high === null ? '∞)' : `${fmt(p.total.high)}${p.total.highInclusive ? ']' : ')'}`;
  return `${lo}, ${hi}`;
}

/** Runs `aggregate`; resolves to the exit code (3 when some inputs could not be read). */
export async function runAggregate(
  items: readonly (string | Outcome)[],
  byText: string | undefined,
  format: 'table' | 'json' | 'csv',
  options: AggregateRunOptions,
  io: Pick<Io, 'stdout' | 'stderr'>,
): Promise<number> {
  const by = parseBy(byText);
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const taken = new Set<string>();
  let unreadable = 0;
  let articles = 0;
  await runAll(items, 'check', {
    jobs: options.jobs,
    workerUrl: options.workerUrl,
    onProgress: options.progress && items.length > 1 ? (done, total, path) => io.stderr.write(`\r\x1b[K[${done}/${total}] ${path}`) : undefined,
    onOutcome: (o) => {
      if (!o.ok) {
        unreadable++;
        if (options.progress) io.stderr.write('\r\x1b[K');
        io.stderr.write(`xiezuo: ${o.source}: ${o.message}\n`);
        return;
      }
      articles++;
      const r = reviveArticle(o.report, articleId(o.report.source, taken));
      claims.push(...r.claims);
      findings.push(...r.findings);
    },
  });
  if (options.progress && items.length > 1) io.stderr.write('\r\x1b[K');
  const rows = aggregate(claims, { by, findings });
  const st = makeStyle(options.color);
  if (format === 'json') {
    for (const row of rows) io.stdout.write(JSON.stringify(toPlainRow(row)) + '\n');
  } else if (format === 'csv') {
    io.stdout.write(aggregateToCsv(rows));
  } else {
    const header = [...by, 'total', 'count', 'left out'];
    // Rows where every claim was left out add nothing: the table leaves them out (JSON and CSV keep them).
    const shown = rows.filter((row) => row.count > 0);
    const table = shown.map((row) => [
      ...by.map((k) => {
        const v = row.key[k];
        return v === undefined || v === null ? '-' : String(v);
      }),
      totalText(row),
      String(row.count),
      String(row.leftOut.length),
    ]);
    io.stdout.write(renderTable(header, table, new Set([by.length, by.length + 1, by.length + 2])) + '\n');
    const leftOut = rows.reduce((n, r) => n + r.leftOut.length, 0);
    const hidden = rows.length - shown.length;
    io.stdout.write(
      `\n${st.bold(`${shown.length} rows`)} from ${claims.length} claims of ${articles} article${articles === 1 ? '' : 's'}; ` +
        `${leftOut} claims left out (flagged by a check, not additive, overlapping or spanning years — see --format json)` +
        `${hidden > 0 ? `; ${hidden} groups with every claim left out not shown` : ''}${unreadable > 0 ? `; ${unreadable} inputs not read` : ''}\n`,
    );
  }
  return unreadable > 0 ? 3 : 0;
}
