/**
 * Adding figures up: totals of claims as exact intervals, grouped by metric, year, pairing,
 * region or source, without double counting.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import type { CheckId, Finding } from '../domain/finding.js';
import type { NumberValue } from '../types.js';
import { ExactSum } from './exact-sum.js';
import { valueInterval } from './interval.js';
import { isAdditiveUnit, regionIdentity, sourceOfId, summingUnit, yearOf } from './keys.js';
import { groupKey, selectSeries, type Candidate } from './select.js';
import type {
  AggregateKey,
  AggregateOptions,
  AggregateRow,
  AggregateRowKey,
  LeftOutClaim,
  LeftOutReason,
} from './types.js';

const D = Decimal.clone({ precision: 200 });
const SEP = '\u0001';
const ACHIEVEMENT_SCOPES: ReadonlySet<string> = new Set(['annual', 'cumulative', 'event']);
const NO_IDS: string[] = [];
const NO_ENTRIES: LeftOutClaim[] = [];
const KEY_ORDER: readonly AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];

interface Flag {
  checks: CheckId[];
  fix: Decimal | null;
}

interface RowAcc {
  key: AggregateRowKey;
  /** Sort key: the key parts encoded so that plain string order is the row order. */
  sortKey: string;
  /** The same parts one by one. */
  sortParts: string[];
  eastId: string;
  westId: string;
  low: ExactSum;
  /** The high end, kept apart only once a figure that is not exact is met (until then it is `low`). */
  high: ExactSum | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  unbounded: boolean;
  exact: boolean;
  count: number;
  /** Claims left out and flagged claims counted (the lists are made at their final length). */
  outCount: number;
  flagCount: number;
  claimIds: string[];
  leftOut: LeftOutClaim[];
  flagged: string[];
}

interface SeriesRec {
  /** Position in the list of series. */
  id: number;
  /** Claims of the series that reached the selection. */
  count: number;
  /** Where the series' claims start in the claims-by-series order (set after the first pass). */
  offset: number;
  row: RowAcc | null;
  bySource: Map<string | null, RowAcc> | null;
}

/** Years held in the small array of a {@link YearSlots}, around the first year met. */
const YEAR_WINDOW = 32;
const NO_SLOTS: (SeriesRec | undefined)[] = [];

/** Series of one metric, unit and pairing by year: a small array for years near the first met, a map beyond. */
interface YearSlots {
  none: SeriesRec | null;
  /** The year of `years[0]` (set with the first year met). */
  lo: number;
  years: (SeriesRec | undefined)[];
  other: Map<number, SeriesRec> | null;
}

function slotOf(s: YearSlots, year: number | null): SeriesRec | null | undefined {
  if (year === null) return s.none;
  const i = year - s.lo;
  return i >= 0 && i < YEAR_WINDOW ? s.years[i] : s.other?.get(year);
}

function setSlot(s: YearSlots, year: number | null, rec: SeriesRec): void {
  if (year === null) {
    s.none = rec;
    return;
  }
  if (s.lo === NO_YEAR) {
    s.lo = year - YEAR_WINDOW / 2;
    s.years = new Array<SeriesRec | undefined>(YEAR_WINDOW);
  }
  const i = year - s.lo;
  if (i >= 0 && i < YEAR_WINDOW) s.years[i] = rec;
  else (s.other ??= new Map()).set(year, rec);
}

/** `lo` of slots that have met no year yet (no year minus the window reaches it). */
const NO_YEAR = -1e15;

/**
 * An array of `n` empty places to be filled by index. Small ones are made at their length; a
 * large `new Array(n)` would be a slow dictionary-backed array in V8, so large ones are pushed.
 */
function slotsOf<T>(n: number): T[] {
  if (n <= 4096) return new Array<T>(n);
  const a: T[] = [];
  for (let i = 0; i < n; i++) a.push(undefined as T);
  return a;
}

