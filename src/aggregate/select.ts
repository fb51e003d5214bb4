/**
 * Which claims of one series count: duplicates once, the latest cumulative figure, no period
 * counted twice. A series is one metric, unit and pairing (and one year in a by-year grouping).
 *
 * The selection reads one record per claim (four integers and two floats in two typed arrays,
 * written by `aggregate` as it reads the claims) and works on the record numbers of one series at a time:
 * no object per claim. Most comparisons are decided from the records alone; the decimals are read
 * only when the numbers there cannot decide.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { NumberValue } from '../types.js';
import { isNumberValue } from '../domain/guards.js';
import { argumentError } from '../domain/validation-error.js';
import { IndexList } from './columns.js';
import type { DateRanks } from './dates.js';
import { approxNumber, compareDecimals } from './decimal-bits.js';
import type { LeftOutReason } from './types.js';

const D = Decimal.clone({ precision: 200 });

/** Beyond this many figures with one scope, period and qualifier, duplicates are only found by equal value and precision (keeps the pass near linear). */
const PAIRWISE_LIMIT = 256;

const CUMULATIVE = 1;
const ANNUAL = 2;
const EVENT = 3;
/**
 * The qualifiers in the order of their codes ({@link qualifierCode}).
 *
 * @example
 * ```ts
 * QUALIFIER_ORDER[qualifierCode('nearly')]; // 'nearly' —— 近10万
 * ```
 */
export const QUALIFIER_ORDER: readonly string[] = ['exact', 'approx', 'more_than', 'at_least', 'nearly', 'less_than', 'at_most', 'range'];
const QUALIFIER_RANGE = 7;

/**
 * The code of a scope that reaches the selection (an achievement: `cumulative` 1, `annual` 2,
 * `event` 3), or 0 for any other scope.
 *
 * @example
 * ```ts
 * scopeCode('annual'); // 2 —— 年度数
 * scopeCode('target'); // 0 —— 目标任务不参与加总
 * ```
 */
export function scopeCode(scope: unknown): number {
  // Compared as strings, not looked up: this runs once per claim.
  return scope === 'annual' ? ANNUAL : scope === 'cumulative' ? CUMULATIVE : scope === 'event' ? EVENT : 0;
}

/**
 * The code of a qualifier (`exact` 0 … `range` 7; any other value 8): claims are duplicates only
 * when their codes are equal.
 *
 * @example
 * ```ts
 * qualifierCode('more_than'); // 2 —— 2900余万元
 * ```
 */
export function qualifierCode(qualifier: unknown): number {
  // Compared as strings, not looked up: this runs once per claim, and most figures are exact.
  if (qualifier === 'exact') return 0;
  for (let i = 1; i < QUALIFIER_ORDER.length; i++) if (qualifier === QUALIFIER_ORDER[i]) return i;
  return UNKNOWN_QUALIFIER;
}

/**
 * The {@link qualifierCode} of anything that is not a qualifier.
 *
 * @example
 * ```ts
 * qualifierCode('about') === UNKNOWN_QUALIFIER; // true —— 不是限定词
 * ```
 */
export const UNKNOWN_QUALIFIER = 8;

/**
 * Whether `fine` rounds (half up) to `coarse` at precision `p`, where `coarse` is a multiple of `p`:
 * `coarse − p/2 ≤ fine < coarse + p/2`. One subtraction, no division.
 */
function roundsTo(fine: Decimal, coarse: Decimal, p: Decimal): boolean {
  // Decided with floats when clearly inside or outside (the floats are within 1e-13 of the values,
  // the slack is far wider); the exact test only near the edges.
  const f = approxNumber(fine);
  const c = approxNumber(coarse);
  const q = approxNumber(p);
  const slack = 1e-9 * Math.max(Math.abs(f), Math.abs(c), Math.abs(q));
  const t = 2 * (f - c);
  if (t < -q - slack || t > q + slack) return false;
  if (t > -q + slack && t < q - slack) return true;
  const twice = new D(fine).minus(coarse).times(2);
  return twice.gte(new D(p).neg()) && twice.lt(p);
}

