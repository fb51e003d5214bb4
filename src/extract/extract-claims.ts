/**
 * Article text → claims: every figure of the body with what it measures, what it covers, when,
 * for which pairing, and the sentence that says it.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { parseArticle, type ParsedArticle } from '../article/parse-article.js';
import { toSimplified } from '../article/script.js';
import type { Claim, ClaimScope, Figure } from '../domain/claim.js';
import type { MetricId, UnitKind } from '../domain/metric.js';
import { unitKindOf } from '../domain/metric-lookup.js';
import type { IsoDate } from '../domain/period.js';
import type { Region, RegionRef } from '../domain/region.js';
import { findAmounts } from '../money/find-amounts.js';
import { findScaledNumbers } from '../numbers/find-numbers.js';
import { findQuantities } from '../quantity/find-quantities.js';
import { findRegion, findRegionsSimplified, type RegionMention, type RegionMentions } from '../registry/find-region.js';
import { metricByDirection, sideTest } from './direction.js';
import type { Registry } from '../registry/registry.js';
import {
  EAST_WEST_WORDS,
  HELPED_GROUP,
  NATIONAL_EAST,
  NATIONAL_WEST,
  ORGANIZATION_ENDS,
  ORGANIZATION_GAP,
  PAIRED_SUPPORT_WORDS,
  PAIR_FOLLOWERS,
} from '../data/programme-words.js';
import { abbreviationProvince } from './abbreviations.js';
import { registryOracle } from './oracle.js';
import { figureSides, pickArticleSides, sideRef, type PlacedMention, type Side, type SideOracle, type Sides } from './sides.js';
import { findTimeExpressions } from '../time/find.js';
import type { TimeMention } from '../time/types.js';
import { classifyMetric, classifyScope, type FigureContext } from './classify.js';
import { articleDefaultPeriod, periodFor, periodHint } from './context.js';
import { selectFigures, type FoundFigure, type SkippedFigure } from './figures.js';
import { splitSentencesAndClauses, type TextPiece } from './sentences.js';

/** The sides of a pairing a caller knows an article is about. */
export interface PairingHint {
  /** The eastern (helping) side. */
  east?: RegionRef | null;
  /** The western (helped) side. */
  west?: RegionRef | null;
}

/** Options of {@link extractClaims}. */
export interface ExtractOptions {
  /**
   * The publication date, when the text has no dateline (or to override it): relative periods
   * (今年, 4年来) are read against it. For a reprint, give the original's date: a page dated
   * 2024-06-05 that reprints a report of 2023 would otherwise date its 今年 to 2024.
   */
  publishedAt?: IsoDate;
  /** The pairing the article is about, when known: used where the text names no region. */
  pairing?: PairingHint;
  /** A registry to use in place of the bundled one (see `loadRegistry`). */
  registry?: Registry;
}

/** Claims with what was left out of them, for callers who need to account for every figure. */
export interface ExtractionResult {
  /** The article as read. */
  article: ParsedArticle;
  /** The claims, in text order. */
  claims: Claim[];
  /** Figures of the body that are not claims (years, ordinals, slogans, articles like 一位), with the reason. Offsets into the raw text. */
  skipped: SkippedFigure[];
}

interface Draft {
  claim: Claim;
  block: number;
  sentence: TextPiece;
  clause: TextPiece;
  unit: UnitKind;
  /** Offset in the block of the last 其中 before the figure, or -1. */
  qizhong: number;
}

/**
 * Reads every claim of an article: each amount of money and each count that measures something in
 * the body becomes a claim with its metric (or `other`), scope, period, eastern and western region,
 * the sentence as evidence and a confidence. Figures in page chrome (sidebars, footers) are not
 * claims. Never throws; a non-string gives `[]`.
 *
 * @example
 * ```ts
 * const claims = extractClaims('天津河东区助力迭部县\n2024-06-05 18:44:25\n  2021年完成消费帮扶销售额共计3522万元。');
 * claims[0].metric;            // 'consumption_assistance'
 * claims[0].scope;             // 'annual'
 * claims[0].period?.start;     // '2021-01-01'
 * claims[0].figure.span.text;  // '3522万元'
 * ```
 */
export function extractClaims(input: string | ParsedArticle, options: ExtractOptions = {}): Claim[] {
  return extractClaimsDetailed(input, options).claims;
}

