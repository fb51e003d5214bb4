/**
 * `implausible_magnitude`: a money or people figure beyond reference bounds, compared at the level
 * the claim speaks for.
 *
 * 1. The level comes from the claim's sides ({@link claimLevel}): a western county → `county`, a
 *    western prefecture → `prefecture` (闵行区 → 保山市); else an eastern district or county →
 *    `county`, an eastern city → `prefecture`; else provinces (both, or one and no other side)
 *    → `province_pair`; else a national group (`kind: 'group'`, or a name such as
 *    东部8省市 / 西部10省区市) or, with no sides at all, national wording in the figure's clause
 *    → `national`; anything else (a name without a code) → `unknown`, which gets the ceilings only.
 * 2. The figure is compared per year: an annual figure as it is, a cumulative one against the
 *    band × the years of its period (the low end is not scaled: a running total may be young).
 * 3. Hard ceilings (money only), at any level: the national total of the metric, the western
 *    county's GDP, the largest western province's GDP. Above one → `error`.
 * 4. The bands of the metric at the claim's level: more than {@link WARNING_ORDERS} and at most
 *    {@link ERROR_ORDERS} orders of magnitude outside → `warning`, more than {@link ERROR_ORDERS}
 *    → `error`; less than one order outside says nothing (the bands are rules of thumb). Parts
 *    (其中), subsidies and per-head figures are not held to a low end.
 * 5. Below the floor (1万元) a yearly or cumulative flow is a `warning` (unless a subsidy).
 *
 * The suggested fix, for a figure more than {@link WARNING_ORDERS} order outside, is the figure
 * rescaled (×10⁻⁴ / ×10⁴ for 万↔亿, then 10⁸, then 10) so that it falls inside every band of its
 * level and under every ceiling. The message names the reference figure and its
 * source. Reference data: `REFERENCE_MAGNITUDES` (callers may pass their own).
 *
 * @module
 */