/**
 * Whether two values are the same figure: the same qualifier, and the value of finer precision
 * rounds (half up) to the other at the coarser precision. 1.25亿 and 12500万 are the same figure;
 * so are 1.3亿 and 1.25亿 (1.25亿 rounds to 1.3亿 at 0.1亿); 1.2亿 and 1.25亿 are not.
 *
 * @example
 * ```ts
 * sameFigure(parseAmountOrThrow('1.3亿元'), parseAmountOrThrow('1.25亿元')); // true
 * sameFigure(parseAmountOrThrow('1.2亿元'), parseAmountOrThrow('1.25亿元')); // false —— 不是同一数字
 * ```
 */
export function sameFigure(a: NumberValue, b: NumberValue): boolean {
  if (!isNumberValue(a)) throw argumentError('sameFigure', 'a', 'a number (NumberValue)', a);
  if (!isNumberValue(b)) throw argumentError('sameFigure', 'b', 'a number (NumberValue)', b);
  if (a.qualifier !== b.qualifier) return false;
  if (compareDecimals(a.precision, b.precision) === 0) {
    // Same precision: the same figure only when the values are equal (no rounding needed).
    if (a.qualifier !== 'range') return compareDecimals(a.value, b.value) === 0;
    return !!a.range && !!b.range && compareDecimals(a.range.min, b.range.min) === 0 && compareDecimals(a.range.max, b.range.max) === 0;
  }
  // Different precisions: the finer value must round to the coarser one at the coarser precision.
  const [fine, coarse] = compareDecimals(a.precision, b.precision) < 0 ? [a, b] : [b, a];
  const p = coarse.precision;
  if (a.qualifier === 'range') {
    if (!fine.range || !coarse.range) return false;
    return roundsTo(fine.range.min, coarse.range.min, p) && roundsTo(fine.range.max, coarse.range.max, p);
  }
  return roundsTo(fine.value, coarse.value, p);
}

/**
 * Place in a record's integers ({@link SelectionInput.ints}) of the claim's index.
 *
 * @example
 * ```ts
 * ints[p * INT_FIELDS + R_INDEX]; // 第 p 条记录对应的主张下标
 * ```
 */
export const R_INDEX = 0;
/**
 * Place in a record's integers of the series (metric, unit, pairing, and year when grouping by year).
 *
 * @example
 * ```ts
 * ints[p * INT_FIELDS + R_SERIES]; // 所属序列
 * ```
 */
export const R_SERIES = 1;
/**
 * Place in a record's integers of {@link scopeCode} × 16 + {@link qualifierCode}, with the bits {@link F_DUPLICATE}, {@link F_CENTS}, {@link F_POWER}.
 *
 * @example
 * ```ts
 * (ints[p * INT_FIELDS + R_CODE] & F_DUPLICATE) !== 0; // 是否已标为重复
 * ```
 */
export const R_CODE = 2;
/**
 * Place in a record's integers of the period: an id of `DateRanks.period`, equal exactly when start and end are.
 *
 * @example
 * ```ts
 * dates.periodEnd[ints[p * INT_FIELDS + R_PERIOD]]; // 期间终点的名次
 * ```
 */
export const R_PERIOD = 3;
/**
 * Integers per record.
 *
 * @example
 * ```ts
 * const ints = new Int32Array(claims.length * INT_FIELDS); // 每条主张至多一条记录
 * ```
 */
export const INT_FIELDS = 4;
/**
 * Place in a record's floats ({@link SelectionInput.floats}) of the value: in hundredths, exactly, with {@link F_CENTS}; else as a float (`approxNumber`), for quick rejections and orderings only.
 *
 * @example
 * ```ts
 * floats[p * FLOAT_FIELDS + R_VALUE]; // 3522万元 → 3522000000（以分计）
 * ```
 */
export const R_VALUE = 0;
/**
 * Place in a record's floats of the precision: its exponent, with {@link F_POWER}; else as a float (`approxNumber`).
 *
 * @example
 * ```ts
 * floats[p * FLOAT_FIELDS + R_PRECISION]; // 精确到万：4
 * ```
 */
export const R_PRECISION = 1;
/**
 * Floats per record.
 *
 * @example
 * ```ts
 * const floats = new Float64Array(claims.length * FLOAT_FIELDS); // 数值与精度
 * ```
 */
export const FLOAT_FIELDS = 2;
/**
 * Bit of {@link R_CODE}: the claim is marked a duplicate.
 *
 * @example
 * ```ts
 * ints[p * INT_FIELDS + R_CODE] |= F_DUPLICATE; // 标为重复
 * ```
 */