/**
 * Like {@link extractClaims}, and also returns the article as read and the figures left out with
 * the reason, so that every figure of the body is accounted for.
 *
 * @example
 * ```ts
 * const r = extractClaimsDetailed('助力“五个一”机制,累计输转就业1211人。');
 * r.claims.length;       // 1
 * r.skipped[0].reason;   // 'slogan'
 * ```
 */
export function extractClaimsDetailed(input: string | ParsedArticle, given: ExtractOptions = {}): ExtractionResult {
  // Options that are not an object (null from JavaScript callers) count as none.
  const options: ExtractOptions = given !== null && typeof given === 'object' ? given : {};
  const article =
    typeof input === 'string'
      ? parseArticle(input, options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt })
      : input !== null && typeof input === 'object' && typeof input.raw === 'string'
        ? input
        : parseArticle('');
  const published = options.publishedAt ?? article.publishedAt;
  const timeOptions = published === undefined ? {} : { referenceDate: published };

  // Blocks to read: the title, then the body blocks (a byline has no figures worth claiming).
  const blocks: Array<{ start: number; text: string }> = [];
  if (article.title !== undefined) blocks.push({ start: article.title.start, text: article.title.text });
  for (const b of article.blocks) if (b.kind !== 'byline') blocks.push({ start: b.start, text: b.text });

  // Time expressions are read over all blocks at once, so that a year carries over to the
  // paragraphs after it (2023年7月 … 7月17日), then handed back to each block.
  let joined = '';
  const joinedStart: number[] = [];
  for (const b of blocks) {
    if (joined.length > 0) joined += '\n';
    joinedStart.push(joined.length);
    joined += b.text;
  }
  const allTimes = findTimeExpressions(joined, timeOptions);
  const blockTimes: TimeMention[][] = blocks.map(() => []);
  // Only blocks with a digit or a numeral have figures to read (and need their time expressions).
  const readable = blocks.map((b) => hasNumeral(b.text));
  let bi = 0;
  for (const t of allTimes) {
    while (bi + 1 < blocks.length && joinedStart[bi + 1]! <= t.start) bi++;
    const from = joinedStart[bi]!;
    if (readable[bi] && t.end <= from + blocks[bi]!.text.length) blockTimes[bi]!.push({ ...t, start: t.start - from, end: t.end - from });
  }
  const defaultPeriod = articleDefaultPeriod(allTimes, published);
  const registryOptions = options.registry === undefined ? {} : { registry: options.registry };
  // Each block in simplified script (same length and offsets), read by the region finder and the classifiers.
  const blockFolded = blocks.map((b) => toSimplified(b.text));
  // Regions are read in the title and lead (which name the article's pairing) and in the blocks
  // that have figures; a block with no figure beyond the lead adds nothing a claim would use.
  // The lead: the title and the next two blocks (without a title, the first two blocks).
  const titled = article.title !== undefined;
  const leadBlocks = titled ? 3 : 2;
  const found = blocks.map((b, i) => (i < leadBlocks || readable[i] ? findRegionsSimplified(b.text, blockFolded[i]!, registryOptions) : { mentions: [], ambiguous: [] }));
  const blockRegions = resolveInArticle(found);
  // The title weighs 3, the lead (the next two blocks) 2, the rest 1, in picking the article's sides.
  const leadCount = Math.min(blocks.length, leadBlocks);
  const lead = blockFolded.slice(0, leadCount).join('\n');
  // A report of 对口支援 (援疆, 援藏 …) reads regions by that programme's roles.
  const scope = PAIRED_SUPPORT_WORDS.test(lead) && !EAST_WEST_WORDS.test(lead) ? 'paired_support' : 'east_west';
  const oracle = registryOracle(options.registry, published, scope);
  const placed: PlacedMention[][] = blockRegions.map((list, i) => {
    const weight = titled && i === 0 ? 3 : i < leadBlocks ? 2 : 1;
    const folded = blockFolded[i]!;
    const out: PlacedMention[] = [];
    list.forEach((m, k) => {
      // 天津食品集团, 重庆猪八戒网: a place that opens an organisation's name is no side.
      if (!opensOrganization(folded, m.end, list[k + 1]?.start ?? folded.length)) out.push({ region: m.region, start: m.start, end: m.end, weight });
    });
    // 沪滇协作, 京蒙对口帮扶: the programme's name is background for the article (weight 0), a
    // statement for its sentence.
    const pairs = abbreviationPairs(folded, oracle, registryOptions, 0);
    return pairs.length === 0 ? out : [...out, ...pairs].sort((a, b) => a.start - b.start);
  });
  const isEast = sideTest(oracle);
  const sides = articleSides(placed.slice(0, leadCount).flat(), placed.flat(), lead, oracle, options.pairing, registryOptions);

  const drafts: Draft[] = [];
  const skipped: SkippedFigure[] = [];
  blocks.forEach((block, bi) => {
    const times = blockTimes[bi]!;
    if (!readable[bi]) return; // no digit and no numeral: no figure
    const { figures, skipped: left } = selectFigures(
      block.text,
      findAmounts(block.text),
      findQuantities(block.text),
      // Only bare numbers scaled by 万/亿 can be claims (see selectFigures): the others are not valued.
      findScaledNumbers(block.text),
      times,
    );
    for (const s of left) skipped.push({ ...s, start: s.start + block.start, end: s.end + block.start });
    const folded = blockFolded[bi]!;
    const { sentences, clauses } = splitSentencesAndClauses(block.text);
    const regions = blockRegions[bi]!;
    const placedBlock = placed[bi]!;
    const qizhong = positionsOf(folded, '其中');
    let si = 0;
    let ci = 0;
    let ri = 0;
    let rj = 0;
    let ti = 0;
    // A time expression that opens the paragraph (过渡期以来，…) frames the whole paragraph.
    const opener = times[0] !== undefined && times[0].start <= 2 && times[0].start < (sentences[0]?.end ?? 0) ? times[0] : undefined;
    figures.forEach((f, fi) => {
      const m = f.mention;
      // Figures come in text order: the sentence and clause pointers only move forward.
      while (si < sentences.length && sentences[si]!.end <= m.start) si++;
      while (ci < clauses.length && clauses[ci]!.end <= m.start) ci++;
      const sentence = sentences[si] !== undefined && sentences[si]!.start <= m.start ? sentences[si]! : { start: m.start, end: m.end };
      const clause = clauses[ci] !== undefined && clauses[ci]!.start <= m.start ? clauses[ci]! : sentence;
      // The regions a figure's sides are read from: those of its sentence, within a bounded window
      // around it (a text of one endless sentence must not make every figure read every region).
      const sideFrom = Math.max(sentence.start, m.start - SIDE_WINDOW);
      const sideTo = Math.min(sentence.end, m.end + SIDE_WINDOW);
      while (ri < placedBlock.length && placedBlock[ri]!.start < sideFrom) ri++;
      if (rj < ri) rj = ri;
      while (rj < placedBlock.length && placedBlock[rj]!.start < sideTo) rj++;
      const prev = figures[fi - 1];
      const next = figures[fi + 1];
      const ctx: FigureContext = {
        text: folded,
        start: m.start,
        end: m.end,
        clauseStart: clause.start,
        clauseEnd: clause.end,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        previousEnd: prev !== undefined && prev.mention.end > clause.start ? prev.mention.end : clause.start,
        nextStart: next !== undefined && next.mention.start < clause.end ? next.mention.start : clause.end,
      };
      const unit = unitOf(f);
      const reading = classifyMetric(ctx, unit);
      // Cadres and technicians sent east (到天津市河东区挂职锻炼) are counted apart.
      const metric = metricByDirection(reading.metric, { text: folded, start: m.start, end: m.end, clauseStart: clause.start, clauseEnd: clause.end, sentenceEnd: sentence.end }, regions, isEast);
      while (ti < times.length && times[ti]!.start < m.start) ti++;
      const period = periodFor(timesInSentence(times, ti, sentence.start, figures, fi, block.text), opener, defaultPeriod);
      const scope: ClaimScope = classifyScope(ctx, unit, periodHint(period, published));
      const own = figureSides(folded, placedBlock.slice(ri, rj), m.start, sides, oracle, nationalIn(folded.slice(sideFrom, sideTo), ri === rj));
      const span = { start: block.start + m.start, end: block.start + m.end, text: m.text };
      const evidence = {
        start: block.start + sentence.start,
        end: block.start + sentence.end,
        text: block.text.slice(sentence.start, sentence.end),
      };
      drafts.push({
        claim: {
          id: `c${drafts.length + 1}`,
          figure: toFigure(f, span),
          metric,
          scope,
          period,
          east: sideRef(own.east),
          west: sideRef(own.west),
          evidence,
          confidence: round2(reading.confidence * (period === null ? 0.8 : period.basis === 'stated' ? 1 : 0.9)),
        },
        block: bi,
        sentence,
        clause,
        unit,
        qizhong: lastBefore(qizhong, m.start),
      });
    });
  });
  linkParts(drafts);
  linkShares(drafts);
  return { article, claims: drafts.map((d) => d.claim), skipped };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function unitOf(f: FoundFigure): UnitKind {
  if (f.kind === 'amount') return 'money';
  if (f.kind === 'number') return 'count';
  return unitKindOf(f.mention.unit) ?? 'other';
}

