/**
 * Source articles: the texts figures are read from.
 *
 * @module
 */
import { z } from 'zod/v4';
import { IsoDateSchema } from './period.js';

/**
 * A source article: title, publisher, publication date, address and the raw text whose offsets
 * claims refer to. Unknown metadata is `null`, never guessed.
 *
 * @example
 * ```ts
 * ArticleSchema.parse({
 *   title: '天津武清携手甘肃静宁奔小康 奏响富民“交响曲”',
 *   publisher: '中国甘肃网',
 *   published: '2021-09-15',
 *   url: null,
 *   text: '…互派挂职干部35人次，培训各类干部人才2519人次。…',
 * });
 * ```
 */
export const ArticleSchema = z.object({
  /** Headline, or `null` when not found. */
  title: z.string().nullable(),
  /** Publisher or source site (来源), or `null`. */
  publisher: z.string().nullable(),
  /** Publication date, or `null` when not stated. */
  published: IsoDateSchema.nullable(),
  /** Address of the page, or `null`. */
  url: z.string().regex(/^https?:\/\/\S+$/, { message: 'expected an http(s) URL' }).nullable(),
  /** The raw text: offsets of claims index into it. */
  text: z.string(),
});

/**
 * A source article; see {@link ArticleSchema}.
 *
 * @example
 * ```ts
 * const a: Article = { title: '天津北辰区：2020年携手奔小康', publisher: '中国战略新兴产业网', published: '2020-11-24', url: null, text };
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