/** The claim each finding is about: the first it names (checkClaims lists the primary claim first; the others are its evidence). */
function flagsOf(findings: readonly Finding[] | undefined, checks: ReadonlySet<string>): Map<string, Flag> {
  const map = new Map<string, Flag>();
  if (!Array.isArray(findings)) return map;
  for (const f of findings) {
    if (!f || !checks.has(f.checkId) || !Array.isArray(f.claims)) continue;
    const c = f.claims[0];
    if (!c || typeof c.id !== 'string') continue;
    let flag = map.get(c.id);
    if (!flag) map.set(c.id, (flag = { checks: [], fix: null }));
    if (!flag.checks.includes(f.checkId)) flag.checks.push(f.checkId);
    const v = f.suggestedFix?.value;
    if (v && flag.fix === null) flag.fix = v;
  }
  return map;
}

/** The claim's value with a suggested fix put in: precision and range scaled alike. */
function fixedValue(v: NumberValue, fix: Decimal): NumberValue {
  if (v.value.isZero()) return { value: fix, qualifier: 'exact', precision: new Decimal(1) };
  const r = new D(fix).div(v.value);
  const scale = (x: Decimal): Decimal => new Decimal(new D(x).times(r).toFixed());
  const out: NumberValue = { value: fix, qualifier: v.qualifier, precision: scale(v.precision) };
  if (v.range) out.range = { min: scale(v.range.min), max: scale(v.range.max) };
  return out;
}

/**
 * The rows in the order of their sort keys (code unit order; rows with equal keys in the order
 * they were made). Each key part is ranked among the few distinct values it takes, and the rows
 * are sorted by their ranks as one number; keys whose parts hold the separator (or a character
 * below it), or too many combinations, are sorted as strings.
 */
function sortRows(rows: ReadonlyMap<string, RowAcc>): RowAcc[] {
  const list = [...rows.values()];
  const n = list.length;
  if (n < 2) return list;
  const width = (list[0] as RowAcc).sortParts.length;
  const ranks: Map<string, number>[] = [];
  let combinations = n;
  for (let j = 0; j < width; j++) {
    const distinct = new Set<string>();
    for (const r of list) distinct.add(r.sortParts[j] as string);
    const sorted = [...distinct].sort();
    for (const v of sorted) {
      for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) <= 1) return sortRowsByString(list);
    }
    ranks.push(new Map(sorted.map((v, i) => [v, i])));
    combinations *= sorted.length;
  }
  if (combinations > Number.MAX_SAFE_INTEGER) return sortRowsByString(list);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const parts = (list[i] as RowAcc).sortParts;
    let k = 0;
    for (let j = 0; j < width; j++) {
      const rank = ranks[j] as Map<string, number>;
      k = k * rank.size + (rank.get(parts[j] as string) as number);
    }
    keys[i] = k * n + i;
  }
  keys.sort();
  const out: RowAcc[] = [];
  for (let i = 0; i < n; i++) out.push(list[(keys[i] as number) % n] as RowAcc);
  return out;
}

