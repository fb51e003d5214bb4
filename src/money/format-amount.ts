/**
 * `formatAmount`: write an amount the way Chinese government and news text does (`1.25亿元`),
 * exactly: the written figure always parses back to the same value.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { CURRENCY_NAMES } from '../data/currency-names.js';
import { XiezuoParseError } from '../errors.js';
import { describeInput } from '../text/describe-input.js';
import type { Exact } from '../numbers/exact.js';
import { exactFromString, normalize, toDecimalString } from '../numbers/exact.js';
import { beyondLimits } from '../numbers/numeral.js';

/**
 * The unit scale of a formatted amount: `auto`, or 元 / 万元 / 亿元 (万 and 亿 apply to any currency).
 *
 * @example
 * ```ts
 * formatAmount('15760900', { unit: '万元' }); // '1576.09万元'
 * ```
 */
export type AmountUnit = 'auto' | '元' | '万元' | '亿元';

/**
 * Options of {@link formatAmount}.
 *
 * @example
 * ```ts
 * formatAmount('125000000', { script: 'traditional', currency: 'HKD' }); // '1.25億港元'
 * ```
 */
export interface FormatAmountOptions {
  /**
   * `auto` (default): 亿 for magnitudes of at least 1亿, 万 from 1万, else none — but only when the
   * scaled figure keeps at most four decimals (`125000000` → `1.25亿元`, `123456789` → `12345.6789万元`).
   */
  unit?: AmountUnit;
  /** `simplified` (default: 亿 万) or `traditional` (億 萬, 歐元, 新臺幣). */
  script?: 'simplified' | 'traditional';
  /** ISO 4217 code (default `CNY`) or its Chinese name (`美元`). */
  currency?: string;
}

const SCALES: Record<Exclude<AmountUnit, 'auto'>, number> = { 元: 0, 万元: 4, 亿元: 8 };

function currencyCode(c: string | undefined): string {
  if (c === undefined) return 'CNY';
  if (CURRENCY_NAMES[c]) return c;
  for (const [code, names] of Object.entries(CURRENCY_NAMES)) if (names[0] === c || names[1] === c) return code;
  if (c === '人民币') return 'CNY';
  throw new XiezuoParseError('INVALID_ARGUMENT', `unknown currency ${JSON.stringify(c)}`, describeInput(c));
}

function toExact(value: Decimal | string): Exact {
  let d: Decimal;
  try {
    if (typeof value === 'string') d = new Decimal(value.trim());
    else if (value !== null && typeof value === 'object' && typeof (value as Decimal).toFixed === 'function') d = new Decimal((value as Decimal).toString());
    else throw new Error('not a decimal');
  } catch {
    throw new XiezuoParseError('INVALID_ARGUMENT', 'formatAmount expects a Decimal or a decimal string', describeInput(value));
  }
  if (!d.isFinite()) throw new XiezuoParseError('INVALID_ARGUMENT', 'formatAmount expects a finite decimal', describeInput(value));
  return exactFromString(d.toFixed());
}

/**
 * Format an amount of money as Chinese text: the figure in Arabic digits, an optional 万/亿
 * scale and the currency name. The result is exact (no rounding, no float):
 * `parseAmount(formatAmount(x)).value` equals `x` for every decimal of at most 10^30 in magnitude
 * with at most 30 fraction digits. Throws {@link XiezuoParseError} (`INVALID_ARGUMENT` for a value
 * that is not a finite decimal or an unknown currency, `OUT_OF_RANGE` beyond those limits).
 *
 * @example
 * ```ts
 * formatAmount('125000000'); // '1.25亿元'
 * formatAmount('15760900', { unit: '万元' }); // '1576.09万元'
 * formatAmount('125000000', { script: 'traditional' }); // '1.25億元'
 * formatAmount('428700000', { currency: 'USD' }); // '4.287亿美元'
 * ```
 */
export function formatAmount(value: Decimal | string, given: FormatAmountOptions = {}): string {
  // Options that are not an object (null from JavaScript callers) count as none.
  const options: FormatAmountOptions = given !== null && typeof given === 'object' ? given : {};
  const v = normalize(toExact(value));
  if (beyondLimits(v)) {
    throw new XiezuoParseError('OUT_OF_RANGE', 'the amount is beyond 10^30 or has more than 30 fraction digits', describeInput(value));
  }
  const code = currencyCode(options.currency);
  const traditional = options.script === 'traditional';
  const names = CURRENCY_NAMES[code]!;
  const name = traditional ? names[1] : names[0];
  const unit = options.unit ?? 'auto';
  let exp: number;
  if (unit === 'auto') exp = autoScale(v);
  else if (unit in SCALES) exp = SCALES[unit];
  else throw new XiezuoParseError('INVALID_ARGUMENT', `unknown unit ${JSON.stringify(unit)}`, describeInput(unit));
  // Keep the written fraction within what the parser reads back (30 digits + the scale).
  const scaled: Exact = { m: v.m, s: v.s + exp };
  const figure = toDecimalString(scaled);
  const scaleChar = exp === 8 ? (traditional ? '億' : '亿') : exp === 4 ? (traditional ? '萬' : '万') : '';
  return figure + scaleChar + name;
}

function autoScale(v: Exact): number {
  const abs = v.m < 0n ? -v.m : v.m;
  for (const e of [8, 4]) {
    // |v| ≥ 10^e, i.e. abs ≥ 10^(e + s).
    if (abs >= 10n ** BigInt(e + v.s) && v.s + e - trailingZeros(v) <= 4) return e;
  }
  return 0;
}

function trailingZeros(v: Exact): number {
  let m = v.m < 0n ? -v.m : v.m;
  if (m === 0n) return 0;
  let k = 0;
  while (m % 10n === 0n) {
    m /= 10n;
    k++;
  }
  return k;
}
