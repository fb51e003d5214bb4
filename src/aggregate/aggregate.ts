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
const KEY_ORDER: readonly AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];

interface Flag {
  checks: CheckId[];
  fix: Decimal | null;
}

interface RowAcc {
  key: AggregateRowKey;
  /** Sort key: the key parts encoded so that plain string order is the row order. */
  sortKey: string;
  eastId: string;
  westId: string;
  low: ExactSum;
  high: ExactSum;
  lowInclusive: boolean;
  highInclusive: boolean;
  unbounded: boolean;
  exact: boolean;
  count: number;
  claimIds: string[];
  leftOut: LeftOutClaim[];
  flagged: string[];
}

/** A claim on its way: its row, and either a reason to leave it out or a place in its series. */
interface Pending extends Candidate {
  row: RowAcc;
  flagged: boolean;
  claim: Claim;
}

interface SeriesRec {
  items: Pending[];
  row: RowAcc | null;
  bySource: Map<string | null, RowAcc> | null;
}

/** Series of one metric, unit and pairing by year: an array for 1900–2199, a map beyond. */
interface YearSlots {
  none: SeriesRec | null;
  years: (SeriesRec | undefined)[];
  other: Map<number, SeriesRec> | null;
}

function slotOf(s: YearSlots, year: number | null): SeriesRec | null | undefined {
  if (year === null) return s.none;
  const i = year - 1900;
  return i >= 0 && i < 300 ? s.years[i] : s.other?.get(year);
}

