/**
 * Turning a raw web page's text into an article: title, dateline, publisher and the body, with the
 * navigation, sidebars, footers and spam lines left out and every offset kept.
 *
 * @module
 */
import {
  BODY_END_PREFIXES,
  EDITOR_PREFIXES,
  HEADER_FURNITURE,
  NAVIGATION_PREFIXES,
  SPAM_WORDS,
} from '../data/page-chrome.js';
import { splitLines, trimLine, type TextLine } from './lines.js';
import { detectScript, toSimplified, type Script } from './script.js';
import { findPublicationDate } from '../time/publication.js';
import type { PublicationDate } from '../time/types.js';
import type { IsoDate } from '../domain/period.js';
import type { Span } from '../types.js';
import { argumentError } from '../domain/validation-error.js';

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The publication date to use when the page has no dateline, or in place of it. */
  publishedAt?: IsoDate;
}

/** What a kept block of the body is. */
export type BlockKind = 'paragraph' | 'heading' | 'summary' | 'byline';

/** Why a line was left out of the body. */
export type DropReason = 'navigation' | 'header' | 'dateline' | 'spam' | 'sidebar' | 'footer' | 'meta';

/** A block (one line of the page) kept in the body, with its offsets into the raw text. */
export interface ArticleBlock {
  /** Offset of the block's first code unit in the raw text. */
  start: number;
  /** Offset one past its last code unit in the raw text. */
  end: number;
  /** `raw.slice(start, end)`. */
  text: string;
  /** What the block is. */
  kind: BlockKind;
}

/** A line left out of the body, and why. */
export interface DroppedLine {
  /** Offset in the raw text. */
  start: number;
  /** End offset in the raw text (half-open). */
  end: number;
  /** The line. */
  text: string;
  /** Why it is not body text. */
  reason: DropReason;
}

/** A piece of the body that maps back to the raw text: `body.slice(bodyStart, bodyStart + length)` is `raw.slice(rawStart, rawStart + length)`. */
export interface OffsetSegment {
  /** Where the piece starts in `body`. */
  bodyStart: number;
  /** Where the same text starts in `raw`. */
  rawStart: number;
  /** Its length in UTF-16 code units. */
  length: number;
}

/**
 * An article read off a raw page. All offsets are half-open UTF-16 offsets into `raw`, except
 * those of `body`, which map back through `segments` (see {@link toRawOffset}).
 */
