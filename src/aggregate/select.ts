/**
 * Which claims of one series count: duplicates once, the latest cumulative figure, no period
 * counted twice. A series is one metric, unit and pairing (and one year in a by-year grouping).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { ClaimScope } from '../domain/claim.js';
import { approxNumber, compareDecimals } from './exact-sum.js';
import type { NumberValue } from '../types.js';
import type { LeftOutReason } from './types.js';

const D = Decimal.clone({ precision: 200 });

/** Beyond this many figures with one scope, period and qualifier, duplicates are only found by equal value and precision (keeps the pass near linear). */
const PAIRWISE_LIMIT = 256;

/**
 * A claim as the selection sees it (internal to the aggregation).
 *
 * @example
 * ```ts
 * const c: Candidate = { index: 0, id: 'c21', source: null, scope: 'annual', value, start: '2021-01-01', end: '2021-12-31', evidenceStart: 0 }; // 2021年 3522万元
 * ```
 */
export interface Candidate {
  /** Index in the caller's array. */
  index: number;
  id: string;
  /** The source (article); `undefined` until {@link selectSeries} needs it. */
  source: string | null | undefined;
  scope: ClaimScope;
  value: NumberValue;
  /** Period start and end as comparable strings: '' for an open start, '~' for an open end. */
  start: string;
  end: string;
  evidenceStart: number;
  /** Scope, period and qualifier as one number (computed when needed). */
  group?: number;
  /** Width of the period (computed when needed). */
  width?: number;
  /** Set when the candidate is left out. */
  reason?: LeftOutReason;
  detail?: string;
  relatedId?: string;
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads the sources of candidates that lack one (set by {@link selectSeries}). */
let sourceResolver: (c: Candidate) => string | null = () => null;

function sourceOf(c: Candidate): string | null {
  if (c.source === undefined) c.source = sourceResolver(c);
  return c.source;
}

/** Tie-break by id (ids are unique in a claim set, so this does not depend on the input order). */
function cmpIdentity(a: Candidate, b: Candidate): number {
  return cmpStr(a.id, b.id) || a.index - b.index;
}

const SCOPE_CODE: Record<string, number> = { cumulative: 1, annual: 2, event: 3 };
const QUALIFIER_CODE: Record<string, number> = {
  exact: 0, approx: 1, more_than: 2, at_least: 3, nearly: 4, less_than: 5, at_most: 6, range: 7,
};

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** A day (YYYY-MM-DD) as a number that grows with the date (not a day count, but monotone). */
function ordinal(date: string, openValue: number): number {
  if (date.length < 10) return openValue;
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return y * 416 + (digit(date, 5) * 10 + digit(date, 6)) * 32 + digit(date, 8) * 10 + digit(date, 9);
}

function duration(c: Candidate): number {
  if (c.width === undefined) c.width = ordinal(c.end, Number.POSITIVE_INFINITY) - ordinal(c.start, Number.NEGATIVE_INFINITY);
  return c.width;
}

function within(inner: Candidate, outer: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start <= b.end && b.start <= a.end;
}

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

function leaveOut(c: Candidate, reason: LeftOutReason, related?: Candidate, detail?: string): void {
  c.reason = reason;
  if (related) c.relatedId = related.id;
  if (detail !== undefined) c.detail = detail;
}

/** Marks duplicates in one series: the same figure (same scope, period, qualifier, value at the coarser precision) from another source, or from another sentence of the same source. */
function markDuplicates(items: Candidate[]): void {
  if (items.length < 2) return;
  // Group by scope, period and qualifier under a numeric key (no string per claim) by sorting the
  // series in place; runs of one key are split again by the exact period strings, so a key
  // collision of malformed dates cannot merge two periods.
  for (const c of items) if (c.group === undefined) c.group = groupKey(c.start, c.end, c.scope, c.value.qualifier);
  items.sort(byGroup);
  let i = 0;
  while (i < items.length) {
    const first = items[i] as Candidate;
    let j = i + 1;
    while (j < items.length && (items[j] as Candidate).group === first.group) j++;
    if (j - i > 1) {
      const run = items.slice(i, j);
      run.sort(byRun);
      let k = 0;
      while (k < run.length) {
        const head = run[k] as Candidate;
        let m = k + 1;
        while (m < run.length && (run[m] as Candidate).start === head.start && (run[m] as Candidate).end === head.end) m++;
        if (m - k > 1) dedupeGroup(k === 0 && m === run.length ? run : run.slice(k, m));
        k = m;
      }
    }
    i = j;
  }
}

/**
 * Scope, period and qualifier as one number (a safe integer): the key duplicates are looked for
 * under. Callers may set `Candidate.group` with it while the claim is at hand.
 *
 * @example
 * ```ts
 * groupKey('2021-01-01', '2021-12-31', 'annual', 'exact'); // 2021年的年度确数
 * ```
 */
export function groupKey(start: string, end: string, scope: string, qualifier: string): number {
  return ((ordinal(start, 0) * 1048576 + ordinal(end, 1048575)) * 16 + (SCOPE_CODE[scope] ?? 0)) * 16 + (QUALIFIER_CODE[qualifier] ?? 8);
}

function byRun(a: Candidate, b: Candidate): number {
  return cmpStr(a.start, b.start) || cmpStr(a.end, b.end) || compareDecimals(a.value.precision, b.value.precision) || cmpIdentity(a, b);
}

function byCumulative(a: Candidate, b: Candidate): number {
  return cmpStr(b.end === '~' ? '' : b.end, a.end === '~' ? '' : a.end) || cmpStr(a.start, b.start) || byValueDesc(a, b) || cmpIdentity(a, b);
}

function byTotal(a: Candidate, b: Candidate): number {
  return duration(b) - duration(a) || cmpStr(b.end, a.end) || byValueDesc(a, b) || cmpIdentity(a, b);
}

// Scratch lists reused between series (selectSeries is not re-entrant).
const cumulative: Candidate[] = [];
const totals: Candidate[] = [];
const events: Candidate[] = [];
const taken: Candidate[] = [];

function byGroup(a: Candidate, b: Candidate): number {
  return (a.group as number) - (b.group as number);
}

function distinctMentions(a: Candidate, b: Candidate): boolean {
  // Two equal figures in one sentence of one source are two things (捐赠5万元、…捐赠5万元).
  return sourceOf(a) !== sourceOf(b) || a.evidenceStart !== b.evidenceStart;
}

function dedupeGroup(group: Candidate[]): void {
  if (group.length > PAIRWISE_LIMIT) {
    const seen = new Map<string, Candidate[]>();
    for (const c of group) {
      const k = `${c.value.value.toFixed()}|${c.value.precision.toFixed()}|${c.value.range ? `${c.value.range.min.toFixed()}-${c.value.range.max.toFixed()}` : ''}`;
      const list = seen.get(k);
      const hit = list?.find((k2) => distinctMentions(k2, c));
      if (hit) leaveOut(c, 'duplicate', hit, 'same figure, scope and period');
      else if (list) list.push(c);
      else seen.set(k, [c]);
    }
    return;
  }
  // The group is sorted finest precision first, then by id: the first of equal
  // figures is kept. Kept figures of the same precision match only when their values are equal.
  const kept: Candidate[] = [];
  for (const c of group) {
    let hit: Candidate | undefined;
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i] as Candidate;
      if (distinctMentions(k, c) && sameFigure(k.value, c.value)) {
        hit = k;
        break;
      }
    }
    if (hit) leaveOut(c, 'duplicate', hit, 'same figure, scope and period');
    else kept.push(c);
  }
}

