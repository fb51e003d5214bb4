/**
 * What a figure measures (its metric) and what it covers (its scope), read from the words around
 * it.
 *
 * @module
 */
import { METRIC_CUES, type MetricCue } from '../data/metric-cues.js';
import { SCOPE_CUES } from '../data/scope-cues.js';
import type { MetricId, UnitKind } from '../domain/metric.js';
import type { ClaimScope } from '../domain/claim.js';

/** The words around a figure, folded to simplified script. Offsets are into the folded block. */
export interface FigureContext {
  /** The folded text of the block. */
  text: string;
  /** The figure's span. */
  start: number;
  /** End of the figure's span. */
  end: number;
  /** Start of the figure's clause. */
  clauseStart: number;
  /** End of the figure's clause. */
  clauseEnd: number;
  /** Start of the figure's sentence. */
  sentenceStart: number;
  /** End of the figure's sentence. */
  sentenceEnd: number;
  /** End of the previous figure in the same clause, or the clause start. */
  previousEnd: number;
  /** Start of the next figure in the same clause, or the clause end. */
  nextStart: number;
}

/** A metric with how it was found. */
export interface MetricReading {
  /** The metric. */
  metric: MetricId;
  /** The cue word, when one was found. */
  cue: string | undefined;
  /** 0 … 1: a cue right next to the figure is surer than one at the start of the sentence. */
  confidence: number;
}

/** Context windows are capped so that reading one figure costs a bounded amount of work. */
const MAX_NEAR = 40;
const MAX_CLAUSE = 60;
const MAX_SENTENCE = 100;

function bounded(ctx: FigureContext): FigureContext {
  const sentenceStart = Math.max(ctx.sentenceStart, ctx.start - MAX_SENTENCE);
  const clauseStart = Math.max(ctx.clauseStart, ctx.start - MAX_CLAUSE, sentenceStart);
  return {
    text: ctx.text,
    start: ctx.start,
    end: ctx.end,
    clauseStart,
    clauseEnd: Math.min(ctx.clauseEnd, ctx.end + MAX_CLAUSE),
    sentenceStart,
    sentenceEnd: Math.min(ctx.sentenceEnd, ctx.end + MAX_SENTENCE),
    previousEnd: Math.max(ctx.previousEnd, ctx.start - MAX_NEAR, clauseStart),
    nextStart: Math.min(ctx.nextStart, ctx.end + MAX_CLAUSE),
  };
}

interface CueIndex {
  /** Cues by the UTF-16 code unit they start with, longest first. */
  byFirstChar: Map<number, MetricCue[]>;
  /** 1 for the code units some cue starts with: a one-lookup pre-check. */
  starts: Uint8Array;
}

let cueIndex: CueIndex | undefined;

function index(): CueIndex {
  if (cueIndex === undefined) {
    const byFirstChar = new Map<number, MetricCue[]>();
    const starts = new Uint8Array(0x10000);
    for (const c of METRIC_CUES) {
      if (c.word.length === 0) continue;
      const k = c.word.charCodeAt(0);
      const list = byFirstChar.get(k) ?? [];
      list.push(c);
      byFirstChar.set(k, list);
      starts[k] = 1;
    }
    for (const list of byFirstChar.values()) list.sort((a, b) => b.word.length - a.word.length);
    cueIndex = { byFirstChar, starts };
  }
  return cueIndex;
}

/** The longest cue applicable to `unit` that starts at `i` and ends by `to`, if any. */
function cueAt(text: string, i: number, to: number, unit: UnitKind, index: CueIndex): MetricCue | undefined {
  const code = text.charCodeAt(i);
  if (index.starts[code] === 0) return undefined;
  const list = index.byFirstChar.get(code);
  if (list === undefined) return undefined;
  for (const c of list) {
    if (i + c.word.length <= to && text.startsWith(c.word, i) && c.units.includes(unit)) return c; // the longest cue starting here
  }
  return undefined;
}

/** The cue closest before `to` in text[from, to): latest end, then longest. */
function lastCue(text: string, from: number, to: number, unit: UnitKind): MetricCue | undefined {
  const idx = index();
  const last = Math.min(to, text.length);
  let best: MetricCue | undefined;
  let bestStart = 0;
  let bestEnd = 0;
  for (let i = Math.max(from, 0); i < last; i++) {
    const c = cueAt(text, i, to, unit, idx);
    if (c === undefined) continue;
    const end = i + c.word.length;
    if (best === undefined || end > bestEnd || (end === bestEnd && end - i > bestEnd - bestStart)) {
      best = c;
      bestStart = i;
      bestEnd = end;
    }
  }
  return best;
}

