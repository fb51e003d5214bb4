/**
 * `npm run conformance`: run the shared conformance suites (Recognizers-Text, cn2an, JioNLP) against
 * xiezuo's parser and print, per suite, how many cases pass, every failure and every deliberate
 * divergence (bench/conformance-divergences.json).
 *
 * Usage: tsx bench/conformance.ts [--json] [--suite NAME[,NAME…]]… [--verbose] [--check]
 *   --json     machine-readable output on stdout
 *   --suite    only these suites (file names without .json)
 *   --verbose  also list passes and per-case notes
 *   --check    exit 1 when a suite is below 98 % or the total below 99 % (pass % = not failed)
 * Exit codes: 0 ok, 1 --check failed, 2 setup error (suites missing, parser module not loadable).
 * The suite folder is ../shared/conformance next to the project root, or $XIEZUO_CONFORMANCE_DIR.
 *
 * @module
 */
import {
  DEFAULT_THRESHOLDS,
  applyDivergences,
  checkThresholds,
  evaluateCase,
  summarize,
} from './conformance/evaluate.js';
import { DIVERGENCE_FILE, SUITE_DIR_ENV, isDirectory, readDivergences, readSuites, suiteDir } from './conformance/load.js';
import {
  divergenceList,
  failureList,
  mappingText,
  noteList,
  passList,
  summaryTable,
} from './conformance/report.js';
import type { CaseResult, ParserApi, Suite } from './conformance/types.js';

interface Options {
  json: boolean;
  verbose: boolean;
  check: boolean;
  suites: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { json: false, verbose: false, check: false, suites: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') o.json = true;
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--check') o.check = true;
    else if (a === '--suite' || a.startsWith('--suite=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) fail(`--suite needs a name`);
      o.suites.push(...v.split(',').map((s) => s.trim().replace(/\.json$/, '')).filter(Boolean));
    } else if (a === '--help' || a === '-h') {
      console.log('usage: tsx bench/conformance.ts [--json] [--suite NAME[,NAME…]] [--verbose] [--check]');
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  return o;
}

function fail(msg: string): never {
  console.error(`conformance: ${msg}`);
  process.exit(2);
}

async function loadApi(): Promise<ParserApi> {
  try {
    const m = (await import('../src/index.js')) as Record<string, unknown>;
    const pick = <K extends keyof ParserApi>(k: K): ParserApi[K] =>
      typeof m[k] === 'function' ? (m[k] as ParserApi[K]) : undefined;
    return {
      parseNumber: pick('parseNumber'),
      parseAmount: pick('parseAmount'),
      findNumbers: pick('findNumbers'),
      findAmounts: pick('findAmounts'),
    };
  } catch (e) {
    fail(`cannot load the parser (src/index.ts): ${(e as Error).stack ?? String(e)}`);
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const dir = suiteDir();
  if (!isDirectory(dir)) {
    fail(
      `conformance suites not found at ${dir}.\n` +
        `  They live in ../shared/conformance next to the project root; set ${SUITE_DIR_ENV}=/path/to/conformance to point elsewhere.`,
    );
  }
  let all: Suite[];
  try {
    all = readSuites(dir);
  } catch (e) {
    fail(`bad suite data: ${(e as Error).message}`);
  }
  if (all.length === 0) fail(`no *.json suites in ${dir}`);
  const names = all.map((s) => s.name);
  for (const s of opts.suites) if (!names.includes(s)) fail(`no suite named ${s} (have: ${names.join(', ')})`);
  const suites = opts.suites.length > 0 ? all.filter((s) => opts.suites.includes(s.name)) : all;
  const knownIds = new Set(all.flatMap((s) => s.cases.map((c) => c.id)));

  const api = await loadApi();
  const missing = (['parseNumber', 'parseAmount', 'findNumbers', 'findAmounts'] as const).filter((k) => !api[k]);

  const raw: CaseResult[] = [];
  for (const s of suites) for (const c of s.cases) raw.push(evaluateCase(s, c, api));
  const { divergences, problems } = readDivergences(DIVERGENCE_FILE);
  const acc = applyDivergences(raw, divergences, knownIds);
  const summary = summarize(
    acc.results,
    suites.map((s) => s.name),
  );
  const checkProblems = checkThresholds(summary, DEFAULT_THRESHOLDS);

  if (opts.json) {
    const out = {
      suiteDir: dir,
      divergenceFile: DIVERGENCE_FILE,
      missingExports: missing,
      thresholds: DEFAULT_THRESHOLDS,
      summary,
      failures: acc.results.filter((r) => r.status === 'fail'),
      divergences: acc.results.filter((r) => r.status === 'divergence'),
      staleDivergences: acc.stale,
      unknownDivergences: acc.unknown,
      divergenceFileProblems: problems,
      qualifierDifferences: acc.results
        .filter((r) => r.qualifierNote !== undefined)
        .map((r) => ({ id: r.id, input: r.input, note: r.qualifierNote })),
      check: { ok: checkProblems.length === 0, problems: checkProblems },
      ...(opts.verbose ? { results: acc.results } : {}),
    };
    console.log(JSON.stringify(out, null, 2));
  } else {
    const out: string[] = [];
    out.push(`Conformance suites: ${dir}`);
    out.push(`Divergences: ${DIVERGENCE_FILE} (${divergences.length} entries)`);
    if (missing.length > 0) out.push(`WARNING: not exported by src/index.ts: ${missing.join(', ')} — their cases fail.`);
    out.push('', mappingText(), '', summaryTable(summary), '');
    if (opts.verbose) out.push(passList(acc.results), '');
    out.push(failureList(acc.results), '', divergenceList(acc.results, acc, problems), '', noteList(acc.results, opts.verbose));
    out.push('');
    const o = summary.overall;
    out.push(
      `Overall: ${o.passed} passed, ${o.failed} failed, ${o.divergences} deliberate divergences of ${o.cases} cases ` +
        `(${o.passPct.toFixed(1)}% not failed, ${o.strictPct.toFixed(1)}% strict).`,
    );
    out.push(
      checkProblems.length === 0
        ? `Thresholds (suite ≥ ${DEFAULT_THRESHOLDS.suite}%, overall ≥ ${DEFAULT_THRESHOLDS.overall}%): met.`
        : `Thresholds (suite ≥ ${DEFAULT_THRESHOLDS.suite}%, overall ≥ ${DEFAULT_THRESHOLDS.overall}%): NOT met — ${checkProblems.join('; ')}`,
    );
    console.log(out.join('\n'));
  }
  if (opts.check && checkProblems.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`conformance: internal error: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
