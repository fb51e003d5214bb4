/**
 * The figures of a block of text that can become claims: amounts of money, counts with measure
 * words, percentages, and bare numbers scaled by 万/亿 (阅读量突破5600万), with the noise left out.
 *
 * @module
 */
import type { AmountMention, NumberMention, QuantityMention } from '../types.js';
import type { TimeMention } from '../time/types.js';

/** A figure found in text, before it is classified: an amount, a quantity, or a bare scaled number (5600万). */
export type FoundFigure = FoundAmount | FoundQuantity | FoundNumber;

/** An amount of money found in text. */
export interface FoundAmount {
  /** Always `amount`. */
  kind: 'amount';
  /** The parser's mention. */
  mention: AmountMention;
}

/** A count with a measure word, or a percentage, found in text. */
export interface FoundQuantity {
  /** Always `quantity`. */
  kind: 'quantity';
  /** The parser's mention. */
  mention: QuantityMention;
}

/** A number scaled by 万/亿 without a measure word (阅读量突破5600万). */
export interface FoundNumber {
  /** Always `number`. */
  kind: 'number';
  /** The parser's mention. */
  mention: NumberMention;
}

/** Why a figure found in the text is not a claim. */
export type SkipReason = 'time' | 'article' | 'slogan' | 'ordinal' | 'dimension' | 'inside_figure';

/** A figure left out of the claims, and why: nothing is dropped silently. */
export interface SkippedFigure {
  /** Offset of the figure in the text searched. */
  start: number;
  /** End offset (half-open). */
  end: number;
  /** The figure as written. */
  text: string;
  /** Why it is not a claim. */
  reason: SkipReason;
}

const CHINESE_NUMERAL = /^[一二两兩三四五六七八九十百千]/;
/** Opening and closing quotes, as UTF-16 code units (`"` is both). */
const QUOTES_OPEN = new Set(Array.from('“‘"「『《', (ch) => ch.charCodeAt(0)));
const QUOTES_CLOSE = new Set(Array.from('”’"」』》', (ch) => ch.charCodeAt(0)));
/** 。 ， , and the line break: a quoted name does not run across them. */
const STOPS = new Set(Array.from('。，,\n', (ch) => ch.charCodeAt(0)));
/** Measure words that describe a place or a manner, not a measured amount (19公里处, 一年一度). */
const NOT_MEASURES = new Set(['度', '批', '片', '份', '笔', '排', '口', '县', '园', '处', '期', '倍数']);

/**
 * Whether the figure at [start, end) stands inside a short quoted name (“五个一”, ‘四个不摘’,
 * 《…》): slogans and titles, whose numerals are not figures.
 */
function insideShortQuote(text: string, start: number, end: number): boolean {
  let i = start - 1;
  for (; i >= 0 && start - i <= 12; i--) {
    const c = text.charCodeAt(i);
    if (QUOTES_CLOSE.has(c) && !QUOTES_OPEN.has(c)) return false;
    if (QUOTES_OPEN.has(c)) break;
    if (STOPS.has(c)) return false;
  }
  if (i < 0 || start - i > 12) return false;
  for (let j = end; j < text.length && j - end <= 12; j++) {
    const c = text.charCodeAt(j);
    if (QUOTES_CLOSE.has(c)) return true;
    if (STOPS.has(c)) return false;
  }
  return false;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Picks the figures of `text` that can be claims from the parser's mentions, and says why the
 * others are left out. Amounts win over quantities at the same place, quantities over bare
 * numbers; time expressions (2023年, 7月17日, 4年来), articles (一位, 一份), slogans in quotes
 * (“五个一”), ordinals (第七个) and places (19公里处) are skipped with a reason.
 *
 * @example
 * ```ts
 * const t = '累计输转就业1211人,“五个一”机制';
 * selectFigures(t, findAmounts(t), findQuantities(t), findNumbers(t), []).figures.length; // 1
 * ```
 */
export function selectFigures(
  text: string,
  amounts: readonly AmountMention[],
  quantities: readonly QuantityMention[],
  numbers: readonly NumberMention[],
  times: readonly TimeMention[],
): { figures: FoundFigure[]; skipped: SkippedFigure[] } {
  const figures: FoundFigure[] = [];
  const skipped: SkippedFigure[] = [];
  const skip = (m: { start: number; end: number; text: string }, reason: SkipReason) =>
    skipped.push({ start: m.start, end: m.end, text: m.text, reason });
  // Every list is sorted by start and free of overlaps within itself, so one forward sweep per
  // list finds the overlaps: linear in the number of mentions.
  const timeCursor = sweep(times);
  for (const m of amounts) figures.push({ kind: 'amount', mention: m });
  const amountCursor = sweep(amounts);
  const kept: QuantityMention[] = [];
  for (const q of quantities) {
    if (amountCursor(q)) continue;
    const reason = quantitySkipReason(text, q, timeCursor(q));
    if (reason !== undefined) skip(q, reason);
    else {
      figures.push({ kind: 'quantity', mention: q });
      kept.push(q);
    }
  }
  const amountCursor2 = sweep(amounts);
  const quantityCursor = sweep(quantities);
  const numberTimeCursor = sweep(times);
  for (const n of numbers) {
    const inFigure = amountCursor2(n) || quantityCursor(n);
    const inTime = numberTimeCursor(n);
    if (inFigure || inTime) continue; // dates and years are time expressions, reported by findTimeExpressions
    // A bare number is a claim only when it is scaled (5600万, 超20萬): a count without a measure word.
    if (/[万萬亿億]/.test(n.text) && !insideShortQuote(text, n.start, n.end)) {
      figures.push({ kind: 'number', mention: n });
    }
  }
  figures.sort((a, b) => a.mention.start - b.mention.start);
  return { figures, skipped };
}

/**
 * A cursor over spans sorted by start: asked about spans in increasing order of start, it says
 * whether each overlaps one of them, in amortised constant time.
 */
function sweep(spans: ReadonlyArray<{ start: number; end: number }>): (m: { start: number; end: number }) => boolean {
  let i = 0;
  return (m) => {
    while (i < spans.length && spans[i]!.end <= m.start) i++;
    for (let j = i; j < spans.length && spans[j]!.start < m.end; j++) if (overlaps(spans[j]!, m)) return true;
    return false;
  };
}

function quantitySkipReason(text: string, q: QuantityMention, inTime: boolean): SkipReason | undefined {
  if (inTime && q.unit !== '%') return 'time';
  if (text[q.start - 1] === '第') return 'ordinal';
  if (NOT_MEASURES.has(q.unit)) return q.unit === '度' ? 'time' : 'article';
  const chinese = CHINESE_NUMERAL.test(q.text.replace(/^[近约超逾]/, ''));
  if (chinese && q.value.lte(1)) return 'article';
  if (insideShortQuote(text, q.start, q.end)) return 'slogan';
  // 一县一园, 两人: a small count in Chinese numerals right before another numeral word is a set phrase.
  if (chinese && q.value.lt(10) && /^[一二两三四五六七八九十]/.test(text[q.end] ?? '')) return 'slogan';
  if (q.unit === '公里' && text[q.end] === '处') return 'dimension';
  return undefined;
}
