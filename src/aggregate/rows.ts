/**
 * The rows of an aggregation while they are filled: one per group key and unit, made when the
 * first claim of the group is met, then sorted and handed out as {@link AggregateRow}s.
 *
 * Rows are held as columns (one array per field, indexed by row), so that adding a claim to its
 * row touches a few small arrays that stay in the processor's cache, not an object of its own
 * somewhere in a large heap.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { filled, numbers } from './columns.js';
import { ExactSum } from './exact-sum.js';
import type { RegionIds } from './regions.js';
import type { AggregateKey, AggregateRow, AggregateRowKey, Interval, LeftOutClaim } from './types.js';

/** Bits of {@link RowTable.state}. */
const LOW_OPEN = 1;
const HIGH_OPEN = 2;
const UNBOUNDED = 4;
const INEXACT = 8;
/** A running sum in hundredths is moved into the row's exact sum once it reaches this (2^52). */
const FLUSH = 2 ** 52;

type Part = string | number | null;

/**
 * What makes a row: the value of each key part (those not asked for are left at what the first
 * claim had, and not used).
 *
 * @example
 * ```ts
 * const k: RowKey = { metric: 'consumption_assistance', unit: 'CNY', year: 2021, source: null, pair, east, west, hasEast: true, hasWest: true };
 * ```
 */
export interface RowKey {
  metric: string;
  unit: string;
  /** The calendar year (`null`: none, or not grouped by year). */
  year: number | null;
  source: string | null;
  /** Ids in {@link RegionIds}. */
  pair: number;
  east: number;
  west: number;
  /** Whether the row's claims name an eastern / a western region. */
  hasEast: boolean;
  hasWest: boolean;
}

function compareParts(a: Part, b: Part): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The rows of one aggregation as columns: keys, running totals, counts, and the lists.
 *
 * @example
 * ```ts
 * const rows = new RowTable();
 * const r = rows.add({ metric: 'consumption_assistance', unit: 'CNY', year: 2021, source: null, pair, east, west, hasEast: true, hasWest: true });
 * rows.addCents(r, 3522000000, 3522000000, false, false, true); // 2021年 3522万元，以分计
 * ```
 */
export class RowTable {
  /** The key of each row. */
  readonly key: RowKey[] = [];
  /** Running sums in hundredths (integers kept below 2^52), and the exact sums beyond them (few rows need one). */
  private readonly lowCents: number[] = [];
  private readonly highCents: number[] = [];
  private readonly lowSum = new Map<number, ExactSum>();
  private readonly highSum = new Map<number, ExactSum>();
  /** {@link LOW_OPEN}, {@link HIGH_OPEN}, {@link UNBOUNDED}, {@link INEXACT}. */
  private readonly state: number[] = [];
  /** Claims counted, left out and flagged. */
  readonly counted: number[] = [];
  readonly leftOut: number[] = [];
  readonly flagged: number[] = [];

  /** How many rows there are. */
  get size(): number {
    return this.key.length;
  }

  /** A new empty row; its id. */
  add(key: RowKey): number {
    const id = this.key.length;
    this.key.push(key);
    this.lowCents.push(0);
    this.highCents.push(0);
    this.state.push(0);
    this.counted.push(0);
    this.leftOut.push(0);
    this.flagged.push(0);
    return id;
  }

  private sum(sums: Map<number, ExactSum>, r: number): ExactSum {
    let sum = sums.get(r);
    if (sum === undefined) sums.set(r, (sum = new ExactSum()));
    return sum;
  }

  /**
   * Adds a figure held in hundredths (safe integers below 2^51 in magnitude): `low` … `high`
   * (`high` NaN: unbounded), each end open or closed; `exact` when the figure is (then
   * `low === high`).
   */
  addCents(r: number, low: number, high: number, lowOpen: boolean, highOpen: boolean, exact: boolean): void {
    let l = (this.lowCents[r] as number) + low;
    if (l >= FLUSH || l <= -FLUSH) {
      this.sum(this.lowSum, r).add(fromCents(l));
      l = 0;
    }
    this.lowCents[r] = l;
    if (high === high) {
      let h = (this.highCents[r] as number) + high;
      if (h >= FLUSH || h <= -FLUSH) {
        this.sum(this.highSum, r).add(fromCents(h));
        h = 0;
      }
      this.highCents[r] = h;
    }
    if (!exact) {
      let state = (this.state[r] as number) | INEXACT;
      if (lowOpen) state |= LOW_OPEN;
      if (high !== high) state |= UNBOUNDED;
      if (highOpen) state |= HIGH_OPEN;
      this.state[r] = state;
    }
  }

