/**
 * Administrative regions (GB/T 2260) and references to them.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';

/**
 * A GB/T 2260 administrative-division code: six digits (`623024` for 迭部县).
 *
 * @example
 * ```ts
 * RegionCodeSchema.parse('623024'); // 甘南藏族自治州迭部县
 * ```
 */
export const RegionCodeSchema = z
  .string()
  .regex(/^[1-9][0-9]{5}$/, { message: 'expected a 6-digit GB/T 2260 code such as "623024"' });

/**
 * A GB/T 2260 code; see {@link RegionCodeSchema}.
 *
 * @example
 * ```ts
 * const code: RegionCode = '620826'; // 静宁县
 * ```
 */
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/**
 * Administrative level: `province` (省、自治区、直辖市), `prefecture` (地级市、自治州、地区),
 * `county` (县、自治县、县级市、旗) or `district` (市辖区).
 *
 * @example
 * ```ts
 * RegionLevelSchema.parse('district'); // 天津市河东区
 * ```
 */
export const RegionLevelSchema = enumSchema(['province', 'prefecture', 'county', 'district']);

/**
 * Administrative level; see {@link RegionLevelSchema}.
 *
 * @example
 * ```ts
 * const level: RegionLevel = 'prefecture'; // 甘南藏族自治州
 * ```
 */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/**
 * A former name of a region: the name, the code it had then (when it differed) and the year of the
 * change (蓟县 120225 until 2016 → 蓟州区 120119).
 *
 * @example
 * ```ts
 * FormerNameSchema.parse({ name: '海东地区', code: '632100', until: 2013 }); // → 海东市 630200
 * ```
 */
export const FormerNameSchema = z.object({
  /** The former name (full form). */
  name: z.string().min(1, { message: 'expected a non-empty former name' }),
  /** The former code, when it differed from today's. */
  code: RegionCodeSchema.optional(),
  /** Year of the change. */
  until: z.number().int().min(1949).max(2100),
});

/**
 * A former name of a region; see {@link FormerNameSchema}.
 *
 * @example
 * ```ts
 * const f: FormerName = { name: '襄樊市', until: 2010 }; // → 襄阳市 420600
 * ```
 */
export type FormerName = z.infer<typeof FormerNameSchema>;

/**
 * An administrative region.
 *
 * `aliases` are other names `findRegion` accepts (短名 迭部, 甘南州; former names 平泉县);
 * `ambiguousAliases` are short forms that are also ordinary words or the names of other places
 * (和平, 河西): `findRegion` accepts them, `findRegions` takes them in running text only right after
 * the name of a parent (天津河西). `parents` are the codes of the enclosing regions from the province
 * down. `formerCodes` are codes the region had before a change (平泉县 130823 → 平泉市 130881);
 * `formerNames` the names it had, with the year of the change (蓟县 → 蓟州区, 2016): both resolve to
 * the region. `abbreviations` are one-character 简称 (津, 沪) accepted only as a whole string.
 *
 * @example
 * ```ts
 * RegionSchema.parse({
 *   code: '623024', name: '迭部县', level: 'county', parents: ['620000', '623000'],
 *   aliases: ['迭部', '甘南州迭部县'],
 * });
 * ```
 */
export const RegionSchema = z.object({
  /** GB/T 2260 code. */
  code: RegionCodeSchema,
  /** Full official name in simplified script (迭部县). */
  name: z.string().min(1, { message: 'expected a non-empty region name' }),
  /** Administrative level. */
  level: RegionLevelSchema,
  /** Codes of the enclosing regions, province first. */
  parents: z.array(RegionCodeSchema),
  /** Other names accepted for the region. */
  aliases: z.array(z.string().min(1, { message: 'expected a non-empty alias' })).default([]),
  /** Short forms that are also ordinary words or names of other places. */
  ambiguousAliases: z.array(z.string().min(1, { message: 'expected a non-empty alias' })).optional(),
  /** Codes the region had before a change of status. */
  formerCodes: z.array(RegionCodeSchema).optional(),
  /** Names (and codes) the region had before a rename or change of status, with the year of the change. */
  formerNames: z.array(FormerNameSchema).optional(),
  /**
   * One-character abbreviations (简称: 津, 沪, 陇) accepted only as a whole-string look-up, never in
   * running text (津 in 津贴).
   */
  abbreviations: z.array(z.string().min(1, { message: 'expected a non-empty abbreviation' })).optional(),
});

/**
 * An administrative region; see {@link RegionSchema}.
 *
 * @example
 * ```ts
 * const r: Region | undefined = findRegion('迭部'); // 迭部县 623024
 * ```
 */
export type Region = z.output<typeof RegionSchema>;

/**
 * A reference to a region as a text or a data row names it: the name, and the GB/T 2260 code when
 * it is known (`null` for units without a code, such as 天津港保税区, or names not resolved).
 *
 * @example
 * ```ts
 * RegionRefSchema.parse({ name: '迭部县', code: '623024' });
 * RegionRefSchema.parse({ name: '天津港保税区', code: null });
 * ```
 */
export const RegionRefSchema = z.object({
  /** The name as given (full or short). */
  name: z.string().min(1, { message: 'expected a non-empty region name' }),
  /** GB/T 2260 code, or `null` when there is none or it is not known. */
  code: RegionCodeSchema.nullable(),
});

/**
 * A reference to a region; see {@link RegionRefSchema}.
 *
 * @example
 * ```ts
 * const ref: RegionRef = { name: '两县一区', code: null }; // 未解析为单一地区
 * ```
 */
export type RegionRef = z.infer<typeof RegionRefSchema>;