export const F_DUPLICATE = 64;
/**
 * Bit of {@link R_CODE}: the value times 100 is a small integer (`scaledInteger`), held exactly.
 *
 * @example
 * ```ts
 * (code & F_CENTS) !== 0; // 数值以分计为整数，可精确比较
 * ```
 */
export const F_CENTS = 128;
/**
 * Bit of {@link R_CODE}: the precision is a power of ten (`powerOfTen`), held as its exponent.
 *
 * @example
 * ```ts
 * (code & F_POWER) !== 0; // 精度是10的幂，记为指数
 * ```
 */
export const F_POWER = 256;
/** Scope and qualifier bits of {@link R_CODE}. */
const RUN_BITS = 63;

/**
 * The code of a record: scope and qualifier with the bits that tell how value and precision are held.
 *
 * @example
 * ```ts
 * recordCode(scopeCode('annual'), qualifierCode('exact'), true, true); // 2021年 3522万元：以分计为整数，精度为10的幂
 * ```
 */
export function recordCode(scope: number, qualifier: number, cents: boolean, power: boolean): number {
  return scope * 16 + qualifier + (cents ? F_CENTS : 0) + (power ? F_POWER : 0);
}


/**
 * What the selection reads of the claims (internal to the aggregation): one record per claim
 * that reaches the selection, its integers ({@link INT_FIELDS}) in one typed array and its two
 * floats ({@link FLOAT_FIELDS}) in another (a claim's fields share a cache line; 32 bytes a
 * record, in memory that is only paged in as it is written), and by claim index the ids and
 * exact values.
 *
 * @example
 * ```ts
 * const claims: SelectionInput = { ints, floats, ids, valueAt, dates, sameSource, evidenceStartOf, leave };
 * new SeriesSelection(claims).select(order, 0, 3); // 一个序列：2021年、2022年与累计数
 * ```
 */
export interface SelectionInput {
  /** The records' integers: index, series, code, period. */
  ints: Int32Array;
  /** The records' floats: value, precision. */
  floats: Float64Array;
  /** Claim ids, by claim index. */
  ids: readonly string[];
  /** The value a claim (index) counts with (a suggested fix put in where the caller asked for it). */
  valueAt(index: number): NumberValue;
  /** The ranked dates. */
  dates: DateRanks;
  /** Whether two claims (indices) come from the same source (article); asked only for claims that may be duplicates. */
  sameSource(a: number, b: number): boolean;
  /** Where a claim's evidence starts (−1 without evidence); asked only for claims that may be duplicates. */
  evidenceStartOf(index: number): number;
  /** Records a claim (index) left out, with the claim (index) standing in its place. */
  leave(index: number, reason: LeftOutReason, related: number, detail: string): void;
}

const DUPLICATE_DETAIL = 'same figure, scope and period';
const SUPERSEDED_DETAIL = 'an older or narrower cumulative figure of the same series';
const COVERED_DETAIL = 'its period lies inside the period of a total counted';
const OVERLAPS_DETAIL = 'its period overlaps the period of a total counted';

/**
 * Decides which claims of a series count and records the others through
 * {@link SelectionInput.leave}. Rules, in order:
 *
 * 1. Duplicates count once (see {@link sameFigure}): the same scope, period and qualifier, and
 *    the same figure from another source or another sentence of the same source. The one with
 *    the finest precision is kept, then the first by id.
 * 2. Of several cumulative figures, the one with the latest as-of date (period end) counts; ties go
 *    to the earliest start, then the larger value. The others are `superseded`.
 * 3. Totals (the cumulative figure and annual figures) are taken widest period first; a total whose
 *    period lies inside one taken is `covered`, one that partly overlaps it `overlaps`.
 * 4. Event figures count unless their period lies inside (`covered`) or across (`overlaps`) a
 *    total taken. Events never exclude each other (two donations in one month both count).
 *
 * The outcome does not depend on the order of the claims: every tie is broken by id (ids are
 * unique in a claim set), then by index. One instance serves every series of an aggregation;
 * it works on record numbers (a record's place in {@link SelectionInput.ints} divided by {@link INT_FIELDS}).
 *
 * @example
 * ```ts
 * const selection = new SeriesSelection(input);
 * selection.select(order, from, to); // 过渡期以来累计1.25亿元在，则2021年、2022年的年度数被标为 covered
 * ```
 */
