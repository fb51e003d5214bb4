/**
 * Words for findings: figures written the way the texts write them, and a rescaled figure's text
 * for a suggested fix (8793亿元 → 8793万元).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Claim } from '../domain/claim.js';
import { formatAmount } from '../money/format-amount.js';
import { D, figureValue, type Dec, type FigureInterval } from './arith.js';

/**
 * Writes a value in the claim's unit: amounts with 万/亿 (`formatAmount`), counts with their
 * measure word. Never throws.
 *
 * @example
 * ```ts
 * writeValue(D('94368000'), claim); // '9436.8万元'
 * ```
 */
export function writeValue(value: Dec | Decimal, claim: Claim): string {
  const rounded = new D(value.toFixed()).toDecimalPlaces(4);
  if (claim.figure.kind === 'amount') {
    try {
      return formatAmount(rounded.toFixed(), { currency: claim.figure.amount.currency });
    } catch {
      return `${rounded.toFixed()} ${claim.figure.amount.currency}`;
    }
  }
  return `${trimZeros(rounded.toDecimalPlaces(2))}${claim.figure.quantity.unit}`;
}

/**
 * Writes an interval in the claim's unit (`9436.8万元` when both ends round alike,
 * `9000万元–1亿元` otherwise).
 *
 * @example
 * ```ts
 * writeInterval({ low: D('94300000'), high: D('94400000') }, claim); // '9430万元–9440万元'
 * ```
 */