function toFigure(f: FoundFigure, span: { start: number; end: number; text: string }): Figure {
  // Plain object literals (no spreads: this runs once per claim), keys in the order value,
  // qualifier, precision, range (when there is one), then currency or unit.
  const m = f.mention;
  const { value, qualifier, precision, range } = m;
  if (f.kind === 'amount') {
    const currency = f.mention.currency;
    const amount = range === undefined ? { value, qualifier, precision, currency } : { value, qualifier, precision, range, currency };
    return { kind: 'amount', amount, span };
  }
  const unit = f.kind === 'quantity' ? f.mention.unit : '';
  const quantity = range === undefined ? { value, qualifier, precision, unit } : { value, qualifier, precision, range, unit };
  return { kind: 'quantity', quantity, span };
}

/** Every offset at which `word` occurs in `text`, in order. */
function positionsOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) out.push(i);
  return out;
}

/** The last of the sorted `positions` before `offset`, or -1 (binary search). */
function lastBefore(positions: readonly number[], offset: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < offset) {
      found = positions[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The time expressions before figure `fi` in its sentence, nearest first (at most three; `before`
 * is the index of the first time expression at or after the figure). A year that stands before an
 * earlier figure of a change (从2013年4000元增长到了现在的12000元) dates that figure, not this one.
 */
function timesInSentence(
  times: readonly TimeMention[],
  before: number,
  sentenceStart: number,
  figures: readonly FoundFigure[],
  fi: number,
  text: string,
): TimeMention[] {
  const out: TimeMention[] = [];
  const previous = figures[fi - 1];
  for (let k = before - 1; k >= 0 && out.length < 3; k--) {
    const t = times[k]!;
    if (t.start < sentenceStart) break;
    const change = previous !== undefined && previous.mention.start >= t.end && text.slice(previous.mention.end, figures[fi]!.mention.start).includes('到');
    if (!change) out.push(t);
  }
  return out;
}

/**
 * The two provinces a pair of abbreviations names as the sides of a programme (沪滇协作 → 上海市 at
 * 沪, 云南省 at 滇; 粤桂两省区, 闽宁对口扶贫): the pair must be followed by a programme word and be a
 * pairing the registry holds, helping side first.
 */
function abbreviationPairs(text: string, oracle: SideOracle, registryOptions: { registry?: Registry }, weight: number): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let i = 0; i + 2 < text.length; i++) {
    // Two abbreviations in a row are rare: two table look-ups per code unit before any string work.
    const a = abbreviationProvince(text.charCodeAt(i));
    if (a === undefined) continue;
    const b = abbreviationProvince(text.charCodeAt(i + 1));
    if (b === undefined || a === b || !PAIR_FOLLOWERS.some((w) => text.startsWith(w, i + 2))) continue;
    const east = findRegion(a, registryOptions);
    const west = findRegion(b, registryOptions);
    if (east === undefined || west === undefined || !oracle.pairedExactly(east, west)) continue;
    out.push({ region: east, start: i, end: i + 1, weight }, { region: west, start: i + 1, end: i + 2, weight });
    i++;
  }
  return out;
}

