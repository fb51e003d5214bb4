/**
 * Columns: arrays with one place per claim (or per row). They are plain JS arrays, not typed
 * arrays: the backing store of a typed array is external memory, and V8 answers tens of
 * megabytes of new external memory with a full garbage collection, whose cost grows with the
 * caller's whole heap (a million claims already hold some 600 MB). Plain arrays of small
 * integers or of doubles are as fast to read and write, and live in the heap, whose collector
 * leaves room in proportion to its size.
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
 * An array of `n` numbers, each `value`: small integers (V8 keeps them unboxed as such) or,
 * with a fractional or NaN `value`, doubles (unboxed too).
 *
 * @example
 * ```ts
 * const rowOf = numbers(claims.length, -1); // 每条主张所在的行，-1：不在问题范围内
 * const valueOf = numbers(claims.length, Number.NaN); // 浮点列
 * ```
 */
export function numbers(n: number, value: number): number[] {
  if (n > 1 << 25) {
    // Pushed as numbers from the first, so the array keeps unboxed number elements.
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(value);
    return a;
  }
  const a = new Array<number>(n);
  a.fill(value);
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
