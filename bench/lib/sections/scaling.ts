/**
 * Linear growth: the time of findAmounts on 8 MB over its time on 1 MB of the same text.
 *
 * @module
 */
import { warmUp } from '../measure.js';
import { defineSection, type Figure } from '../registry.js';
import { collectGarbage, timeOnce } from '../timing.js';

/** Rounds of (1 MB × ONE_MB_RUNS, 8 MB) measurements; the best of each size is kept. */
const ROUNDS = 3;
/** 1 MB runs per round (they are cheap, and the short runs are the noisier ones). */
const ONE_MB_RUNS = 4;

/**
 * Ratio of the 8 MB time to the 1 MB time (8 × the same copies of the seeds); linear ≈ 8. The
 * two sizes are timed in alternation, after a garbage collection each, so both see the same JIT
 * state (timing 1 MB long after other finders ran made the ratio swing between 4 and 11).
 */
export const scaling = defineSection({
  name: 'scaling',
  title: 'Scaling: findAmounts time on 8 MB ÷ time on 1 MB (same seed copies ×8; linear = 8)',
  run(ctx) {
    const fn = ctx.api.findAmounts;
    const label = 'time ratio 1 MB → 8 MB';
    if (!fn) return [{ label, value: undefined, unit: '×', target: { op: '<=', limit: 9 }, note: 'findAmounts not exported' }];
    const warm = warmUp(ctx, 'findAmounts');
    if (warm === undefined || warm > 10) {
      return [{ label, value: undefined, unit: '×', target: { op: '<=', limit: 9 }, note: 'not measured: parser too slow on 1 MB' }];
    }
    ctx.log('  timing findAmounts on 1 MB and 8 MB in alternation…');
    let one = Infinity;
    let eight = Infinity;
    for (let i = 0; i < ROUNDS; i++) {
      for (let j = 0; j < ONE_MB_RUNS; j++) {
        collectGarbage();
        one = Math.min(one, timeOnce(() => fn(ctx.corpus.oneMB)));
      }
      collectGarbage();
      eight = Math.min(eight, timeOnce(() => fn(ctx.corpus.eightMB)));
    }
    const f: Figure = {
      label,
      value: eight / one,
      unit: '×',
      target: { op: '<=', limit: 9 },
      note: `best 1 MB ${one.toFixed(3)} s, best 8 MB ${eight.toFixed(3)} s (${ROUNDS} alternating rounds)`,
    };
    return [f];
  },
});