  /** Adds an exact figure to both ends. */
  addExact(r: number, x: Decimal): void {
    this.sum(this.lowSum, r).add(x);
    this.sum(this.highSum, r).add(x);
  }

  /** Adds the interval of a figure that is not exact. */
  addInterval(r: number, iv: Interval): void {
    this.sum(this.lowSum, r).add(iv.low);
    let state = (this.state[r] as number) | INEXACT;
    if (!iv.lowInclusive) state |= LOW_OPEN;
    if (iv.high === null) state |= UNBOUNDED;
    else this.sum(this.highSum, r).add(iv.high);
    if (!iv.highInclusive) state |= HIGH_OPEN;
    this.state[r] = state;
  }

  /** The total of row `r`. */
  total(r: number): { total: Interval; point: Decimal | null } {
    const state = this.state[r] as number;
    const low = endValue(this.lowSum.get(r), this.lowCents[r] as number);
    if ((state & INEXACT) === 0) {
      return { total: { low, lowInclusive: true, high: low, highInclusive: true }, point: low };
    }
    const high = (state & UNBOUNDED) !== 0 ? null : endValue(this.highSum.get(r), this.highCents[r] as number);
    return {
      total: { low, lowInclusive: (state & LOW_OPEN) === 0, high, highInclusive: high !== null && (state & HIGH_OPEN) === 0 },
      point: null,
    };
  }
}

/** A number of hundredths as a decimal (exact: built from the integer's digits). */
function fromCents(cents: number): Decimal {
  return cents % 100 === 0 ? new Decimal(cents / 100) : new Decimal(`${cents}e-2`);
}

function endValue(sum: ExactSum | undefined, cents: number): Decimal {
  if (sum === undefined) return fromCents(cents);
  if (cents !== 0) sum.add(fromCents(cents));
  return sum.value();
}

/**
 * One list per row, each made at its final length (from the counts) and filled in claim order.
 *
 * @example
 * ```ts
 * const ids = new RowLists<string>(rows.counted); // 每行计入的主张 id
 * ids.push(r, 'c21');
 * ids.of(r); // ['c21']
 * ```
 */
export class RowLists<T> {
  private readonly lists: T[][];
  private readonly fill: number[];

  /** @param counts - how many items each row gets */
  constructor(counts: readonly number[]) {
    const n = counts.length;
    this.lists = filled<T[]>(n);
    for (let r = 0; r < n; r++) this.lists[r] = filled<T>(counts[r] as number);
    this.fill = numbers(n, 0);
  }

  /** Adds an item to row `r`'s list. */
  push(r: number, item: T): void {
    const k = this.fill[r] as number;
    (this.lists[r] as T[])[k] = item;
    this.fill[r] = k + 1;
  }

  /** Row `r`'s list (an array of its own). */
  of(r: number): T[] {
    return this.lists[r] as T[];
  }
}

/** A key part of a row: its value for sorting (`null` sorts last). */
function partOf(key: AggregateKey | 'unit', rows: RowTable, r: number, regions: RegionIds): Part {
  switch (key) {
    case 'metric':
      return (rows.key[r] as RowKey).metric as string;
    case 'year':
      return (rows.key[r] as RowKey).year as number | null;
    case 'pairing':
      return (rows.key[r] as RowKey).hasEast || (rows.key[r] as RowKey).hasWest ? regions.sortKey((rows.key[r] as RowKey).pair) : null;
    case 'east':
      return (rows.key[r] as RowKey).hasEast ? regions.identity((rows.key[r] as RowKey).east) : null;
    case 'west':
      return (rows.key[r] as RowKey).hasWest ? regions.identity((rows.key[r] as RowKey).west) : null;
    case 'source':
      return (rows.key[r] as RowKey).source as string | null;
    default:
      return (rows.key[r] as RowKey).unit as string;
  }
}

