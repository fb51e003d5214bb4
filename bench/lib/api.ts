/**
 * Loading the parser for the benchmarks: the functions are looked up at run time so that a missing
 * export makes its figures "not measured" instead of a crash.
 *
 * @module
 */

/** A text-scanning function of the library. */
export type Finder = (text: string) => unknown[];

/** The functions the benchmarks time. */
export interface BenchApi {
  findAmounts?: Finder;
  findNumbers?: Finder;
  findQuantities?: Finder;
}

/** Names of the finder functions. */
export const FINDERS = ['findAmounts', 'findNumbers', 'findQuantities'] as const;

/** A finder name. */
export type FinderName = (typeof FINDERS)[number];

/** Import src/index.ts and pick the finders it exports. */
export async function loadBenchApi(): Promise<BenchApi> {
  const m = (await import('../../src/index.js')) as Record<string, unknown>;
  const api: BenchApi = {};
  for (const k of FINDERS) if (typeof m[k] === 'function') api[k] = m[k] as Finder;
  return api;
}
