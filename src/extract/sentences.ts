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

// Character classes over the BMP: 1 ends a sentence, 2 ends a clause only, 3 closes a quote.
const END_CLASS = new Uint8Array(0x10000);
for (const c of '。！？!?；;\n…') END_CLASS[c.charCodeAt(0)] = 1;
for (const c of '，,：:') END_CLASS[c.charCodeAt(0)] = 2;
for (const c of '”’」』"）)》') END_CLASS[c.charCodeAt(0)] = 3;
const ELLIPSIS = '…'.charCodeAt(0);

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

function split(text: string, from: number, to: number, clauses: boolean): TextPiece[] {
  const out: TextPiece[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const k = END_CLASS[text.charCodeAt(i)]!;
    if (k !== 1 && !(clauses && k === 2)) continue;
    let end = i + 1;
    // 。” 。） and …… stay with the sentence they close.
    const ellipsis = text.charCodeAt(i) === ELLIPSIS;
    while (end < to && (END_CLASS[text.charCodeAt(end)] === 3 || (ellipsis && text.charCodeAt(end) === ELLIPSIS))) end++;
    if (end > start && !isBlank(text, start, end)) out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (to > start && !isBlank(text, start, to)) out.push({ start, end: to });
  return out;
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
  return split(text, from, to, false);
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
  return split(text, from, to, true);
}

/**
 * {@link splitSentences} and {@link splitClauses} of the same text in one pass: the cuts of both
 * are found by the same rules, a sentence end cutting both lists and a comma or colon only the
 * clauses.
 *
 * @example
 * ```ts
 * const { sentences, clauses } = splitSentencesAndClauses('累计投入财政资金3.75亿元,消费扶贫2.83亿元。其中…');
 * sentences.length; // 2
 * clauses.length;   // 3
 * ```
 */
export function splitSentencesAndClauses(
  text: string,
  from = 0,
  to = text.length,
): { sentences: TextPiece[]; clauses: TextPiece[] } {
  const sentences: TextPiece[] = [];
  const clauses: TextPiece[] = [];
  let sentenceStart = from;
  let clauseStart = from;
  for (let i = from; i < to; i++) {
    const k = END_CLASS[text.charCodeAt(i)]!;
    if (k !== 1 && k !== 2) continue;
    let end = i + 1;
    // 。” 。） and …… stay with the sentence they close.
    const ellipsis = text.charCodeAt(i) === ELLIPSIS;
    while (end < to && (END_CLASS[text.charCodeAt(end)] === 3 || (ellipsis && text.charCodeAt(end) === ELLIPSIS))) end++;
    if (end > clauseStart && !isBlank(text, clauseStart, end)) clauses.push({ start: clauseStart, end });
    clauseStart = end;
    if (k === 1) {
      if (end > sentenceStart && !isBlank(text, sentenceStart, end)) sentences.push({ start: sentenceStart, end });
      sentenceStart = end;
    }
    // The characters skipped (closing quotes) end neither a sentence nor a clause.
    i = end - 1;
  }
  if (to > sentenceStart && !isBlank(text, sentenceStart, to)) sentences.push({ start: sentenceStart, end: to });
  if (to > clauseStart && !isBlank(text, clauseStart, to)) clauses.push({ start: clauseStart, end: to });
  return { sentences, clauses };
}
