/**
 * Adding figures up: totals of claims as exact intervals, grouped by metric, year, pairing,
 * region or source, without double counting.
 *
 * The claims are read once, in one pass: the row of each claim, and either why it is left out or
 * a record of what the selection and the sums need (four integers and two floats in two typed
 * arrays, see `INT_FIELDS`). The selection then works series by series on those records, and
 * the totals are added up in claim order, in hundredths where the figures allow (most do) and as
 * exact decimals otherwise. No object is made per claim, except the entry of a claim left out.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import type { CheckId, Finding } from '../domain/finding.js';
import type { XiezuoValidationError } from '../domain/validation-error.js';
import type { Amount, NumberValue, Quantity } from '../types.js';
import { DateRanks, OPEN_END, OPEN_START } from './dates.js';
import { approxNumber, powerOfTen, scaledInteger } from './decimal-bits.js';
import { centsInterval, valueInterval, type CentsInterval } from './interval.js';
import { isAdditiveUnit, quantityUnit, SOURCE_SEPARATOR, sourceOfId, yearOf } from './keys.js';
import { isFiniteDecimal } from '../domain/guards.js';
import { InputIssues, numberProblem } from './input-issues.js';
import { RegionIds } from './regions.js';
import { filled } from './columns.js';
import { keyShape, RowMembers, RowTable, sortRows, toAggregateRow, type ListSources } from './rows.js';
import {
  F_CENTS,
  F_POWER,
  FLOAT_FIELDS,
  INT_FIELDS,
  QUALIFIER_ORDER,
  qualifierCode,
  R_CODE,
  R_INDEX,
  R_PRECISION,
  R_SERIES,
  R_PERIOD,
  R_VALUE,
  recordCode,
  scopeCode,
  SeriesSelection,
  type SelectionInput,
} from './select.js';
import type { AggregateKey, AggregateOptions, AggregateRow, LeftOutClaim, LeftOutReason } from './types.js';

const D = Decimal.clone({ precision: 200 });
const KEY_ORDER: readonly AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];
const EXACT = qualifierCode('exact');
const MORE_THAN = qualifierCode('more_than');
/** Year slots in a row key: `yearOf` gives 0 … 9999 (slot year + 1); slot 0 is "no year". */
const YEAR_SLOTS = 16384;
/** Years below the first met that a series' year slots leave room for. */
const YEAR_MARGIN = 4;
/** The base year of a series' year slots before any year is met (`yearOf` gives 0 … 9999). */
const NO_BASE = -(2 ** 30);

interface Flag {
  checks: CheckId[];
  fix: Decimal | null;
}

/**
 * The claim each finding is about: the first it names (checkClaims lists the primary claim first;
 * the others are its evidence), with the checks and the first suggested fix; and the problems of
 * findings that cannot be read.
 */