/** 1 for the first code unit of each organisation ending: a one-lookup pre-check. */
const ORGANIZATION_FIRST = new Uint8Array(0x10000);
for (const w of ORGANIZATION_ENDS) ORGANIZATION_FIRST[w.charCodeAt(0)] = 1;

/**
 * The region mentions of each block, with the shared names a block left ambiguous (鼓楼区, 朝阳区)
 * resolved from the whole article: the one candidate inside a province or prefecture the article
 * names (福州 in the title → 鼓楼区 350102 in the fifth paragraph), else the one the article names
 * elsewhere unambiguously; the rest stay out. Linear in the mentions (the context is a set of
 * codes).
 */
function resolveInArticle(found: readonly RegionMentions[]): RegionMention[][] {
  if (found.every((f) => f.ambiguous.length === 0)) return found.map((f) => f.mentions);
  const named = new Set<string>();
  for (const f of found) for (const m of f.mentions) named.add(m.region.code);
  return found.map((f) => {
    if (f.ambiguous.length === 0) return f.mentions;
    const added: RegionMention[] = [];
    for (const a of f.ambiguous) {
      const same = a.candidates.filter((c) => named.has(c.code));
      const inside = a.candidates.filter((c) => c.parents.some((p) => named.has(p)));
      const pick = same.length === 1 ? same[0] : inside.length === 1 ? inside[0] : undefined;
      if (pick !== undefined) added.push({ region: pick, start: a.start, end: a.end, text: a.text, candidates: a.candidates });
    }
    return added.length === 0 ? f.mentions : [...f.mentions, ...added].sort((x, y) => x.start - y.start);
  });
}