export class SeriesSelection {
  private readonly c: SelectionInput;
  private readonly r: Int32Array;
  private readonly f: Float64Array;
  private readonly items = new IndexList();
  private readonly kept = new IndexList();
  private readonly cumulative = new IndexList();
  private readonly totals = new IndexList();
  private readonly events = new IndexList();
  private readonly taken = new IndexList();
  private readonly byRun: (a: number, b: number) => number;
  private readonly inRun: (a: number, b: number) => number;
  private readonly byCumulative: (a: number, b: number) => number;
  private readonly byTotal: (a: number, b: number) => number;

  /** @param input - the claims as records */
  constructor(input: SelectionInput) {
    this.c = input;
    const r = (this.r = input.ints);
    const f = (this.f = input.floats);
    const { ids, valueAt, dates } = input;
    const S = INT_FIELDS;
    const F = FLOAT_FIELDS;
    const indexOf = (a: number): number => r[a * S + R_INDEX] as number;
    const identity = (a: number, b: number): number => {
      const i = indexOf(a);
      const j = indexOf(b);
      const x = ids[i] as string;
      const y = ids[j] as string;
      return x < y ? -1 : x > y ? 1 : i - j;
    };
    const units = (a: number): number => {
      const v = f[a * F + R_VALUE] as number;
      return ((r[a * S + R_CODE] as number) & F_CENTS) !== 0 ? v / 100 : v;
    };
    const valueDesc = (a: number, b: number): number => {
      // Both held in hundredths: exact. Else the floats decide when they are clearly apart
      // (each is within 1e-13 of its value), and the decimals when they are not.
      if (((r[a * S + R_CODE] as number) & (r[b * S + R_CODE] as number) & F_CENTS) !== 0) return (f[b * F + R_VALUE] as number) - (f[a * F + R_VALUE] as number);
      const x = units(a);
      const y = units(b);
      if (Math.abs(x - y) > 1e-12 * Math.max(Math.abs(x), Math.abs(y))) return x < y ? 1 : -1;
      return compareDecimals(valueAt(indexOf(b)).value, valueAt(indexOf(a)).value);
    };
    const finerFirst = (a: number, b: number): number => {
      // Both powers of ten: by exponent.
      if (((r[a * S + R_CODE] as number) & (r[b * S + R_CODE] as number) & F_POWER) !== 0) return (f[a * F + R_PRECISION] as number) - (f[b * F + R_PRECISION] as number);
      return compareDecimals(valueAt(indexOf(a)).precision, valueAt(indexOf(b)).precision);
    };
    const field = (a: number, f: number): number => r[a * S + f] as number;
    // Scope, qualifier and period (the runs duplicates are looked for in), then the record.
    this.byRun = (a, b) => (field(a, R_CODE) & RUN_BITS) - (field(b, R_CODE) & RUN_BITS) || field(a, R_PERIOD) - field(b, R_PERIOD) || a - b;
    // Within a run: finest precision first, then identity.
    this.inRun = (a, b) => finerFirst(a, b) || identity(a, b);
    // Latest as-of date first (an open end counts as the earliest), then earliest start, larger value.
    const { periodStart, periodEnd, periodWidth } = dates;
    const startOf = (a: number): number => periodStart[field(a, R_PERIOD)] as number;
    const endOf = (a: number): number => periodEnd[field(a, R_PERIOD)] as number;
    const asOf = (a: number): number => (endOf(a) === dates.openEndRank ? dates.openStartRank : endOf(a));
    this.byCumulative = (a, b) => asOf(b) - asOf(a) || startOf(a) - startOf(b) || valueDesc(a, b) || identity(a, b);
    // Widest period first, then latest end, larger value. (Two open periods are equally wide: ∞ − ∞ is NaN, which sorts as a tie.)
    const width = (a: number): number => periodWidth[field(a, R_PERIOD)] as number;
    this.byTotal = (a, b) => width(b) - width(a) || endOf(b) - endOf(a) || valueDesc(a, b) || identity(a, b);
  }