function byValueDesc(a: Candidate, b: Candidate): number {
  return compareDecimals(b.value.value, a.value.value);
}

/**
 * Decides which candidates of one series count; marks the others with a reason. Rules, in order:
 *
 * 1. Duplicates count once (see {@link sameFigure}); the one with the finest precision is kept,
 *    then the first by id.
 * 2. Of several cumulative figures, the one with the latest as-of date (period end) counts; ties go
 *    to the earliest start, then the larger value. The others are `superseded`.
 * 3. Totals (the cumulative figure and annual figures) are taken widest period first; a total whose
 *    period lies inside one taken is `covered`, one that partly overlaps it `overlaps`.
 * 4. Event figures count unless their period lies inside (`covered`) or across (`overlaps`) a
 *    total taken. Events never exclude each other (two donations in one month both count).
 *
 * The outcome does not depend on the order of the candidates.
 *
 * @example
 * ```ts
 * selectSeries(candidates); // 过渡期以来累计1.25亿元在，则2021年、2022年的年度数被标为 covered
 * ```
 */
export function selectSeries(items: Candidate[], resolveSource?: (c: Candidate) => string | null): void {
  sourceResolver = resolveSource ?? (() => null);
  markDuplicates(items);
  cumulative.length = 0;
  totals.length = 0;
  events.length = 0;
  taken.length = 0;
  for (const c of items) {
    if (c.reason !== undefined) continue;
    if (c.scope === 'cumulative') cumulative.push(c);
    else if (c.scope === 'annual') totals.push(c);
    else if (c.scope === 'event') events.push(c);
  }
  let winner: Candidate | undefined;
  if (cumulative.length > 0) {
    if (cumulative.length > 1) cumulative.sort(byCumulative);
    winner = cumulative[0] as Candidate;
    for (let i = 1; i < cumulative.length; i++) {
      leaveOut(cumulative[i] as Candidate, 'superseded', winner, 'an older or narrower cumulative figure of the same series');
    }
  }
  if (totals.length > 1) totals.sort(byTotal);
  if (winner) taken.push(winner);
  for (const t of totals) place(t, true);
  for (const c of events) place(c, false);
  cumulative.length = 0;
  totals.length = 0;
  events.length = 0;
  taken.length = 0;
}

function place(c: Candidate, isTotal: boolean): void {
  for (const k of taken) {
    if (within(c, k)) {
      leaveOut(c, 'covered', k, 'its period lies inside the period of a total counted');
      return;
    }
  }
  for (const k of taken) {
    if (overlaps(c, k)) {
      leaveOut(c, 'overlaps', k, 'its period overlaps the period of a total counted');
      return;
    }
  }
  if (isTotal) taken.push(c);
}
