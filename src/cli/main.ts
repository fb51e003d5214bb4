/**
 * The `xiezuo` command line: argument parsing, the four commands and their exit codes.
 *
 * Exit codes: 0 done; 1 a finding reached the `--fail-on` level; 2 bad usage; 3 some inputs could
 * not be read (each named on standard error; the others were processed).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { analyseBytes } from './analyse.js';
import type { ArticleReport, Outcome, Task } from './analyse.js';
import { collectInputs } from './inputs.js';
import { runAll } from './pool.js';
import {
  CLAIM_CSV_HEADER,
  FINDING_CSV_HEADER,
  claimCsvRows,
  findingCsvRows,
  makeStyle,
  renderCheck,
  renderClaimsTable,
} from './render.js';
import type { Style } from './render.js';
import { runAggregate } from './aggregate.js';
import { runParse } from './parse.js';

/** Where the CLI reads and writes; `process` in real use, fakes in tests. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean | undefined };
  stderr: { write(s: string): unknown; isTTY?: boolean | undefined };
  /** All of standard input. */
  readStdin(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

/** Options of {@link main} that real use sets and tests leave out. */
export interface MainOptions {
  /** The module to start worker threads from (the CLI's own file). */
  workerUrl?: URL | undefined;
}

/** Bad usage: exit 2 with a short help text. */
export class UsageError extends Error {}

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const HELP = `xiezuo — exact, typed, checked figures from Chinese East–West cooperation (东西部协作) texts

Usage:
  xiezuo check <files | folders | ->       claims and findings of each article, most severe first
  xiezuo extract <files | folders | ->     the claims of each article
  xiezuo aggregate --by pairing,metric,year <files | folders | ->
                                           totals of the claims of all articles
  xiezuo parse <text…>                     read a figure: xiezuo parse "1.25亿元"

Options:
  --format table|json|csv   output format (default table; json gives one JSON line per article)
  --fail-on error|warning   check: exit 1 when a finding reaches this level
  --by keys                 aggregate: comma-separated keys among pairing, metric, year, east, west, scope
  --jobs N                  files analysed at once on worker threads (default: one per core)
  --no-color                plain text even on a terminal (also NO_COLOR=1)
  --no-progress             no progress line on standard error
  -h, --help                this help
  -V, --version             the version

Exit codes: 0 done, 1 a finding reached --fail-on, 2 bad usage, 3 some inputs could not be read.
`;

/** The package version, read from the package.json next to the sources (or the bundle). */
export function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'xiezuo' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

interface Parsed {
  command: string | undefined;
  args: string[];
  format: Format;
  failOn: 'error' | 'warning' | undefined;
  by: string | undefined;
  jobs: number;
  color: boolean;
  progress: boolean;
  help: boolean;
  version: boolean;
}

/** Parses the command line; throws {@link UsageError} on anything it does not know. */
export function parseCommandLine(argv: readonly string[], io: Pick<Io, 'stdout' | 'stderr' | 'env'>): Parsed {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        by: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be table, json or csv, not "${format}"`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
    throw new UsageError(`--fail-on must be error or warning, not "${failOn}"`);
  }
  let jobs = Math.min(availableParallelism(), 8);
  if (values.jobs !== undefined) {
    if (!/^[1-9][0-9]?$/.test(values.jobs)) throw new UsageError(`--jobs must be a whole number from 1 to 99, not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  const noColor = values['no-color'] === true || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
  const forced = values.color === true || (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== '');
  const [command, ...args] = positionals;
  return {
    command,
    args,
    format: format as Format,
    failOn,
    by: values.by,
    jobs,
    color: !noColor && (forced || io.stdout.isTTY === true),
    progress: values['no-progress'] !== true && io.stderr.isTTY === true,
    help: values.help === true,
    version: values.version === true,
  };
}

/** Counts for the summary line. */
interface Tally {
  articles: number;
  unreadable: number;
  claims: number;
  error: number;
  warning: number;
  info: number;
}

function summaryLine(task: Task, t: Tally, st: Style): string {
  const parts = [`${t.articles} article${t.articles === 1 ? '' : 's'}`, `${t.claims} claims`];
  if (task === 'check') {
    parts.push(
      t.error > 0 ? st.red(`${t.error} error${t.error === 1 ? '' : 's'}`) : '0 errors',
      t.warning > 0 ? st.yellow(`${t.warning} warning${t.warning === 1 ? '' : 's'}`) : '0 warnings',
      `${t.info} info`,
    );
  }
  if (t.unreadable > 0) parts.push(st.red(`${t.unreadable} input${t.unreadable === 1 ? '' : 's'} not read`));
  return parts.join(', ');
}

/** Reads the inputs named on the command line: missing paths and standard input become outcomes here, files stay paths for the workers. */
async function resolveInputs(args: readonly string[], task: Task, io: Io): Promise<(string | Outcome)[]> {
  const inputs = await collectInputs(args);
  const items: (string | Outcome)[] = [];
  for (const inp of inputs) {
    if (inp.kind === 'file') items.push(inp.path);
    else if (inp.kind === 'missing') items.push({ ok: false, source: inp.path, message: inp.message });
    else items.push(await analyseBytes('-', await io.readStdin(), task));
  }
  return items;
}

/** Runs `check` or `extract` over the inputs, streaming each article's result in input order. */
async function runArticles(task: Task, p: Parsed, io: Io, options: MainOptions): Promise<number> {
  if (p.args.length === 0) throw new UsageError(`${task} needs files, folders or - (standard input)`);
  const st = makeStyle(p.color);
  const errSt = makeStyle(p.color && io.stderr.isTTY === true);
  const items = await resolveInputs(p.args, task, io);
  const tally: Tally = { articles: 0, unreadable: 0, claims: 0, error: 0, warning: 0, info: 0 };
  const showProgress = p.progress && items.length > 1;
  let progress = '';
  const clearProgress = (): void => {
    if (progress !== '') io.stderr.write('\r\x1b[K');
  };
  const drawProgress = (): void => {
    if (progress !== '') io.stderr.write(`\r\x1b[K${progress}`);
  };
  let headerWritten = false;
  let first = true;
  await runAll(items, task, {
    jobs: p.jobs,
    workerUrl: options.workerUrl,
    onProgress: showProgress
      ? (done, total, path) => {
          progress = errSt.dim(`[${done}/${total}] ${path}`);
          drawProgress();
        }
      : undefined,
    onOutcome: (o) => {
      clearProgress();
      if (!o.ok) {
        tally.unreadable++;
        io.stderr.write(`${errSt.red('xiezuo:')} ${o.source}: ${o.message}\n`);
        drawProgress();
        return;
      }
      const r: ArticleReport = o.report;
      tally.articles++;
      tally.claims += r.claims.length;
      for (const f of r.findings ?? []) tally[f.severity]++;
      if (r.warning && p.format !== 'table') io.stderr.write(`xiezuo: ${r.source}: note: ${r.warning}\n`);
      if (p.format === 'json') io.stdout.write(JSON.stringify(r) + '\n');
      else if (p.format === 'csv') {
        if (!headerWritten) io.stdout.write(task === 'check' ? FINDING_CSV_HEADER : CLAIM_CSV_HEADER);
        headerWritten = true;
        io.stdout.write(task === 'check' ? findingCsvRows(r) : claimCsvRows(r));
      } else {
        io.stdout.write((first ? '' : '\n') + (task === 'check' ? renderCheck(r, st) : renderClaimsTable(r, st)));
      }
      first = false;
      drawProgress();
    },
  });
  clearProgress();
  progress = '';
  const summary = summaryLine(task, tally, p.format === 'table' ? st : errSt);
  if (p.format === 'table') io.stdout.write(`\n${summary}\n`);
  else io.stderr.write(`${summary}\n`);
  if (p.failOn !== undefined && (tally.error > 0 || (p.failOn === 'warning' && tally.warning > 0))) return 1;
  return tally.unreadable > 0 ? 3 : 0;
}

/** Runs the CLI with the given arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io, options: MainOptions = {}): Promise<number> {
  let p: Parsed;
  try {
    p = parseCommandLine(argv, io);
    if (p.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (p.version) {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (p.command === undefined) throw new UsageError('no command given');
    if (p.failOn !== undefined && p.command !== 'check') throw new UsageError('--fail-on applies to check only');
    if (p.by !== undefined && p.command !== 'aggregate') throw new UsageError('--by applies to aggregate only');
    switch (p.command) {
      case 'check':
      case 'extract':
        return await runArticles(p.command, p, io, options);
      case 'aggregate': {
        if (p.args.length === 0) throw new UsageError('aggregate needs files, folders or - (standard input)');
        const items = await resolveInputs(p.args, 'extract', io);
        return await runAggregate(items, p.by, p.format, { jobs: p.jobs, workerUrl: options.workerUrl, color: p.color, progress: p.progress }, io);
      }
      case 'parse':
        if (p.args.length === 0) throw new UsageError('parse needs a text, e.g. xiezuo parse "1.25亿元"');
        return runParse(p.args, p.format, io);
      default:
        throw new UsageError(`unknown command "${p.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`xiezuo: ${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
}
