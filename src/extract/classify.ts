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
    ...ctx,
    sentenceStart,
    clauseStart,
    previousEnd: Math.max(ctx.previousEnd, ctx.start - MAX_NEAR, clauseStart),
    sentenceEnd: Math.min(ctx.sentenceEnd, ctx.end + MAX_SENTENCE),
    clauseEnd: Math.min(ctx.clauseEnd, ctx.end + MAX_CLAUSE),
    nextStart: Math.min(ctx.nextStart, ctx.end + MAX_CLAUSE),
  };
}

interface CueIndex {
  byFirstChar: Map<string, MetricCue[]>;
}

let cueIndex: CueIndex | undefined;

function index(): CueIndex {
  if (cueIndex === undefined) {
    const byFirstChar = new Map<string, MetricCue[]>();
    for (const c of METRIC_CUES) {
      const k = c.word[0]!;
      const list = byFirstChar.get(k) ?? [];
      list.push(c);
      byFirstChar.set(k, list);
    }
    for (const list of byFirstChar.values()) list.sort((a, b) => b.word.length - a.word.length);
    cueIndex = { byFirstChar };
  }
  return cueIndex;
}

/** Cue occurrences in text[from, to) applicable to `unit`, as [start, end, cue]. */
function cuesIn(text: string, from: number, to: number, unit: UnitKind): Array<[number, number, MetricCue]> {
  const out: Array<[number, number, MetricCue]> = [];
  const { byFirstChar } = index();
  for (let i = from; i < to; i++) {
    const list = byFirstChar.get(text[i]!);
    if (list === undefined) continue;
    for (const c of list) {
      if (i + c.word.length <= to && text.startsWith(c.word, i) && c.units.includes(unit)) {
        out.push([i, i + c.word.length, c]);
        break; // the longest cue starting here
      }
    }
  }
  return out;
}

/** The cue closest before `to`: latest end, then longest. */
function lastCue(text: string, from: number, to: number, unit: UnitKind): MetricCue | undefined {
  let best: [number, number, MetricCue] | undefined;
  for (const c of cuesIn(text, from, to, unit)) {
    if (best === undefined || c[1] > best[1] || (c[1] === best[1] && c[1] - c[0] > best[1] - best[0])) best = c;
  }
  return best?.[2];
}

/** The cue closest after `from`: earliest start, then longest. */
function firstCue(text: string, from: number, to: number, unit: UnitKind): MetricCue | undefined {
  return cuesIn(text, from, to, unit)[0]?.[2];
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
  // 培训各类干部人才2519人次: the training verb governs the people it names.
  if (cueUnit === 'people' || cueUnit === 'person_times') {
    const window = text.slice(ctx.previousEnd, ctx.start);
    if (/培训|培养|培育|受训/.test(window)) return { metric: 'people_trained', cue: '培训', confidence: 0.85 };
  }
  // 3名医生、1名负责园区工作的干部: a count followed at once by its noun is read by that noun.
  const adjacent = counted ? firstCueAt(text, ctx.end, Math.min(ctx.nextStart, ctx.end + 8), cueUnit, 2) : undefined;
  if (adjacent !== undefined) return { metric: adjacent.metric, cue: adjacent.word, confidence: 0.85 };
  const near = lastCue(text, ctx.previousEnd, ctx.start, cueUnit);
  if (near !== undefined) return { metric: near.metric, cue: near.word, confidence: 0.9 };
  const after = firstCue(text, ctx.end, Math.min(ctx.nextStart, ctx.end + (counted ? 24 : 12)), cueUnit);
  if (after !== undefined) return { metric: after.metric, cue: after.word, confidence: 0.75 };
  const clause = lastCue(text, ctx.clauseStart, ctx.start, cueUnit);
  if (clause !== undefined) return { metric: clause.metric, cue: clause.word, confidence: 0.7 };
  const sentence = lastCue(text, ctx.sentenceStart, ctx.clauseStart, cueUnit);
  if (sentence !== undefined) return { metric: sentence.metric, cue: sentence.word, confidence: 0.5 };
  return { metric: 'other', cue: undefined, confidence: 0.3 };
}

/** A cue starting within `slack` code units after `from`. */
function firstCueAt(text: string, from: number, to: number, unit: UnitKind, slack: number): MetricCue | undefined {
  const c = cuesIn(text, from, to, unit)[0];
  return c !== undefined && c[0] - from <= slack ? c[2] : undefined;
}

function hasAny(text: string, from: number, to: number, words: readonly string[]): string | undefined {
  const slice = text.slice(Math.max(0, from), Math.max(from, to));
  for (const w of words) if (slice.includes(w)) return w;
  return undefined;
}

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
  const left = (from: number) => [from, ctx.start] as const;
  const clauseLeft = left(ctx.clauseStart);
  const nearLeft = left(Math.max(ctx.previousEnd, ctx.start - 8));
  const rightNear = [ctx.end, Math.min(ctx.clauseEnd, ctx.end + 6)] as const;

  if (hasAny(text, ...clauseLeft, SCOPE_CUES.per_unit.before) || hasAny(text, ...rightNear, SCOPE_CUES.per_unit.after)) return 'per_unit';
  if (unit === 'percent') {
    const before = text.slice(Math.max(ctx.clauseStart, ctx.start - 6), ctx.start);
    if (/(增长|提高|增加|下降|减少)(了)?$/.test(before)) return 'delta';
    return 'share';
  }
  const near = text.slice(nearLeft[0], nearLeft[1]);
  if (/(增收|增长|增加|提高|扩大|减少|下降|翻了)(了)?$/.test(near) || text.startsWith('倍', ctx.end - 1)) return 'delta';
  if (hasAny(text, ...clauseLeft, SCOPE_CUES.target.before) || hasAny(text, ...rightNear, SCOPE_CUES.target.after)) return 'target';
  const sentenceLeft = [ctx.sentenceStart, ctx.start] as const;
  if (hasAny(text, ...clauseLeft, SCOPE_CUES.forecast.before)) return 'forecast';
  if (hasAny(text, ...clauseLeft, SCOPE_CUES.intent.before) || hasAny(text, ...rightNear, SCOPE_CUES.intent.after) || hasAny(text, ctx.end, ctx.sentenceEnd, ['的计划'])) return 'intent';
  if (period?.future === true) return 'forecast';
  if (hasAny(text, ...sentenceLeft, SCOPE_CUES.event.before) || period?.short === true) return 'event';
  // A period within one year makes a running total (共计, 累计) that year's figure.
  if (period?.withinYear === true) return 'annual';
  if (hasAny(text, ...sentenceLeft, SCOPE_CUES.cumulative.before)) return 'cumulative';
  if (hasAny(text, ...sentenceLeft, SCOPE_CUES.annual.before)) return 'annual';
  if (period?.multiYear === true) return 'cumulative';
  return 'unknown';
}