function setSlot(s: YearSlots, year: number | null, rec: SeriesRec): void {
  if (year === null) s.none = rec;
  else if (year >= 1900 && year < 2200) s.years[year - 1900] = rec;
  else (s.other ??= new Map()).set(year, rec);
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
  const pending: Pending[] = [];
  const bySource = by.has('source');
  let lastEast: Claim['east'] = null; // region names are looked at once per reference object met in a row
  let lastWest: Claim['west'] = null;

  const makeRow = (claim: Claim, unit: string, year: number | null, source: string | null, east: string, west: string): RowAcc => {
    const parts: string[] = [];
    const sortParts: string[] = [];
    const push = (v: string | null, sortable: string): void => {
      parts.push(v === null ? '\u0000' : v);
      sortParts.push(v === null ? '\uffff' : sortable);
    };
    for (const k of KEY_ORDER) {
      if (!by.has(k)) continue;
      if (k === 'metric') push(claim.metric, claim.metric);
      else if (k === 'year') push(year === null ? null : String(year), String(year).padStart(6, '0'));
      else if (k === 'pairing') push(claim.east || claim.west ? `${east}→${west}` : null, `${east}→${west}`);
      else if (k === 'east') push(claim.east ? east : null, east);
      else if (k === 'west') push(claim.west ? west : null, west);
      else push(source, source ?? '');
    }
    push(unit, unit);
    const key = parts.join(SEP);
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
        sortKey: sortParts.join(SEP),
        eastId: east,
        westId: west,
        low: new ExactSum(),
        high: new ExactSum(),
        lowInclusive: true,
        highInclusive: true,
        unbounded: false,
        exact: true,
        count: 0,
        claimIds: [],
        leftOut: [],
        flagged: [],
      };
      rows.set(key, row);
    }
    return row;
  };

  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    if (!claim || typeof claim !== 'object' || !claim.figure || typeof claim.id !== 'string') continue;
    if (metrics && !metrics.has(claim.metric)) continue;
    const fig = claim.figure;
    let value: NumberValue | undefined = fig.kind === 'amount' ? fig.amount : fig.kind === 'quantity' ? fig.quantity : undefined;
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
    const east = regionIdentity(claim.east);
    const west = regionIdentity(claim.west);
    if (claim.east && claim.east !== lastEast) {
      lastEast = claim.east;
      if (names.get(east) !== claim.east.name) names.set(east, betterName(names.get(east), claim.east.name));
    }
    if (claim.west && claim.west !== lastWest) {
      lastWest = claim.west;
      if (names.get(west) !== claim.west.name) names.set(west, betterName(names.get(west), claim.west.name));
    }
    let m1 = seriesIndex.get(claim.metric);
    if (!m1) seriesIndex.set(claim.metric, (m1 = new Map()));
    let m2 = m1.get(unit);
    if (!m2) m1.set(unit, (m2 = new Map()));
    let m3 = m2.get(east);
    if (!m3) m2.set(east, (m3 = new Map()));
    let m4 = m3.get(west);
    if (!m4) m3.set(west, (m4 = { none: null, years: [], other: null }));
    let rec = slotOf(m4, year);
    if (!rec) {
      rec = { items: [], row: null, bySource: null };
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
    const p: Pending = {
      index,
      id: claim.id,
      source,
      scope: claim.scope,
      value,
      start,
      end,
      evidenceStart: claim.evidence?.start ?? -1,
      // Every field is set here, so that all candidates share one shape (fast property access).
      group: 0,
      width: undefined,
      reason: undefined,
      detail: undefined,
      relatedId: undefined,
      row,
      flagged: false,
      claim,
    };
    pending.push(p);
    if (hasPeriod) {
      if (!period || (pStart !== null && start === '') || (pEnd !== null && end === '~')) {
        p.reason = 'no_period';
        p.detail = 'a period is needed to tell whether it lies within the period asked for';
        continue;
      }
      if ((pStart !== null && start < pStart) || (pEnd !== null && end > pEnd)) {
        p.reason = 'outside_period';
        p.detail = `${start || '…'} – ${end === '~' ? '…' : end}`;
        continue;
      }
    }
    if (!ACHIEVEMENT_SCOPES.has(claim.scope)) {
      p.reason = 'not_an_achievement';
      p.detail = claim.scope;
      continue;
    }
    if (!isAdditiveUnit(unit)) {
      p.reason = 'not_additive';
      p.detail = unit;
      continue;
    }
    if (currency !== null && fig.kind === 'amount' && unit !== currency) {
      p.reason = 'other_currency';
      p.detail = unit;
      continue;
    }
    const flag = flags.size > 0 ? flags.get(claim.id) : undefined;
    if (flag) {
      if (mode === 'include') p.flagged = true;
      else if (mode === 'use_fix' && flag.fix) {
        p.value = value = fixedValue(value, flag.fix);
        p.flagged = true;
      } else {
        p.reason = 'flagged';
        p.detail = flag.checks.join(',');
        continue;
      }
    }
    if (claim.partOf !== undefined && hasId(claim.partOf)) {
      p.reason = 'part_of';
      p.relatedId = claim.partOf;
      continue;
    }
    if (byYear && year === null) {
      if (!period || !period.start || !period.end) {
        p.reason = 'no_period';
        p.detail = 'an open or missing period has no year';
      } else {
        p.reason = 'spans_years';
        p.detail = `${period.start} – ${period.end}`;
      }
      continue;
    }
    p.group = groupKey(start, end, claim.scope, value.qualifier);
    rec.items.push(p);
  }

  const resolveSource = (c: Candidate): string | null => sourceOf((c as Pending).claim) ?? null;
  for (const rec of series) if (rec.items.length > 1) selectSeries(rec.items, resolveSource);

  for (const p of pending) {
    const row = p.row;
    if (p.reason !== undefined) {
      const entry: LeftOutClaim = { id: p.id, reason: p.reason };
      if (p.detail !== undefined) entry.detail = p.detail;
      if (p.relatedId !== undefined) entry.relatedId = p.relatedId;
      row.leftOut.push(entry);
      continue;
    }
    const v = p.value;
    if (v.qualifier === 'exact') {
      row.low.add(v.value);
      row.high.add(v.value);
    } else {
      const ceiling = ceilingOf ? (ceilingOf(p.claim) ?? null) : null;
      const iv = valueInterval(v, p.claim.figure.span?.text ?? '', ceiling);
      row.low.add(iv.low);
      if (!iv.lowInclusive) row.lowInclusive = false;
      if (iv.high === null) row.unbounded = true;
      else row.high.add(iv.high);
      if (!iv.highInclusive) row.highInclusive = false;
      row.exact = false;
    }
    row.count++;
    row.claimIds.push(p.id);
    if (p.flagged) row.flagged.push(p.id);
  }

  const nameOf = (idPart: string): string => names.get(idPart) ?? idPart.replace(/^name:/, '');
  const accs = [...rows.values()].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const out: AggregateRow[] = new Array<AggregateRow>(accs.length);
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
    const high = r.unbounded ? null : r.exact ? low : r.high.value();
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
