/**
 * `findNumbers` and `findUnparsed`: every number in free text, and every figure the scanner saw
 * but could not value.
 *
 * @module
 */
import type { NumberMention, Span } from '../types.js';
import type { XiezuoErrorCode } from '../errors.js';
import { toNumberMention } from './convert.js';
import { scan } from './scan.js';

/**
 * Every number in free text, sorted by start, never overlapping. Numbers inside amounts and
 * counts are listed too (the `十四五` of a plan name as well: `findAmounts` is the finder that
 * judges money). Percentages give the number as written (`百分之八` → 8, span `八`; `62.5%` →
 * 62.5). Ranges (`3至5万`) are one mention with `qualifier: 'range'`. False friends (一切, 十分壮观,
 * 四川, 收拾) are skipped. Figures beyond 10^30 are not listed here but by {@link findUnparsed}.
 * Never throws; a non-string gives `[]`.
 *
 * @example
 * ```ts
 * findNumbers('累计输转就业1248人，资金1.25亿元').map((m) => m.text); // ['1248', '1.25亿']
 * ```
 */
export function findNumbers(text: string): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, 'number').mentions.map((m) => toNumberMention(m, text));
  } catch {
    return [];
  }
}

/**
 * A figure that was found in the text but could not be valued.
 *
 * @example
 * ```ts
 * findUnparsed('共1234567890123456789012345678901234元')[0]; // { code: 'OUT_OF_RANGE', … }
 * ```
 */
export interface UnparsedMention extends Span {
  /** Why: `OUT_OF_RANGE` (beyond 10^30 or more than 30 fraction digits). */
  code: XiezuoErrorCode;
}

/**
 * Figures the finders saw but could not value (too large, too many fraction digits), so that
 * every figure of a text is either extracted or reported.
 *
 * @example
 * ```ts
 * findUnparsed('共1234567890123456789012345678901234元')[0]?.code; // 'OUT_OF_RANGE'
 * ```
 */
export function findUnparsed(text: string): UnparsedMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, 'number').unparsed.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), code: 'OUT_OF_RANGE' as const }));
  } catch {
    return [];
  }
}

/** 万/亿 in either script: the scale words of a bare figure. */
const SCALE_WORD = /[万萬亿億]/;

/**
 * The mentions of {@link findNumbers} whose text holds 万 or 亿 (萬, 億): the only bare numbers the
 * claim extractor keeps (阅读量突破5600万). Same mentions, in the same order, as filtering the
 * result of `findNumbers`, without valuing the numbers that are left out; a text with no scale
 * word has none and is not scanned. Internal: not exported from the package.
 *
 * @example
 * ```ts
 * findScaledNumbers('2023年阅读量5600万，点赞12次').map((m) => m.text); // ['5600万']
 * ```
 */
export function findScaledNumbers(text: string): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0 || !SCALE_WORD.test(text)) return [];
  try {
    const out: NumberMention[] = [];
    for (const m of scan(text, 'number').mentions) {
      if (SCALE_WORD.test(text.slice(m.start, m.end))) out.push(toNumberMention(m, text));
    }
    return out;
  } catch {
    return [];
  }
}