export interface ParsedArticle {
  /** The text as given. */
  raw: string;
  /** The headline, when one was found. */
  title: Span | undefined;
  /** The publication date (from the dateline, or the caller's `publishedAt` option), when known. */
  publishedAt: IsoDate | undefined;
  /** The dateline's date and time as written, with its span, when one was found. */
  dateline: PublicationDate | undefined;
  /** The publisher named in the dateline (来源) or the byline (…网讯, …记者), when there is one. */
  publisher: Span | undefined;
  /** The body blocks in page order: paragraphs, headings, a summary, a byline. */
  blocks: ArticleBlock[];
  /** The lines left out of the body, with the reason. */
  dropped: DroppedLine[];
  /** The body blocks joined by `\n`. */
  body: string;
  /** How `body` maps back into `raw`, one segment per block. */
  segments: OffsetSegment[];
  /** The script of the body. */
  script: Script;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', ':', '：', '.', ',', '，']);
const CLOSERS = new Set(['”', '"', '」', '』', '’', '）', ')', '》']);

/**
 * Reads a raw page: finds the title, the dateline (publication date and time), the publisher and
 * the body, and leaves out navigation, page furniture, sidebars, footers and spam lines — keeping
 * the offsets of everything into `raw`. Never throws: a text without any page structure comes back
 * as a body of paragraphs with no title.
 *
 * @example
 * ```ts
 * const a = parseArticle('您的位置:首页 > 新闻\n\n河西区东西部协作纪实\n\n来源:天津日报 2020-10-22 15:22:04\n\n累计实现消费扶贫2亿余元。\n\n相关文章\n下一篇');
 * a.title?.text;          // '河西区东西部协作纪实'
 * a.publishedAt;          // '2020-10-22'
 * a.publisher?.text;      // '天津日报'
 * a.blocks.map(b => b.text); // ['累计实现消费扶贫2亿余元。']
 * ```
 */
export function parseArticle(raw: string, options: ParseArticleOptions = {}): ParsedArticle {
  const text = typeof raw === 'string' ? raw : '';
  const lines = splitLines(text).map(trimLine).filter((l) => l.text.length > 0);
  const dropped: DroppedLine[] = [];
  const drop = (l: TextLine, reason: DropReason) => dropped.push({ start: l.start, end: l.end, text: l.text, reason });

  // The dateline: the line that holds the publication date.
  let datelineIndex = -1;
  let dateline: PublicationDate | undefined;
  const found = findPublicationDate(text);
  if (found.success) {
    dateline = found.data;
    datelineIndex = lines.findIndex((l) => l.start <= found.data.start && found.data.start < l.end);
  }

  // Header: lines up to the dateline. The title is the longest header line that is not navigation,
  // furniture or spam.
  let title: ParsedArticle['title'];
  let bodyFrom = 0;
  if (datelineIndex >= 0) {
    let best = -1;
    for (let i = 0; i < datelineIndex; i++) {
      const l = lines[i]!;
      const reason = headerReason(l.text);
      if (reason === undefined && (best < 0 || l.text.length > lines[best]!.text.length)) best = i;
    }
    for (let i = 0; i < datelineIndex; i++) {
      if (i === best) continue;
      drop(lines[i]!, headerReason(lines[i]!.text) ?? 'header');
    }
    if (best >= 0) title = spanOf(lines[best]!);
    drop(lines[datelineIndex]!, 'dateline');
    bodyFrom = datelineIndex + 1;
  } else {
    // No dateline: leading navigation is dropped, and a first short line without sentence
    // punctuation followed by more text is taken as the title.
    while (bodyFrom < lines.length && headerReason(lines[bodyFrom]!.text) !== undefined) {
      drop(lines[bodyFrom]!, headerReason(lines[bodyFrom]!.text)!);
      bodyFrom++;
    }
    const first = lines[bodyFrom];
    if (first !== undefined && bodyFrom + 1 < lines.length && looksLikeHeading(first.text, 60)) {
      title = spanOf(first);
      bodyFrom++;
    }
  }

  // Body: until the first sidebar or footer marker.
  const blocks: ArticleBlock[] = [];
  let ended = false;
  for (let i = bodyFrom; i < lines.length; i++) {
    const l = lines[i]!;
    if (ended) {
      drop(l, isFooterLine(l.text) ? 'footer' : 'sidebar');
      continue;
    }
    const editor = isEditorLine(l.text);
    if (blocks.length === 0 && (editor || isMetaLine(l.text))) {
      drop(l, 'meta');
      continue;
    }
    if (editor || startsWithAny(unbracketed(l.text), BODY_END_PREFIXES)) {
      ended = true;
      drop(l, isFooterLine(l.text) ? 'footer' : 'sidebar');
      continue;
    }
    if (isFurnitureLine(l.text)) {
      drop(l, 'meta');
      continue;
    }
    if (isSpamLine(l.text)) {
      drop(l, 'spam');
      continue;
    }
    blocks.push({ start: l.start, end: l.end, text: l.text, kind: blockKind(l.text, blocks.length === 0) });
  }

  const segments: OffsetSegment[] = [];
  let body = '';
  for (const b of blocks) {
    if (body.length > 0) body += '\n';
    segments.push({ bodyStart: body.length, rawStart: b.start, length: b.text.length });
    body += b.text;
  }
  dropped.sort((a, b) => a.start - b.start);
  return {
    raw: text,
    title,
    publishedAt: options?.publishedAt ?? dateline?.date,
    dateline,
    publisher: findPublisher(lines, datelineIndex, blocks),
    blocks,
    dropped,
    body,
    segments,
    script: detectScript(body),
  };
}

/**
 * Maps an offset in `article.body` back to the raw text. Offsets on the `\n` between two blocks map
 * to the end of the block before it.
 *
 * @example
 * ```ts
 * const a = parseArticle('标题\n2020-11-24 15:11\n  累计投入财政资金3.75亿元。');
 * const i = a.body.indexOf('3.75');
 * a.raw.slice(toRawOffset(a, i), toRawOffset(a, i) + 4); // '3.75'
 * ```
 */
export function toRawOffset(article: ParsedArticle, bodyOffset: number): number {
  if (article === null || typeof article !== 'object' || !Array.isArray(article.segments)) {
    throw argumentError('toRawOffset', 'article', 'a parsed article (parseArticle)', article);
  }
  if (typeof bodyOffset !== 'number' || Number.isNaN(bodyOffset)) throw argumentError('toRawOffset', 'bodyOffset', 'an offset (number)', bodyOffset);
  const segs = article.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.bodyStart <= bodyOffset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return segs.length > 0 ? segs[0]!.rawStart : 0;
  const s = segs[found]!;
  return s.rawStart + Math.min(bodyOffset - s.bodyStart, s.length);
}

/** A copy of a line as a span (its three fields, in order). */
function spanOf(l: TextLine): Span {
  return { start: l.start, end: l.end, text: l.text };
}

/** Prefix lists by their first code unit (a list holding '' matches every text). */
const prefixIndexes = new WeakMap<readonly string[], { any: boolean; byFirst: Map<number, string[]> }>();

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  let idx = prefixIndexes.get(prefixes);
  if (idx === undefined) {
    idx = { any: false, byFirst: new Map() };
    for (const p of prefixes) {
      if (p.length === 0) {
        idx.any = true;
        continue;
      }
      const c = p.charCodeAt(0);
      const list = idx.byFirst.get(c);
      if (list === undefined) idx.byFirst.set(c, [p]);
      else list.push(p);
    }
    prefixIndexes.set(prefixes, idx);
  }
  if (idx.any) return true;
  if (text.length === 0) return false;
  const list = idx.byFirst.get(text.charCodeAt(0));
  if (list === undefined) return false;
  for (const p of list) if (text.startsWith(p)) return true;
  return false;
}

