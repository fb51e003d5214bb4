/**
 * The `@example` blocks of the TSDoc in src/ are run, and their `// result` comments checked.
 *
 * How (docs/guide.md, "Tested examples"):
 * - every ```ts block under an `@example` tag of every src/ file (except src/cli/) is extracted;
 * - `import … from 'xiezuo'` lines are dropped: the block runs with every export of the library
 *   (src/index.ts, plus the checks and aggregate barrels), `Decimal` and the exports of the example's
 *   own module (so examples of internal helpers run too) in scope;
 * - a line `expr; // literal` (the comment may go on in prose after the literal:
 *   `// '29000000', qualifier 'more_than'` checks '29000000'; also `if (cond) expr; // literal` and `console.log(expr); // literal`)
 *   whose comment parses as a JavaScript literal (string, number, boolean, null, array, object)
 *   becomes an assertion: the value must equal the literal — `Decimal`s (and the internal exact
 *   `{ m: bigint, s }` decimals) compare by value with a number or digit string, objects compare on the keys the literal names;
 * - comments that are prose (`// value 12000000`, `// { value: 29000000, … }`) are not checked, the
 *   line still runs;
 * - `expr; // throws XiezuoParseError, …` asserts that the line throws that error; a string literal
 *   ending in `…` only needs to match the start;
 * - the TypeScript is transpiled (types stripped, not checked — `npm run typecheck` covers the
 *   sources, not the comments) and run.
 * Outcomes: `verified` (ran, ≥ 1 assertion, all hold), `ran` (ran, nothing to assert),
 * `needs context` (uses a name the block does not define, e.g. `article`, `claims`, `rows`: a
 * fragment, not a program) and `failed` (an assertion does not hold, or it throws anything else).
 * The test fails on any `failed` block and prints the tally and the list of fragments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as aggregateApi from '../src/aggregate/index.js';
import * as checksApi from '../src/checks/index.js';
import * as library from '../src/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

interface Example {
  file: string;
  line: number;
  symbol: string;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'cli' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every ```ts block of every `@example` tag, with the file, line and the symbol it documents. */
function extractExamples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles(SRC)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
      let j = i + 1;
      while (j < lines.length && !/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[j] ?? '') && !/^\s*\*\s*@\w/.test(lines[j] ?? '') && !/\*\//.test(lines[j] ?? '')) j++;
      if (!/```(ts|typescript)/.test(lines[j] ?? '')) continue;
      const body: string[] = [];
      let k = j + 1;
      for (; k < lines.length && !/^\s*\*\s*```\s*$/.test(lines[k] ?? ''); k++) body.push((lines[k] ?? '').replace(/^\s*\* ?/, ''));
      let s = k;
      while (s < lines.length && !/^(export\s+)?(declare\s+)?(async\s+)?(function|const|class|interface|type|let|abstract)\b/.test(lines[s] ?? '')) s++;
      const symbol = /(?:function|const|class|interface|type|let)\s+([A-Za-z0-9_$]+)/.exec(lines[s] ?? '')?.[1] ?? '?';
      out.push({ file: relative(ROOT, file), line: j + 2, symbol, code: body.join('\n') });
    }
  }
  return out;
}

