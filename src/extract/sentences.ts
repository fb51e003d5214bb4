/**
 * Sentences and clauses with their offsets: the context windows in which a figure is read.
 *
 * @module
 */

/** A piece of text with half-open UTF-16 offsets into the string it was cut from. */
export interface TextPiece {
  /** Offset of the first code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '…']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '：', ':']);
const CLOSING = new Set(['”', '’', '」', '』', '"', '）', ')', '》']);

function split(text: string, from: number, to: number, ends: Set<string>): TextPiece[] {
  const out: TextPiece[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!ends.has(text[i]!)) continue;
    let end = i + 1;
    // 。” 。） and …… stay with the sentence they close.
    while (end < to && (CLOSING.has(text[end]!) || (text[i] === '…' && text[end] === '…'))) end++;
    if (end > start) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (to > start) out.push({ start, end: to });
  return out.filter((p) => text.slice(p.start, p.end).trim().length > 0);
}

/**
 * Cuts `text[from, to)` into sentences at 。！？；…, line breaks and their ASCII forms, keeping a
 * closing quote with the sentence it closes.
 *
 * @example
 * ```ts
 * splitSentences('累计投入财政资金3.75亿元。“消费扶贫2.83亿元。”其中…')
 *   .map(s => s.end); // [15, 28, 31]
 * ```
 */
export function splitSentences(text: string, from = 0, to = text.length): TextPiece[] {
  return split(text, from, to, SENTENCE_END);
}

/**
 * Cuts `text[from, to)` into clauses: sentences further cut at commas and colons. The list
 * separator 、 does not cut a clause.
 *
 * @example
 * ```ts
 * splitClauses('累计投入财政资金3.75亿元,消费扶贫2.83亿元').length; // 2
 * ```
 */
export function splitClauses(text: string, from = 0, to = text.length): TextPiece[] {
  return split(text, from, to, CLAUSE_END);
}
