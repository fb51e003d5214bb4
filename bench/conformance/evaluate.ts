/**
 * Case evaluation of the conformance harness: pure functions from (case, parser API) to a
 * {@link CaseResult}, mention matching, divergence accounting and the summary table. Nothing here
 * reads files or imports the parser, so the logic is unit-tested on synthetic cases
 * (test/conformance-harness.test.ts).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import {
  compareDecimal,
  compatibleQualifiers,
  currencyMatches,
  isQualifierAffix,
  looksFloatRounded,
  normText,
  readDecimal,
  showValue,
  toHalfOpen,
} from './compare.js';
import type {
  CaseKind,
  CaseResult,
  ConformanceCase,
  Divergence,
  FinalResult,
  ParserApi,
  RawExpectedMention,
  Suite,
} from './types.js';

const D = Decimal.clone({ precision: 200 });

/** How each case kind maps to the project API; printed by the harness. */
export const KIND_MAPPING: Readonly<Record<CaseKind, string>> = {
  number_parse:
    'parseNumber(input) succeeds and data.value equals expected_number (Decimal.eq; cases flagged inexact, ' +
    'or whose expected value is an unflagged float-rounded repeating fraction, compare with relative tolerance 1e-9 and are counted in the "≈" column).',
  money_parse:
    'parseAmount(input) succeeds, data.currency equals currency and data.value equals expected_amount ' +
    '(JioNLP: the fen-rounded or the unrounded value). With expected_range [lo, hi] (JioNLP 多/几/数/A到B): ' +
    'if we give a range, range.min = lo and range.max = hi; otherwise value = lo (our value is the base value), ' +
    'and the implied upper bound value + precision of 余/多 is compared with hi as a note only.',
  number_extract:
    'findNumbers(input) returns exactly the expected mentions: same half-open positions (RT end is inclusive → end+1), ' +
    'value equal where given; an empty list means nothing found. A mention whose span only adds qualifier words ' +
    '(余/多/约/以上…) around the source span passes (column "span+q"): our spans include qualifiers, RT drops them.',
  money_extract:
    'findAmounts(input) returns exactly the expected mentions (RT: start + inclusive end; JioNLP: offset [start, end)), ' +
    'value and currency equal where given (RT "Dollar" = any …D code, "Bitcoin" = XBT/BTC); qualifier-word extension as above.',
  invalid: 'parseNumber(input) must fail (success: false).',
  invalid_strict_only:
    'Valid colloquial Chinese (invalid only in cn2an strict mode): parseNumber(input) must succeed; the value is checked when the case gives one.',
  digit_string:
    'No digit-string API yet: parseNumber(input) must succeed with a value numerically equal to expected_text ' +
    '(leading zeros such as 003 cannot live in a NumberValue and are not compared; a precision differing from the ' +
    'written decimals, e.g. 12.30 → 0.01, is a note).',
  text_transform:
    'No text-transform API yet: findNumbers(input) mentions, in order, must carry the numbers written in expected_text ' +
    '(its Arabic tokens -?d+(.d+)?(/d+)?%?: a/b compared as a fraction, n% accepts n or n/100). ' +
    'The plain text of cn2an\'s output (℃, %, "/") is not compared.',
};

/** Short form of a parse result for listings. */
export function describeValue(data: unknown): string {
  if (data === null || typeof data !== 'object') return String(data);
  const d = data as Record<string, unknown>;
  const parts: string[] = [showValue(d['value'])];
  if (typeof d['currency'] === 'string') parts.push(d['currency']);
  const extra: string[] = [];
  if (typeof d['qualifier'] === 'string') extra.push(d['qualifier']);
  const range = d['range'] as { min?: unknown; max?: unknown } | undefined;
  if (range && typeof range === 'object') extra.push(`${showValue(range.min)}..${showValue(range.max)}`);
  if (d['precision'] !== undefined) extra.push(`precision ${showValue(d['precision'])}`);
  return extra.length > 0 ? `${parts.join(' ')} [${extra.join(', ')}]` : parts.join(' ');
}