/**
 * The row ids in order of their key parts (`by` keys in the order metric, year, pairing, east,
 * west, source, then the unit; strings in code unit order, years by number, `null` last; rows
 * with equal keys in the order they were made). Each part is ranked among the few distinct
 * values it takes, and the rows are sorted by their ranks as one number when the combinations
 * fit in a float's integers, else by the ranks one by one.
 *
 * @example
 * ```ts
 * sortRows(rows, ['metric', 'year'], regions); // 先按指标，再按年份，再按单位
 * ```
 */
export function sortRows(rows: RowTable, by: readonly AggregateKey[], regions: RegionIds): number[] {
  const n = rows.size;
  const ids = Array.from({ length: n }, (_, r) => r);
  if (n < 2) return ids;
  const keys: (AggregateKey | 'unit')[] = [...by, 'unit'];
  const ranks: number[][] = [];
  const radix: number[] = [];
  let combinations = n;
  for (const key of keys) {
    const col = numbers(n, 0);
    // Distinct values first (few), then each row's rank among them; null ranks last.
    const rankOf = new Map<Part, number>();
    for (let r = 0; r < n; r++) {
      const v = partOf(key, rows, r, regions);
      if (v !== null && !rankOf.has(v)) rankOf.set(v, 0);
    }
    const distinct = [...rankOf.keys()].sort(compareParts);
    for (let i = 0; i < distinct.length; i++) rankOf.set(distinct[i] as Part, i);
    for (let r = 0; r < n; r++) {
      const v = partOf(key, rows, r, regions);
      col[r] = v === null ? distinct.length : (rankOf.get(v) as number);
    }
    ranks.push(col);
    radix.push(distinct.length + 1);
    combinations *= distinct.length + 1;
  }
  if (combinations <= Number.MAX_SAFE_INTEGER) {
    // One number per row, sorted natively (a typed array of one float per row: small).
    const sortKeys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      for (let j = 0; j < ranks.length; j++) k = k * (radix[j] as number) + ((ranks[j] as number[])[i] as number);
      sortKeys[i] = k * n + i;
    }
    sortKeys.sort();
    for (let i = 0; i < n; i++) ids[i] = (sortKeys[i] as number) % n;
    return ids;
  }
  return ids.sort((a, b) => {
    for (const col of ranks) {
      const d = (col[a] as number) - (col[b] as number);
      if (d !== 0) return d;
    }
    return a - b;
  });
}

/**
 * Row `r` as handed out: key (names of regions, not identities), total, point, lists.
 *
 * @example
 * ```ts
 * toAggregateRow(rows, r, by, regions, lists); // { key: { year: 2021, pairing: '河东区→迭部县', unit: 'CNY' }, … }
 * ```
 */
export function toAggregateRow(
  rows: RowTable,
  r: number,
  by: ReadonlySet<AggregateKey>,
  regions: RegionIds,
  lists: { ids: RowLists<string>; leftOut: RowLists<LeftOutClaim>; flagged: RowLists<string> },
): AggregateRow {
  const k = rows.key[r] as RowKey;
  const key = {} as AggregateRowKey;
  if (by.has('metric')) key.metric = k.metric as AggregateRowKey['metric'];
  if (by.has('year')) key.year = k.year;
  if (by.has('pairing')) key.pairing = k.hasEast || k.hasWest ? regions.label(k.pair) : null;
  if (by.has('east')) key.east = k.hasEast ? regions.name(k.east) : null;
  if (by.has('west')) key.west = k.hasWest ? regions.name(k.west) : null;
  if (by.has('source')) key.source = k.source;
  key.unit = k.unit;
  const { total, point } = rows.total(r);
  return {
    key,
    total,
    point,
    count: rows.counted[r] as number,
    claimIds: lists.ids.of(r),
    leftOut: lists.leftOut.of(r),
    flagged: lists.flagged.of(r),
  };
}
