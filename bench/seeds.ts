/**
 * `npm run check:seeds [files or folders…]` — prints every amount of money `findAmounts` finds in
 * each article (default: the seeds/ folder) — span, text, exact value, the value as
 * `formatAmount` writes it, currency and qualifier — as an aligned table, then a summary line.
 *
 * Exit codes: 0 done; 2 a path does not exist or is not readable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAmounts, formatAmount } from '../src/index.js';
import type { AmountMention } from '../src/index.js';

const DEFAULT_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));

/** Columns a string takes in a terminal: wide (CJK, full-width) characters count two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Renders rows as a table; columns listed in `rightAligned` are aligned right. */
function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => pad(c, widths[i] ?? 0, rightAligned.has(i))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The amount as `formatAmount` writes it (`1.25亿元`); both ends for a range. */
function pretty(m: AmountMention): string {
  try {
    const f = (v: AmountMention['value']): string => formatAmount(v, { currency: m.currency });
    return m.range ? `${f(m.range.min)}–${f(m.range.max)}` : f(m.value);
  } catch (e) {
    return `(cannot format: ${e instanceof Error ? e.message : String(e)})`;
  }
}

function plainValue(m: AmountMention): string {
  return m.range ? `${m.range.min.toFixed()}–${m.range.max.toFixed()}` : m.value.toFixed();
}

function report(file: string): number {
  const text = readFileSync(file, 'utf8');
  const found = findAmounts(text);
  console.log(`\n${basename(file)}  (${found.length} amount${found.length === 1 ? '' : 's'})`);
  if (found.length === 0) return 0;
  const header = ['span', 'text', 'value', 'formatted', 'currency', 'qualifier'];
  const rows = found.map((m) => [
    `${m.start}–${m.end}`,
    m.text,
    plainValue(m),
    pretty(m),
    m.currency,
    m.qualifier,
  ]);
  console.log(table(header, rows, new Set([0, 2])));
  return found.length;
}

/** Expands the arguments into article files: a folder gives its *.txt files, sorted. */
function articleFiles(args: readonly string[]): string[] {
  const paths = args.length > 0 ? args.map((a) => resolve(a)) : [DEFAULT_DIR];
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      console.error(`check:seeds: no such file or folder: ${p}`);
      process.exit(2);
    }
    if (statSync(p).isDirectory()) {
      files.push(
        ...readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(p, f)),
      );
    } else {
      files.push(p);
    }
  }
  return files;
}

function main(): void {
  const files = articleFiles(process.argv.slice(2));
  let total = 0;
  for (const f of files) {
    try {
      total += report(f);
    } catch (e) {
      console.error(`check:seeds: cannot read ${f}: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    }
  }
  console.log(`\n${files.length} article${files.length === 1 ? '' : 's'}, ${total} amount${total === 1 ? '' : 's'}`);
}

main();
