/**
 * Throughput of the finders over the seeds repeated to ≥ 8 MB.
 *
 * @module
 */
import { FINDERS } from '../api.js';
import { MB, utf8Bytes } from '../corpus.js';
import { SLOW_ONE_MB_SECONDS, timeEightMB, warmUp } from '../measure.js';
import { defineSection, type Figure } from '../registry.js';

/** findAmounts / findNumbers / findQuantities MB/s on the 8 MB text, best of N after warm-up. */
export const throughput = defineSection({
  name: 'throughput',
  title: 'Throughput: five seeds concatenated and repeated to ≥ 8 MB (UTF-8 bytes; 1 MB = 2^20 bytes)',
  run(ctx) {
    const bytes = utf8Bytes(ctx.corpus.eightMB);
    const figures: Figure[] = [];
    for (const name of FINDERS) {
      ctx.log(`  timing ${name} on ${(bytes / MB).toFixed(1)} MB…`);
      if (!ctx.api[name]) {
        figures.push({ label: `${name} throughput`, value: undefined, unit: 'MB/s', note: 'not exported by src/index.ts' });
        continue;
      }
      const t = timeEightMB(ctx, name);
      if (!t) {
        const warm = warmUp(ctx, name) ?? NaN;
        figures.push({
          label: `${name} throughput`,
          value: utf8Bytes(ctx.corpus.oneMB) / MB / warm,
          unit: 'MB/s',
          note: `1 MB pass took ${warm.toFixed(1)} s (> ${SLOW_ONE_MB_SECONDS} s): 8 MB runs skipped`,
        });
        continue;
      }
      figures.push({
        label: `${name} throughput`,
        value: bytes / MB / t.best,
        unit: 'MB/s',
        digits: 1,
        ...(name === 'findAmounts' ? { target: { op: '>=' as const, limit: 50 } } : {}),
        note: `best of ${t.runs}: ${t.best.toFixed(3)} s for ${(bytes / MB).toFixed(2)} MB`,
      });
    }
    return figures;
  },
});
