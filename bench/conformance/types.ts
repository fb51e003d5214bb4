/**
 * Data model of the conformance harness: the shape of the shared suites in
 * `../shared/conformance/*.json`, the slice of the xiezuo API the harness calls, and the
 * outcome of evaluating one case.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import type {
  Amount,
  AmountMention,
  NumberMention,
  NumberValue,
  ParseResult,
} from '../../src/index.js';

/** Every case kind the suites use (see the suites' README.md). */
export const CASE_KINDS = [
  'number_parse',
  'money_parse',
  'number_extract',
  'money_extract',
  'invalid',
  'invalid_strict_only',
  'digit_string',
  'text_transform',
] as const;

/** One case kind. */
export type CaseKind = (typeof CASE_KINDS)[number];

/** An expected mention as the suites write it (Recognizers-Text or JioNLP convention). */
export interface RawExpectedMention {
  /** The mention text (Recognizers-Text sometimes gives it normalised: full-width → ASCII). */
  text: string;
  /** Recognizers-Text: offset of the first character. */
  start?: number;
  /** Recognizers-Text: offset of the LAST character (inclusive). */
  end?: number;
  /** JioNLP: half-open `[start, end)`. */
  offset?: [number, number];
  /** Expected value of a number mention. */
  expected_number?: string | null;
  /** Expected value of a money mention (`null`: a bare currency word without an amount). */
  expected_amount?: string | null;
  /** ISO 4217 code, or `Dollar` / `Bitcoin` for Recognizers-Text's non-ISO units. */
  currency?: string;
  /** The source value was float-rounded: compare approximately. */
  inexact?: boolean;
  /** Recognizers-Text type name. */
  type?: string;
}

/** One case of a suite. Only `id`, `kind` and `input` are always present. */
export interface ConformanceCase {
  id: string;
  kind: CaseKind;
  input: string;
  expected_number?: string;
  expected_amount?: string;
  expected_amount_unrounded?: string;
  expected_value_yuan?: string;
  expected_range?: [string, string];
  currency?: string;
  qualifier?: string;
  expected_mentions?: RawExpectedMention[];
  expected_text?: string;
  expected_error?: boolean;
  inexact?: boolean;
  notes?: string;
  tags?: string[];
  cn2an_min_mode?: string;
  source_repo?: string;
  source_path?: string;
  source_commit?: string;
}

/** A suite file: `{ meta, count, cases }`. */
export interface Suite {
  /** File name without `.json`, e.g. `rt_number_model`. */
  name: string;
  meta: { qualifier_map?: Record<string, string>; [key: string]: unknown };
  cases: ConformanceCase[];
}

/** A deliberate divergence from a source, kept in bench/conformance-divergences.json. */
export interface Divergence {
  id: string;
  reason: string;
}

/**
 * The slice of the xiezuo API the harness calls. Every member is optional so that a missing
 * export shows up as failing cases instead of a crash.
 */
export interface ParserApi {
  parseNumber?: (text: string) => ParseResult<NumberValue>;
  parseAmount?: (text: string) => ParseResult<Amount>;
  findNumbers?: (text: string) => NumberMention[];
  findAmounts?: (text: string) => AmountMention[];
}

/** Outcome of one case before divergences are applied. */
export interface CaseResult {
  suite: string;
  id: string;
  kind: CaseKind;
  input: string;
  pass: boolean;
  /** What the case expects, for people. */
  expected: string;
  /** What the parser gave, for people. */
  got: string;
  /** Why it failed (empty when it passed). */
  reason: string;
  /** Passed only under the approximate (relative 1e-9) comparison. */
  approx: boolean;
  /** Qualifier differs from the source's (reported, not a failure). */
  qualifierNote?: string;
  /** A mention passed because our span adds only qualifier words (余/多/约…) to the source's span. */
  spanExtended: boolean;
  /** Other remarks that do not decide the outcome. */
  notes: string[];
}

/** A case result after divergences are applied. */
export type FinalStatus = 'pass' | 'fail' | 'divergence';

/** A case result with its final status and, for a divergence, its reason. */
export interface FinalResult extends CaseResult {
  status: FinalStatus;
  divergenceReason?: string;
}

/** Re-exported for helpers that need the value type without importing decimal.js. */
export type { Decimal };
