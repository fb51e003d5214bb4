/**
 * Benchmark texts: the five seed articles, and texts built by repeating them or a pattern to a
 * given UTF-8 size. Sizes are in MiB (1 MB here = 2^20 bytes), rates in MB/s of UTF-8 bytes.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One MB as the benchmarks count it: 2^20 bytes. */
export const MB = 1024 * 1024;

/** The project root. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** UTF-8 size of a string. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The seed articles (seeds/*.txt, sorted), joined by a blank line. */
export function readSeeds(dir: string = path.join(PROJECT_ROOT, 'seeds')): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no *.txt seeds in ${dir}`);
  return files.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
}

/** The smallest number of whole copies of `unit` whose UTF-8 size reaches `bytes`. */
export function copiesFor(unit: string, bytes: number): number {
  const b = utf8Bytes(unit);
  if (b === 0) throw new Error('empty unit');
  return Math.max(1, Math.ceil(bytes / b));
}

/** `unit` repeated to at least `bytes` UTF-8 bytes (whole copies). */
export function repeatToBytes(unit: string, bytes: number): string {
  return unit.repeat(copiesFor(unit, bytes));
}

/** The texts the sections share. */
export interface Corpus {
  /** The seeds, once (≈ 41 KB). */
  seeds: string;
  /** Whole copies of the seeds reaching ≥ 1 MB. */
  oneMB: string;
  /** Exactly 8 × the copies of `oneMB` (≥ 8 MB), so the 1 MB → 8 MB ratio compares like with like. */
  eightMB: string;
}

/** Build the shared texts from the seeds. */
export function buildCorpus(seeds: string = readSeeds()): Corpus {
  const unit = `${seeds}\n\n`;
  const k = copiesFor(unit, MB);
  return { seeds, oneMB: unit.repeat(k), eightMB: unit.repeat(k * 8) };
}
