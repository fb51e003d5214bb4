/**
 * Metrics: what a figure measures (财政援助资金, 转移就业, 培训人次 …), with the kind of unit expected.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';

/**
 * The fixed set of metric ids. `other` is for figures that fit none of them. People sent between
 * the paired regions are counted by direction: `cadres_dispatched` and `technicians_dispatched`
 * went from the eastern side to the western, `cadres_to_east` and `technicians_to_east` the
 * other way (西部干部到东部挂职, 专业技术人才到东部跟岗学习); the assessment counts them apart.
 *
 * @example
 * ```ts
 * MetricIdSchema.parse('fiscal_aid'); // 累计安排财政援助资金1.25亿元
 * ```
 */
export const MetricIdSchema = enumSchema([
  'fiscal_aid',
  'social_donation',
  'consumption_assistance',
  'enterprise_investment',
  'labour_transfer',
  'local_employment',
  'employment_in_east',
  'cadres_dispatched',
  'technicians_dispatched',
  'cadres_to_east',
  'technicians_to_east',
  'people_trained',
  'projects',
  'enterprises',
  'industrial_parks',
  'demonstration_villages',
  'households_helped',
  'people_helped',
  'other',
]);

/**
 * A metric id; see {@link MetricIdSchema}.
 *
 * @example
 * ```ts
 * const m: MetricId = 'consumption_assistance'; // 消费帮扶
 * ```
 */
export type MetricId = z.infer<typeof MetricIdSchema>;

/**
 * Kinds of unit: `money` (元), `people` (人), `person_times` (人次), `households` (户),
 * `count` (个, 项, 家, 次), `area` (亩, 平方米), `percent` (%), `other`.
 *
 * @example
 * ```ts
 * UnitKindSchema.parse('person_times'); // 培训各类干部人才2519人次
 * ```
 */
export const UnitKindSchema = enumSchema([
  'money',
  'people',
  'person_times',
  'households',
  'count',
  'area',
  'percent',
  'other',
]);

/**
 * A kind of unit; see {@link UnitKindSchema}.
 *
 * @example
 * ```ts
 * const k: UnitKind = 'households'; // 带动农户1200户
 * ```
 */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * A metric: id, Chinese and English names, the words that name it in simplified and traditional
 * script, and the unit kinds its figures come in (the first is the usual one).
 *
 * @example
 * ```ts
 * MetricSchema.parse({
 *   id: 'labour_transfer', zh: '转移就业', en: 'labour transfer',
 *   synonyms: { simplified: ['转移就业', '输转就业'], traditional: ['轉移就業', '輸轉就業'] },
 *   unitKinds: ['people'],
 * });
 * ```
 */
export const MetricSchema = z.object({
  /** The id. */
  id: MetricIdSchema,
  /** Chinese name (simplified script). */
  zh: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
  /** Words that name the metric in texts. */
  synonyms: z.object({
    /** In simplified script. */
    simplified: z.array(z.string().min(1)),
    /** In traditional script. */
    traditional: z.array(z.string().min(1)),
  }),
  /** Unit kinds the metric's figures come in, the usual one first. */
  unitKinds: z.array(UnitKindSchema).min(1),
  /** What the metric covers and what it does not. */
  note: z.string().optional(),
});

/**
 * A metric; see {@link MetricSchema}.
 *
 * @example
 * ```ts
 * const m: Metric | undefined = findMetric('劳务输转'); // labour_transfer
 * ```
 */
export type Metric = z.infer<typeof MetricSchema>;
