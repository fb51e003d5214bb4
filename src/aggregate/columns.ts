/**
 * Columns: arrays with one place per claim (or per row), and lists of indices reused from series
 * to series.
 *
 * Columns of numbers with a place per claim are typed arrays (`Int32Array`, `Float64Array`):
 * 4 bytes an integer where a plain array takes 8, memory paged in only as far as it is written,
 * and no copy of the whole array when a column of small integers takes its first double. Fresh
 * memory is what a large aggregation pays for most (each page is zeroed by the system on first
 * touch). Their backing store is external memory, and V8 answers some 64 MB of new external
 * memory with a collection of the caller's whole heap, so the aggregation keeps to about 44 bytes
 * of it per claim. Columns of strings and objects are plain arrays ({@link filled}).
 *
 * @module
 */

/**
 * An array of `n` places to be filled by index. V8 makes `new Array(n)` a fast holey array up to
 * 2^25 places and a slow dictionary-backed one beyond, so huge ones are pushed instead.
 *
 * @example
 * ```ts
 * const ids = filled<string>(3); // 三个位置，按下标填入
 * ```
 */
export function filled<T>(n: number): T[] {
  if (n <= 1 << 25) return new Array<T>(n);
  const a: T[] = [];
  for (let i = 0; i < n; i++) a.push(undefined as T);
  return a;
}

/**
 * A list of claim indices reused from series to series: cleared by its count, so its array is
 * never given back and grown again (setting a JS array's length to 0 frees its store).
 *
 * @example
 * ```ts
 * const list = new IndexList();
 * list.push(3); list.push(7); // 两条主张
 * list.clear();               // 数组保留，计数归零
 * ```
 */
export class IndexList {
  /** The indices; only the first `length` are in the list. */
  readonly at: number[] = [];
  /** How many indices the list holds. */
  length = 0;

  /** Empties the list. */
  clear(): void {
    this.length = 0;
  }

  /** Adds an index at the end. */
  push(index: number): void {
    if (this.length < this.at.length) this.at[this.length] = index;
    else this.at.push(index);
    this.length++;
  }

  /**
   * Sorts `at[from]` … `at[to - 1]` (the whole list by default) by `compare`, which must be a
   * total order (ties broken down to the index), in place and without allocating: insertion
   * sort for short ranges, quicksort (median of three) above.
   */
  sort(compare: (a: number, b: number) => number, from = 0, to = this.length): void {
    sortRange(this.at, from, to, compare);
  }
}

function sortRange(a: number[], from: number, to: number, compare: (x: number, y: number) => number): void {
  while (to - from > 16) {
    const mid = (from + to) >>> 1;
    // Median of three into a[mid], then partition around it.
    if (compare(a[mid] as number, a[from] as number) < 0) swap(a, mid, from);
    if (compare(a[to - 1] as number, a[from] as number) < 0) swap(a, to - 1, from);
    if (compare(a[to - 1] as number, a[mid] as number) < 0) swap(a, to - 1, mid);
    const pivot = a[mid] as number;
    let i = from;
    let j = to - 1;
    while (i <= j) {
      while (compare(a[i] as number, pivot) < 0) i++;
      while (compare(a[j] as number, pivot) > 0) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // Recurse into the smaller part, loop on the larger (stack depth stays logarithmic).
    if (j + 1 - from < to - i) {
      sortRange(a, from, j + 1, compare);
      from = i;
    } else {
      sortRange(a, i, to, compare);
      to = j + 1;
    }
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= from && compare(a[j] as number, x) > 0) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}

function swap(a: number[], i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * Pairs of small non-negative integers, each given an id of its own (0, 1, 2 … in the order first
 * met): the same pair always gets the same id.
 *
 * @example
 * ```ts
 * const pairs = new PairIds();
 * pairs.idOf(3, 7); // 0 —— 东部3号、西部7号
 * pairs.idOf(3, 7); // 0
 * pairs.first(0);   // 3
 * ```
 */
export class PairIds {
  private readonly byFirst: (Map<number, number> | undefined)[] = [];
  private readonly firsts: number[] = [];
  private readonly seconds: number[] = [];

  /** How many pairs there are. */
  get size(): number {
    return this.firsts.length;
  }

  /** The id of the pair (`a`, `b`), made when new. */
  idOf(a: number, b: number): number {
    let m = this.byFirst[a];
    if (m === undefined) {
      while (this.byFirst.length <= a) this.byFirst.push(undefined);
      m = this.byFirst[a] = new Map();
    }
    let id = m.get(b);
    if (id === undefined) {
      id = this.firsts.length;
      m.set(b, id);
      this.firsts.push(a);
      this.seconds.push(b);
    }
    return id;
  }

  /** The first of pair `id`. */
  first(id: number): number {
    return this.firsts[id] as number;
  }

  /** The second of pair `id`. */
  second(id: number): number {
    return this.seconds[id] as number;
  }
}