  /** Selects among the records `order[from]` … `order[to - 1]`, one series. */
  select(order: Int32Array, from: number, to: number): void {
    const r = this.r;
    const items = this.items;
    items.clear();
    for (let k = from; k < to; k++) items.push(order[k] as number);
    this.markDuplicates();
    const cumulative = this.cumulative;
    const totals = this.totals;
    const events = this.events;
    const taken = this.taken;
    cumulative.clear();
    totals.clear();
    events.clear();
    taken.clear();
    for (let k = 0; k < items.length; k++) {
      const a = items.at[k] as number;
      const code = r[a * INT_FIELDS + R_CODE] as number;
      if ((code & F_DUPLICATE) !== 0) continue;
      const s = code >> 4 & 3;
      if (s === CUMULATIVE) cumulative.push(a);
      else if (s === ANNUAL) totals.push(a);
      else if (s === EVENT) events.push(a);
    }
    if (cumulative.length > 0) {
      if (cumulative.length > 1) cumulative.sort(this.byCumulative);
      const winner = cumulative.at[0] as number;
      for (let k = 1; k < cumulative.length; k++) this.leave(cumulative.at[k] as number, 'superseded', winner, SUPERSEDED_DETAIL);
      taken.push(winner);
    }
    if (totals.length > 1) totals.sort(this.byTotal);
    for (let k = 0; k < totals.length; k++) this.place(totals.at[k] as number, true);
    for (let k = 0; k < events.length; k++) this.place(events.at[k] as number, false);
  }

  private leave(a: number, reason: LeftOutReason, related: number, detail: string): void {
    this.c.leave(this.r[a * INT_FIELDS + R_INDEX] as number, reason, this.r[related * INT_FIELDS + R_INDEX] as number, detail);
  }

  /** Whether two records have the same scope, qualifier and period (only such claims can be duplicates). */
  private sameRun(a: number, b: number): boolean {
    const r = this.r;
    const x = a * INT_FIELDS;
    const y = b * INT_FIELDS;
    return ((r[x + R_CODE] as number) & RUN_BITS) === ((r[y + R_CODE] as number) & RUN_BITS) && r[x + R_PERIOD] === r[y + R_PERIOD];
  }

  /** Marks duplicates among the items: runs of one scope, qualifier and period, compared figure by figure. */
  private markDuplicates(): void {
    const k = this.items.length;
    if (k < 2) return;
    const items = this.items.at;
    if (k <= 8) {
      // Most series are short and have no two claims of one scope, qualifier and period: found
      // without sorting.
      let any = false;
      for (let i = 0; i < k && !any; i++) for (let j = i + 1; j < k; j++) if (this.sameRun(items[i] as number, items[j] as number)) any = true;
      if (!any) return;
    }
    this.items.sort(this.byRun);
    let i = 0;
    while (i < k) {
      let j = i + 1;
      while (j < k && this.sameRun(items[i] as number, items[j] as number)) j++;
      if (j - i > 1) {
        this.items.sort(this.inRun, i, j);
        this.dedupeRun(items, i, j);
      }
      i = j;
    }
  }

  private distinctMentions(a: number, b: number): boolean {
    // Two equal figures in one sentence of one source are two things (捐赠5万元、…捐赠5万元).
    const i = this.r[a * INT_FIELDS + R_INDEX] as number;
    const j = this.r[b * INT_FIELDS + R_INDEX] as number;
    return !this.c.sameSource(i, j) || this.c.evidenceStartOf(i) !== this.c.evidenceStartOf(j);
  }