function flagsOf(findings: readonly Finding[] | undefined, checks: ReadonlySet<string>): Map<string, Flag> & { problems: InputIssues } {
  const map = Object.assign(new Map<string, Flag>(), { problems: new InputIssues('findings') });
  if (findings === undefined) return map;
  if (!Array.isArray(findings)) {
    map.problems.add([], 'an array of findings', findings);
    return map;
  }
  findings.forEach((f, i) => {
    if (!f || typeof f !== 'object' || !Array.isArray(f.claims)) {
      map.problems.add([i], 'a finding with its claims', f);
      return;
    }
    if (!checks.has(f.checkId)) return;
    const c = f.claims[0];
    if (!c || typeof c.id !== 'string') {
      map.problems.add([i, 'claims', 0], 'the claim the finding is about', c);
      return;
    }
    const v = f.suggestedFix?.value;
    if (v !== undefined && !isFiniteDecimal(v)) {
      map.problems.add([i, 'suggestedFix', 'value'], 'a finite Decimal', v);
      return;
    }
    let flag = map.get(c.id);
    if (!flag) map.set(c.id, (flag = { checks: [], fix: null }));
    if (!flag.checks.includes(f.checkId)) flag.checks.push(f.checkId);
    if (v !== undefined && flag.fix === null) flag.fix = v;
  });
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

/** Whether two claim ids start with the same source (see {@link sourceOfId}), without slicing them. */
function sameIdPrefix(a: string, b: string): boolean {
  let i = a.indexOf(SOURCE_SEPARATOR);
  let j = b.indexOf(SOURCE_SEPARATOR);
  if (i <= 0) i = -1;
  if (j <= 0) j = -1;
  if (i !== j) return false;
  for (let k = 0; k < i; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Series of claims: one per metric, unit, eastern and western region (and year, by year). */
class SeriesTable {
  /**
   * Series by pair, then by metric-and-unit: a series id (−1: none yet) per year slot, the slots
   * starting at a year of their own (`YEAR_BASE`): arrays, no hashing per claim.
   */
  private readonly byPair: (number[] | undefined)[][] = [];
  /** Per series: its row index (not by source; −1 until made), or its row indices by source. */
  readonly row: number[] = [];
  readonly rowsBySource: (Map<string | null, number> | undefined)[] = [];
  /** Per series: claims that reached the selection. */
  readonly count: number[] = [];

  get size(): number {
    return this.count.length;
  }

  /** The id of the series of a pair, metric-and-unit and year (made when new). */
  idOf(pair: number, metricUnit: number, year: number | null): number {
    let byMu = this.byPair[pair];
    if (byMu === undefined) {
      while (this.byPair.length <= pair) this.byPair.push([]);
      byMu = this.byPair[pair] as (number[] | undefined)[];
    }
    let slots = byMu[metricUnit];
    if (slots === undefined) {
      while (byMu.length <= metricUnit) byMu.push(undefined);
      // Slot 0 holds the base year (the first year met, less a margin; NO_BASE until a claim with
      // a year is met), slot 1 "no year", then years.
      slots = byMu[metricUnit] = [year === null ? NO_BASE : year - YEAR_MARGIN, -1];
    }
    let slot: number;
    if (year === null) slot = 1;
    else {
      let base = slots[0] as number;
      if (base === NO_BASE) base = slots[0] = year - YEAR_MARGIN;
      else if (year < base) {
        // An earlier year than any slot: move the years up.
        const shift = base - (year - YEAR_MARGIN);
        const moved: number[] = [year - YEAR_MARGIN, slots[1] as number];
        for (let k = 0; k < shift; k++) moved.push(-1);
        for (let k = 2; k < slots.length; k++) moved.push(slots[k] as number);
        slots = byMu[metricUnit] = moved;
        base = year - YEAR_MARGIN;
      }
      slot = 2 + year - base;
      while (slots.length <= slot) slots.push(-1);
    }
    let id = slots[slot] as number;
    if (id < 0) {
      id = this.count.length;
      slots[slot] = id;
      this.row.push(-1);
      this.count.push(0);
    }
    return id;
  }
}

/**
 * Adds claims up into rows, one per group of the `by` keys and unit, each with its total as an
 * exact interval, the claims counted and the claims left out with the reason. Every claim it
 * reads is either counted or left out with a reason (claims of other `metrics`, or wholly outside
 * `period`, are not part of the question and are not listed).
 *
 * Throws {@link XiezuoValidationError} (code `INVALID_DATA`) when the claims are not an array, when a
 * claim cannot be read (not an object; id, metric or scope not a string; a value or precision
 * that is not a finite `Decimal`; an unknown qualifier; a period, region or `partOf` of the wrong
 * shape), or when a finding of `flagChecks` cannot be read; the error lists every problem by path
 * (`claims[3].figure.amount.value`), up to a hundred. Each field is checked where it is first
 * read, so a claim set aside early (another metric, a target, another currency) is not read
 * further; `validateClaims` checks everything. Nothing else throws.
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
 *   annual total is never added to figures whose period it covers (see `SeriesSelection`).
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
 * Speed: a million claims take 1.1–1.2 s by metric and 1.5–1.7 s by pairing, metric and year
 * on a 2-core machine (`npm run bench`). Claims whose objects are built as object literals (as
 * `extractClaims` builds them) read fastest; on Node 20 an object built by spreading another and
 * adding a key (`{ ...base, currency }`) gets a hidden class of its own, and a million claims
 * with such figures take 1.3–1.6 times as long.
 *
 * @throws `XiezuoValidationError` for claims or findings that cannot be read
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
  if (!Array.isArray(claims)) {
    const problems = new InputIssues('claims');
    problems.add([], 'an array of claims', claims);
    problems.throwIfAny();
  }
  const opts: Partial<AggregateOptions> = options && typeof options === 'object' ? options : {};
  const by = new Set<AggregateKey>(Array.isArray(opts.by) ? opts.by : []);
  const byKeys = KEY_ORDER.filter((k) => by.has(k));
  const byYear = by.has('year');
  const bySource = by.has('source');
  const metrics = Array.isArray(opts.metrics) ? new Set<string>(opts.metrics) : null;
  const pStart = opts.period?.start ?? null;
  const pEnd = opts.period?.end ?? null;
  const hasPeriod = opts.period != null && (pStart !== null || pEnd !== null);
  const currency = typeof opts.currency === 'string' ? opts.currency : null;
  const mode = opts.flagged ?? 'leave_out';
  const flags = flagsOf(opts.findings, new Set<string>(opts.flagChecks ?? ['unit_slip']));
  if (flags.problems.count > 0) flags.problems.throwIfAny();
  const customSource = typeof opts.sourceOf === 'function';
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

  // By claim index: the row (−1: not part of the question), the id, the entry of a claim left
  // out. The claims that reach the selection get a record instead.
  const n = claims.length;
  const rowOf = new Int32Array(n).fill(-1);
  const idOf = filled<string>(n);
  const leftOutOf = filled<LeftOutClaim | undefined>(n);
  /** Claims counted although a finding names them (rare: a set, not a column). */
  const flaggedOf = new Set<number>();
  /** Values with a suggested fix put in (`flagged: 'use_fix'`). */
  const fixedOf = new Map<number, NumberValue>();
  /** The value a claim counts with. */
  const valueAt = (index: number): NumberValue => {
    const fixed = fixedOf.size > 0 ? fixedOf.get(index) : undefined;
    if (fixed !== undefined) return fixed;
    const fig = (claims[index] as Claim).figure;
    return fig.kind === 'amount' ? fig.amount : fig.quantity;
  };
  /**
   * Records of the claims that reach the selection, in claim order (see `INT_FIELDS`): room for
   * every claim at once, in typed arrays (32 bytes a claim, paged in only as far as written).
   */
  const ints = new Int32Array(n * INT_FIELDS);
  const floats = new Float64Array(n * FLOAT_FIELDS);
  let recordCount = 0;
  let sourceOfIndex: (string | null | undefined)[] | null = null; // read when first needed

  /** The source of a claim, read once. */
  const sourceAt = (index: number): string | null => {
    const known = (sourceOfIndex ??= filled<string | null | undefined>(n))[index];
    if (known !== undefined) return known;
    return (sourceOfIndex[index] = sourceOf(claims[index] as Claim) ?? null);
  };

  const leave = (index: number, reason: LeftOutReason, detail?: string, relatedId?: string): void => {
    const id = idOf[index] as string;
    // Each entry made whole by one literal: adding a property later would give it a separate
    // property store (one more allocation per entry, and there can be a million entries).
    leftOutOf[index] =
      detail === undefined
        ? relatedId === undefined
          ? { id, reason }
          : { id, reason, relatedId }
        : relatedId === undefined
          ? { id, reason, detail }
          : { id, reason, detail, relatedId };
  };

  const regions = new RegionIds();
  const noRegion = regions.idOf(null);
  const series = new SeriesTable();
  const dates = new DateRanks();
  const metricUnits = new Map<string, Map<string, number>>();
  const metricOfMu: string[] = [];
  const unitOfMu: string[] = [];
  const rows = new RowTable({ metricOf: metricOfMu, unitOf: unitOfMu, regions, noRegion });
  const unitIdOfMu: number[] = [];
  const additiveOfMu: boolean[] = [];
  const unitIds = new Map<string, number>();

  // Rows by the parts asked for, as small integers: metric and unit (or the unit alone) with the
  // year, then the pair of regions asked for (a region not asked for counts as none), then the source.
  const groupEast = by.has('pairing') || by.has('east');
  const groupWest = by.has('pairing') || by.has('west');
  const rowsByHead = new Map<number, Map<number, number>>();
  // Rows are series when the metric and both regions are asked for (and no source): rows and
  // series then have the same key parts (the year being in both or in neither).
  const rowPerSeries = !bySource && by.has('metric') && (by.has('pairing') || (by.has('east') && by.has('west')));
  const rowsBySource = new Map<number, Map<number, Map<string | null, number>>>();
  const rowFor = (mu: number, year: number | null, source: string | null, pair: number): number => {
    const head = (by.has('metric') ? mu * 2 : (unitIdOfMu[mu] as number) * 2 + 1) * YEAR_SLOTS + (year === null ? 0 : year + 1);
    const east = groupEast ? regions.east(pair) : noRegion;
    const west = groupWest ? regions.west(pair) : noRegion;
    const grouped = regions.pairOf(east, west);
    let r: number | undefined;
    let bySourceMap: Map<string | null, number> | undefined;
    let byPair: Map<number, number> | undefined;
    if (rowPerSeries) {
      // Each series is a row of its own (asked for by metric and by both regions): no look-up.
    } else if (bySource) {
      let m = rowsBySource.get(head);
      if (m === undefined) rowsBySource.set(head, (m = new Map()));
      bySourceMap = m.get(grouped);
      if (bySourceMap === undefined) m.set(grouped, (bySourceMap = new Map()));
      r = bySourceMap.get(source);
    } else {
      byPair = rowsByHead.get(head);
      if (byPair === undefined) rowsByHead.set(head, (byPair = new Map()));
      r = byPair.get(grouped);
    }
    if (r === undefined) {
      r = rows.add(mu, year, source, grouped);
      if (bySourceMap) bySourceMap.set(source, r);
      else if (byPair) byPair.set(grouped, r);
    }
    return r;
  };

  // First pass, in claim order: each claim read once (and checked as far as it is read).
  const problems = new InputIssues('claims');
  // The last values met (a sentinel at first: `undefined` is a value too).
  const NONE_YET = {};
  const eastOf = regions.reader();
  const westOf = regions.reader();
  let lastPairEast = -1;
  let lastPairWest = -1;
  let lastPair = -1;
  let lastMetric: unknown = NONE_YET;
  let lastUnit: unknown = NONE_YET;
  let lastRawUnit: unknown = NONE_YET;
  let lastQuantityUnit = '';
  let lastMu = -1;
  let lastPeriod: unknown = NONE_YET;
  let lastSpanPeriod: unknown = NONE_YET;
  let lastSpanDetail = '';
  let lastPeriodId = 0;
  for (let index = 0; index < n; index++) {
    const claim = claims[index];
    if (!claim || typeof claim !== 'object') {
      problems.add([index], 'a claim (object)', claim);
      continue;
    }
    const id = claim.id;
    if (typeof id !== 'string') {
      problems.add([index, 'id'], 'a claim id (string)', id);
      continue;
    }
    const metric = claim.metric;
    if (typeof metric !== 'string') {
      problems.add([index, 'metric'], 'a metric id (string)', metric);
      continue;
    }
    if (metrics && !metrics.has(metric)) continue;
    // Each field is checked where it is first read (a claim left out early is not read further).
    const fig = claim.figure;
    const kind = fig?.kind;
    const value: NumberValue | undefined = kind === 'amount' ? fig.amount : kind === 'quantity' ? fig.quantity : undefined;
    if (value === null || typeof value !== 'object') {
      if (fig === null || typeof fig !== 'object') problems.add([index, 'figure'], 'a figure (object)', fig);
      else if (kind !== 'amount' && kind !== 'quantity') problems.add([index, 'figure', 'kind'], '"amount" or "quantity"', kind);
      else problems.add([index, 'figure', kind], `the ${kind} (object)`, value);
      continue;
    }
    const period = claim.period;
    const start = period?.start ?? OPEN_START;
    const end = period?.end ?? OPEN_END;
    if ((period !== undefined && period !== null && typeof period !== 'object') || typeof start !== 'string' || typeof end !== 'string') {
      problems.add([index, 'period'], 'a period with string start and end, or none', period);
      continue;
    }
    if (hasPeriod && period) {
      // Wholly outside the period asked for: not part of the question.
      if ((pEnd !== null && start !== OPEN_START && start > pEnd) || (pStart !== null && end !== OPEN_END && end < pStart)) continue;
    }
    let unit: string;
    if (kind === 'amount') unit = (value as Amount).currency;
    else {
      const raw = (value as Quantity).unit;
      if (raw !== lastRawUnit) {
        lastRawUnit = raw;
        lastQuantityUnit = typeof raw === 'string' ? quantityUnit(raw) : (raw as string);
      }
      unit = lastQuantityUnit;
    }
    if (typeof unit !== 'string') {
      problems.add([index, 'figure', kind, kind === 'amount' ? 'currency' : 'unit'], 'a string', unit);
      continue;
    }
    const year = byYear ? yearOf(period) : null;
    const east = eastOf(claim.east);
    const west = westOf(claim.west);
    if (east < 0 || west < 0) {
      const side = east < 0 ? 'east' : 'west';
      problems.add([index, side], 'a region reference { name, code }, or none', claim[side]);
      continue;
    }
    if (east !== lastPairEast || west !== lastPairWest) {
      lastPairEast = east;
      lastPairWest = west;
      lastPair = regions.pairOf(east, west);
    }
    if (metric !== lastMetric || unit !== lastUnit) {
      lastMetric = metric;
      lastUnit = unit;
      let units = metricUnits.get(metric);
      if (units === undefined) metricUnits.set(metric, (units = new Map()));
      let mu = units.get(unit);
      if (mu === undefined) {
        mu = metricOfMu.length;
        units.set(unit, mu);
        metricOfMu.push(metric);
        unitOfMu.push(unit);
        let u = unitIds.get(unit);
        if (u === undefined) unitIds.set(unit, (u = unitIds.size));
        unitIdOfMu.push(u);
        additiveOfMu.push(isAdditiveUnit(unit));
      }
      lastMu = mu;
    }
    const sid = series.idOf(lastPair, lastMu, year);
    let row: number;
    if (!bySource) {
      row = series.row[sid] as number;
      if (row < 0) row = series.row[sid] = rowFor(lastMu, year, null, lastPair);
    } else {
      const source = sourceOf(claim) ?? null;
      (sourceOfIndex ??= filled<string | null | undefined>(n))[index] = source;
      const m = (series.rowsBySource[sid] ??= new Map<string | null, number>());
      let r = m.get(source);
      if (r === undefined) m.set(source, (r = rowFor(lastMu, year, source, lastPair)));
      row = r;
    }
    rowOf[index] = row;
    idOf[index] = id;
    if (hasPeriod) {
      if (!period || (pStart !== null && start === OPEN_START) || (pEnd !== null && end === OPEN_END)) {
        leave(index, 'no_period', 'a period is needed to tell whether it lies within the period asked for');
        continue;
      }
      if ((pStart !== null && start < pStart) || (pEnd !== null && end > pEnd)) {
        leave(index, 'outside_period', `${start || '…'} – ${end === OPEN_END ? '…' : end}`);
        continue;
      }
    }
    if (typeof claim.scope !== 'string') {
      problems.add([index, 'scope'], 'a scope (string)', claim.scope);
      continue;
    }
    const scope = scopeCode(claim.scope);
    if (scope === 0) {
      leave(index, 'not_an_achievement', claim.scope);
      continue;
    }
    if (!additiveOfMu[lastMu]) {
      leave(index, 'not_additive', unit);
      continue;
    }
    if (currency !== null && fig.kind === 'amount' && unit !== currency) {
      leave(index, 'other_currency', unit);
      continue;
    }
    const problem = numberProblem(value);
    if (problem !== null) {
      problems.add([index, 'figure', kind, problem], problem === 'qualifier' ? 'a qualifier (exact, approx, more_than, …)' : problem === 'range' ? 'finite Decimals min and max' : 'a finite Decimal', value[problem]);
      continue;
    }
    let counted = value;
    const flag = flags.size > 0 ? flags.get(id) : undefined;
    if (flag) {
      if (mode === 'include') flaggedOf.add(index);
      else if (mode === 'use_fix' && flag.fix) {
        counted = fixedValue(value, flag.fix);
        flaggedOf.add(index);
        fixedOf.set(index, counted);
      } else {
        leave(index, 'flagged', flag.checks.join(','));
        continue;
      }
    }
    if (claim.partOf !== undefined && claim.partOf !== null && typeof claim.partOf !== 'string') {
      problems.add([index, 'partOf'], 'a claim id (string), or none', claim.partOf);
      continue;
    }
    if (claim.partOf !== undefined && hasId(claim.partOf)) {
      leave(index, 'part_of', undefined, claim.partOf);
      continue;
    }
    if (byYear && year === null) {
      if (!period || !period.start || !period.end) leave(index, 'no_period', 'an open or missing period has no year');
      else {
        // Claims of one period often share the period object (and so the detail string).
        if (period !== lastSpanPeriod) {
          lastSpanPeriod = period;
          lastSpanDetail = `${period.start} – ${period.end}`;
        }
        leave(index, 'spans_years', lastSpanDetail);
      }
      continue;
    }
    series.count[sid] = (series.count[sid] as number) + 1;
    if (period !== lastPeriod || period === undefined || period === null) {
      lastPeriod = period;
      lastPeriodId = dates.period(start, end);
    }
    const base = recordCount * INT_FIELDS;
    const fbase = recordCount * FLOAT_FIELDS;
    recordCount++;
    const cents = scaledInteger(counted.value, 2);
    const exponent = powerOfTen(counted.precision);
    ints[base + R_INDEX] = index;
    ints[base + R_SERIES] = sid;
    ints[base + R_CODE] = recordCode(scope, qualifierCode(counted.qualifier), cents === cents, exponent === exponent);
    ints[base + R_PERIOD] = lastPeriodId;
    floats[fbase + R_VALUE] = cents === cents ? cents : approxNumber(counted.value);
    floats[fbase + R_PRECISION] = exponent === exponent ? exponent : approxNumber(counted.precision);
  }

  problems.throwIfAny();

  // Second pass, series by series: the claims of a series side by side (a counting sort by
  // series, stable in claim order), selected when a series has two claims or more.
  dates.finish();
  const seriesCount = series.size;
  const offset = new Int32Array(seriesCount + 1);
  for (let s = 0; s < seriesCount; s++) offset[s + 1] = (offset[s] as number) + (series.count[s] as number);
  const order = new Int32Array(recordCount);
  const fill = offset.slice(0, seriesCount);
  for (let p = 0, base = 0; p < recordCount; p++, base += INT_FIELDS) {
    const sid = ints[base + R_SERIES] as number;
    order[fill[sid] as number] = p;
    fill[sid] = (fill[sid] as number) + 1;
  }
  const input: SelectionInput = {
    ints,
    floats,
    ids: idOf,
    valueAt,
    dates,
    sameSource: (a, b) => {
      if (sourceOfIndex === null && !customSource) return sameIdPrefix(idOf[a] as string, idOf[b] as string);
      return sourceAt(a) === sourceAt(b);
    },
    evidenceStartOf: (index) => {
      const s = (claims[index] as Claim).evidence?.start;
      return typeof s === 'number' && !Number.isNaN(s) ? s : -1;
    },
    leave: (index, reason, related, detail) => leave(index, reason, detail, idOf[related]),
  };
  const selection = new SeriesSelection(input);
  for (let s = 0; s < seriesCount; s++) {
    if ((series.count[s] as number) >= 2) selection.select(order, offset[s] as number, offset[s + 1] as number);
  }

  // Third pass, in claim order: the claims counted and left out, row by row, and the figures
  // counted added up (each counted claim has a record; records are in claim order).
  const rowCount = rows.size;
  rows.openSums();
  for (let index = 0; index < n; index++) {
    const r = rowOf[index] as number;
    if (r < 0) continue;
    if (leftOutOf[index] !== undefined) rows.leftOut[r] = (rows.leftOut[r] as number) + 1;
    else {
      rows.counted[r] = (rows.counted[r] as number) + 1;
      if (flaggedOf.size > 0 && flaggedOf.has(index)) rows.flagged[r] = (rows.flagged[r] as number) + 1;
    }
  }
  const ends: CentsInterval = { low: 0, high: 0, lowOpen: false, highOpen: false };
  for (let p = 0; p < recordCount; p++) {
    const index = ints[p * INT_FIELDS + R_INDEX] as number;
    if (leftOutOf[index] !== undefined) continue;
    const r = rowOf[index] as number;
    const code = ints[p * INT_FIELDS + R_CODE] as number;
    const cents = floats[p * FLOAT_FIELDS + R_VALUE] as number;
    const qualifier = code & 15;
    if ((code & F_CENTS) !== 0 && qualifier === EXACT) {
      // Exact and held in hundredths: added without reading the decimal again.
      rows.addCents(r, cents, cents, false, false, true);
    } else if (
      (code & (F_CENTS | F_POWER)) === (F_CENTS | F_POWER) &&
      centsInterval(
        QUALIFIER_ORDER[qualifier] as string,
        cents,
        floats[p * FLOAT_FIELDS + R_PRECISION] as number,
        qualifier === MORE_THAN ? ((claims[index] as Claim).figure.span?.text ?? '') : '',
        ceilingOf !== null,
        ends,
      )
    ) {
      rows.addCents(r, ends.low, ends.high, ends.lowOpen, ends.highOpen, false);
    } else {
      const v = valueAt(index);
      if (v.qualifier === 'exact') rows.addExact(r, v.value);
      else {
        const claim = claims[index] as Claim;
        const ceiling = ceilingOf ? (ceilingOf(claim) ?? null) : null;
        rows.addInterval(r, valueInterval(v, v.qualifier === 'more_than' ? (claim.figure.span?.text ?? '') : '', ceiling));
      }
    }
  }
  const lists: ListSources = { members: new RowMembers(rowOf, rowCount), ids: idOf, leftOut: leftOutOf, flagged: flaggedOf };

  // Rows handed out in the order they were made (their columns then read front to back), each
  // put in its sorted place.
  const sorted = sortRows(rows, byKeys, regions);
  const placeOf = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) placeOf[sorted[i] as number] = i;
  const shape = keyShape(by);
  const out = filled<AggregateRow>(rowCount);
  for (let r = 0; r < rowCount; r++) out[placeOf[r] as number] = toAggregateRow(rows, r, shape, regions, lists);
  return out;
}
