/**
 * Telling simplified from traditional Chinese.
 *
 * @module
 */
import { SHARED_CHARS, SIMPLIFIED_CHARS, TRADITIONAL_CHARS, VARIANT_TRADITIONAL_CHARS } from '../data/hanzi-variants.js';

/** The script of a text: which of the two forms its distinguishing characters use. */
export type Script = 'simplified' | 'traditional' | 'mixed' | 'unknown';

// Lookup tables over the BMP: which script a character belongs to (1 traditional, 2 simplified),
// and the simplified code unit of a traditional one. Every pair is one UTF-16 unit to one.
const SCRIPT_OF = new Uint8Array(0x10000);
const SIMPLIFIED_OF = new Uint16Array(0x10000);
const TRADITIONAL_OF = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL_CHARS.length; i++) {
  const t = TRADITIONAL_CHARS.charCodeAt(i);
  const s = SIMPLIFIED_CHARS.charCodeAt(i);
  SCRIPT_OF[t] = 1;
  SIMPLIFIED_OF[t] = s;
  if (SCRIPT_OF[s] === 0 && !SHARED_CHARS.includes(SIMPLIFIED_CHARS[i]!)) SCRIPT_OF[s] = 2;
  if (TRADITIONAL_OF[s] === 0 && !VARIANT_TRADITIONAL_CHARS.includes(TRADITIONAL_CHARS[i]!)) TRADITIONAL_OF[s] = t;
}

/**
 * `text` with each code unit that `table` maps (non-zero entry) replaced by its entry; the same
 * string when none is (length and offsets always kept). Internal: shared with the registry's own
 * table of region-name characters.
 *
 * @example
 * ```ts
 * const table = new Uint16Array(0x10000);
 * table['縣'.charCodeAt(0)] = '县'.charCodeAt(0);
 * mapUnits('迭部縣', table); // '迭部县'
 * ```
 */
export function mapUnits(text: string, table: Uint16Array): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = table[text.charCodeAt(i)]!;
    if (s !== 0) {
      (out ??= []).push(text.slice(from, i), String.fromCharCode(s));
      from = i + 1;
    }
  }
  if (out === undefined) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Counts of distinguishing characters in a text. */
export interface ScriptCounts {
  /** Characters found only in simplified text. */
  simplified: number;
  /** Characters found only in traditional text. */
  traditional: number;
}

/**
 * Counts the characters of `text` that belong to one script only (a non-string has none).
 *
 * @example
 * ```ts
 * countScriptChars('東西部扶貧協作'); // { simplified: 0, traditional: 3 }
 * ```
 */
export function countScriptChars(text: string): ScriptCounts {
  if (typeof text !== 'string') return { simplified: 0, traditional: 0 };
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const k = SCRIPT_OF[text.charCodeAt(i)];
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return { simplified, traditional };
}

/**
 * Says whether `text` is written in simplified or traditional characters. A text is `mixed` when
 * the minority script makes up more than a fifth of the distinguishing characters, `unknown` when
 * it has none (digits, or characters common to both scripts).
 *
 * @example
 * ```ts
 * detectScript('累計實現消費扶貧2億餘元'); // 'traditional'
 * detectScript('累计实现消费扶贫2亿余元'); // 'simplified'
 * ```
 */
export function detectScript(text: string): Script {
  const { simplified, traditional } = countScriptChars(text);
  const total = simplified + traditional;
  if (total === 0) return 'unknown';
  const minority = Math.min(simplified, traditional);
  if (minority * 5 > total) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}

/**
 * Replaces the traditional characters of `text` that have an unambiguous simplified form. The
 * result has the same length as `text` (every pair is one UTF-16 unit to one), so offsets carry over.
 *
 * @example
 * ```ts
 * toSimplified('迭部縣東西部扶貧協作'); // '迭部县东西部扶贫协作'
 * ```
 */
export function toSimplified(text: string): string {
  return typeof text === 'string' ? mapUnits(text, SIMPLIFIED_OF) : '';
}

/**
 * Writes the characters of `text` that have a traditional form in the table in traditional
 * script (the inverse of {@link toSimplified} for those characters; length and offsets unchanged).
 *
 * @example
 * ```ts
 * toTraditional('静宁县东西部扶贫协作'); // '靜寧縣東西部扶貧協作'
 * ```
 */
export function toTraditional(text: string): string {
  return typeof text === 'string' ? mapUnits(text, TRADITIONAL_OF) : '';
}
