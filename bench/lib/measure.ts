/**
 * Shared measurements of the finders on the seed corpus, memoised per run so several sections
 * can use the same timing (the 8 MB figure feeds both the throughput and the scaling sections).
 *
 * @module
 */
import type { FinderName } from './api.js';
import type { BenchContext } from './registry.js';
import { bestOf, timeOnce, type Best } from './timing.js';

/** Seconds above which a 1 MB warm-up run makes the 8 MB runs pointless (they are skipped). */
export const SLOW_ONE_MB_SECONDS = 10;

/** Warm a finder up (JIT) on the seeds and one 1 MB pass; returns the 1 MB pass time. */
export function warmUp(ctx: BenchContext, name: FinderName): number | undefined {
  return ctx.memo(`warm:${name}`, () => {
    const fn = ctx.api[name];
    if (!fn) return undefined;
    for (let i = 0; i < 5; i++) fn(ctx.corpus.seeds);
    return timeOnce(() => fn(ctx.corpus.oneMB));
  });
}

/** Best time of a finder over the 8 MB text (up to 3 runs within 15 s); undefined if too slow or missing. */
export function timeEightMB(ctx: BenchContext, name: FinderName): Best | undefined {
  return ctx.memo(`8mb:${name}`, () => {
    const fn = ctx.api[name];
    const warm = warmUp(ctx, name);
    if (!fn || warm === undefined || warm > SLOW_ONE_MB_SECONDS) return undefined;
    return bestOf(() => fn(ctx.corpus.eightMB), 3, 15);
  });
}
