/**
 * The xiezuo CLI: commands, formats, exit codes and bad inputs. Most cases run `main` in this
 * process with fake standard streams (one thread); one case starts the real executable from source
 * (tsx) on a folder so that worker threads, progress-free streaming and exit code 3 are exercised.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../src/cli/decode.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/main.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const SEED0 = join(SEEDS, '000_1d07baa1f37797c3.txt');
const SEED0_TEXT = readFileSync(SEED0, 'utf8');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], opts: { stdin?: Uint8Array; tty?: boolean; errTty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s), isTTY: opts.errTty ?? false },
    readStdin: async () => opts.stdin ?? new Uint8Array(),
    env: opts.env ?? {},
  };
  const code = await main(args, io);
  return { code, out, err };
}

function jsonLines(s: string): Record<string, unknown>[] {
  return s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A folder with one good article and one of each kind of bad file. */
function badFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xiezuo-cli-'));
  const text = readFileSync(join(SEEDS, '002_4c4fd5b842c920f1.txt'), 'utf8');
  writeFileSync(join(dir, 'a-good.txt'), text);
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  // The same article saved as GBK (GB 18030): not UTF-8.
  writeFileSync(join(dir, 'd-gbk.txt'), new Uint8Array(gbkBytes(text)));
  // GBK bytes that were once read as UTF-8 and saved again: full of U+FFFD.
  writeFileSync(join(dir, 'e-mojibake.txt'), new TextDecoder('utf-8').decode(new Uint8Array(gbkBytes(text))));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'f-good.txt'), '2021年完成消费帮扶销售额共计3522万元。\n');
  return dir;
}

/** GB 18030 bytes of a text (Node has no GBK encoder: map each character through a decoding table of the two-byte range). */
function gbkBytes(text: string): number[] {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return out;
}

describe('xiezuo parse', () => {
  it('reads 1.25亿元 as exactly 125000000 yuan', async () => {
    const r = await cli(['parse', '1.25亿元', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.out)[0]).toMatchObject({ kind: 'amount', value: '125000000', currency: 'CNY', qualifier: 'exact', formatted: '1.25亿元' });
  });

  it('reads a quantity, a qualified number and reports what it cannot read, exit 1', async () => {
    const r = await cli(['parse', '1248人', '2900余万', '不是数字', '--format', 'json']);
    expect(r.code).toBe(1);
    const [q, n, bad] = jsonLines(r.out);
    expect(q).toMatchObject({ kind: 'quantity', value: '1248', unit: '人' });
    expect(n).toMatchObject({ kind: 'number', value: '29000000', qualifier: 'more_than' });
    expect(bad).toMatchObject({ kind: 'error', error: { code: 'NOT_A_NUMBER' } });
  });

  it('prints a table by default, with no colour codes when not on a terminal', async () => {
    const r = await cli(['parse', '2億餘元']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2億餘元\s+amount\s+200000000\s+CNY\s+more_than/);
    expect(r.out).not.toContain('\x1b[');
  });
});

describe('usage', () => {
  it('--help and --version exit 0', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('xiezuo check <files | folders | ->');
    const v = await cli(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(v).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate', 'x'], 'unknown command "frobnicate"'],
    [['check'], 'check needs files'],
    [['check', SEED0, '--format', 'xml'], '--format must be table, json or csv'],
    [['check', SEED0, '--fail-on', 'info'], '--fail-on must be error or warning'],
    [['extract', SEED0, '--fail-on', 'error'], '--fail-on applies to check only'],
    [['check', SEED0, '--bogus'], "Unknown option '--bogus'"],
    [['aggregate', SEED0, '--by', 'colour'], '--by takes metric, year, pairing, east, west, source'],
    [['check', SEED0, '--jobs', '0'], '--jobs must be a whole number'],
  ])('%j exits 2 with a message and the help', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err).toContain('Usage:');
  });
});

describe('xiezuo extract', () => {
  it('gives one JSON line per article with the claims of seed 000', async () => {
    const r = await cli(['extract', SEED0, '--format', 'json']);
    expect(r.code).toBe(0);
    const [report, ...rest] = jsonLines(r.out);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ source: SEED0, published: '2024-06-05' });
    const claims = (report?.claims ?? []) as { figure: { span: { start: number; end: number; text: string }; amount?: { value: string } } }[];
    const first = claims.find((c) => c.figure.span.text === '1.25亿元');
    expect(first?.figure.amount?.value).toBe('125000000');
    for (const c of claims) expect(SEED0_TEXT.slice(c.figure.span.start, c.figure.span.end)).toBe(c.figure.span.text);
    expect(r.err).toMatch(/^1 article, \d+ claims\n$/);
  });

  it('writes CSV with one header and a record per claim', async () => {
    const r = await cli(['extract', SEED0, '--format', 'csv']);
    const lines = r.out.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('file,id,text,start,end,kind,value,unit,qualifier,metric,scope,period_start,period_end,east,west,confidence');
    const row = lines.find((l) => l.includes(',8793亿元,'));
    expect(row?.split(',').slice(5, 9)).toEqual(['amount', '879300000000', 'CNY', 'exact']);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['extract', '-', '--format', 'json'], { stdin: new TextEncoder().encode('2021年完成消费帮扶销售额共计3522万元。') });
    expect(r.code).toBe(0);
    const [report] = jsonLines(r.out);
    expect(report?.source).toBe('-');
    expect((report?.claims as { figure: { span: { text: string } } }[]).map((c) => c.figure.span.text)).toEqual(['3522万元']);
  });
});