export function writeInterval(i: FigureInterval, claim: Claim): string {
  const lo = writeValue(i.low, claim);
  if (i.high === null) return `${lo}以上`;
  const hi = writeValue(i.high, claim);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/**
 * A percentage written with at most two decimals.
 *
 * @example
 * ```ts
 * writePercent(D('0.471840')); // '47.18%'
 * ```
 */
export function writePercent(fraction: Dec): string {
  return `${trimZeros(fraction.times(100).toDecimalPlaces(2))}%`;
}

/** A decimal without trailing zeros. */
function trimZeros(x: Dec): string {
  const s = x.toFixed();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** The largest |k| {@link rescaleText} rewrites for. */
const MAX_SHIFT = 30;

const WAN = /[万萬]/;
const YI = /[亿億]/;

/**
 * The text of a figure rescaled by 10^k (the value divided by 10^k): 万 ↔ 亿 for k = ±4, a
 * dropped or doubled 亿 for k = ±8, otherwise the Arabic digits shifted. Keeps the script
 * (億/萬) and everything around the number (余, 元, 以上). `undefined` when the text cannot be
 * rewritten safely, or `k` is not an integer between −30 and 30.
 *
 * @example
 * ```ts
 * rescaleText('8793亿元', 4);  // '8793万元'
 * rescaleText('3522元', -4);   // '3522万元'
 * rescaleText('36250万元', 1); // '3625万元'
 * ```
 */
export function rescaleText(text: string, k: number): string | undefined {
  // Slips are factors of 10^1 … 10^30 (a figure has at most 30 fraction digits); a larger k
  // would only build huge digit strings.
  if (typeof text !== 'string' || !Number.isInteger(k) || Math.abs(k) > MAX_SHIFT) return undefined;
  const trad = /[億萬]/.test(text) || /[餘億萬]/.test(text);
  const wan = trad ? '萬' : '万';
  const yi = trad ? '億' : '亿';
  const hasWan = WAN.test(text);
  const hasYi = YI.test(text);
  if (k === 4) {
    if (hasWan && hasYi) return text.replace(WAN, '');
    if (hasYi) return text.replace(YI, wan);
    if (hasWan) return text.replace(WAN, '');
    return shiftDigits(text, k);
  }
  if (k === -4) {
    if (hasWan && !hasYi) return text.replace(WAN, yi);
    if (hasYi && !hasWan) return text.replace(YI, wan + yi);
    if (!hasWan && !hasYi) return insertScale(text, wan);
    return undefined;
  }
  if (k === 8) {
    if (hasYi && !hasWan) return text.replace(YI, '');
    return shiftDigits(text, k);
  }
  if (k === -8) {
    if (!hasYi && !hasWan) return insertScale(text, yi);
    if (hasWan && !hasYi) return text.replace(WAN, wan + yi);
    return undefined;
  }
  return shiftDigits(text, k);
}

/** Inserts a scale character right after the last digit of the number. */
function insertScale(text: string, scale: string): string | undefined {
  const m = /[0-9０-９.．]+/.exec(text);
  if (m === null) return undefined;
  const at = m.index + m[0].length;
  return text.slice(0, at) + scale + text.slice(at);
}

/** Divides the first run of Arabic digits by 10^k exactly. */
function shiftDigits(text: string, k: number): string | undefined {
  const m = /[0-9]+(?:\.[0-9]+)?/.exec(text);
  if (m === null) return undefined;
  const shifted = new D(m[0]).div(new D(10).pow(k));
  const s = trimZeros(shifted);
  return text.slice(0, m.index) + s + text.slice(m.index + m[0].length);
}

/**
 * The suggested fix for a figure that is 10^k times too large: the rewritten text and the value.
 *
 * @example
 * ```ts
 * rescaleFix(claim, 4); // { text: '8793万元', value: Decimal('87930000') }
 * ```
 */
export function rescaleFix(claim: Claim, k: number): { text: string; value: Decimal } | undefined {
  const value = new Decimal(figureValue(claim).div(new D(10).pow(k)).toFixed());
  const text = rescaleText(claim.figure.span.text, k);
  if (text === undefined || text.length === 0) return undefined;
  return { text, value };
}

/**
 * Names a factor 10^k in Chinese and English (万↔亿, 小数点错位, …).
 *
 * @example
 * ```ts
 * factorName(4); // { zh: '疑“万”误作“亿”（或多写了“万”）', en: 'probably 亿 for 万 (or a 万 too many)' }
 * ```
 */
export function factorName(k: number): { zh: string; en: string } {
  switch (k) {
    case 4:
      return { zh: '疑“万”误作“亿”（或多写了“万”）', en: 'probably 亿 for 万 (or a 万 too many)' };
    case -4:
      return { zh: '疑“亿”误作“万”（或漏写了“万”）', en: 'probably 万 for 亿 (or a dropped 万)' };
    case 8:
      return { zh: '疑多写了“亿”', en: 'probably a 亿 too many' };
    case -8:
      return { zh: '疑漏写了“亿”', en: 'probably a dropped 亿' };
    default:
      return k > 0
        ? { zh: `疑大了${10 ** k}倍（小数点或位数错误）`, en: `probably ${10 ** k}× too large (a decimal point or digit slip)` }
        : { zh: `疑小了${10 ** -k}倍（小数点或位数错误）`, en: `probably ${10 ** -k}× too small (a decimal point or digit slip)` };
  }
}

const CLAUSE_MARKS = new Set(['，', ',', '。', '；', ';']);

/**
 * The clause a text ends with: everything after its last comma, full stop or semicolon
 * (a backward scan, linear in the clause length).
 *
 * @example
 * ```ts
 * lastClause('实施项目40个,占全部援助资金的'); // '占全部援助资金的'
 * ```
 */
export function lastClause(text: string): string {
  let i = text.length;
  while (i > 0 && !CLAUSE_MARKS.has(text[i - 1]!)) i--;
  return text.slice(i);
}

/**
 * The clause a text starts with: everything before its first comma, full stop or semicolon.
 *
 * @example
 * ```ts
 * firstClause('的补助。该企业'); // '的补助'
 * ```
 */
export function firstClause(text: string): string {
  let i = 0;
  while (i < text.length && !CLAUSE_MARKS.has(text[i]!)) i++;
  return text.slice(0, i);
}
