/**
 * `npm run bench`: speed, scaling, memory and worst-case figures of the finders, each printed
 * next to its target with PASS / MISS. The sections live in bench/lib/sections (listed in
 * bench/lib/sections/index.ts); see bench/lib/registry.ts to add one.
 *
 * Usage: tsx bench/bench.ts [--only NAME[,NAME…]] [--json] [--list] [--check]
 *   --only   run only these sections (names from --list)
 *   --json   machine-readable figures on stdout (progress goes to stderr)
 *   --check  exit 1 when a figure misses its target
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { loadBenchApi, type BenchApi } from './lib/api.js';
import { MB, buildCorpus, utf8Bytes } from './lib/corpus.js';
import { formatFigure, labelWidth, verdict, type BenchContext, type Figure } from './lib/registry.js';
import { SECTIONS } from './lib/sections/index.js';
import { sinkValue } from './lib/timing.js';

interface Options {
  only: string[];
  json: boolean;
  list: boolean;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { only: [], json: false, list: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') o.json = true;
    else if (a === '--list') o.list = true;
    else if (a === '--check') o.check = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) die('--only needs a section name');
      o.only.push(...v.split(',').map((s) => s.trim()).filter(Boolean));
    } else if (a === '--help' || a === '-h') {
      console.log('usage: tsx bench/bench.ts [--only NAME[,NAME…]] [--json] [--list] [--check]');
      process.exit(0);
    } else die(`unknown option ${a}`);
  }
  return o;
}

function die(msg: string): never {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) {
    for (const s of SECTIONS) console.log(`${s.name.padEnd(14)} ${s.title}`);
    return;
  }
  const names = SECTIONS.map((s) => s.name);
  for (const n of opts.only) if (!names.includes(n)) die(`no section ${n} (have: ${names.join(', ')})`);
  const sections = opts.only.length > 0 ? SECTIONS.filter((s) => opts.only.includes(s.name)) : SECTIONS;

  let api: BenchApi;
  try {
    api = await loadBenchApi();
  } catch (e) {
    die(`cannot load the parser (src/index.ts): ${(e as Error).stack ?? String(e)}`);
  }
  const corpus = buildCorpus();
  const cache = new Map<string, unknown>();
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const ctx: BenchContext = {
    api,
    corpus,
    log,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };

  const out = (line: string): void => {
    if (!opts.json) console.log(line);
  };
  const t0 = performance.now();
  out(`xiezuo bench — Node ${process.version}, ${process.platform}/${process.arch}`);
  out(
    `seeds ${(utf8Bytes(corpus.seeds) / 1024).toFixed(1)} KB; 1 MB text ${(utf8Bytes(corpus.oneMB) / MB).toFixed(2)} MB; ` +
      `8 MB text ${(utf8Bytes(corpus.eightMB) / MB).toFixed(2)} MB (1 MB = 2^20 bytes of UTF-8)`,
  );
  const missing = (['findAmounts', 'findNumbers', 'findQuantities'] as const).filter((k) => !api[k]);
  if (missing.length > 0) out(`WARNING: not exported by src/index.ts: ${missing.join(', ')}`);

  const report: { section: string; title: string; seconds: number; figures: (Figure & { verdict: string })[]; error?: string }[] = [];
  for (const s of sections) {
    out('');
    out(`== ${s.title}`);
    log(`[${s.name}]`);
    const ts = performance.now();
    let figures: Figure[] = [];
    let error: string | undefined;
    try {
      figures = await s.run(ctx);
    } catch (e) {
      error = (e as Error).stack ?? String(e);
      out(`  ERROR: ${error}`);
    }
    const seconds = (performance.now() - ts) / 1000;
    const width = labelWidth(figures);
    for (const f of figures) out(formatFigure(f, width));
    out(`  (section took ${seconds.toFixed(1)} s)`);
    report.push({ section: s.name, title: s.title, seconds, figures: figures.map((f) => ({ ...f, verdict: verdict(f) })), ...(error ? { error } : {}) });
  }
  const all = report.flatMap((r) => r.figures);
  const misses = all.filter((f) => f.verdict === 'MISS');
  const passes = all.filter((f) => f.verdict === 'PASS');
  const errors = report.filter((r) => r.error);
  const total = (performance.now() - t0) / 1000;
  out('');
  out(
    `Summary: ${passes.length} PASS, ${misses.length} MISS${errors.length ? `, ${errors.length} section error(s)` : ''}; ` +
      `${total.toFixed(1)} s in all.`,
  );
  for (const m of misses) out(`  MISS ${m.label}: ${m.value === undefined ? '—' : m.value.toFixed(m.digits ?? 2)} ${m.unit}`);
  if (opts.json) console.log(JSON.stringify({ node: process.version, seconds: total, sections: report, sink: sinkValue() }, null, 2));
  else if (sinkValue() < 0) console.log('');
  if (opts.check && (misses.length > 0 || errors.length > 0)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`bench: internal error: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
