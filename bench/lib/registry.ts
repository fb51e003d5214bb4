/**
 * The benchmark section registry: each section is a named function that measures something and
 * returns figures, each figure optionally judged against a target. bench/bench.ts runs the
 * sections listed in bench/lib/sections/index.ts in order; a new benchmark is one new file there
 * plus one line in that list.
 *
 * @module
 */
import type { BenchApi } from './api.js';
import type { Corpus } from './corpus.js';
import { displayWidth, padDisplay } from './text.js';

/** A target for a figure: `value op limit` must hold. */
export interface Target {
  op: '<' | '<=' | '>' | '>=';
  limit: number;
}

/** One measured figure. */
export interface Figure {
  /** Short label, e.g. `findAmounts throughput`. */
  label: string;
  /** The number, or undefined when it could not be measured (then `note` says why). */
  value: number | undefined;
  /** Unit printed after the value: `MB/s`, `s`, `×`, `MB`, … */
  unit: string;
  /** Decimals to print. */
  digits?: number;
  /** Target; figures without one print INFO. */
  target?: Target;
  /** Remark printed after the status (how it was measured, estimate, …). */
  note?: string;
  /** Force MISS even without a value (e.g. a run skipped because it would be far too slow). */
  forceMiss?: boolean;
}

/** PASS / MISS / INFO for a figure. */
export type Verdict = 'PASS' | 'MISS' | 'INFO';

/** Judge a figure against its target. */
export function verdict(f: Figure): Verdict {
  if (f.forceMiss) return 'MISS';
  if (!f.target) return 'INFO';
  if (f.value === undefined || !Number.isFinite(f.value)) return 'MISS';
  const { op, limit } = f.target;
  const ok =
    op === '<' ? f.value < limit : op === '<=' ? f.value <= limit : op === '>' ? f.value > limit : f.value >= limit;
  return ok ? 'PASS' : 'MISS';
}

/** What every section gets. */
export interface BenchContext {
  /** The parser functions (each may be missing while the parser is being written). */
  api: BenchApi;
  /** Texts built from the seeds. */
  corpus: Corpus;
  /** Progress output (stderr), so stdout stays clean for --json. */
  log: (line: string) => void;
  /**
   * Compute a value once per run and share it between sections (e.g. the 8 MB timing is used by
   * both the throughput and the scaling sections).
   */
  memo<T>(key: string, compute: () => T): T;
}

/** A named benchmark section. */
export interface BenchSection {
  /** Id used by `--only`, e.g. `throughput`. */
  name: string;
  /** Heading printed above the figures. */
  title: string;
  run(ctx: BenchContext): Figure[] | Promise<Figure[]>;
}

/** Identity helper that gives a section literal its type. */
export function defineSection(s: BenchSection): BenchSection {
  return s;
}

/** Display width of the widest label, at least `min`. */
export function labelWidth(figures: readonly Figure[], min = 24): number {
  return Math.max(min, ...figures.map((f) => displayWidth(f.label)));
}

/** Render one figure as an aligned line. */
export function formatFigure(f: Figure, width: number): string {
  const v = f.value === undefined ? '—' : f.value.toFixed(f.digits ?? 2);
  const t = f.target ? `target ${f.target.op} ${f.target.limit}${f.unit ? ` ${f.unit}` : ''}` : 'no target';
  const status = verdict(f);
  const label = padDisplay(f.label, width);
  return `  ${label}  ${`${v} ${f.unit}`.padStart(14)}   ${t.padEnd(20)} ${status}${f.note ? `   ${f.note}` : ''}`;
}