/** A result skeleton for one case. */
function base(suite: string, c: ConformanceCase, expected: string): CaseResult {
  return {
    suite,
    id: c.id,
    kind: c.kind,
    input: c.input,
    pass: false,
    expected,
    got: '',
    reason: '',
    approx: false,
    spanExtended: false,
    notes: [],
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** Text of a failed ParseResult. */
function failureText(r: unknown): string {
  const err = (r as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (err && typeof err === 'object') return `error ${String(err.code)}: ${String(err.message)}`;
  return `unexpected result ${JSON.stringify(r)}`;
}

function isParseResult(r: unknown): r is { success: boolean; data?: unknown; error?: unknown } {
  return r !== null && typeof r === 'object' && typeof (r as { success?: unknown }).success === 'boolean';
}

/** A mention from the parser, as far as the harness needs it. */
export interface ActualMention {
  start: number;
  end: number;
  text: string;
  value?: unknown;
  currency?: unknown;
  qualifier?: unknown;
}

/** An expected mention in half-open form. */
export interface ExpectedSpan {
  start: number;
  end: number;
  text: string;
  /** Expected value, or null / undefined when the source gives none. */
  value?: string | null | undefined;
  currency?: string | undefined;
  inexact?: boolean | undefined;
}

/** Convert the suite's mention records; undefined when one has no usable position. */
export function normalizeExpectedMentions(raw: readonly RawExpectedMention[]): ExpectedSpan[] | undefined {
  const out: ExpectedSpan[] = [];
  for (const m of raw) {
    const span = toHalfOpen(m);
    if (!span) return undefined;
    out.push({
      ...span,
      text: m.text,
      value: m.expected_number !== undefined ? m.expected_number : m.expected_amount,
      currency: m.currency,
      inexact: m.inexact,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Outcome of matching mention lists. */
export interface MentionMatch {
  ok: boolean;
  /** Problems, for people; empty when ok. */
  problems: string[];
  /** Some mention matched only through a qualifier-word extension. */
  spanExtended: boolean;
  /** Some value matched only approximately. */
  approx: boolean;
}

function showSpan(input: string, s: { start: number; end: number }): string {
  return `${input.slice(s.start, s.end)}[${s.start},${s.end})`;
}

/**
 * Match the parser's mentions against the expected ones. Each expected mention needs one mention
 * of ours with the same half-open span, or a span that only adds qualifier words (and white space)
 * before or after it; values (and currencies) must match where the source gives them. Mentions of
 * ours left over are failures, and so is a mention whose `text` is not `input.slice(start, end)`.
 */
export function matchMentions(
  input: string,
  expected: readonly ExpectedSpan[],
  actualIn: readonly unknown[],
  options: { checkCurrency?: boolean } = {},
): MentionMatch {
  const problems: string[] = [];
  let spanExtended = false;
  let approx = false;
  const actual: ActualMention[] = [];
  for (const a of actualIn) {
    const m = a as Partial<ActualMention> | null;
    if (
      !m ||
      typeof m !== 'object' ||
      !Number.isInteger(m.start) ||
      !Number.isInteger(m.end) ||
      (m.start as number) < 0 ||
      (m.end as number) <= (m.start as number) ||
      (m.end as number) > input.length
    ) {
      problems.push(`malformed mention ${JSON.stringify(m)}`);
      continue;
    }
    const mm = m as ActualMention;
    if (mm.text !== input.slice(mm.start, mm.end)) {
      problems.push(`mention text "${String(mm.text)}" ≠ input.slice(${mm.start}, ${mm.end}) "${input.slice(mm.start, mm.end)}"`);
    }
    actual.push(mm);
  }
  actual.sort((a, b) => a.start - b.start || a.end - b.end);
  const used = new Set<number>();
  for (const e of expected) {
    let idx = actual.findIndex((a, i) => !used.has(i) && a.start === e.start && a.end === e.end);
    let extended = false;
    if (idx < 0) {
      idx = actual.findIndex(
        (a, i) =>
          !used.has(i) &&
          a.start <= e.start &&
          a.end >= e.end &&
          isQualifierAffix(input.slice(a.start, e.start)) &&
          isQualifierAffix(input.slice(e.end, a.end)),
      );
      extended = idx >= 0;
    }
    if (idx < 0) {
      problems.push(`missing ${showSpan(input, e)}`);
      continue;
    }
    used.add(idx);
    const a = actual[idx] as ActualMention;
    if (extended) spanExtended = true;
    if (e.value !== undefined && e.value !== null) {
      const cmp = compareDecimal(e.value, a.value, e.inexact === true || looksFloatRounded(e.value));
      if (!cmp.ok) problems.push(`value of ${showSpan(input, a)}: ${cmp.error ?? 'mismatch'}`);
      if (cmp.approxUsed) approx = true;
    }
    if (options.checkCurrency && e.currency !== undefined && !currencyMatches(e.currency, a.currency)) {
      problems.push(`currency of ${showSpan(input, a)}: expected ${e.currency}, got ${String(a.currency)}`);
    }
  }
  actual.forEach((a, i) => {
    if (!used.has(i)) problems.push(`unexpected ${showSpan(input, a)} = ${showValue(a.value)}`);
  });
  return { ok: problems.length === 0, problems, spanExtended, approx };
}

function showExpectedMentions(input: string, ms: readonly ExpectedSpan[]): string {
  if (ms.length === 0) return '(nothing)';
  return ms
    .map((m) => `${showSpan(input, m)}${m.value != null ? `=${m.value}` : ''}${m.currency ? ` ${m.currency}` : ''}`)
    .join('; ');
}

function showActualMentions(ms: readonly unknown[]): string {
  if (ms.length === 0) return '(nothing)';
  return ms
    .map((x) => {
      const m = x as ActualMention;
      const cur = typeof m.currency === 'string' ? ` ${m.currency}` : '';
      return `${String(m.text)}[${m.start},${m.end})=${showValue(m.value)}${cur}`;
    })
    .join('; ');
}

/** An Arabic number token of cn2an's transformed text. */
export interface TextToken {
  text: string;
  /** Exact value (a/b already divided at high precision). */
  value: string;
  fraction: boolean;
  percent: boolean;
}

/** The Arabic number tokens of a transformed text, in order. */
export function numberTokens(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(/-?\d+(?:\.\d+)?(?:\/\d+)?%?/g)) {
    const t = m[0];
    const percent = t.endsWith('%');
    const body = percent ? t.slice(0, -1) : t;
    const slash = body.indexOf('/');
    if (slash >= 0) {
      const v = new D(body.slice(0, slash)).div(body.slice(slash + 1));
      out.push({ text: t, value: v.toFixed(), fraction: true, percent });
    } else {
      out.push({ text: t, value: new D(body).toFixed(), fraction: false, percent });
    }
  }
  return out;
}

/** Replace each mention by its value (informational rendering of a text transform). */
export function replaceMentions(input: string, mentions: readonly unknown[]): string {
  const ms = (mentions as ActualMention[])
    .filter((m) => m && Number.isInteger(m.start) && Number.isInteger(m.end))
    .slice()
    .sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const m of ms) {
    if (m.start < pos) continue;
    out += input.slice(pos, m.start) + showValue(m.value);
    pos = m.end;
  }
  return out + input.slice(pos);
}

function evaluateNumberParse(suite: string, c: ConformanceCase, api: ParserApi): CaseResult {
  const expected = c.expected_number ?? '';
  const r = base(suite, c, expected);
  if (!api.parseNumber) return { ...r, got: '-', reason: 'parseNumber is not exported' };
  const res: unknown = api.parseNumber(c.input);
  if (!isParseResult(res)) return { ...r, got: String(res), reason: 'parseNumber did not return a ParseResult' };
  if (!res.success) return { ...r, got: failureText(res), reason: 'parse failed' };
  r.got = describeValue(res.data);
  const approxAllowed = c.inexact === true || looksFloatRounded(expected);
  const cmp = compareDecimal(expected, (res.data as { value?: unknown }).value, approxAllowed);
  r.pass = cmp.ok;
  r.approx = cmp.approxUsed;
  if (!cmp.ok) r.reason = cmp.error ?? 'value mismatch';
  return r;
}

function evaluateMoneyParse(suite: string, c: ConformanceCase, api: ParserApi, suiteMeta: Suite['meta']): CaseResult {
  const range = c.expected_range;
  const single = c.expected_amount ?? c.expected_number;
  const expected =
    (range ? `${range[0]}..${range[1]}` : (single ?? '?')) +
    (c.currency ? ` ${c.currency}` : '') +
    (c.qualifier ? ` [${c.qualifier}]` : '');
  const r = base(suite, c, expected);
  if (!api.parseAmount) return { ...r, got: '-', reason: 'parseAmount is not exported' };
  const res: unknown = api.parseAmount(c.input);
  if (!isParseResult(res)) return { ...r, got: String(res), reason: 'parseAmount did not return a ParseResult' };
  if (!res.success) return { ...r, got: failureText(res), reason: 'parse failed' };
  const data = res.data as {
    value?: unknown;
    currency?: unknown;
    qualifier?: unknown;
    precision?: unknown;
    range?: { min?: unknown; max?: unknown };
  };
  r.got = describeValue(data);
  const problems: string[] = [];
  if (c.currency !== undefined && !currencyMatches(c.currency, data.currency)) {
    problems.push(`currency: expected ${c.currency}, got ${String(data.currency)}`);
  }
  if (range) {
    const [lo, hi] = range;
    if (data.range && typeof data.range === 'object') {
      const a = compareDecimal(lo, data.range.min, false);
      const b = compareDecimal(hi, data.range.max, false);
      if (!a.ok) problems.push(`range.min: ${a.error ?? ''}`);
      if (!b.ok) problems.push(`range.max: ${b.error ?? ''}`);
    } else {
      const a = compareDecimal(lo, data.value, false);
      if (!a.ok) problems.push(`base value (range low end): ${a.error ?? ''}`);
      const v = readDecimal(data.value);
      const p = readDecimal(data.precision);
      if (v.ok && p.ok && data.qualifier === 'more_than') {
        const upper = v.value.plus(p.value);
        if (!upper.eq(hi)) r.notes.push(`implied upper bound ${upper.toFixed()} ≠ source ${hi}`);
      } else {
        r.notes.push(`no range given; source upper bound ${hi} not compared`);
      }
    }
  } else {
    const candidates = [single, c.expected_amount_unrounded].filter((x): x is string => typeof x === 'string');
    const approxAllowed = c.inexact === true || candidates.some(looksFloatRounded);
    let best: ReturnType<typeof compareDecimal> | undefined;
    for (const e of candidates) {
      const cmp = compareDecimal(e, data.value, approxAllowed);
      if (cmp.ok) {
        best = cmp;
        break;
      }
      best ??= cmp;
    }
    if (!best || !best.ok) problems.push(best?.error ?? 'no expected value in case');
    else r.approx = best.approxUsed;
  }
  if (c.qualifier !== undefined) {
    // The suites store the mapped name; a raw source label (blur, blur-, …) is mapped through meta.qualifier_map.
    const mapped = suiteMeta.qualifier_map?.[c.qualifier] ?? c.qualifier;
    const ok = compatibleQualifiers(mapped, range !== undefined);
    if (!ok.includes(String(data.qualifier))) {
      r.qualifierNote = `source ${mapped}, ours ${String(data.qualifier)} (accepted: ${ok.join('/')})`;
    }
  }
  r.pass = problems.length === 0;
  r.reason = problems.join('; ');
  return r;
}

function evaluateExtract(suite: string, c: ConformanceCase, api: ParserApi): CaseResult {
  const isMoney = c.kind === 'money_extract';
  const raw = c.expected_mentions ?? [];
  const expected = normalizeExpectedMentions(raw);
  const r = base(suite, c, expected ? showExpectedMentions(c.input, expected) : JSON.stringify(raw));
  if (!expected) return { ...r, got: '-', reason: 'case data: a mention has no usable position' };
  for (const e of expected) {
    if (normText(c.input.slice(e.start, e.end)) !== normText(e.text)) {
      r.notes.push(`case data: source text "${e.text}" ≠ input at [${e.start},${e.end}) "${c.input.slice(e.start, e.end)}"`);
    }
  }
  const fn = isMoney ? api.findAmounts : api.findNumbers;
  if (!fn) return { ...r, got: '-', reason: `${isMoney ? 'findAmounts' : 'findNumbers'} is not exported` };
  const got: unknown = fn(c.input);
  if (!Array.isArray(got)) return { ...r, got: String(got), reason: 'did not return an array' };
  r.got = showActualMentions(got);
  const m = matchMentions(c.input, expected, got, { checkCurrency: isMoney });
  r.pass = m.ok;
  r.reason = m.problems.join('; ');
  r.spanExtended = m.spanExtended;
  r.approx = m.approx;
  return r;
}

function evaluateInvalid(suite: string, c: ConformanceCase, api: ParserApi): CaseResult {
  const strictOnly = c.kind === 'invalid_strict_only';
  const r = base(
    suite,
    c,
    strictOnly ? `parse succeeds${c.expected_number ? ` = ${c.expected_number}` : ''}` : 'parse fails',
  );
  if (!api.parseNumber) return { ...r, got: '-', reason: 'parseNumber is not exported' };
  const res: unknown = api.parseNumber(c.input);
  if (!isParseResult(res)) return { ...r, got: String(res), reason: 'parseNumber did not return a ParseResult' };
  r.got = res.success ? describeValue(res.data) : failureText(res);
  if (!strictOnly) {
    r.pass = !res.success;
    if (!r.pass) r.reason = 'accepted an invalid number';
    return r;
  }
  if (!res.success) {
    r.reason = 'rejected valid colloquial Chinese';
    return r;
  }
  if (c.expected_number !== undefined) {
    const cmp = compareDecimal(c.expected_number, (res.data as { value?: unknown }).value, false);
    r.pass = cmp.ok;
    if (!cmp.ok) r.reason = cmp.error ?? 'value mismatch';
    return r;
  }
  r.pass = true;
  return r;
}

function evaluateDigitString(suite: string, c: ConformanceCase, api: ParserApi): CaseResult {
  const text = c.expected_text ?? '';
  const r = base(suite, c, text);
  if (!api.parseNumber) return { ...r, got: '-', reason: 'parseNumber is not exported' };
  const res: unknown = api.parseNumber(c.input);
  if (!isParseResult(res)) return { ...r, got: String(res), reason: 'parseNumber did not return a ParseResult' };
  if (!res.success) return { ...r, got: failureText(res), reason: 'parse failed' };
  const data = res.data as { value?: unknown; precision?: unknown };
  r.got = describeValue(data);
  const cmp = compareDecimal(text, data.value, false);
  r.pass = cmp.ok;
  if (!cmp.ok) r.reason = cmp.error ?? 'value mismatch';
  if (/^-?0\d/.test(text)) r.notes.push('leading zeros not representable; compared numerically');
  const frac = /\.(\d+)$/.exec(text)?.[1];
  if (frac) {
    const want = new D(10).pow(-frac.length);
    const p = readDecimal(data.precision);
    if (!p.ok || !p.value.eq(want)) r.notes.push(`precision ${showValue(data.precision)} ≠ written ${want.toFixed()}`);
  }
  return r;
}

function evaluateTextTransform(suite: string, c: ConformanceCase, api: ParserApi): CaseResult {
  const text = c.expected_text ?? '';
  const tokens = numberTokens(text);
  const r = base(suite, c, `${text}  ⇒ [${tokens.map((t) => t.text).join(', ')}]`);
  if (!api.findNumbers) return { ...r, got: '-', reason: 'findNumbers is not exported' };
  const got: unknown = api.findNumbers(c.input);
  if (!Array.isArray(got)) return { ...r, got: String(got), reason: 'did not return an array' };
  const ms = (got as ActualMention[]).slice().sort((a, b) => a.start - b.start);
  r.got = `${replaceMentions(c.input, ms)}  ⇒ [${ms.map((m) => showValue(m.value)).join(', ')}]`;
  const problems: string[] = [];
  if (ms.length !== tokens.length) problems.push(`expected ${tokens.length} numbers, found ${ms.length}`);
  const n = Math.min(ms.length, tokens.length);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as TextToken;
    const m = ms[i] as ActualMention;
    let cmp = compareDecimal(t.value, m.value, t.fraction);
    if (!cmp.ok && t.percent) cmp = compareDecimal(new D(t.value).div(100).toFixed(), m.value, t.fraction);
    if (!cmp.ok) problems.push(`#${i + 1} ${t.text} vs ${String(m.text)}: ${cmp.error ?? 'mismatch'}`);
    if (cmp.approxUsed) r.approx = true;
  }
  r.pass = problems.length === 0;
  r.reason = problems.join('; ');
  return r;
}

/**
 * Evaluate one case against the parser API. Never throws: an exception from the parser (or a
 * malformed case) is a failure carrying the error text.
 */
export function evaluateCase(suite: Suite, c: ConformanceCase, api: ParserApi): CaseResult {
  try {
    switch (c.kind) {
      case 'number_parse':
        return evaluateNumberParse(suite.name, c, api);
      case 'money_parse':
        return evaluateMoneyParse(suite.name, c, api, suite.meta);
      case 'number_extract':
      case 'money_extract':
        return evaluateExtract(suite.name, c, api);
      case 'invalid':
      case 'invalid_strict_only':
        return evaluateInvalid(suite.name, c, api);
      case 'digit_string':
        return evaluateDigitString(suite.name, c, api);
      case 'text_transform':
        return evaluateTextTransform(suite.name, c, api);
      default:
        return { ...base(suite.name, c, '?'), got: '-', reason: `unknown case kind ${String((c as { kind: unknown }).kind)}` };
    }
  } catch (e) {
    return { ...base(suite.name, c, '?'), got: `threw ${errorText(e)}`, reason: `exception: ${errorText(e)}` };
  }
}

/** Outcome of checking the divergence file's content. */
export interface DivergenceList {
  divergences: Divergence[];
  problems: string[];
}

/** Validate the content of bench/conformance-divergences.json (an array of `{ id, reason }`). */
export function validateDivergences(raw: unknown): DivergenceList {
  const problems: string[] = [];
  const divergences: Divergence[] = [];
  if (!Array.isArray(raw)) return { divergences, problems: ['divergence file is not a JSON array'] };
  const seen = new Set<string>();
  raw.forEach((d, i) => {
    const x = d as { id?: unknown; reason?: unknown } | null;
    if (!x || typeof x.id !== 'string' || typeof x.reason !== 'string' || x.reason.trim() === '') {
      problems.push(`entry #${i} is not { id: string, reason: non-empty string }: ${JSON.stringify(d)}`);
      return;
    }
    if (seen.has(x.id)) problems.push(`duplicate divergence id ${x.id}`);
    seen.add(x.id);
    divergences.push({ id: x.id, reason: x.reason });
  });
  return { divergences, problems };
}

/** Results with divergences applied. */
export interface DivergenceAccounting {
  results: FinalResult[];
  /** Divergences whose case passes: the entry should be removed. */
  stale: Divergence[];
  /** Divergences naming no known case. */
  unknown: Divergence[];
}

/**
 * Apply the deliberate divergences: a failing case listed there becomes `divergence` (not failed,
 * listed separately); a listed case that passes stays `pass` and its entry is reported as stale.
 * `knownIds` holds every case id of every suite (so a `--suite` filter does not make entries of
 * other suites look unknown).
 */
export function applyDivergences(
  results: readonly CaseResult[],
  divergences: readonly Divergence[],
  knownIds: ReadonlySet<string>,
): DivergenceAccounting {
  const byId = new Map<string, Divergence>();
  for (const d of divergences) if (!byId.has(d.id)) byId.set(d.id, d);
  const stale: Divergence[] = [];
  const final: FinalResult[] = results.map((r) => {
    const d = byId.get(r.id);
    if (!d) return { ...r, status: r.pass ? 'pass' : 'fail' };
    if (r.pass) {
      stale.push(d);
      return { ...r, status: 'pass' };
    }
    return { ...r, status: 'divergence', divergenceReason: d.reason };
  });
  const unknown = [...byId.values()].filter((d) => !knownIds.has(d.id));
  return { results: final, stale, unknown };
}

/** One row of the summary table. */
export interface SummaryRow {
  suite: string;
  cases: number;
  passed: number;
  failed: number;
  divergences: number;
  /** (passed + divergences) / cases × 100: the share not failed; what `--check` judges. */
  passPct: number;
  /** passed / cases × 100. */
  strictPct: number;
  /** Passes that needed the approximate comparison. */
  approx: number;
  /** Passes that needed a qualifier-word span extension. */
  spanExtended: number;
  /** Cases whose qualifier differs from the source's (any status). */
  qualifierDiffs: number;
}

function row(suite: string, rs: readonly FinalResult[]): SummaryRow {
  const passed = rs.filter((r) => r.status === 'pass').length;
  const failed = rs.filter((r) => r.status === 'fail').length;
  const divergences = rs.filter((r) => r.status === 'divergence').length;
  const cases = rs.length;
  return {
    suite,
    cases,
    passed,
    failed,
    divergences,
    passPct: cases === 0 ? 100 : ((passed + divergences) / cases) * 100,
    strictPct: cases === 0 ? 100 : (passed / cases) * 100,
    approx: rs.filter((r) => r.status === 'pass' && r.approx).length,
    spanExtended: rs.filter((r) => r.status === 'pass' && r.spanExtended).length,
    qualifierDiffs: rs.filter((r) => r.qualifierNote !== undefined).length,
  };
}

/** Per-suite rows (in the given order) and the overall row. */
export function summarize(results: readonly FinalResult[], suiteOrder: readonly string[]): {
  rows: SummaryRow[];
  overall: SummaryRow;
} {
  const rows = suiteOrder.map((s) => row(s, results.filter((r) => r.suite === s)));
  return { rows, overall: row('overall', results) };
}

/** Thresholds of `--check`. */
export interface Thresholds {
  /** Minimum pass % of every suite. */
  suite: number;
  /** Minimum overall pass %. */
  overall: number;
}

/** The thresholds CI uses: every suite ≥ 98 %, overall ≥ 99 %. */
export const DEFAULT_THRESHOLDS: Thresholds = { suite: 98, overall: 99 };

/** Which rows are below the thresholds (empty: the check passes). */
export function checkThresholds(
  summary: { rows: readonly SummaryRow[]; overall: SummaryRow },
  t: Thresholds = DEFAULT_THRESHOLDS,
): string[] {
  const out: string[] = [];
  for (const r of summary.rows) {
    if (r.passPct < t.suite) out.push(`${r.suite}: ${r.passPct.toFixed(1)}% < ${t.suite}%`);
  }
  if (summary.overall.passPct < t.overall) {
    out.push(`overall: ${summary.overall.passPct.toFixed(1)}% < ${t.overall}%`);
  }
  return out;
}