function headerReason(text: string): DropReason | undefined {
  if (text.startsWith('|') || text.startsWith('｜') || startsWithAny(text, NAVIGATION_PREFIXES)) return 'navigation';
  if (text.includes(' > ') || text.includes('>>') || text.includes('》》')) return 'navigation';
  if (isSpamLine(text)) return 'spam';
  for (const f of HEADER_FURNITURE) if (text.includes(f) && text.length <= f.length + 6) return 'header';
  return undefined;
}

/** Opening brackets that may stand before an editor line or a button (（责任编辑：…）, 【打印本页】). */
const OPENERS = new Set(['(', '（', '[', '［', '【', '〔', '「', '『', '<', '《']);

/** The line without its opening brackets (at most two). */
function unbracketed(text: string): string {
  let i = 0;
  while (i < 2 && i < text.length && OPENERS.has(text[i]!)) i++;
  return i === 0 ? text : text.slice(i);
}

/** The longest editor line: 责任编辑：张三 李四 (审核：王五). */
const MAX_EDITOR_LINE = 40;

/**
 * An editor or review line: 编辑：…, 审核 | …, （责任编辑：…）, 责编 … — a short line whose first word
 * (after any opening bracket) is an editor word followed by a separator, not a sentence
 * (编辑部门认为… is prose).
 */
function isEditorLine(text: string): boolean {
  if (text.length > MAX_EDITOR_LINE) return false;
  const t = unbracketed(text);
  for (const w of EDITOR_PREFIXES) {
    if (!t.startsWith(w)) continue;
    const next = t.charAt(w.length);
    if (next === '' || next === ':' || next === '：' || next === '|' || next === '｜' || next === ' ' || next === '\u3000' || next === '/') return true;
  }
  return false;
}

