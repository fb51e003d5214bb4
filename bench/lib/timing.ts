/**
 * Timing helpers: single runs, best-of-N within a time budget, and a guard that probes a
 * function on small inputs before daring a large one (so a quadratic scanner cannot stall the
 * benchmark for minutes).
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gcFn: (() => void) | null | undefined;

/**
 * Run a full garbage collection if the engine lets us (without --expose-gc on the command line,
 * through v8.setFlagsFromString); returns whether it ran. Used before each large timed run so that
 * garbage left by earlier runs does not bill its collection to the next one.
 */
export function collectGarbage(): boolean {
  if (gcFn === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const g = runInNewContext('gc') as unknown;
      gcFn = typeof g === 'function' ? (g as () => void) : null;
    } catch {
      gcFn = null;
    }
  }
  if (!gcFn) return false;
  gcFn();
  return true;
}

/** Keeps results alive so the engine cannot drop the work. */
let sink = 0;

/** The sink's value (read it once at the end so it is not optimised away). */
export function sinkValue(): number {
  return sink;
}

function consume(r: unknown): void {
  sink += Array.isArray(r) ? r.length : r === undefined ? 0 : 1;
}

/** Seconds one call takes. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  const r = fn();
  const t = (performance.now() - t0) / 1000;
  consume(r);
  return t;
}

/** Result of a best-of measurement. */
export interface Best {
  /** Fastest run, seconds. */
  best: number;
  /** Number of runs made. */
  runs: number;
}

/**
 * Best of up to `runs` calls, stopping early once `budgetSeconds` are spent (at least one call,
 * at least `minRuns` when they fit the budget). A garbage collection precedes each call.
 */
export function bestOf(fn: () => unknown, runs: number, budgetSeconds: number, minRuns = 1): Best {
  let best = Infinity;
  let spent = 0;
  let n = 0;
  while (n < runs) {
    collectGarbage();
    const t = timeOnce(fn);
    n++;
    spent += t;
    if (t < best) best = t;
    if (n >= minRuns && spent + t > budgetSeconds) break;
  }
  return { best, runs: n };
}

/** Repeat a fast call until `seconds` pass; seconds per call (best of the batches). */
export function perCall(fn: () => unknown, seconds: number, minCalls = 5): Best {
  let best = Infinity;
  let n = 0;
  const t0 = performance.now();
  while (n < minCalls || (performance.now() - t0) / 1000 < seconds) {
    const t = timeOnce(fn);
    if (t < best) best = t;
    n++;
  }
  return { best, runs: n };
}

/** Outcome of a guarded run. */
export interface Guarded {
  /** Seconds of the full-size run, when it was made. */
  seconds?: number;
  /** Length of the full run's result (number of mentions), when it was made and is an array. */
  count?: number;
  /** Growth exponent between the last two probes (1 = linear, 2 = quadratic). */
  exponent?: number;
  /** Estimated seconds when the full run was skipped. */
  estimate?: number;
  /** Probe timings: [bytes, seconds]. */
  probes: [number, number][];
}

/**
 * Time `fn(make(bytes))` at full size, after probing at `probeBytes`, twice and four times that.
 * The first probe also warms the code up. Before all three probes are in, the full run is skipped
 * only if even LINEAR growth would exceed `maxEstimateSeconds`; after them, the growth exponent
 * between the last two probes (at least 1) is used. (An exponent from the first two probes alone
 * proved unreliable both ways on a loaded machine: a quadratic scan measured 0.11 s → 0.24 s at
 * 64 → 128 KB, then 23 s at 1 MB; a linear one measured 0.03 s → 0.12 s.)
 */
export function guardedRun(
  fn: (text: string) => unknown,
  make: (bytes: number) => string,
  bytes: number,
  probeBytes: number,
  maxEstimateSeconds: number,
): Guarded {
  const probes: [number, number][] = [];
  let size = probeBytes;
  let exponent: number | undefined;
  for (let i = 0; i < 3 && size < bytes; i++, size *= 2) {
    const text = make(size);
    collectGarbage();
    const t = timeOnce(() => fn(text));
    probes.push([size, t]);
    const prev = probes[probes.length - 2];
    // growth exponent between the last two probes; below 50 ms (GC, JIT) they are too noisy to tell
    exponent = prev && prev[1] > 0.05 ? Math.log2(t / prev[1]) : undefined;
    const linear = t * (bytes / size);
    const grown = t * Math.pow(bytes / size, Math.max(1, exponent ?? 1));
    const estimate = i === 2 ? grown : linear;
    if (estimate > maxEstimateSeconds) return { estimate, probes, ...(exponent !== undefined ? { exponent } : {}) };
  }
  const full = make(bytes);
  collectGarbage();
  let result: unknown;
  const seconds = timeOnce(() => (result = fn(full)));
  return {
    seconds,
    probes,
    ...(Array.isArray(result) ? { count: result.length } : {}),
    ...(exponent !== undefined ? { exponent } : {}),
  };
}
