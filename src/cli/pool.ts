/**
 * Runs the analysis of many files on worker threads (one per core by default) and hands the
 * outcomes back in input order as soon as each is ready, so results stream while later files are
 * still being read.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { analyseFile } from './analyse.js';
import type { Outcome, Task } from './analyse.js';

/** A request to a worker. */
export interface WorkRequest {
  id: number;
  path: string;
  task: Task;
}

/** A worker's answer. */
export interface WorkResponse {
  id: number;
  outcome: Outcome;
}

/** Options of {@link runAll}. */
export interface RunOptions {
  /** How many files to work on at once (worker threads); 1 works in this thread. */
  jobs: number;
  /** The module that runs {@link serveWorker} when started as a worker; without it, everything runs in this thread. */
  workerUrl?: URL | undefined;
  /** Called with each outcome, in input order. */
  onOutcome: (outcome: Outcome, index: number) => void | Promise<void>;
  /** Called when a file is done (in completion order), for progress. */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Answers {@link WorkRequest}s on the worker side. */
export function serveWorker(port: { on(event: 'message', f: (m: WorkRequest) => void): unknown; postMessage(m: WorkResponse): void }): void {
  port.on('message', (m) => {
    void analyseFile(m.path, m.task).then((outcome) => port.postMessage({ id: m.id, outcome }));
  });
}

/**
 * Analyses every path and calls `onOutcome` in input order; resolves when all are done. Items that
 * are already outcomes (standard input, a missing path) pass through in their place.
 */
export async function runAll(items: readonly (string | Outcome)[], task: Task, options: RunOptions): Promise<void> {
  const total = items.length;
  const paths = items.map((it) => (typeof it === 'string' ? it : it.ok ? it.report.source : it.source));
  const ready = new Map<number, Outcome>();
  let next = 0;
  let done = 0;
  let flushing: Promise<void> = Promise.resolve();
  const settle = (id: number, outcome: Outcome): void => {
    done++;
    options.onProgress?.(done, total, paths[id] ?? '');
    ready.set(id, outcome);
    flushing = flushing.then(async () => {
      while (ready.has(next)) {
        const o = ready.get(next) as Outcome;
        ready.delete(next);
        await options.onOutcome(o, next);
        next++;
      }
    });
  };

  const jobs = Math.max(1, Math.min(options.jobs, total));
  if (jobs === 1 || options.workerUrl === undefined) {
    for (let i = 0; i < total; i++) {
      const it = items[i] as string | Outcome;
      settle(i, typeof it === 'string' ? await analyseFile(it, task) : it);
    }
    await flushing;
    return;
  }

  let handedOut = 0;
  const skipResolved = (): void => {
    while (handedOut < total && typeof items[handedOut] !== 'string') {
      settle(handedOut, items[handedOut] as Outcome);
      handedOut++;
    }
  };
  const workNeeded = items.filter((it) => typeof it === 'string').length;
  if (workNeeded === 0) {
    skipResolved();
    await flushing;
    return;
  }
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = (): void => {
      const worker = new Worker(options.workerUrl as URL);
      live++;
      let current: number | undefined;
      const feed = (): void => {
        skipResolved();
        if (handedOut < total) {
          current = handedOut++;
          worker.postMessage({ id: current, path: paths[current] ?? '', task } satisfies WorkRequest);
        } else {
          current = undefined;
          void worker.terminate();
        }
      };
      worker.on('message', (m: WorkResponse) => {
        settle(m.id, m.outcome);
        feed();
      });
      worker.on('error', (e) => {
        // The worker died: the file it held gets a message, and a fresh worker takes over.
        if (current !== undefined) {
          settle(current, { ok: false, source: paths[current] ?? '', message: `could not be analysed: ${e.message}` });
          current = undefined;
        }
        if (handedOut < total) start();
      });
      worker.on('exit', () => {
        live--;
        if (live === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < Math.min(jobs, workNeeded); i++) start();
  });
  await flushing;
}