/** {@link sortRows} by the key strings (stable: equal keys keep the order the rows were made). */
function sortRowsByString(list: RowAcc[]): RowAcc[] {
  return list.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

function betterName(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  if (b.length !== a.length) return b.length > a.length ? b : a;
  return b < a ? b : a;
}

/**
 * Adds claims up into rows, one per group of the `by` keys and unit, each with its total as an
 * exact interval, the claims counted and the claims left out with the reason. Never throws; a
 * non-array gives `[]`.
 *
 * What counts (a claim is left out with a {@link LeftOutReason} otherwise):
 *
 * - Only achievements: scopes `annual`, `cumulative` and `event`. Targets, forecasts, intentions,
 *   deltas, shares, per-unit figures and unknown scopes are never summed; nor percentages or
 *   multiples.
 * - Money of different currencies is never added: the unit is part of every row key, and with
 *   `currency` other currencies are left out.
 * - Parts (其中, `partOf`) are not added to their whole when the whole is among the claims.
 * - Within a series (one metric, unit, eastern and western region; and one year when grouping by
 *   year) the same figure counts once, the latest cumulative figure wins, and a cumulative or
 *   annual total is never added to figures whose period it covers (see `selectSeries`).
 * - The same figure from two articles — same metric, scope, period, pairing, qualifier and value at
 *   the coarser of the two precisions — counts once; within one article, once when quoted in two
 *   sentences (lead and body), twice when listed twice in one sentence.
 * - Claims named by a finding of `flagChecks` (default `unit_slip`) follow `flagged`.
 * - By year: a claim counts in a year only when its period lies within that calendar year;
 *   otherwise it is left out as `spans_years` (or `no_period`), in a row with `year: null`.
 *
 * Which claims count depends on the `by` keys only through `year`: the total of a grouping equals
 * the sum of the totals of any finer grouping that adds keys other than `year`. Qualified figures
 * become intervals as {@link valueInterval} describes; the order of the claims never changes a
 * total. Exact parts add up as integers (no float ever holds a value).
 *
 * @example
 * ```ts
 * const claims = extractClaims(article); // 天津河东区 → 甘肃迭部县
 * const findings = checkClaims(claims);  // 8793亿元 → unit_slip
 * const rows = aggregate(claims, { by: ['pairing', 'year'], metrics: ['consumption_assistance'], findings });
 * rows.map((r) => [r.key.year, r.point?.toFixed()]);
 * // [[2021, '35220000'], [2022, '36160000'], [2023, '36250000'], [null, '0']]
 * // 最后一行：8793亿元（c3）因单位错误被剔除（flagged）
 * ```
 */
export function aggregate(claims: readonly Claim[], options: AggregateOptions): AggregateRow[] {
  if (!Array.isArray(claims)) return [];
  const opts: Partial<AggregateOptions> = options && typeof options === 'object' ? options : {};
  const byList = Array.isArray(opts.by) ? opts.by : [];
  const by = new Set<AggregateKey>(byList);
  const byYear = by.has('year');
  const metrics = Array.isArray(opts.metrics) ? new Set<string>(opts.metrics) : null;
  const pStart = opts.period?.start ?? null;
  const pEnd = opts.period?.end ?? null;
  const hasPeriod = opts.period != null && (pStart !== null || pEnd !== null);
  const currency = typeof opts.currency === 'string' ? opts.currency : null;
  const mode = opts.flagged ?? 'leave_out';
  const flags = flagsOf(opts.findings, new Set<string>(opts.flagChecks ?? ['unit_slip']));
  const sourceOf = typeof opts.sourceOf === 'function' ? opts.sourceOf : (c: Claim) => sourceOfId(c.id);
  const ceilingOf = typeof opts.ceiling === 'function' ? opts.ceiling : null;

  let ids: Set<string> | null = null; // built on the first 其中 part met
  const hasId = (id: string): boolean => {
    if (ids === null) {
      ids = new Set<string>();
      for (const c of claims) if (c && typeof c.id === 'string') ids.add(c.id);
    }
    return ids.has(id);
  };

  const rows = new Map<string, RowAcc>();
  const names = new Map<string, string>();
  const series: SeriesRec[] = [];
  // metric → unit → east → west → year → series, without building a key string per claim.
  const seriesIndex = new Map<string, Map<string, Map<string, Map<string, YearSlots>>>>();
  const bySource = by.has('source');
  let lastEast: Claim['east'] = null; // region names are looked at once per reference object met in a row
  let lastWest: Claim['west'] = null;

  // Per claim (by index), no object per claim: its row (undefined when not part of the question),
  // its entry when left out, its series when it reaches the selection, and whether it is flagged.
  const n = claims.length;
  const rowOf = slotsOf<RowAcc | undefined>(n);
  const leftOutOf = slotsOf<LeftOutClaim | undefined>(n);
  const seriesOf = new Int32Array(n).fill(-1);
  const flaggedOf = new Uint8Array(n);
  let fixedOf: Map<number, NumberValue> | null = null; // values with a suggested fix put in
  let sourceOfIndex: (string | null)[] | null = null; // sources read in the first pass (by source)

  const leave = (index: number, id: string, reason: LeftOutReason, detail?: string, relatedId?: string): void => {
    const entry: LeftOutClaim = { id, reason };
    if (detail !== undefined) entry.detail = detail;
    if (relatedId !== undefined) entry.relatedId = relatedId;
    leftOutOf[index] = entry;
  };

  const byKeys = KEY_ORDER.filter((k) => by.has(k));
  const makeRow = (claim: Claim, unit: string, year: number | null, source: string | null, east: string, west: string): RowAcc => {
    // The key parts joined by SEP (null as \u0000), and the same parts made sortable (null as \uffff).
    let key = '';
    let sortKey = '';
    const sortParts: string[] = [];
    const push = (v: string | null, sortable: string): void => {
      key += (v === null ? '\u0000' : v) + SEP;
      const part = v === null ? '\uffff' : sortable;
      sortKey += part + SEP;
      sortParts.push(part);
    };
    for (const k of byKeys) {
      if (k === 'metric') push(claim.metric, claim.metric);
      else if (k === 'year') push(year === null ? null : String(year), String(year).padStart(6, '0'));
      else if (k === 'pairing') push(claim.east || claim.west ? `${east}→${west}` : null, `${east}→${west}`);
      else if (k === 'east') push(claim.east ? east : null, east);
      else if (k === 'west') push(claim.west ? west : null, west);
      else push(source, source ?? '');
    }
    key += unit;
    sortKey += unit;
    sortParts.push(unit);
    let row = rows.get(key);
    if (!row) {
      const rk: AggregateRowKey = { unit };
      if (by.has('metric')) rk.metric = claim.metric;
      if (by.has('year')) rk.year = year;
      if (by.has('pairing')) rk.pairing = claim.east || claim.west ? '' : null;
      if (by.has('east')) rk.east = claim.east ? '' : null;
      if (by.has('west')) rk.west = claim.west ? '' : null;
      if (bySource) rk.source = source;
      row = {
        key: rk,
        sortKey,
        sortParts,
        eastId: east,
        westId: west,
        low: new ExactSum(),
        high: null,
        lowInclusive: true,
        highInclusive: true,
        unbounded: false,
        exact: true,
        count: 0,
        outCount: 0,
        flagCount: 0,
        claimIds: NO_IDS,
        leftOut: NO_ENTRIES,
        flagged: NO_IDS,
      };
      rows.set(key, row);
    }
    return row;
  };

  // First pass, in claim order: the row of each claim, and either why it is left out or its series.
  let lastMetric: string | null = null;
  let lastUnit: string | null = null;
  let lastM2: Map<string, Map<string, YearSlots>> | undefined;
  for (let index = 0; index < n; index++) {
    const claim = claims[index];
    if (!claim || typeof claim !== 'object' || !claim.figure || typeof claim.id !== 'string') continue;
    if (metrics && !metrics.has(claim.metric)) continue;
    const fig = claim.figure;
    const value: NumberValue | undefined = fig.kind === 'amount' ? fig.amount : fig.kind === 'quantity' ? fig.quantity : undefined;
    if (!value || !value.value) continue;
    const period = claim.period;
    const start = period?.start ?? '';
    const end = period?.end ?? '~';
    if (hasPeriod && period) {
      // Wholly outside the period asked for: not part of the question.
      if ((pEnd !== null && start !== '' && start > pEnd) || (pStart !== null && end !== '~' && end < pStart)) continue;
    }
    const unit = summingUnit(claim);
    const source = bySource ? (sourceOf(claim) ?? null) : undefined;
    const year = byYear ? yearOf(period) : null;
    const ce = claim.east;
    const cw = claim.west;
    const east = regionIdentity(ce);
    const west = regionIdentity(cw);
    if (ce && ce !== lastEast) {
      lastEast = ce;
      if (names.get(east) !== ce.name) names.set(east, betterName(names.get(east), ce.name));
    }
    if (cw && cw !== lastWest) {
      lastWest = cw;
      if (names.get(west) !== cw.name) names.set(west, betterName(names.get(west), cw.name));
    }
    let m2: Map<string, Map<string, YearSlots>> | undefined;
    if (claim.metric === lastMetric && unit === lastUnit) m2 = lastM2;
    else {
      let m1 = seriesIndex.get(claim.metric);
      if (!m1) seriesIndex.set(claim.metric, (m1 = new Map()));
      m2 = m1.get(unit);
      if (!m2) m1.set(unit, (m2 = new Map()));
      lastMetric = claim.metric;
      lastUnit = unit;
      lastM2 = m2;
    }
    const mm2 = m2 as Map<string, Map<string, YearSlots>>;
    let m3 = mm2.get(east);
    if (!m3) mm2.set(east, (m3 = new Map()));
    let m4 = m3.get(west);
    if (!m4) m3.set(west, (m4 = { none: null, lo: NO_YEAR, years: NO_SLOTS, other: null }));
    let rec = slotOf(m4, year);
    if (!rec) {
      rec = { id: series.length, count: 0, offset: 0, row: null, bySource: null };
      setSlot(m4, year, rec);
      series.push(rec);
    }
    let row: RowAcc;
    if (!bySource) row = rec.row ??= makeRow(claim, unit, year, null, east, west);
    else {
      const m = (rec.bySource ??= new Map());
      let r = m.get(source ?? null);
      if (!r) m.set(source ?? null, (r = makeRow(claim, unit, year, source ?? null, east, west)));
      row = r;
    }
    rowOf[index] = row;
    const id = claim.id;
    if (hasPeriod) {
      if (!period || (pStart !== null && start === '') || (pEnd !== null && end === '~')) {
        leave(index, id, 'no_period', 'a period is needed to tell whether it lies within the period asked for');
        continue;
      }
      if ((pStart !== null && start < pStart) || (pEnd !== null && end > pEnd)) {
        leave(index, id, 'outside_period', `${start || '…'} – ${end === '~' ? '…' : end}`);
        continue;
      }
    }
    if (!ACHIEVEMENT_SCOPES.has(claim.scope)) {
      leave(index, id, 'not_an_achievement', claim.scope);
      continue;
    }
    if (!isAdditiveUnit(unit)) {
      leave(index, id, 'not_additive', unit);
      continue;
    }
    if (currency !== null && fig.kind === 'amount' && unit !== currency) {
      leave(index, id, 'other_currency', unit);
      continue;
    }
    const flag = flags.size > 0 ? flags.get(id) : undefined;
    if (flag) {
      if (mode === 'include') flaggedOf[index] = 1;
      else if (mode === 'use_fix' && flag.fix) {
        (fixedOf ??= new Map()).set(index, fixedValue(value, flag.fix));
        flaggedOf[index] = 1;
      } else {
        leave(index, id, 'flagged', flag.checks.join(','));
        continue;
      }
    }
    if (claim.partOf !== undefined && hasId(claim.partOf)) {
      leave(index, id, 'part_of', undefined, claim.partOf);
      continue;
    }
    if (byYear && year === null) {
      if (!period || !period.start || !period.end) leave(index, id, 'no_period', 'an open or missing period has no year');
      else leave(index, id, 'spans_years', `${period.start} – ${period.end}`);
      continue;
    }
    if (bySource) (sourceOfIndex ??= slotsOf<string | null>(n))[index] = source ?? null;
    seriesOf[index] = rec.id;
    rec.count++;
  }

  // Second pass, series by series: the claims of a series side by side (a counting sort by
  // series, stable in claim order), candidates built only for series of two or more claims and
  // dropped once the selection has marked them.
  let total = 0;
  for (const rec of series) {
    rec.offset = total;
    total += rec.count;
  }
  const order = new Int32Array(total);
  const fill = new Int32Array(series.length);
  for (let index = 0; index < n; index++) {
    const sid = seriesOf[index] as number;
    if (sid < 0) continue;
    const rec = series[sid] as SeriesRec;
    order[rec.offset + (fill[sid] as number)] = index;
    fill[sid] = (fill[sid] as number) + 1;
  }
  const resolveSource = (c: Candidate): string | null => sourceOf(claims[c.index] as Claim) ?? null;
  const items: Candidate[] = [];
  for (const rec of series) {
    if (rec.count < 2) continue;
    items.length = 0;
    for (let k = rec.offset, stop = rec.offset + rec.count; k < stop; k++) {
      const index = order[k] as number;
      const claim = claims[index] as Claim;
      const fig = claim.figure;
      const value = fixedOf?.get(index) ?? (fig.kind === 'amount' ? fig.amount : (fig as { quantity: NumberValue }).quantity);
      const period = claim.period;
      const start = period?.start ?? '';
      const end = period?.end ?? '~';
      items.push({
        index,
        id: claim.id,
        source: sourceOfIndex ? sourceOfIndex[index] : undefined,
        scope: claim.scope,
        value,
        start,
        end,
        evidenceStart: claim.evidence?.start ?? -1,
        // Every field is set here, so that all candidates share one shape (fast property access).
        group: groupKey(start, end, claim.scope, value.qualifier),
        width: undefined,
        reason: undefined,
        detail: undefined,
        relatedId: undefined,
      });
    }
    selectSeries(items, resolveSource);
    for (const c of items) if (c.reason !== undefined) leave(c.index, c.id, c.reason, c.detail, c.relatedId);
  }
  items.length = 0;

  // Third pass, in claim order: the entries left out and the figures counted, row by row. The
  // row lists are counted first and made at their final length (no growing, no spare room).
  for (let index = 0; index < n; index++) {
    const row = rowOf[index];
    if (row === undefined) continue;
    if (leftOutOf[index] !== undefined) row.outCount++;
    else {
      row.count++;
      if (flaggedOf[index] === 1) row.flagCount++;
    }
  }
  for (const row of rows.values()) {
    if (row.count > 0) row.claimIds = slotsOf<string>(row.count);
    if (row.outCount > 0) row.leftOut = slotsOf<LeftOutClaim>(row.outCount);
    if (row.flagCount > 0) row.flagged = slotsOf<string>(row.flagCount);
    row.count = row.outCount = row.flagCount = 0;
  }
  for (let index = 0; index < n; index++) {
    const row = rowOf[index];
    if (row === undefined) continue;
    const entry = leftOutOf[index];
    if (entry !== undefined) {
      row.leftOut[row.outCount++] = entry;
      continue;
    }
    const claim = claims[index] as Claim;
    const fig = claim.figure;
    const v = fixedOf?.get(index) ?? (fig.kind === 'amount' ? fig.amount : (fig as { quantity: NumberValue }).quantity);
    if (v.qualifier === 'exact') {
      row.low.add(v.value);
      if (row.high !== null) row.high.add(v.value);
    } else {
      let high = row.high;
      if (high === null) {
        high = row.high = new ExactSum();
        high.addSum(row.low);
      }
      const ceiling = ceilingOf ? (ceilingOf(claim) ?? null) : null;
      const iv = valueInterval(v, fig.span?.text ?? '', ceiling);
      row.low.add(iv.low);
      if (!iv.lowInclusive) row.lowInclusive = false;
      if (iv.high === null) row.unbounded = true;
      else high.add(iv.high);
      if (!iv.highInclusive) row.highInclusive = false;
      row.exact = false;
    }
    row.claimIds[row.count++] = claim.id;
    if (flaggedOf[index] === 1) row.flagged[row.flagCount++] = claim.id;
  }
  for (const row of rows.values()) {
    // Rows with nothing in a list still hand out a list of their own.
    if (row.claimIds === NO_IDS) row.claimIds = [];
    if (row.leftOut === NO_ENTRIES) row.leftOut = [];
    if (row.flagged === NO_IDS) row.flagged = [];
  }

  const nameOf = (idPart: string): string => names.get(idPart) ?? idPart.replace(/^name:/, '');
  const accs = sortRows(rows);
  const out = slotsOf<AggregateRow>(accs.length);
  for (let i = 0; i < accs.length; i++) {
    const r = accs[i] as RowAcc;
    const k = r.key;
    const key: AggregateRowKey = {} as AggregateRowKey;
    if (k.metric !== undefined) key.metric = k.metric;
    if (k.year !== undefined) key.year = k.year;
    if (k.pairing !== undefined) key.pairing = k.pairing === null ? null : `${r.eastId ? nameOf(r.eastId) : '?'}→${r.westId ? nameOf(r.westId) : '?'}`;
    if (k.east !== undefined) key.east = k.east === null ? null : nameOf(r.eastId);
    if (k.west !== undefined) key.west = k.west === null ? null : nameOf(r.westId);
    if (k.source !== undefined) key.source = k.source;
    key.unit = k.unit;
    const low = r.low.value();
    const high = r.unbounded ? null : r.exact || r.high === null ? low : r.high.value();
    out[i] = {
      key,
      total: { low, lowInclusive: r.lowInclusive, high, highInclusive: high !== null && r.highInclusive },
      point: r.exact ? low : null,
      count: r.count,
      claimIds: r.claimIds,
      leftOut: r.leftOut,
      flagged: r.flagged,
    };
  }
  return out;
}
