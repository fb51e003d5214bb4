/**
 * Claims: one figure of a text with what it measures, its scope, period, regions and evidence.
 * The extraction stage fills them; the checkers and the aggregation read them.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';
import { MetricIdSchema } from './metric.js';
import { PeriodSchema } from './period.js';
import { RegionRefSchema } from './region.js';
import { AmountSchema, QuantitySchema, SpanSchema } from './values.js';

/**
 * The figure of a claim: an amount of money or a quantity, with its span in the raw text.
 *
 * @example
 * ```ts
 * FigureSchema.parse({
 *   kind: 'quantity',
 *   quantity: { value: '1211', qualifier: 'exact', precision: '1', unit: '人' },
 *   span: { start: 0, end: 5, text: '1211人' },
 * }); // 累计输转就业1211人
 * ```
 */
export const FigureSchema = z.discriminatedUnion('kind', [
  z.object({
    /** An amount of money. */
    kind: z.literal('amount'),
    /** The amount as the money parser gives it. */
    amount: AmountSchema,
    /** Where the figure stands in the raw text. */
    span: SpanSchema,
  }),
  z.object({
    /** A count or a percentage. */
    kind: z.literal('quantity'),
    /** The quantity as the quantity parser gives it. */
    quantity: QuantitySchema,
    /** Where the figure stands in the raw text. */
    span: SpanSchema,
  }),
]);

/**
 * The figure of a claim; see {@link FigureSchema}.
 *
 * @example
 * ```ts
 * const f: Figure = ClaimSchema.parse(json).figure; // 1.25亿元
 * ```
 */
export type Figure = z.infer<typeof FigureSchema>;

/**
 * What a figure covers:
 * `cumulative` (累计, 以来), `annual` (2022年), `event` (扶贫日期间), `target` (目标任务),
 * `forecast` (有望, 预计, 年底前), `intent` (签约, 意向), `delta` (较…增长), `share` (占…%),
 * `per_unit` (户均, 县均, 人均), `unknown`.
 *
 * @example
 * ```ts
 * ClaimScopeSchema.parse('forecast'); // 年底有望达到1.5亿元
 * ```
 */
export const ClaimScopeSchema = enumSchema([
  'cumulative',
  'annual',
  'event',
  'target',
  'forecast',
  'intent',
  'delta',
  'share',
  'per_unit',
  'unknown',
]);

/**
 * What a figure covers; see {@link ClaimScopeSchema}.
 *
 * @example
 * ```ts
 * const s: ClaimScope = 'per_unit'; // 县均5187万元
 * ```
 */
export type ClaimScope = z.infer<typeof ClaimScopeSchema>;

/**
 * A claim: a figure of a text and what it says.
 *
 * - `figure`: the amount or quantity with its span in the raw text.
 * - `metric`, `scope`, `period` (or `null` when the text gives none), `east` / `west` (the
 *   regions, or `null`).
 * - `evidence`: the sentence the figure was read from; it contains the figure's span.
 * - `confidence`: 0 … 1, how sure the extraction is.
 * - `partOf`: id of the claim this one is a part of (其中); `shareOf`: id of the claim a share
 *   (占…%) refers to, the whole; `sharePart`: id of the claim whose share it is, the part.
 *
 * @example
 * ```ts
 * const text = '累计输转就业1211人。';
 * ClaimSchema.parse({
 *   id: 'c1',
 *   figure: {
 *     kind: 'quantity',
 *     quantity: { value: '1211', qualifier: 'exact', precision: '1', unit: '人' },
 *     span: { start: 6, end: 11, text: '1211人' },
 *   },
 *   metric: 'labour_transfer',
 *   scope: 'cumulative',
 *   period: null,
 *   east: { name: '河东区', code: '120102' },
 *   west: { name: '迭部', code: '623024' },
 *   evidence: { start: 0, end: 12, text },
 *   confidence: 0.9,
 * });
 * ```
 */
export const ClaimSchema = z
  .object({
    /** Identifier, unique within a claim set. */
    id: z.string().min(1, { message: 'expected a non-empty claim id' }),
    /** The figure. */
    figure: FigureSchema,
    /** What the figure measures. */
    metric: MetricIdSchema,
    /** What the figure covers. */
    scope: ClaimScopeSchema,
    /** The period the figure refers to, or `null`. */
    period: PeriodSchema.nullable(),
    /** The eastern (helping) side, or `null`. */
    east: RegionRefSchema.nullable(),
    /** The western (helped) side, or `null`. */
    west: RegionRefSchema.nullable(),
    /** The sentence the figure was read from. */
    evidence: SpanSchema,
    /** How sure the extraction is, 0 … 1. */
    confidence: z.number().min(0).max(1),
    /** Id of the claim this one is a part of (其中). */
    partOf: z.string().min(1).optional(),
    /** Id of the claim a share refers to (the whole: 全部援助资金 1.25亿元). */
    shareOf: z.string().min(1).optional(),
    /** Id of the claim whose share of the whole this is (the part: 5898万元 … 占62.5%). */
    sharePart: z.string().min(1).optional(),
    /** Notes for people. */
    notes: z.array(z.string()).optional(),
  })
  .refine(
    (c) => c.evidence.start <= c.figure.span.start && c.figure.span.end <= c.evidence.end,
    { message: "expected the evidence span to contain the figure's span", path: ['evidence'] },
  )
  .refine((c) => c.partOf !== c.id, { message: 'expected partOf to name another claim', path: ['partOf'] })
  .refine((c) => c.shareOf !== c.id, { message: 'expected shareOf to name another claim', path: ['shareOf'] })
  .refine((c) => c.sharePart !== c.id, { message: 'expected sharePart to name another claim', path: ['sharePart'] });

/**
 * A claim; see {@link ClaimSchema}.
 *
 * @example
 * ```ts
 * const claims: Claim[] = ClaimsSchema.parse(JSON.parse(saved)); // 十进制数还原为 Decimal
 * ```
 */
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A set of claims: unique ids, and every `partOf` / `shareOf` names a claim of the set, without
 * cycles of `partOf`.
 *
 * @example
 * ```ts
 * ClaimsSchema.safeParse(JSON.parse(JSON.stringify(claims))).success; // true —— 十进制数以字符串往返
 * ```
 */
export const ClaimsSchema = z.array(ClaimSchema).superRefine((claims, ctx) => {
  const index = new Map<string, number>();
  claims.forEach((c, i) => {
    if (index.has(c.id)) {
      ctx.addIssue({ code: 'custom', message: `expected a unique id, "${c.id}" is used twice`, path: [i, 'id'] });
    } else {
      index.set(c.id, i);
    }
  });
  claims.forEach((c, i) => {
    for (const key of ['partOf', 'shareOf', 'sharePart'] as const) {
      const ref = c[key];
      if (ref !== undefined && !index.has(ref)) {
        ctx.addIssue({ code: 'custom', message: `expected the id of a claim in the set, "${ref}" is not one`, path: [i, key] });
      }
    }
  });
  // partOf cycles: follow each chain at most claims.length steps.
  const reported = new Set<number>();
  claims.forEach((c, i) => {
    const seen = new Set<number>([i]);
    let ref = c.partOf;
    while (ref !== undefined) {
      const j = index.get(ref);
      if (j === undefined) break;
      if (seen.has(j)) {
        if (!reported.has(j)) {
          reported.add(j);
          ctx.addIssue({ code: 'custom', message: 'expected partOf links without a cycle', path: [i, 'partOf'] });
        }
        break;
      }
      seen.add(j);
      ref = claims[j]?.partOf;
    }
  });
});
