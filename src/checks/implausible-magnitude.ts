/**
 * `implausible_magnitude`: a money figure beyond reference bounds — above the national total of
 * its metric, above the western county's GDP or the largest western province's GDP, or far above
 * the typical district → county band. Reference data: `REFERENCE_MAGNITUDES` (callers may pass
 * their own).
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding, Severity } from '../domain/finding.js';
import type { ReferenceBand, ReferenceMagnitudes } from '../data/reference-magnitudes.js';
import { D, figureValue, log10Of, type Dec } from './arith.js';
import { periodYears } from './groups.js';
import { makeFinding, unitOf } from './make-finding.js';
import { firstClause, lastClause, rescaleFix, writeValue } from './text.js';
import type { Check, CheckContext } from './types.js';

const FLOWS = new Set(['annual', 'cumulative', 'target', 'forecast', 'intent']);
const COUNTY_CODE = /^\d{4}(?!00)\d{2}$/;

/** Years a flow claim covers (1 for an annual figure or an unknown period). */
function yearsOf(claim: Claim): number {
  if (claim.scope === 'annual') return 1;
  const y = periodYears(claim.period);
  return y === undefined ? 1 : Math.max(1, y);
}

/** Whether the claim is about one pairing: a western county or an eastern district (by GB/T 2260 code). */
function onePairing(claim: Claim): boolean {
  const county = (code: string | null | undefined): boolean => typeof code === 'string' && COUNTY_CODE.test(code);
  return county(claim.west?.code) || county(claim.east?.code);
}

/** Words around a figure that make a small amount ordinary (a subsidy, a per-person figure). */
const SMALL_OK = /补助|补贴|奖补|奖励|每|均|工资|收入|月薪|年薪|价格|单价/;

/** The clause around a figure. */
function clauseOf(claim: Claim): string {
  const t = claim.evidence.text;
  const at = claim.figure.span.start - claim.evidence.start;
  return lastClause(t.slice(0, at)) + firstClause(t.slice(at));
}

/** Years as an exact decimal (two places are enough for a bound). */
function yearsDec(claim: Claim): Dec {
  return new D(yearsOf(claim).toFixed(2));
}

/**
 * The typical band of a claim's metric for its period, on a log10 scale, when the reference has
 * one that applies (a money flow of a named metric for one county): `{ lowLog, highLog }`.
 *
 * @example
 * ```ts
 * bandFor(claim, REFERENCE_MAGNITUDES); // { lowLog: 7, highLog: 9.48…, band } —— 消费帮扶，3年
 * ```
 */
export function bandFor(
  claim: Claim,
  reference: ReferenceMagnitudes,
): { lowLog: number | null; highLog: number; band: ReferenceBand } | undefined {
  if (claim.figure.kind !== 'amount' || !FLOWS.has(claim.scope)) return undefined;
  const band = reference.bands.find((b) => b.level === 'pairing' && b.metrics.includes(claim.metric));
  if (band === undefined) return undefined;
  const years = band.perYear ? yearsDec(claim) : new D(1);
  const highLog = log10Of(new D(band.high).times(years));
  if (highLog === null) return undefined;
  const lowLog = band.low === null || claim.partOf !== undefined ? null : log10Of(new D(band.low));
  return { lowLog, highLog, band };
}

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
    if (claim.figure.kind !== 'amount' || claim.metric === 'other' || !FLOWS.has(claim.scope)) continue;
    if (claim.figure.amount.currency !== 'CNY') continue;
    const value = figureValue(claim);
    const years = yearsDec(claim);
    const limits: Array<{ high: Dec; basis: string; severity: Severity }> = [];
    for (const b of ref.bands) {
      if (!b.metrics.includes(claim.metric) && !b.metrics.includes('*')) continue;
      const high = b.perYear ? new D(b.high).times(years) : new D(b.high);
      if (b.level === 'national') limits.push({ high, basis: `${b.label}（${b.source}）`, severity: 'error' });
      else if (onePairing(claim)) limits.push({ high, basis: `${b.label}（${b.source}）`, severity: 'warning' });
    }
    const gdp = ref.countyGdp.find((g) => claim.west !== null && (g.code === claim.west.code || g.name === claim.west.name));
    if (gdp !== undefined) {
      limits.push({ high: new D(gdp.gdp).times(years), basis: `${gdp.name}${gdp.year}年GDP ${writeValue(new D(gdp.gdp), claim)}（${gdp.source}）`, severity: 'error' });
    }
    limits.push({
      high: new D(ref.provinceGdpCeiling.value).times(years),
      basis: `${ref.provinceGdpCeiling.label}（${ref.provinceGdpCeiling.source}）`,
      severity: 'error',
    });
    const floor = new D(ref.floor.value);
    if (value.lt(floor) && (claim.scope === 'cumulative' || claim.scope === 'annual') && claim.partOf === undefined && !SMALL_OK.test(clauseOf(claim))) {
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
    const broken = limits.filter((l) => value.gt(l.high));
    if (broken.length === 0) continue;
    const errors = broken.filter((l) => l.severity === 'error');
    const pool = errors.length > 0 ? errors : broken;
    const worst = pool.reduce((a, b) => (a.high.lt(b.high) ? a : b));
    const tightest = worst;
    let fix: { text: string; value: Dec } | undefined;
    for (const k of [4, 8]) {
      const f = rescaleFix(claim, k);
      if (f !== undefined && new D(f.value.toFixed()).gte(floor) && limits.every((l) => new D(f.value.toFixed()).lte(l.high))) {
        fix = { text: f.text, value: new D(f.value.toFixed()) };
        break;
      }
    }
    const ratio = value.div(tightest.high);
    out.push(
      makeFinding({
        checkId: 'implausible_magnitude',
        severity: worst.severity,
        zh: `${claim.figure.span.text}超出参考上限${writeValue(tightest.high, claim)}（约${ratio.toDecimalPlaces(1).toFixed()}倍）${fix === undefined ? '' : `，疑为${fix.text}`}。`,
        en: `${claim.figure.span.text} exceeds the reference bound ${writeValue(tightest.high, claim)} (≈${ratio.toDecimalPlaces(1).toFixed()}×)${fix === undefined ? '' : `; probably ${fix.text}`}.`,
        claims: [claim],
        observed: { value, unit: unitOf(claim), text: claim.figure.span.text },
        expected: { low: null, high: tightest.high, basis: `${worst.basis}${yearsOf(claim) > 1 ? `，按${yearsOf(claim).toFixed(1)}年计` : ''}` },
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
  description: 'a money figure beyond reference bounds (national totals, county GDP, typical bands)',
  run: findImplausibleMagnitudes,
};
