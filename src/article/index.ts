/**
 * Articles: reading a raw web page into title, dateline, publisher and body, and telling scripts.
 *
 * @module
 */
export { parseArticle, toRawOffset } from './parse-article.js';
export type { ParsedArticle, ParseArticleOptions, ArticleBlock, BlockKind, DroppedLine, DropReason, OffsetSegment } from './parse-article.js';
export { detectScript, countScriptChars, toSimplified, toTraditional } from './script.js';
export type { Script, ScriptCounts } from './script.js';