/** Whether an organisation's name ends within a few Han characters after a place (天津|食品集团). */
function opensOrganization(text: string, from: number, nextPlace: number): boolean {
  const limit = Math.min(text.length, nextPlace, from + ORGANIZATION_GAP + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false; // punctuation, digits, space: the name has ended
    if (ORGANIZATION_FIRST[c] === 0) continue;
    for (const w of ORGANIZATION_ENDS) if (text.startsWith(w, i)) return true;
  }
  return false;
}

/** The national groups a text names (东部8省市, 西部10省区市), or null when it names neither. */
function nationalGroups(text: string): Sides | null {
  const e = NATIONAL_EAST.exec(text);
  const w = NATIONAL_WEST.exec(text);
  if (e === null && w === null) return null;
  const group = (m: RegExpExecArray | null): Side | null => (m === null ? null : { kind: 'group', name: m[0], members: [] });
  return { east: group(e), west: group(w) };
}

/**
 * A sentence speaks of the programme as a whole when it names both national groups (东部8省市向西部
 * 10省区市…) and no region.
 */
function nationalIn(sentence: string, noRegion: boolean): Sides | null {
  if (!noRegion) return null;
  const n = nationalGroups(sentence);
  return n !== null && n.east !== null && n.west !== null ? n : null;
}

/**
 * The article's sides: the caller's hint, else the national groups when the title and lead name
 * both (or one, and no region of either side), else the pairing the text names most (see
 * `pickArticleSides`); a group the lead names for the helped areas (两县一区, 四个受援地区) is the
 * western side; a side still unknown is the registry's one partner of the other.
 */
function articleSides(
  leadMentions: readonly PlacedMention[],
  mentions: readonly PlacedMention[],
  lead: string,
  oracle: SideOracle,
  hint: PairingHint | undefined,
  registryOptions: { registry?: Registry },
): Sides {
  const national = nationalGroups(lead);
  const leadHasSide = leadMentions.some((m) => oracle.role(m.region) !== null);
  const picked =
    national !== null && ((national.east !== null && national.west !== null) || !leadHasSide)
      ? national
      : pickArticleSides(mentions, oracle, national);
  const helped = HELPED_GROUP.exec(lead);
  let east: Side | null = picked.east;
  let west: Side | null = helped !== null ? { kind: 'group', name: helped[0], members: [], local: true } : picked.west;
  if (east !== null && east.kind === 'region' && west === null) west = partnerSide(east.region, 'west', oracle, registryOptions);
  if (west !== null && west.kind === 'region' && east === null) east = partnerSide(west.region, 'east', oracle, registryOptions);
  // A side the caller gives replaces the one found (null or absent: the one found).
  const fromHint = (ref: RegionRef | null | undefined, found: Side | null): Side | null => {
    if (ref === undefined || ref === null) return found;
    const region = ref.code === null ? undefined : findRegion(ref.code, registryOptions);
    return region !== undefined ? { kind: 'region', region } : { kind: 'group', name: ref.name, members: [] };
  };
  return { east: fromHint(hint?.east, east), west: fromHint(hint?.west, west) };
}

