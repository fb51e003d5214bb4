/**
 * Memory of one findAmounts pass over the 8 MB text.
 *
 * @module
 */
import { MB } from '../corpus.js';
import { warmUp } from '../measure.js';
import { defineSection, type Figure } from '../registry.js';
import { collectGarbage, timeOnce } from '../timing.js';

/** heapUsed / rss after an 8 MB findAmounts pass (results retained) and the process's peak RSS. */
export const memory = defineSection({
  name: 'memory',
  title: 'Memory: one findAmounts pass over the 8 MB text',
  run(ctx) {
    const fn = ctx.api.findAmounts;
    if (!fn) return [{ label: 'heapUsed after 8 MB', value: undefined, unit: 'MB', note: 'findAmounts not exported' }];
    const warm = warmUp(ctx, 'findAmounts');
    if (warm === undefined || warm > 10) {
      return [{ label: 'heapUsed after 8 MB', value: undefined, unit: 'MB', note: 'skipped: parser too slow on 1 MB' }];
    }
    const gc = collectGarbage();
    const before = process.memoryUsage();
    const peakBefore = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
    let result: unknown[] = [];
    const seconds = timeOnce(() => (result = fn(ctx.corpus.eightMB)));
    const after = process.memoryUsage();
    const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
    const figures: Figure[] = [
      {
        label: 'heapUsed after 8 MB',
        value: after.heapUsed / MB,
        unit: 'MB',
        digits: 1,
        note: `results retained (${result.length} mentions); before the pass ${(before.heapUsed / MB).toFixed(1)} MB${gc ? ' after gc' : ''}`,
      },
      {
        label: 'heap growth of the pass',
        value: (after.heapUsed - before.heapUsed) / MB,
        unit: 'MB',
        digits: 1,
        note: `pass took ${seconds.toFixed(2)} s; includes the result objects`,
      },
      { label: 'rss after 8 MB', value: after.rss / MB, unit: 'MB', digits: 1 },
      {
        label: 'peak rss of the process',
        value: peakRss / MB,
        unit: 'MB',
        digits: 1,
        note:
          peakRss > peakBefore
            ? `process.resourceUsage().maxRSS; this pass raised it from ${(peakBefore / MB).toFixed(1)} MB`
            : 'process.resourceUsage().maxRSS, set by earlier runs (this pass stayed below it)',
      },
    ];
    result = [];
    return figures;
  },
});
