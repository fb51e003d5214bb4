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
import type { Decimal } from 'decimal.js';
import { filled } from './columns.js';
import { decimalFromCents } from './decimal-bits.js';
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
 * The names behind a row table's ids: metric and unit by metric-and-unit id (filled as claims
 * are read), the regions of each pair, and the id of "no region".
 *
 * @example
 * ```ts
 * const names: RowNames = { metricOf: ['consumption_assistance'], unitOf: ['CNY'], regions, noRegion: regions.idOf(null) };
 * ```
 */
export interface RowNames {
  readonly metricOf: readonly string[];
  readonly unitOf: readonly string[];
  readonly regions: RegionIds;
  readonly noRegion: number;
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
 * const rows = new RowTable({ metricOf: ['consumption_assistance'], unitOf: ['CNY'], regions, noRegion });
 * const r = rows.add(0, 2021, null, pair); // 消费帮扶、人民币、2021年、河东区→迭部县
 * rows.openSums();
 * rows.addCents(r, 3522000000, 3522000000, false, false, true); // 2021年 3522万元，以分计
 * ```
 */
export class RowTable {
  /**
   * The key of each row, a column per part: metric-and-unit id, year + 1 (0: none, or not
   * grouped by year), the pair of regions asked for ({@link RegionIds}; a region not asked for
   * is "no region"), and the source id (only when sources are asked for). Parts not asked for
   * hold what the first claim had, and are not used. Only these grow as rows are made.
   */
  private readonly mu: number[] = [];
  private readonly yearSlot: number[] = [];
  private readonly pairs: number[] = [];
  private readonly sourceId: number[] = [];
  /** Sources by id, and their ids. */
  private readonly sources: (string | null)[] = [null];
  private readonly sourceIds = new Map<string | null, number>([[null, 0]]);
  /**
   * Running sums in hundredths (integers kept below 2^52), and the exact sums beyond them (few
   * rows need one); made at their final length by {@link RowTable.openSums}.
   */
  private lowCents = new Float64Array(0);
  private highCents = new Float64Array(0);
  private readonly lowSum = new Map<number, ExactSum>();
  private readonly highSum = new Map<number, ExactSum>();
  /** {@link LOW_OPEN}, {@link HIGH_OPEN}, {@link UNBOUNDED}, {@link INEXACT}. */
  private state = new Int32Array(0);
  /** Claims counted, left out and flagged (made by {@link RowTable.openSums}). */
  counted = new Int32Array(0);
  leftOut = new Int32Array(0);
  flagged = new Int32Array(0);

  /** @param names - metric, unit, regions and "no region" behind the ids */
  constructor(readonly names: RowNames) {}

  /** How many rows there are. */
  get size(): number {
    return this.mu.length;
  }

  /** A new empty row with its key parts (`pair` the pair of regions asked for); its id. */
  add(mu: number, year: number | null, source: string | null, pair: number): number {
    const id = this.mu.length;
    this.mu.push(mu);
    this.yearSlot.push(year === null ? 0 : year + 1);
    this.pairs.push(pair);
    if (source !== null || this.sources.length > 1) {
      let sid = this.sourceIds.get(source);
      if (sid === undefined) {
        sid = this.sources.length;
        this.sourceIds.set(source, sid);
        this.sources.push(source);
      }
      // Rows made before the first source have source id 0 (none).
      while (this.sourceId.length < id) this.sourceId.push(0);
      this.sourceId.push(sid);
    }
    return id;
  }

  /** Makes the sums and counts, one place per row: call once every row is made, before adding figures. */
  openSums(): void {
    const n = this.mu.length;
    this.lowCents = new Float64Array(n);
    this.highCents = new Float64Array(n);
    this.state = new Int32Array(n);
    this.counted = new Int32Array(n);
    this.leftOut = new Int32Array(n);
    this.flagged = new Int32Array(n);
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
      this.sum(this.lowSum, r).add(decimalFromCents(l));
      l = 0;
    }
    this.lowCents[r] = l;
    if (high === high) {
      let h = (this.highCents[r] as number) + high;
      if (h >= FLUSH || h <= -FLUSH) {
        this.sum(this.highSum, r).add(decimalFromCents(h));
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

  /** Row `r`'s metric-and-unit id. */
  metricUnit(r: number): number {
    return this.mu[r] as number;
  }

  /** Row `r`'s metric. */
  metric(r: number): string {
    return this.names.metricOf[this.mu[r] as number] as string;
  }

  /** Row `r`'s unit. */
  unit(r: number): string {
    return this.names.unitOf[this.mu[r] as number] as string;
  }

  /** Row `r`'s year (`null`: none, or not grouped by year). */
  year(r: number): number | null {
    const slot = this.yearSlot[r] as number;
    return slot === 0 ? null : slot - 1;
  }

  /** Row `r`'s year + 1, 0 for none: an id to rank by. */
  yearId(r: number): number {
    return this.yearSlot[r] as number;
  }

  /** Row `r`'s source id (0: none). */
  sourceIdOf(r: number): number {
    return (this.sourceId[r] as number | undefined) ?? 0;
  }

  /** The source of a source id. */
  source(id: number): string | null {
    return this.sources[id] as string | null;
  }

  /** Row `r`'s pair of regions. */
  pair(r: number): number {
    return this.pairs[r] as number;
  }

  /** Row `r`'s eastern region id ("no region" when not asked for). */
  east(r: number): number {
    return this.names.regions.east(this.pairs[r] as number);
  }

  /** Row `r`'s western region id ("no region" when not asked for). */
  west(r: number): number {
    return this.names.regions.west(this.pairs[r] as number);
  }
}

/** A row's end: its sum in hundredths, added to its exact sum if it has one. */
function endValue(sum: ExactSum | undefined, cents: number): Decimal {
  if (sum === undefined) return decimalFromCents(cents);
  if (cents !== 0) sum.add(decimalFromCents(cents));
  return sum.value();
}

/**
 * The claims of each row (by claim index, in claim order), side by side in one array: a counting
 * sort of the claims by row. A row's lists are then made in one go when the row is handed out,
 * reading its claims in a run, where filling every row's lists in claim order would write all
 * over memory.
 *
 * @example
 * ```ts
 * const members = new RowMembers(rowOf, rows.size); // rowOf：每条主张所在的行，-1 不在问题范围内
 * members.claimsOf(r); // [from, to)：members.byRow[from] … 为第 r 行的主张下标
 * ```
 */
export class RowMembers {
  /** Claim indices, row by row. */
  readonly byRow: Int32Array;
  /** Where each row's claims start in {@link RowMembers.byRow} (and, at `rowCount`, where the last ends). */
  readonly start: Int32Array;

  /**
   * @param rowOf - each claim's row, −1 for none
   * @param rowCount - how many rows there are
   */
  constructor(rowOf: Int32Array, rowCount: number) {
    const start = (this.start = new Int32Array(rowCount + 1));
    for (let i = 0; i < rowOf.length; i++) {
      const r = rowOf[i] as number;
      if (r >= 0) start[r + 1] = (start[r + 1] as number) + 1;
    }
    for (let r = 0; r < rowCount; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
    const fill = start.slice(0, rowCount);
    const byRow = (this.byRow = new Int32Array(start[rowCount] as number));
    for (let i = 0; i < rowOf.length; i++) {
      const r = rowOf[i] as number;
      if (r < 0) continue;
      const k = fill[r] as number;
      byRow[k] = i;
      fill[r] = k + 1;
    }
  }
}

/**
 * What a row's lists are made from: its claims ({@link RowMembers}), the claims' ids, the entries
 * of claims left out, and the claims counted although flagged.
 *
 * @example
 * ```ts
 * const sources: ListSources = { members, ids: idOf, leftOut: leftOutOf, flagged: flaggedOf };
 * ```
 */
export interface ListSources {
  readonly members: RowMembers;
  readonly ids: readonly (string | undefined)[];
  readonly leftOut: readonly (LeftOutClaim | undefined)[];
  readonly flagged: ReadonlySet<number>;
}

/**
 * Ranks of one key part: each row's part as a small id (`idOf`), the distinct ids ranked by their
 * value (`valueOf`; equal values share a rank, `null` ranks last). The value is read once per
 * distinct id, not once per row.
 */
function rankColumn(n: number, idOf: (r: number) => number, valueOf: (id: number) => Part): { col: Int32Array; radix: number } {
  const col = new Int32Array(n);
  const rankOfId: number[] = [];
  const distinct: number[] = [];
  for (let r = 0; r < n; r++) {
    const id = idOf(r);
    col[r] = id;
    while (rankOfId.length <= id) rankOfId.push(-1);
    if (rankOfId[id] === -1) {
      rankOfId[id] = 0;
      distinct.push(id);
    }
  }
  const values = distinct.map((id) => ({ id, value: valueOf(id) }));
  const present = values.filter((v) => v.value !== null).sort((a, b) => compareParts(a.value, b.value));
  let rank = -1;
  let last: Part = null;
  for (let i = 0; i < present.length; i++) {
    const v = present[i] as { id: number; value: Part };
    if (i === 0 || compareParts(last, v.value) !== 0) rank++;
    last = v.value;
    rankOfId[v.id] = rank;
  }
  const nullRank = rank + 1;
  for (const v of values) if (v.value === null) rankOfId[v.id] = nullRank;
  for (let r = 0; r < n; r++) col[r] = rankOfId[col[r] as number] as number;
  return { col, radix: nullRank + 1 };
}

/** A key part's ranks (see {@link rankColumn}). */
function partRanks(key: AggregateKey | 'unit', rows: RowTable, regions: RegionIds): { col: Int32Array; radix: number } {
  const n = rows.size;
  const none = rows.names.noRegion;
  switch (key) {
    case 'metric':
      return rankColumn(n, (r) => rows.metricUnit(r), (mu) => rows.names.metricOf[mu] as string);
    case 'year':
      return rankColumn(n, (r) => rows.yearId(r), (slot) => (slot === 0 ? null : slot - 1));
    case 'pairing':
      return rankColumn(n, (r) => rows.pair(r), (pair) => (regions.east(pair) !== none || regions.west(pair) !== none ? regions.sortKey(pair) : null));
    case 'east':
      return rankColumn(n, (r) => rows.east(r), (id) => (id === none ? null : regions.identity(id)));
    case 'west':
      return rankColumn(n, (r) => rows.west(r), (id) => (id === none ? null : regions.identity(id)));
    case 'source':
      return rankColumn(n, (r) => rows.sourceIdOf(r), (id) => rows.source(id));
    default:
      return rankColumn(n, (r) => rows.metricUnit(r), (mu) => rows.names.unitOf[mu] as string);
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
  const ranks: Int32Array[] = [];
  const radix: number[] = [];
  let combinations = n;
  for (const key of keys) {
    const part = partRanks(key, rows, regions);
    ranks.push(part.col);
    radix.push(part.radix);
    combinations *= part.radix;
  }
  if (combinations <= Number.MAX_SAFE_INTEGER) {
    // One number per row, sorted natively (a typed array of one float per row: small).
    const sortKeys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      for (let j = 0; j < ranks.length; j++) k = k * (radix[j] as number) + ((ranks[j] as Int32Array)[i] as number);
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
 * Which parts a row key has (the `by` keys), read once per aggregation rather than per row.
 *
 * @example
 * ```ts
 * const shape = keyShape(new Set(['pairing', 'year'])); // { metric: false, year: true, pairing: true, … }
 * ```
 */
export interface KeyShape {
  metric: boolean;
  year: boolean;
  pairing: boolean;
  east: boolean;
  west: boolean;
  source: boolean;
}

/**
 * The {@link KeyShape} of a set of `by` keys.
 *
 * @example
 * ```ts
 * keyShape(new Set(['metric'])).metric; // true —— 按指标分组
 * ```
 */
export function keyShape(by: ReadonlySet<AggregateKey>): KeyShape {
  return { metric: by.has('metric'), year: by.has('year'), pairing: by.has('pairing'), east: by.has('east'), west: by.has('west'), source: by.has('source') };
}

/**
 * Row `r` as handed out: key (names of regions, not identities), total, point, and its lists
 * (made here, in claim order).
 *
 * @example
 * ```ts
 * toAggregateRow(rows, r, keyShape(by), regions, sources); // { key: { year: 2021, pairing: '河东区→迭部县', unit: 'CNY' }, … }
 * ```
 */
export function toAggregateRow(
  rows: RowTable,
  r: number,
  shape: KeyShape,
  regions: RegionIds,
  lists: ListSources,
): AggregateRow {
  const none = rows.names.noRegion;
  const key = {} as AggregateRowKey;
  if (shape.metric) key.metric = rows.metric(r) as AggregateRowKey['metric'];
  if (shape.year) key.year = rows.year(r);
  if (shape.pairing) key.pairing = rows.east(r) !== none || rows.west(r) !== none ? regions.label(rows.pair(r)) : null;
  if (shape.east) key.east = rows.east(r) !== none ? regions.name(rows.east(r)) : null;
  if (shape.west) key.west = rows.west(r) !== none ? regions.name(rows.west(r)) : null;
  if (shape.source) key.source = rows.source(rows.sourceIdOf(r));
  key.unit = rows.unit(r);
  const { total, point } = rows.total(r);
  // The lists, at their final lengths, from the row's claims in claim order.
  const claimIds = filled<string>(rows.counted[r] as number);
  const leftOut = filled<LeftOutClaim>(rows.leftOut[r] as number);
  const flagged = filled<string>(rows.flagged[r] as number);
  const { byRow, start } = lists.members;
  let c = 0;
  let l = 0;
  let f = 0;
  for (let k = start[r] as number, end = start[r + 1] as number; k < end; k++) {
    const index = byRow[k] as number;
    const entry = lists.leftOut[index];
    if (entry !== undefined) leftOut[l++] = entry;
    else {
      const id = lists.ids[index] as string;
      claimIds[c++] = id;
      if (flagged.length > 0 && lists.flagged.has(index)) flagged[f++] = id;
    }
  }
  return { key, total, point, count: rows.counted[r] as number, claimIds, leftOut, flagged };
}