/** Punctuation and brackets that furniture lines are made of besides their words. */
const FURNITURE_FILL = /[\s\u3000【】\[\]［］()（）|｜:：/·•、,，>»«<-]+/g;

/**
 * A line made only of furniture words (【字体：大 中 小】【打印本页】【关闭窗口】, 小字号 大字号,
 * 浏览次数：1234) and punctuation, with at most a counter left over.
 */
function isFurnitureLine(text: string): boolean {
  if (text.length > 60 || text.includes('。') || text.includes('，')) return false;
  let rest = text;
  let hit = false;
  for (const f of HEADER_FURNITURE) {
    if (rest.includes(f)) {
      rest = rest.split(f).join(' ');
      hit = true;
    }
  }
  if (!hit) return false;
  rest = rest.replace(FURNITURE_FILL, '').replace(/[0-9０-９]+/g, '');
  return /^[大中小]*$/.test(rest);
}

function isSpamLine(text: string): boolean {
  if (text.length > 40) return false;
  for (const w of SPAM_WORDS) if (text.includes(w)) return true;
  return false;
}

function isMetaLine(text: string): boolean {
  // Counters and furniture between the dateline and the first paragraph ("0", "字体: [ ]").
  if (text.length <= 3 && !/[\u4e00-\u9fff]/.test(text)) return true;
  for (const f of HEADER_FURNITURE) if (text.startsWith(f)) return true;
  return false;
}

function isFooterLine(text: string): boolean {
  return /copyright|版权|版權|ICP|备案|公网安备|公網安備|许可证|許可證|地址|邮编|郵編|联系我们|聯系我們|关于我们|關於/i.test(text);
}

function looksLikeHeading(text: string, maxLength: number): boolean {
  if (text.length > maxLength) return false;
  let i = text.length - 1;
  while (i > 0 && CLOSERS.has(text[i]!)) i--;
  return !SENTENCE_END.has(text[i]!);
}

function blockKind(text: string, first: boolean): BlockKind {
  // toSimplified maps code unit to code unit: the first four say whether the block opens with 内容提要/摘要.
  const head = toSimplified(text.slice(0, 4));
  if (head.startsWith('内容提要') || head.startsWith('摘要')) return 'summary';
  if (first && text.length <= 60 && /(记者|通讯员|图文报道)/.test(toSimplified(text)) && !/[。！？]/.test(text)) return 'byline';
  if (looksLikeHeading(text, 30)) return 'heading';
  return 'paragraph';
}

const PUBLISHER_TAIL = /(网|網|报|報|社|台|在线|在線|日报|日報|晚报|晚報|电视台|電視臺)$/;

function findPublisher(lines: TextLine[], datelineIndex: number, blocks: ArticleBlock[]): ParsedArticle['publisher'] {
  if (datelineIndex >= 0) {
    const l = lines[datelineIndex]!;
    const m = /(?:来源|來源)\s*[:：]\s*([^\s:：|]{2,20}?)(?=\s|编辑|編輯|作者|责任|責任|点击|點擊|时间|時間|\d|$)/.exec(l.text);
    if (m !== null && m[1] !== undefined) {
      const start = l.start + m.index + m[0].length - m[1].length;
      return { start, end: start + m[1].length, text: m[1] };
    }
  }
  const first = blocks.slice(0, 2);
  for (const b of first) {
    const m = /^([\u4e00-\u9fff]{2,12}?)(?:记者|記者|[(（]|讯|訊)/.exec(b.text);
    if (m !== null && m[1] !== undefined) {
      let name = m[1];
      // 中国甘肃在线靖远讯 → 中国甘肃在线: cut a place name after the outlet's name.
      const k = Math.max(name.lastIndexOf('网'), name.lastIndexOf('網'), name.lastIndexOf('在线'), name.lastIndexOf('在線'));
      if (k >= 0) name = name.slice(0, name.startsWith('在', k) ? k + 2 : k + 1);
      if (PUBLISHER_TAIL.test(name)) return { start: b.start, end: b.start + name.length, text: name };
    }
  }
  return undefined;
}