import { argumentError } from '../domain/validation-error.js';
import type { Claim } from '../domain/claim.js';
import type { Finding, Severity } from '../domain/finding.js';
import type { RegionRef } from '../domain/region.js';
import type { ReferenceBand, ReferenceLevel, ReferenceMagnitudes } from '../data/reference-magnitudes.js';
import { D, figureValue, log10Of, unitClass, type Dec } from './arith.js';
import { periodYears } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import { firstClause, lastClause, rescaleFix, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

/**
 * Orders of magnitude outside a band beyond which a figure is an `error` (default 2: a factor
 * above 100, as a 万↔亿 slip gives 10⁴).
 *
 * @example
 * ```ts
 * ERROR_ORDERS; // 2
 * ```
 */
export const ERROR_ORDERS = 2;

/**
 * Orders of magnitude outside a band beyond which a figure is a `warning` (default 1: a factor of
 * 10); it is also the least distance for a suggested rescale. The hard ceilings (national totals,
 * GDP) are errors at any excess.
 *
 * @example
 * ```ts
 * WARNING_ORDERS; // 1
 * ```
 */
export const WARNING_ORDERS = 1;

/** Whether a value has the parts of a claim that {@link claimLevel} reads. */
function isClaimShaped(claim: unknown): claim is Claim {
  if (claim === null || typeof claim !== 'object') return false;
  const c = claim as Partial<Claim>;
  const side = (s: unknown) => s === null || (typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string');
  return (
    side(c.east) && side(c.west) &&
    typeof c.evidence === 'object' && c.evidence !== null && typeof c.evidence.text === 'string' && typeof c.evidence.start === 'number' &&
    typeof c.figure === 'object' && c.figure !== null && typeof c.figure.span === 'object' && c.figure.span !== null && typeof c.figure.span.start === 'number'
  );
}

/**
 * The level a claim speaks for, read from its sides; `unknown` when it cannot be told.
 *
 * @example
 * ```ts
 * const l: ClaimLevel = 'province_pair'; // 广东 → 广西
 * ```
 */
export type ClaimLevel = Exclude<ReferenceLevel, 'pairing'> | 'unknown';

const FLOWS = new Set(['annual', 'cumulative', 'target', 'forecast', 'intent']);
const PROVINCE_CODE = /^\d{2}0000$/;
const PREFECTURE_CODE = /^\d{4}00$/;
const COUNTY_CODE = /^\d{6}$/;
/** Names of the whole programme's sides: 全国, 东部8省市, 西部10省区市, 东部地区, 东西部协作省份. */
const NATIONAL_NAME = /^(?:全国|(?:东西部|东部|西部|中西部)(?:[0-9０-９一二三四五六七八九十]+个?)?(?:省|地区|协作省份))/;
/** National wording in a figure's clause when the claim has no sides: 东部8个省市, 西部10个省区市. */
const NATIONAL_WORDING = /(?:东部|西部)[0-9０-９一二三四五六七八九十]+个?省/;
/** Metrics counted in people that have bands. */
const PEOPLE_UNIT = 'count:人';
/** Rescale exponents tried for a figure too large, most likely first (万↔亿, 亿, 十). */
const DOWN = [4, 8, 1];
/** Rescale exponents tried for a figure too small. */
const UP = [-4, -8, -1];

/** The level of one side. */
function sideLevel(side: RegionRef | null | undefined): 'none' | 'national' | 'province' | 'prefecture' | 'county' | 'unknown' {
  if (side === null || side === undefined || typeof side !== 'object') return 'none';
  const kind = (side as { kind?: unknown }).kind;
  if (kind === 'group' || kind === 'national') return 'national';
  if (typeof side.name === 'string' && NATIONAL_NAME.test(side.name)) return 'national';
  const code = side.code;
  if (typeof code !== 'string') return 'unknown';
  if (PROVINCE_CODE.test(code)) return 'province';
  if (PREFECTURE_CODE.test(code)) return 'prefecture';
  if (COUNTY_CODE.test(code)) return 'county';
  return 'unknown';
}

/** The clause around a figure. */
function clauseOf(claim: Claim): string {
  const t = claim.evidence.text;
  const at = claim.figure.span.start - claim.evidence.start;
  return lastClause(t.slice(0, at)) + firstClause(t.slice(at));
}

/**
 * The level a claim speaks for (see the module description): from the GB/T 2260 codes of its
 * sides, national groups by kind or name, and for a claim without sides the wording of its clause.
 *
 * @example
 * ```ts
 * claimLevel({ ...claim, east: { name: '广东省', code: '440000' }, west: { name: '广西壮族自治区', code: '450000' } }); // 'province_pair'
 * ```
 */
export function claimLevel(claim: Claim): ClaimLevel {
  if (!isClaimShaped(claim)) throw argumentError('claimLevel', 'claim', 'a claim (extractClaims)', claim);
  const east = sideLevel(claim.east);
  const west = sideLevel(claim.west);
  // The receiving side decides first (闵行区 → 保山市 is about a prefecture), then the helping one
  // (河东区 → 甘肃 is about a district's counties).
  if (west === 'county' || west === 'prefecture') return west;
  if (east === 'county' || east === 'prefecture') return east;
  if (east === 'unknown' || west === 'unknown') return 'unknown';
  if (east === 'province' || west === 'province') return 'province_pair';
  if (east === 'national' || west === 'national') return 'national';
  return NATIONAL_WORDING.test(clauseOf(claim)) ? 'national' : 'unknown';
}

/** Years a flow claim covers (1 for an annual figure or an unknown period). */
function yearsOf(claim: Claim): number {
  if (claim.scope === 'annual') return 1;
  const y = periodYears(claim.period);
  return y === undefined ? 1 : Math.max(1, y);
}

/** Years as an exact decimal (two places are enough for a bound). */
function yearsDec(claim: Claim): Dec {
  return new D(yearsOf(claim).toFixed(2));
}

/** The one year of a claim's period, when it lies in one calendar year. */
function yearOf(claim: Claim): number | undefined {
  const p = claim.period;
  if (p === null || p.start === null || p.end === null) return undefined;
  const a = Number(p.start.slice(0, 4));
  return a === Number(p.end.slice(0, 4)) ? a : undefined;
}

/** A band's level with `pairing` read as `county`. */
function levelOf(b: ReferenceBand): Exclude<ReferenceLevel, 'pairing'> {
  return b.level === 'pairing' ? 'county' : b.level;
}

/** What a claim counts, for bands: 元 for amounts in CNY, 人 for counts of people, else nothing. */
function unitOfClaim(claim: Claim): '元' | '人' | undefined {
  if (claim.figure.kind === 'amount') return claim.figure.amount.currency === 'CNY' ? '元' : undefined;
  return unitClass(claim) === PEOPLE_UNIT ? '人' : undefined;
}

/** Whether a band applies to a claim's metric, unit and year. */
function applies(b: ReferenceBand, claim: Claim, unit: '元' | '人'): boolean {
  if ((b.unit ?? '元') !== unit) return false;
  if (!b.metrics.includes(claim.metric) && !(unit === '元' && b.metrics.includes('*'))) return false;
  return b.year === undefined || b.year === yearOf(claim);
}

/** The bands of a level for a claim (year-specific bands first replace the general ones of the same id prefix). */
function bandsAt(reference: ReferenceMagnitudes, level: Exclude<ReferenceLevel, 'pairing'>, claim: Claim, unit: '元' | '人'): ReferenceBand[] {
  return reference.bands.filter((b) => levelOf(b) === level && applies(b, claim, unit));
}

/**
 * The band of a claim's money metric at the claim's level (the county band when the level is
 * unknown or has none), on a log10 scale for its period: `{ lowLog, highLog, band }`. `unit_slip`
 * uses it to tell which of two figures slipped.
 *
 * @example
 * ```ts
 * bandFor(claim, REFERENCE_MAGNITUDES); // { lowLog: 7, highLog: 9.48…, band } —— 县级消费帮扶，3年
 * ```
 */
export function bandFor(
  claim: Claim,
  reference: ReferenceMagnitudes,
): { lowLog: number | null; highLog: number; band: ReferenceBand } | undefined {
  if (claim.figure.kind !== 'amount' || !FLOWS.has(claim.scope)) return undefined;
  const level = claimLevel(claim);
  const named = (b: ReferenceBand): boolean => b.metrics.includes(claim.metric) && (b.unit ?? '元') === '元';
  const atLevel = level === 'unknown' ? undefined : reference.bands.find((b) => levelOf(b) === level && named(b));
  const band = atLevel ?? reference.bands.find((b) => levelOf(b) === 'county' && named(b));
  if (band === undefined) return undefined;
  const years = band.perYear ? yearsDec(claim) : new D(1);
  const highLog = log10Of(new D(band.high).times(years));
  if (highLog === null) return undefined;
  const lowLog = band.low === null || claim.partOf !== undefined ? null : log10Of(new D(band.low));
  return { lowLog, highLog, band };
}

/** Words around a figure that make a small amount ordinary (a subsidy, a per-person figure). */
const SMALL_OK = /补助|补贴|奖补|奖励|每(?![年月])|均|工资|收入|月薪|年薪|价格|单价/;

/** One bound a figure breaks. */
interface Breach {
  side: 'high' | 'low';
  bound: Dec;
  /** Orders of magnitude outside the bound. */
  orders: number;
  severity: Severity;
  label: string;
  source: string;
}

/** Names of levels, for messages. */
const LEVEL_ZH: Record<ClaimLevel, string> = {
  national: '全国',
  province_pair: '省际协作关系',
  prefecture: '市（州）',
  county: '县（区）',
  unknown: '未能判定层级',
};

/** The first web address in a source text, or the source itself. */
function shortSource(source: string): string {
  const m = /https?:\/\/[^\s（）()，；]+/.exec(source);
  return m === null ? source : m[0];
}

/** The order of severities, most severe first. */
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Finds figures beyond reference bounds (see the module description).
 *
 * @example
 * ```ts
 * findImplausibleMagnitudes(ctx)[0]?.expected?.basis; // '迭部县2022年GDP …'
 * ```
 */
export function findImplausibleMagnitudes(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const ref = ctx.reference;
  for (const claim of ctx.claims) {
    if (claim.metric === 'other' || !FLOWS.has(claim.scope)) continue;
    const unit = unitOfClaim(claim);
    if (unit === undefined) continue;
    const money = unit === '元';
    const value = figureValue(claim);
    const valueLog = log10Of(value);
    if (valueLog === null) continue;
    const years = yearsDec(claim);
    const level = claimLevel(claim);
    const floor = new D(ref.floor.value);
    const smallOk = claim.partOf !== undefined || SMALL_OK.test(clauseOf(claim));

    if (money && value.lt(floor) && (claim.scope === 'cumulative' || claim.scope === 'annual') && !smallOk) {
      const f = rescaleFix(claim, -4);
      out.push(
        makeFinding({
          checkId: 'implausible_magnitude',
          severity: 'warning',
          zh: `${claim.figure.span.text}作为${claim.scope === 'cumulative' ? '累计' : '年度'}协作资金过小${f === undefined ? '' : `，疑漏写“万”：${f.text}`}。`,
          en: `${claim.figure.span.text} is too small for a ${claim.scope} flow${f === undefined ? '' : `; probably a dropped 万: ${f.text}`}.`,
          claims: [claim],
          observed: { value, unit: unitOf(claim), text: claim.figure.span.text },
          expected: { low: floor, high: null, basis: `${ref.floor.label}（${ref.floor.source}）` },
          ...(f === undefined ? {} : { fix: f }),
        }),
      );
      continue;
    }

    // Hard ceilings (money): national totals, the county's GDP, the largest western province's GDP.
    const ceilings: Array<{ high: Dec; label: string; source: string }> = [];
    const national = ref.bands.filter((b) => b.level === 'national' && applies(b, claim, unit));
    if (money) {
      for (const b of national) ceilings.push({ high: b.perYear ? new D(b.high).times(years) : new D(b.high), label: b.label, source: b.source });
      const gdp = ref.countyGdp.find((g) => claim.west !== null && (g.code === claim.west.code || g.name === claim.west.name));
      if (gdp !== undefined) {
        ceilings.push({ high: new D(gdp.gdp).times(years), label: `${gdp.name}${gdp.year}年GDP ${writeValue(new D(gdp.gdp), claim)}`, source: gdp.source });
      }
      ceilings.push({ high: new D(ref.provinceGdpCeiling.value).times(years), label: ref.provinceGdpCeiling.label, source: ref.provinceGdpCeiling.source });
    }

    // Bands of the claim's level (for people the national band bounds every level too).
    const bands = level === 'unknown' ? [] : bandsAt(ref, level, claim, unit);
    if (!money && level !== 'national') bands.push(...national);
    const breaches: Breach[] = [];
    for (const c of ceilings) {
      if (value.gt(c.high)) breaches.push({ side: 'high', bound: c.high, orders: valueLog - (log10Of(c.high) ?? 0), severity: 'error', label: c.label, source: c.source });
    }
    const spans: Array<{ low: Dec | null; high: Dec }> = [];
    for (const b of bands) {
      const high = b.perYear ? new D(b.high).times(years) : new D(b.high);
      const low = b.low === null || smallOk || (claim.scope !== 'cumulative' && claim.scope !== 'annual') ? null : new D(b.low);
      spans.push({ low, high });
      if (value.gt(high)) {
        const orders = valueLog - (log10Of(high) ?? 0);
        const severity: Severity | undefined = orders > ERROR_ORDERS ? 'error' : orders > WARNING_ORDERS ? 'warning' : undefined;
        if (severity !== undefined) breaches.push({ side: 'high', bound: high, orders, severity, label: b.label, source: b.source });
      } else if (low !== null && value.lt(low)) {
        const orders = (log10Of(low) ?? 0) - valueLog;
        const severity: Severity | undefined = orders > ERROR_ORDERS ? 'error' : orders > WARNING_ORDERS ? 'warning' : undefined;
        if (severity !== undefined) breaches.push({ side: 'low', bound: low, orders, severity, label: b.label, source: b.source });
      }
    }
    if (breaches.length === 0) continue;
    const worst = breaches.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] || (RANK[b.severity] === RANK[a.severity] && b.orders > a.orders) ? b : a));

    // The fix: the first rescale that lands inside every band and under every ceiling.
    let fix: { text: string; value: Dec } | undefined;
    for (const k of worst.orders > WARNING_ORDERS ? (worst.side === 'high' ? DOWN : UP) : []) {
      const f = rescaleFix(claim, k);
      if (f === undefined) continue;
      const v = new D(f.value.toFixed());
      const fits =
        (!money || v.gte(floor)) &&
        ceilings.every((c) => v.lte(c.high)) &&
        spans.every((s) => v.lte(s.high) && (s.low === null || v.gte(s.low)));
      if (fits) {
        fix = { text: f.text, value: v };
        break;
      }
    }
    const many = yearsOf(claim) > 1 ? `，按${yearsOf(claim).toFixed(1)}年计` : '';
    const bound = writeValue(worst.bound, claim);
    const factor = worst.side === 'high' ? value.div(worst.bound) : worst.bound.div(value);
    const times = factor.gte(100) ? factor.toDecimalPlaces(0).toFixed() : factor.toDecimalPlaces(1).toFixed();
    const ref1 = `参考：${worst.label}（来源：${shortSource(worst.source)}）`;
    const at = `按${LEVEL_ZH[level]}层级比较`;
    out.push(
      makeFinding({
        checkId: 'implausible_magnitude',
        severity: worst.severity,
        zh:
          worst.side === 'high'
            ? `${claim.figure.span.text}超出参考上限${bound}（约${times}倍，${at}${many}）${fix === undefined ? '' : `，疑为${fix.text}`}。${ref1}。`
            : `${claim.figure.span.text}低于参考下限${bound}（仅约其${times}分之一，${at}）${fix === undefined ? '' : `，疑为${fix.text}`}。${ref1}。`,
        en:
          worst.side === 'high'
            ? `${claim.figure.span.text} exceeds the reference bound ${bound} (≈${times}×, at the ${level} level)${fix === undefined ? '' : `; probably ${fix.text}`}. Reference: ${worst.label} (${shortSource(worst.source)}).`
            : `${claim.figure.span.text} is below the reference bound ${bound} (≈1/${times}, at the ${level} level)${fix === undefined ? '' : `; probably ${fix.text}`}. Reference: ${worst.label} (${shortSource(worst.source)}).`,
        claims: [claim],
        observed: { value, unit: unitOf(claim), text: claim.figure.span.text },
        expected:
          worst.side === 'high'
            ? { low: null, high: worst.bound, basis: `${worst.label}（${worst.source}）${many}` }
            : { low: worst.bound, high: null, basis: `${worst.label}（${worst.source}）` },
        ...(fix === undefined ? {} : { fix }),
      }),
    );
  }
  return out;
}

/**
 * The `implausible_magnitude` check.
 *
 * @example
 * ```ts
 * implausibleMagnitude.id; // 'implausible_magnitude'
 * ```
 */
export const implausibleMagnitude: Check = {
  id: 'implausible_magnitude',
  description: 'a money or people figure beyond reference bounds at its level (national totals, province pairs, counties, GDP)',
  run: findImplausibleMagnitudes,
};
