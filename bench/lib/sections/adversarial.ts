/**
 * Worst-case time of the finders on 1 MB adversarial inputs.
 *
 * @module
 */
import { SHAPES } from '../adversarial-shapes.js';
import type { FinderName } from '../api.js';
import { MB } from '../corpus.js';
import { defineSection, type Figure } from '../registry.js';
import { performance } from 'node:perf_hooks';
import { guardedRun } from '../timing.js';

/** Probe size before the full 1 MB run. */
const PROBE_BYTES = 64 * 1024;
/** A full run estimated beyond this many seconds is skipped (and reported MISS with the estimate). */
const MAX_ESTIMATE_SECONDS = 8;
/** Once the section has spent this many seconds, full runs estimated beyond 3 s are skipped too. */
const SECTION_BUDGET_SECONDS = 45;
/** The finders timed on each shape. */
const TIMED: readonly FinderName[] = ['findAmounts', 'findNumbers'];

/** Each shape at 1 MB through findAmounts and findNumbers; the worst is the headline. */
export const adversarial = defineSection({
  name: 'adversarial',
  title: 'Adversarial 1 MB inputs (each shape × findAmounts, findNumbers; target < 1 s each)',
  run(ctx) {
    const figures: Figure[] = [];
    let worst: { seconds: number; label: string; estimated: boolean } | undefined;
    const t0 = performance.now();
    for (const name of TIMED) {
      const fn = ctx.api[name];
      if (!fn) {
        figures.push({ label: `${name}`, value: undefined, unit: 's', target: { op: '<', limit: 1 }, note: 'not exported' });
        continue;
      }
      for (const shape of SHAPES) {
        ctx.log(`  ${name} × ${shape.name}…`);
        const label = `${name} · ${shape.name}`;
        let g: ReturnType<typeof guardedRun>;
        try {
          const spent = (performance.now() - t0) / 1000;
          const cap = spent > SECTION_BUDGET_SECONDS ? 3 : MAX_ESTIMATE_SECONDS;
          g = guardedRun((t) => fn(t), (b) => shape.make(b), MB, PROBE_BYTES, cap);
        } catch (e) {
          figures.push({ label, value: undefined, unit: 's', target: { op: '<', limit: 1 }, forceMiss: true, note: `threw ${(e as Error).message}` });
          continue;
        }
        if (g.seconds !== undefined) {
          const bits: string[] = [];
          if (g.count !== undefined) bits.push(`${g.count} mentions`);
          if (g.exponent !== undefined) bits.push(`growth exponent ${g.exponent.toFixed(2)} (1 = linear)`);
          figures.push({ label, value: g.seconds, unit: 's', digits: 3, target: { op: '<', limit: 1 }, note: bits.join(', ') });
          if (!worst || g.seconds > worst.seconds) worst = { seconds: g.seconds, label, estimated: false };
        } else {
          const est = g.estimate ?? Infinity;
          figures.push({
            label,
            value: undefined,
            unit: 's',
            target: { op: '<', limit: 1 },
            forceMiss: true,
            note: `1 MB run skipped: estimated ${est.toFixed(0)} s${g.exponent !== undefined ? ` (growth exponent ${g.exponent.toFixed(2)})` : ''} from probes ${g.probes.map(([b, s]) => `${b / 1024} KB ${s.toFixed(2)} s`).join(', ')}`,
          });
          if (!worst || est > worst.seconds) worst = { seconds: est, label, estimated: true };
        }
      }
    }
    if (worst) {
      figures.push({
        label: 'WORST adversarial 1 MB',
        value: worst.seconds,
        unit: 's',
        digits: 3,
        target: { op: '<', limit: 1 },
        note: `${worst.label}${worst.estimated ? ' (estimated)' : ''}`,
      });
    }
    return figures;
  },
});