/** Index just past the `)` that closes the `(` at `open`, or -1. */
function closeParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The literal a comment starts with: a whole string, number or bracketed literal, followed by nothing or by prose (`'29000000', qualifier 'more_than'`). */
function leadingLiteral(comment: string): string | undefined {
  const c = comment.trim();
  let end = -1;
  const q = c[0];
  if (q === "'" || q === '"') {
    for (let i = 1; i < c.length; i++) {
      if (c[i] === '\\') i++;
      else if (c[i] === q) {
        end = i + 1;
        break;
      }
    }
  } else if (q === '[' || q === '{') {
    let depth = 0;
    let quote = '';
    for (let i = 0; i < c.length; i++) {
      const ch = c[i];
      if (quote) {
        if (ch === '\\') i++;
        else if (ch === quote) quote = '';
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '{') depth++;
      else if ((ch === ']' || ch === '}') && --depth === 0) {
        end = i + 1;
        break;
      }
    }
  } else {
    end = /^(-?\d+(\.\d+)?|true|false|null|undefined)\b/.exec(c)?.[0].length ?? -1;
  }
  if (end < 0) return undefined;
  const rest = c.slice(end);
  return rest === '' || /^[\s,;(（—–-]/.test(rest) ? c.slice(0, end) : undefined;
}

function parseLiteral(comment: string): { ok: true; value: unknown } | { ok: false } {
  const c = leadingLiteral(comment);
  if (c === undefined) return { ok: false };
  if (!/^(['"[{\-\d]|true\b|false\b|null\b|undefined\b)/.test(c)) return { ok: false };
  try {
    return { ok: true, value: new Function(`return (${c});`)() as unknown };
  } catch {
    return { ok: false };
  }
}

/** Rewrites `expr; // literal` lines into assertions; returns the code and how many it made. */
function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  // A line that starts with `.` continues the expression above it (`findAmounts(…)\n  .map(…); // […]`).
  const joined: string[] = [];
  for (const l of code.split('\n')) {
    if (/^\s*\./.test(l) && joined.length > 0) joined[joined.length - 1] += l.trim();
    else joined.push(l);
  }
  const lines = joined.map((line, i) => {
    const m = /^(\s*)(.*?);\s*\/\/\s?(.*)$/.exec(line);
    if (!m) return line;
    const [, indent, stmt = '', comment = ''] = m;
    if (/^(const|let|var|return|throw|import|export|for|while|else|}|try|catch|function|type|interface)\b/.test(stmt)) return line;
    if (stmt.includes(';')) return line; // several statements on one line: left as they are
    const throws = /^throws\s+([A-Z]\w*)?/.exec(comment.trim());
    const lit = parseLiteral(comment);
    if (!lit.ok && !throws) return line;
    let prefix = '';
    let expr = stmt;
    if (/^if\s*\(/.test(expr)) {
      const end = closeParen(expr, expr.indexOf('('));
      if (end < 0) return line;
      prefix = `${expr.slice(0, end)} `;
      expr = expr.slice(end).trim();
    }
    const log = /^console\.log\(/.exec(expr);
    if (log && closeParen(expr, 'console.log'.length) === expr.length) expr = expr.slice('console.log('.length, -1);
    if (/^\w+\s*=[^=]/.test(expr)) return line;
    checks++;
    if (!lit.ok) return `${indent}${prefix}__throws(${i + 1}, () => (${expr}), ${JSON.stringify(throws?.[1] ?? '')});`;
    return `${indent}${prefix}__check(${i + 1}, (${expr}), ${leadingLiteral(comment)});`;
  });
  return { code: lines.join('\n'), checks };
}

/** The internal exact decimal of src/numbers/exact.ts (`{ m: bigint, s: number }` = m × 10^−s) as a Decimal. */
function asExact(v: unknown): Decimal | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const { m, s } = v as { m?: unknown; s?: unknown };
  return typeof m === 'bigint' && typeof s === 'number' && Object.keys(v).length === 2 ? new Decimal(m.toString()).div(new Decimal(10).pow(s)) : undefined;
}

function same(actual: unknown, expected: unknown): boolean {
  const exact = asExact(actual);
  if (exact !== undefined) {
    const e = asExact(expected);
    return e !== undefined ? exact.eq(e) : same(exact, expected);
  }
  if (Decimal.isDecimal(actual)) {
    return (typeof expected === 'number' || typeof expected === 'string') && (actual as Decimal).eq(new Decimal(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => same(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => same((actual as Record<string, unknown>)[k], v));
  }
  if (typeof expected === 'string' && expected.endsWith('…') && typeof actual === 'string') {
    return actual.startsWith(expected.slice(0, -1).trimEnd()); // 'a figure orders of magnitude away …'
  }
  return Object.is(actual, expected);
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (Decimal.isDecimal(x) ? `Decimal(${(x as Decimal).toFixed()})` : typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

type Status = 'verified' | 'ran' | 'needs context' | 'failed';

interface Outcome {
  example: Example;
  status: Status;
  checks: number;
  detail?: string;
}

const scope: Record<string, unknown> = { ...aggregateApi, ...checksApi, ...library, Decimal };
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;

async function runExample(example: Example): Promise<Outcome> {
  const withoutImports = example.code
    .split('\n')
    .filter((l) => !/^\s*import\s/.test(l))
    .join('\n');
  const { code, checks } = instrument(withoutImports);
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
    reportDiagnostics: false,
  }).outputText;
  const failures: string[] = [];
  const check = (line: number, actual: unknown, expected: unknown): void => {
    if (!same(actual, expected)) failures.push(`line ${line}: got ${show(actual)}, the comment says ${show(expected)}`);
  };
  const throwsCheck = (line: number, f: () => unknown, name: string): void => {
    try {
      f();
      failures.push(`line ${line}: did not throw`);
    } catch (e) {
      if (name !== '' && !(e instanceof Error && e.name === name)) failures.push(`line ${line}: threw ${show(e)}, the comment says ${name}`);
    }
  };
  const quiet = { ...console, log: () => undefined };
  // In scope: the library's exports, then the exports of the example's own module (internal helpers).
  const own = (await import(join(ROOT, example.file))) as Record<string, unknown>;
  const all: Record<string, unknown> = { ...scope, ...own };
  const names = Object.keys(all).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  try {
    const fn = new AsyncFunction(...names, '__check', '__throws', 'console', js);
    await fn(...names.map((n) => all[n]), check, throwsCheck, quiet);
  } catch (e) {
    if (e instanceof ReferenceError) {
      return { example, status: 'needs context', checks, detail: e.message };
    }
    return { example, status: 'failed', checks, detail: `${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}${failures.length ? `; ${failures.join('; ')}` : ''}` };
  }
  if (failures.length > 0) return { example, status: 'failed', checks, detail: failures.join('; ') };
  return { example, status: checks > 0 ? 'verified' : 'ran', checks };
}

describe('TSDoc @example blocks', async () => {
  const examples = extractExamples();
  const outcomes = await Promise.all(examples.map(runExample));

  it('are found in the sources', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it('run, and every `expr; // literal` line holds', () => {
    const tally = new Map<Status, number>();
    for (const o of outcomes) tally.set(o.status, (tally.get(o.status) ?? 0) + 1);
    const assertions = outcomes.filter((o) => o.status === 'verified').reduce((n, o) => n + o.checks, 0);
    const lines = [
      `doc examples: ${examples.length} blocks — ${tally.get('verified') ?? 0} verified (${assertions} result comments checked), ` +
        `${tally.get('ran') ?? 0} ran without a checkable comment, ${tally.get('needs context') ?? 0} need context, ${tally.get('failed') ?? 0} failed`,
      ...outcomes.filter((o) => o.status === 'needs context').map((o) => `  needs context  ${o.example.file}:${o.example.line} ${o.example.symbol} (${o.detail})`),
    ];
    console.log(lines.join('\n'));
    const failed = outcomes.filter((o) => o.status === 'failed').map((o) => `${o.example.file}:${o.example.line} ${o.example.symbol}: ${o.detail}`);
    expect(failed).toEqual([]);
  });

  it('verify a good share of the API by running it', () => {
    const verified = outcomes.filter((o) => o.status === 'verified').length;
    expect(verified).toBeGreaterThanOrEqual(Math.floor(examples.length / 3));
  });
});

describe('API docs (typedoc.json)', () => {
  it('has an entry point, one per module, for every module src/index.ts re-exports', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const index = readFileSync(join(SRC, 'index.ts'), 'utf8');
    const reexported = [...index.matchAll(/from '\.\/([\w/-]+)\.js'/g)].map((m) => `src/${m[1] ?? ''}.ts`);
    for (const module of new Set(reexported)) expect(config.entryPoints).toContain(module);
    for (const entry of config.entryPoints) expect(readFileSync(join(ROOT, entry), 'utf8')).toMatch(/@module/);
  });
});