describe('xiezuo check', () => {
  it('flags 8793亿元 in seed 000 with the fix 8793万元, most severe finding first', async () => {
    const r = await cli(['check', SEED0, '--format', 'json']);
    const [report] = jsonLines(r.out);
    const findings = report?.findings as { severity: string; checkId: string; claims: { span: { text: string } }[]; suggestedFix?: { text: string; value: string } }[];
    const slip = findings.find((f) => f.checkId === 'unit_slip');
    expect(slip?.claims[0]?.span.text).toBe('8793亿元');
    expect(slip?.suggestedFix).toEqual({ text: '8793万元', value: '87930000' });
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const ranks = findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(findings[0]?.severity).toBe('error');
  });

  it('prints claims, findings with evidence and fixes, and a summary line as a table', async () => {
    const r = await cli(['check', SEED0]);
    expect(r.out).toContain('ERROR   unit_slip  8793亿元 @223');
    expect(r.out).toContain('fix: 8793万元');
    expect(r.out).toMatch(/\n1 article, \d+ claims, 1 error, \d+ warnings?, \d+ info\n$/);
    expect(r.out).not.toContain('\x1b[');
    const coloured = await cli(['check', SEED0], { tty: true });
    expect(coloured.out).toContain('\x1b[31m');
    const plain = await cli(['check', SEED0], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.out).not.toContain('\x1b[');
  });

  it('--fail-on error exits 1 on seed 000; a clean sentence exits 0', async () => {
    expect((await cli(['check', SEED0, '--fail-on', 'error', '--format', 'json'])).code).toBe(1);
    const clean = await cli(['check', '-', '--fail-on', 'warning', '--format', 'json'], { stdin: new TextEncoder().encode('2021年完成消费帮扶销售额共计3522万元。') });
    expect(clean.code).toBe(0);
    expect(clean.err).toBe('1 article, 1 claims, 0 errors, 0 warnings, 0 info\n');
  });

  it('writes one CSV record per finding', async () => {
    const r = await cli(['check', SEED0, '--format', 'csv']);
    const lines = r.out.split('\r\n').filter((l) => l !== '');
    expect(lines[0]?.startsWith('file,severity,check,claims,start,end,')).toBe(true);
    expect(lines[1]).toContain(',error,unit_slip,');
    expect(lines[1]).toContain(',8793万元,87930000,');
  });
});

describe('many articles', () => {
  it('shows progress on a terminal (standard error) and streams every article in input order', async () => {
    const r = await cli(['extract', SEEDS, '--format', 'json'], { errTty: true });
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(jsonLines(r.out).map((x) => x.source)).toEqual(files.map((f) => join(SEEDS, f)));
    for (let i = 1; i <= files.length; i++) expect(r.err).toContain(`[${i}/${files.length}] `);
    expect(r.err.endsWith(`\r\x1b[K${files.length} articles, ${jsonLines(r.out).reduce((n, x) => n + (x.claims as unknown[]).length, 0)} claims\n`)).toBe(true);
    const quiet = await cli(['extract', SEEDS, '--format', 'json']);
    expect(quiet.err).not.toContain('[1/');
  });
});

describe('xiezuo aggregate', () => {
  it('adds up claims by metric and year across the seeds', async () => {
    const r = await cli(['aggregate', SEEDS, '--by', 'metric,year', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = jsonLines(r.out) as { key: { metric: string; year: number | null; unit: string }; count: number }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(Object.keys(row.key).sort()).toEqual(['metric', 'unit', 'year']);
    // 2020 消费扶贫 of seed 004 (河西区): 1037万元 is stated for the year.
    expect(rows.some((row) => row.key.metric === 'consumption_assistance' && row.key.year === 2020 && row.count > 0)).toBe(true);
  });
});

describe('bad inputs', () => {
  it('decodes strictly: empty, white space, binary, GBK, U+FFFD, BOM', () => {
    expect(decodeArticle(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeArticle(new TextEncoder().encode(' \n\t '))).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeArticle(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toMatchObject({ ok: false, problem: 'binary' });
    const gbk = decodeArticle(new Uint8Array(gbkBytes('累计安排财政援助资金1.25亿元')));
    expect(gbk).toMatchObject({ ok: false, problem: 'not_utf8' });
    expect(gbk.ok ? '' : gbk.message).toContain('GBK');
    expect(decodeArticle(new TextEncoder().encode('资金\uFFFD\uFFFD\uFFFD1.25亿元'))).toMatchObject({ ok: false, problem: 'replacement_chars' });
    const bom = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('1.25亿元')]));
    expect(bom).toEqual({ ok: true, text: '1.25亿元', bom: true });
  });

  it('names each bad file, goes on with the rest on worker threads, exits 3 (the real executable)', () => {
    const dir = badFolder();
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/bin.ts'), 'extract', dir, join(dir, 'missing.txt'), '--format', 'json', '--jobs', '2'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toContain(`${join(dir, 'b-empty.txt')}: the file is empty`);
    expect(r.stderr).toContain(`${join(dir, 'c-binary.txt')}: the file is binary`);
    expect(r.stderr).toContain(`${join(dir, 'd-gbk.txt')}: the file is not valid UTF-8`);
    expect(r.stderr).toContain(`${join(dir, 'e-mojibake.txt')}: the text holds`);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: no such file or folder`);
    const sources = jsonLines(r.stdout).map((x) => x.source);
    expect(sources).toEqual([join(dir, 'a-good.txt'), join(dir, 'sub', 'f-good.txt')]);
    expect(r.stderr).toMatch(/2 articles, \d+ claims, 5 inputs not read/);
    expect(r.status).toBe(3);
  });
});