/** The cue closest after `from` in text[from, to): earliest start (the longest there). */
function firstCue(text: string, from: number, to: number, unit: UnitKind): MetricCue | undefined {
  const idx = index();
  const last = Math.min(to, text.length);
  for (let i = Math.max(from, 0); i < last; i++) {
    const c = cueAt(text, i, to, unit, idx);
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * Reads the metric of a figure from its context: the nearest cue word before it in its clause
 * (after the previous figure), then right after it, then anywhere before it in the clause, then in
 * the sentence. Only cues that fit the figure's unit kind count (捐赠 for money, 培训 for people).
 *
 * @example
 * ```ts
 * const text = '动员社会各界捐赠资金累计1576.09万元';
 * classifyMetric({ text, start: 12, end: 21, clauseStart: 0, clauseEnd: 21, sentenceStart: 0,
 *   sentenceEnd: 21, previousEnd: 0, nextStart: 21 }, 'money').metric; // 'social_donation'
 * ```
 */
export function classifyMetric(context: FigureContext, unit: UnitKind): MetricReading {
  const ctx = bounded(context);
  const { text } = ctx;
  // A share is read as a share of money first (占全部援助资金的62.5%), else it is `other`.
  const cueUnit: UnitKind = unit === 'percent' ? 'money' : unit;
  const counted = cueUnit !== 'money';
  // 培训各类干部人才2519人次: the training verb governs the people it names; but 接收培养 … 干部
  // 896名 counts cadres the eastern side hosts, read by their noun.
  if (cueUnit === 'people' || cueUnit === 'person_times') {
    const window = text.slice(ctx.previousEnd, ctx.start);
    if (/培训|培养|培育|受训/.test(window) && !/接收(?:培养|培训)/.test(window)) return { metric: 'people_trained', cue: '培训', confidence: 0.85 };
  }
  const near = lastCue(text, ctx.previousEnd, ctx.start, cueUnit);
  // 党政干部896名、专业技术人才1378名: a noun right before a count names it, whatever follows.
  if (counted && near !== undefined && text.startsWith(near.word, ctx.start - near.word.length)) return { metric: near.metric, cue: near.word, confidence: 0.9 };
  // 3名医生、1名负责园区工作的干部: a count followed at once by its noun is read by that noun.
  const adjacent = counted ? firstCueAt(text, ctx.end, Math.min(ctx.nextStart, ctx.end + 8), cueUnit, 2) : undefined;
  if (adjacent !== undefined) return { metric: adjacent.metric, cue: adjacent.word, confidence: 0.85 };
  if (near !== undefined) return { metric: near.metric, cue: near.word, confidence: 0.9 };
  const after = firstCue(text, ctx.end, Math.min(ctx.nextStart, ctx.end + (counted ? 24 : 12)), cueUnit);
  if (after !== undefined) return { metric: after.metric, cue: after.word, confidence: 0.75 };
  const clause = lastCue(text, ctx.clauseStart, ctx.start, cueUnit);
  if (clause !== undefined) return { metric: clause.metric, cue: clause.word, confidence: 0.7 };
  const sentence = lastCue(text, ctx.sentenceStart, ctx.clauseStart, cueUnit);
  if (sentence !== undefined) return { metric: sentence.metric, cue: sentence.word, confidence: 0.5 };
  return { metric: 'other', cue: undefined, confidence: 0.3 };
}

/** The first cue of text[from, to), when it starts within `slack` code units after `from`. */
function firstCueAt(text: string, from: number, to: number, unit: UnitKind, slack: number): MetricCue | undefined {
  const idx = index();
  const last = Math.min(to, text.length);
  for (let i = Math.max(from, 0); i < last && i - from <= slack; i++) {
    const c = cueAt(text, i, to, unit, idx);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** A word list indexed by first code unit (empty words left out: they never count). */
interface WordIndex {
  /** 1 for the code units a word of any indexed list starts with: a one-lookup pre-check. */
  starts: Uint8Array;
  /** Words by first code unit. */
  byFirst: Map<number, string[]>;
}

const wordIndexes = new WeakMap<readonly string[], WordIndex>();
const ANY_WORD_STARTS = new Uint8Array(0x10000);

function wordIndex(words: readonly string[]): WordIndex {
  let idx = wordIndexes.get(words);
  if (idx === undefined) {
    const starts = ANY_WORD_STARTS;
    const byFirst = new Map<number, string[]>();
    for (const w of words) {
      if (w.length === 0) continue;
      const k = w.charCodeAt(0);
      starts[k] = 1;
      const list = byFirst.get(k);
      if (list === undefined) byFirst.set(k, [w]);
      else list.push(w);
    }
    idx = { starts, byFirst };
    wordIndexes.set(words, idx);
  }
  return idx;
}

/** Whether one of `words` stands wholly within `text.slice(max(0, from), max(from, to))`. */
function hasAny(text: string, from: number, to: number, words: readonly string[]): boolean {
  const a = Math.max(0, from);
  const b = Math.max(from, to);
  if (b < 0) {
    // A negative end counts from the end of the text, as `slice` reads it.
    const slice = text.slice(a, b);
    for (const w of words) if (w.length > 0 && slice.includes(w)) return true;
    return false;
  }
  const end = Math.min(b, text.length);
  const { starts, byFirst } = wordIndex(words);
  for (let i = a; i < end; i++) {
    const c = text.charCodeAt(i);
    if (starts[c] === 0) continue;
    const list = byFirst.get(c);
    if (list === undefined) continue;
    for (const w of list) if (i + w.length <= end && text.startsWith(w, i)) return true;
  }
  return false;
}

/** The `before` cue lists of the scopes, one bit each, read in one pass over the sentence before a figure. */
const BEFORE_LISTS = [
  SCOPE_CUES.per_unit.before,
  SCOPE_CUES.target.before,
  SCOPE_CUES.forecast.before,
  SCOPE_CUES.intent.before,
  SCOPE_CUES.event.before,
  SCOPE_CUES.cumulative.before,
  SCOPE_CUES.annual.before,
] as const;
const B_PER_UNIT = 1;
const B_TARGET = 2;
const B_FORECAST = 4;
const B_INTENT = 8;
const B_EVENT = 16;
const B_CUMULATIVE = 32;
const B_ANNUAL = 64;

let beforeIndex: Map<number, Array<{ word: string; bit: number }>> | undefined;
/** 1 for the code units a `before` cue starts with: a one-lookup pre-check. */
const BEFORE_STARTS = new Uint8Array(0x10000);

function beforeWords(): Map<number, Array<{ word: string; bit: number }>> {
  if (beforeIndex === undefined) {
    const byFirst = new Map<number, Array<{ word: string; bit: number }>>();
    BEFORE_LISTS.forEach((list, k) => {
      for (const word of list) {
        if (word.length === 0) continue;
        const c = word.charCodeAt(0);
        BEFORE_STARTS[c] = 1;
        const entries = byFirst.get(c);
        if (entries === undefined) byFirst.set(c, [{ word, bit: 1 << k }]);
        else entries.push({ word, bit: 1 << k });
      }
    });
    beforeIndex = byFirst;
  }
  return beforeIndex;
}

/**
 * Which `before` cue lists have a word wholly within `text.slice(clauseFrom, start)` (bits of the
 * low half) and within `text.slice(sentenceFrom, start)` (the same bits shifted by 8): what
 * `hasAny` says for each list and window, in one pass. Needs `start >= 0`.
 */
function beforeMasks(text: string, clauseFrom: number, sentenceFrom: number, start: number): number {
  const a = Math.max(0, clauseFrom);
  const b = Math.max(0, sentenceFrom);
  const end = Math.min(start, text.length);
  const index = beforeWords();
  let clause = 0;
  let sentence = 0;
  for (let i = Math.min(a, b); i < end; i++) {
    const c = text.charCodeAt(i);
    if (BEFORE_STARTS[c] === 0) continue;
    const entries = index.get(c);
    if (entries === undefined) continue;
    for (const e of entries) {
      if (i + e.word.length <= end && text.startsWith(e.word, i)) {
        if (i >= a) clause |= e.bit;
        if (i >= b) sentence |= e.bit;
      }
    }
  }
  return clause | (sentence << 8);
}

/** The masks of `beforeMasks`, list by list with `hasAny` (any `start`, a negative one included). */
function listMasks(text: string, clauseFrom: number, sentenceFrom: number, start: number): number {
  let masks = 0;
  BEFORE_LISTS.forEach((list, k) => {
    if (hasAny(text, clauseFrom, start, list)) masks |= 1 << k;
    if (hasAny(text, sentenceFrom, start, list)) masks |= 1 << (k + 8);
  });
  return masks;
}

/** Words after a figure that make it an intention (…的计划). */
const PLAN_AFTER: readonly string[] = ['的计划'];

/** What the period of a figure says about its scope. */
export interface PeriodHint {
  /** The period runs over more than one calendar year, or is open (以来). */
  multiYear: boolean;
  /** The period lies within one calendar year. */
  withinYear: boolean;
  /** The period is one day or one month (an event). */
  short: boolean;
  /** The period lies after the reference date. */
  future: boolean;
}

/**
 * Reads the scope of a figure: per-unit (户均, 人均, 元一公斤), share (%), change (增收, 增长 but
 * not 增长到), target, forecast (有望, 预计, 年底前), intention (签约, 意向, 计划), event (期间, 仪式上,
 * 会上), then cumulative (累计, 以来, or a period of several years) or annual (今年, 2022年, or a
 * period within one year).
 *
 * @example
 * ```ts
 * const text = '年底有望达到1.5亿元';
 * classifyScope({ text, start: 6, end: 12, clauseStart: 0, clauseEnd: 12, sentenceStart: 0,
 *   sentenceEnd: 12, previousEnd: 0, nextStart: 12 }, 'money', undefined); // 'forecast'
 * ```
 */
export function classifyScope(context: FigureContext, unit: UnitKind, period: PeriodHint | undefined): ClaimScope {
  const ctx = bounded(context);
  const { text } = ctx;
  // Windows: the clause before the figure, the few characters before it (after the previous
  // figure), the few after it in its clause, and the sentence before it.
  const start = ctx.start;
  const clauseFrom = ctx.clauseStart;
  const nearFrom = Math.max(ctx.previousEnd, ctx.start - 8);
  const rightFrom = ctx.end;
  const rightTo = Math.min(ctx.clauseEnd, ctx.end + 6);
  const sentenceFrom = ctx.sentenceStart;

  // The `before` lists over the clause and the sentence before the figure, read in one pass.
  const masks = start >= 0 ? beforeMasks(text, clauseFrom, sentenceFrom, start) : listMasks(text, clauseFrom, sentenceFrom, start);
  const clauseHas = (bit: number): boolean => (masks & bit) !== 0;
  const sentenceHas = (bit: number): boolean => ((masks >> 8) & bit) !== 0;

  if (clauseHas(B_PER_UNIT) || hasAny(text, rightFrom, rightTo, SCOPE_CUES.per_unit.after)) return 'per_unit';
  if (unit === 'percent') {
    const before = text.slice(Math.max(ctx.clauseStart, ctx.start - 6), ctx.start);
    if (/(增长|提高|增加|下降|减少)(了)?$/.test(before)) return 'delta';
    return 'share';
  }
  const near = text.slice(nearFrom, start);
  if (/(增收|增长|增加|提高|扩大|减少|下降|翻了)(了)?$/.test(near) || text.startsWith('倍', ctx.end - 1)) return 'delta';
  if (clauseHas(B_TARGET) || hasAny(text, rightFrom, rightTo, SCOPE_CUES.target.after)) return 'target';
  if (clauseHas(B_FORECAST)) return 'forecast';
  if (clauseHas(B_INTENT) || hasAny(text, rightFrom, rightTo, SCOPE_CUES.intent.after) || hasAny(text, ctx.end, ctx.sentenceEnd, PLAN_AFTER)) return 'intent';
  if (period?.future === true) return 'forecast';
  if (sentenceHas(B_EVENT) || period?.short === true) return 'event';
  // A period within one year makes a running total (共计, 累计) that year's figure.
  if (period?.withinYear === true) return 'annual';
  if (sentenceHas(B_CUMULATIVE)) return 'cumulative';
  if (sentenceHas(B_ANNUAL)) return 'annual';
  if (period?.multiYear === true) return 'cumulative';
  return 'unknown';
}
