/**
 * The benchmark sections, in the order bench/bench.ts runs them. To add a benchmark, write a
 * section with `defineSection` in this folder and list it here.
 *
 * @module
 */
import type { BenchSection } from '../registry.js';
import { adversarial } from './adversarial.js';
import { extraction } from './extraction.js';
import { aggregateSection } from '../aggregate-bench.js';
import { memory } from './memory.js';
import { recognizers } from './recognizers.js';
import { scaling } from './scaling.js';
import { throughput } from './throughput.js';

/** All sections, in run order. */
export const SECTIONS: readonly BenchSection[] = [throughput, scaling, memory, recognizers, adversarial, extraction, aggregateSection];