  /**
   * Whether two records of one run are the same figure ({@link sameFigure}), decided from the
   * record where it can be: exactly for integers with powers of ten as precisions (most
   * figures), and "no" from the floats when they are clearly further apart than half the
   * coarser precision (no figure rounds across that).
   */
  private sameFigureOf(a: number, b: number): boolean {
    const r = this.r;
    const f = this.f;
    const x = a * INT_FIELDS;
    const y = b * INT_FIELDS;
    const ca = r[x + R_CODE] as number;
    const cb = r[y + R_CODE] as number;
    if ((ca & 15) !== QUALIFIER_RANGE) {
      const va = f[a * FLOAT_FIELDS + R_VALUE] as number;
      const vb = f[b * FLOAT_FIELDS + R_VALUE] as number;
      const pa = f[a * FLOAT_FIELDS + R_PRECISION] as number;
      const pb = f[b * FLOAT_FIELDS + R_PRECISION] as number;
      if ((ca & cb & (F_CENTS | F_POWER)) === (F_CENTS | F_POWER) && pa >= -2 && pb >= -2 && pa <= 15 && pb <= 15) {
        // Values in hundredths (integers below 2^51) and precisions 10^k, k ≥ −2: floats hold
        // them and the doubled differences exactly.
        if (pa === pb) return va === vb;
        const p = 10 ** (Math.max(pa, pb) + 2);
        const twice = pa < pb ? 2 * (va - vb) : 2 * (vb - va); // the finer minus the coarser, doubled
        return twice >= -p && twice < p;
      }
      const fa = (ca & F_CENTS) !== 0 ? va / 100 : va;
      const fb = (cb & F_CENTS) !== 0 ? vb / 100 : vb;
      const p = Math.max((ca & F_POWER) !== 0 ? 10 ** pa : pa, (cb & F_POWER) !== 0 ? 10 ** pb : pb);
      if (Math.abs(fa - fb) > p / 2 + 1e-12 * Math.max(Math.abs(fa), Math.abs(fb), Math.abs(p))) return false;
    }
    return sameFigure(this.c.valueAt(r[x + R_INDEX] as number), this.c.valueAt(r[y + R_INDEX] as number));
  }

  private markDuplicate(a: number, of: number): void {
    this.r[a * INT_FIELDS + R_CODE] = (this.r[a * INT_FIELDS + R_CODE] as number) | F_DUPLICATE;
    this.leave(a, 'duplicate', of, DUPLICATE_DETAIL);
  }

  /** `items[from]` … `items[to - 1]`: one run, finest precision first, then by id; the first of equal figures is kept. */
  private dedupeRun(items: readonly number[], from: number, to: number): void {
    if (to - from > PAIRWISE_LIMIT) {
      const seen = new Map<string, number[]>();
      for (let k = from; k < to; k++) {
        const a = items[k] as number;
        const v = this.c.valueAt(this.r[a * INT_FIELDS + R_INDEX] as number);
        const key = `${v.value.toFixed()}|${v.precision.toFixed()}|${v.range ? `${v.range.min.toFixed()}-${v.range.max.toFixed()}` : ''}`;
        const list = seen.get(key);
        const hit = list?.find((h) => this.distinctMentions(h, a));
        if (hit !== undefined) this.markDuplicate(a, hit);
        else if (list) list.push(a);
        else seen.set(key, [a]);
      }
      return;
    }
    // Kept figures of the same precision match only when their values are equal.
    const kept = this.kept;
    kept.clear();
    for (let k = from; k < to; k++) {
      const a = items[k] as number;
      let hit = -1;
      for (let m = kept.length - 1; m >= 0; m--) {
        const h = kept.at[m] as number;
        if (this.sameFigureOf(h, a) && this.distinctMentions(h, a)) {
          hit = h;
          break;
        }
      }
      if (hit >= 0) this.markDuplicate(a, hit);
      else kept.push(a);
    }
  }

  /** A total or event against the totals taken: `covered` inside one, `overlaps` across one, else counted (a total is then taken). */
  private place(a: number, isTotal: boolean): void {
    const r = this.r;
    const { periodStart, periodEnd } = this.c.dates;
    const taken = this.taken;
    const period = r[a * INT_FIELDS + R_PERIOD] as number;
    const s = periodStart[period] as number;
    const e = periodEnd[period] as number;
    for (let m = 0; m < taken.length; m++) {
      const k = r[(taken.at[m] as number) * INT_FIELDS + R_PERIOD] as number;
      if ((periodStart[k] as number) <= s && e <= (periodEnd[k] as number)) {
        this.leave(a, 'covered', taken.at[m] as number, COVERED_DETAIL);
        return;
      }
    }
    for (let m = 0; m < taken.length; m++) {
      const k = r[(taken.at[m] as number) * INT_FIELDS + R_PERIOD] as number;
      if (s <= (periodEnd[k] as number) && (periodStart[k] as number) <= e) {
        this.leave(a, 'overlaps', taken.at[m] as number, OVERLAPS_DETAIL);
        return;
      }
    }
    if (isTotal) taken.push(a);
  }
}
