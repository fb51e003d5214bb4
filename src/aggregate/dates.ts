/**
 * Period ends of claims as small integers: each distinct date string gets an id when met, and
 * once all are met, a rank in string order and a day ordinal, so that the selection compares
 * periods with integer comparisons only.
 *
 * @module
 */
import { PairIds } from './columns.js';

/**
 * The start of an open period as a comparable string (sorts before every date).
 *
 * @example
 * ```ts
 * claim.period?.start ?? OPEN_START; // 过渡期以来：起点开放
 * ```
 */
export const OPEN_START = '';
/**
 * The end of an open period as a comparable string (sorts after every date).
 *
 * @example
 * ```ts
 * claim.period?.end ?? OPEN_END; // 2017年以来：终点开放
 * ```
 */
export const OPEN_END = '~';

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * A day (YYYY-MM-DD) as a number that grows with the date (not a day count, but monotone), or
 * `NaN` for a string too short to be a day (an open end). Malformed strings of ten characters or
 * more give some number; the selection only uses it for the width of a period.
 *
 * @example
 * ```ts
 * dayOrdinal('2021-12-31') - dayOrdinal('2021-01-01'); // 2021年全年的宽度
 * dayOrdinal('');                                      // NaN —— 开放的起点
 * ```
 */
export function dayOrdinal(date: string): number {
  if (date.length < 10) return Number.NaN;
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return y * 416 + (digit(date, 5) * 10 + digit(date, 6)) * 32 + digit(date, 8) * 10 + digit(date, 9);
}

/**
 * Interns date strings and periods and ranks them: `intern` or `period` while reading claims,
 * `finish` once, then `rank` by id, `ordinal` and `width` by rank, and the start, end and width
 * of each period. Ranks follow code unit order of the strings,
 * so rank comparisons decide exactly what string comparisons would, for well-formed and
 * malformed dates alike; {@link OPEN_START} and {@link OPEN_END} are always present.
 *
 * @example
 * ```ts
 * const dates = new DateRanks();
 * const a = dates.intern('2021-01-01'); // 2021年起
 * const b = dates.intern('2023-12-31'); // 至2023年底
 * dates.finish();
 * dates.rank[a] < dates.rank[b];        // true
 * ```
 */
export class DateRanks {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private lastString: string | undefined;
  private lastId = -1;
  /** Rank of each id in string order (set by {@link DateRanks.finish}). */
  rank: Int32Array = new Int32Array(0);
  /** Day ordinal of each rank, `NaN` for an open end (set by {@link DateRanks.finish}). */
  ordinal: Float64Array = new Float64Array(0);
  /** Id of {@link OPEN_START}. */
  readonly openStart: number;
  /** Id of {@link OPEN_END}. */
  readonly openEnd: number;
  /** Rank of {@link OPEN_START} (set by {@link DateRanks.finish}). */
  openStartRank = 0;
  /** Rank of {@link OPEN_END} (set by {@link DateRanks.finish}). */
  openEndRank = 0;
  /** Periods as pairs of start and end ids. */
  private readonly periods = new PairIds();
  /** Rank of the start of each period (set by {@link DateRanks.finish}). */
  periodStart: number[] = [];
  /** Rank of the end of each period (set by {@link DateRanks.finish}). */
  periodEnd: number[] = [];
  /** Width of each period, see {@link DateRanks.width} (set by {@link DateRanks.finish}). */
  periodWidth: number[] = [];

  constructor() {
    this.openStart = this.intern(OPEN_START);
    this.openEnd = this.intern(OPEN_END);
  }

  /** The id of a date string (the same string always gets the same id). */
  intern(date: string): number {
    if (date === this.lastString) return this.lastId;
    let id = this.ids.get(date);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(date, id);
      this.strings.push(date);
    }
    this.lastString = date;
    this.lastId = id;
    return id;
  }

  /**
   * The id of the period from `start` to `end` (date strings, {@link OPEN_START} and
   * {@link OPEN_END} for open ends): the same two strings always give the same id.
   */
  period(start: string, end: string): number {
    return this.periods.idOf(this.intern(start), this.intern(end));
  }

  /** Ranks and ordinals of every id interned so far, and the ranks and widths of every period. */
  finish(): void {
    const n = this.strings.length;
    const byString = Array.from({ length: n }, (_, i) => i);
    const s = this.strings;
    byString.sort((a, b) => ((s[a] as string) < (s[b] as string) ? -1 : (s[a] as string) > (s[b] as string) ? 1 : 0));
    this.rank = new Int32Array(n);
    for (let r = 0; r < n; r++) this.rank[byString[r] as number] = r;
    this.ordinal = new Float64Array(n);
    for (let r = 0; r < n; r++) this.ordinal[r] = dayOrdinal(s[byString[r] as number] as string);
    this.openStartRank = this.rank[this.openStart] as number;
    this.openEndRank = this.rank[this.openEnd] as number;
    const periods = this.periods.size;
    this.periodStart = Array.from({ length: periods }, (_, p) => this.rank[this.periods.first(p)] as number);
    this.periodEnd = Array.from({ length: periods }, (_, p) => this.rank[this.periods.second(p)] as number);
    this.periodWidth = Array.from({ length: periods }, (_, p) => this.width(this.periodStart[p] as number, this.periodEnd[p] as number));
  }

  /**
   * The width of the period from `start` to `end` (ranks) in ordinal units; an open start counts
   * as −∞ and an open end as +∞, so an open period is infinitely wide.
   */
  width(start: number, end: number): number {
    const a = this.ordinal[start] as number;
    const b = this.ordinal[end] as number;
    return (Number.isNaN(b) ? Number.POSITIVE_INFINITY : b) - (Number.isNaN(a) ? Number.NEGATIVE_INFINITY : a);
  }
}