/** The registry's one partner of a region as a side, or null. */
function partnerSide(region: Region, side: 'east' | 'west', oracle: SideOracle, registryOptions: { registry?: Registry }): Side | null {
  const ref = oracle.partner(region, side);
  if (ref === undefined) return null;
  const found = ref.code === null ? undefined : findRegion(ref.code, registryOptions);
  return found !== undefined ? { kind: 'region', region: found } : { kind: 'group', name: ref.name, members: [] };
}

const PEOPLE_KINDS = new Set<UnitKind>(['people', 'person_times']);

/** Any digit or Chinese numeral: a block without one has no figure to read. */
const NUMERAL_UNITS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) NUMERAL_UNITS[c] = 1; // 0-9
for (let c = 0xff10; c <= 0xff19; c++) NUMERAL_UNITS[c] = 1; // ０-９
for (const ch of '〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟半') NUMERAL_UNITS[ch.charCodeAt(0)] = 1;

/** Whether `text` holds a digit or a Chinese numeral (a table look-up per code unit). */
function hasNumeral(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NUMERAL_UNITS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** How far (UTF-16 code units) before and after a figure its sentence's regions are read. */
const SIDE_WINDOW = 120;

/** How many figures back a part or a share looks for the figure it belongs to. */
const MAX_LOOKBACK = 16;

function compatibleUnits(a: UnitKind, b: UnitKind): boolean {
  return a === b || (PEOPLE_KINDS.has(a) && PEOPLE_KINDS.has(b));
}

/** 其中: the figures of the clause that 其中 opens are parts of the last figure of the same kind before it in the sentence. */
function linkParts(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const k = d.qizhong;
    if (k < d.clause.start) return;
    for (let j = i - 1; j >= Math.max(0, i - MAX_LOOKBACK); j--) {
      const w = drafts[j]!;
      if (w.block !== d.block || blockPos(w) < d.sentence.start) break;
      if (blockPos(w) < k && compatibleUnits(w.unit, d.unit)) {
        d.claim.partOf = w.claim.id;
        return;
      }
    }
  });
}

/** The figure's offset in its block. */
function blockPos(d: Draft): number {
  return d.claim.figure.span.start - (d.claim.evidence.start - d.sentence.start);
}

/**
 * A share (占…%) points at its part — the figure before it in its sentence that has the share's
 * metric, with no other share in between and not itself a forecast, target or intention — and at
 * its whole: the article's first cumulative claim of that metric (the total a report states
 * first). The links come from the words and the order of the figures, never from their values,
 * so that a wrong value cannot hide the link a check needs.
 */
function linkShares(drafts: Draft[]): void {
  const firstWhole = new Map<string, Draft>();
  drafts.forEach((d, i) => {
    if (d.unit !== 'percent') {
      const key = `${d.claim.metric}|${d.unit}`;
      if (d.claim.scope === 'cumulative' && !firstWhole.has(key)) firstWhole.set(key, d);
      return;
    }
    if (d.claim.scope !== 'share') return;
    const metric: MetricId = d.claim.metric;
    let part: Draft | undefined;
    for (let j = i - 1; j >= Math.max(0, i - MAX_LOOKBACK); j--) {
      const w = drafts[j]!;
      if (w.block !== d.block || w.sentence.start !== d.sentence.start || w.unit === 'percent') break;
      if (NOT_ACHIEVED.has(w.claim.scope)) continue;
      if (metric === 'other' || w.claim.metric === metric) {
        part = w;
        break;
      }
    }
    if (part === undefined) return;
    d.claim.sharePart = part.claim.id;
    if (metric === 'other') {
      // 完成年度目标任务的200%: a share with no noun of its own is a share of the figure before it.
      d.claim.metric = part.claim.metric;
      return;
    }
    const whole = firstWhole.get(`${metric}|${part.unit}`);
    if (whole !== undefined && whole !== part) {
      d.claim.shareOf = whole.claim.id;
      if (part.claim.partOf === undefined) part.claim.partOf = whole.claim.id;
    }
  });
}

const NOT_ACHIEVED = new Set<ClaimScope>(['forecast', 'target', 'intent']);

function valueOf(d: Draft): Decimal {
  const f = d.claim.figure;
  return f.kind === 'amount' ? f.amount.value : f.quantity.value;
}
