/**
 * Pairings: which eastern unit helps which western one, in which programme, over which years,
 * on what evidence.
 *
 * @module
 */
import { z } from 'zod/v4';
import { enumSchema } from './enum.js';
import { RegionRefSchema } from './region.js';

/**
 * The programme a pairing belongs to.
 *
 * - `east_west_poverty_alleviation`: 东西部扶贫协作 (1996–2020; Tianjin → 甘肃 and 河北承德 from
 *   2016-12, with county-level 携手奔小康 pairings 2017–2020).
 * - `east_west_cooperation`: 东西部协作, its successor from 2021.
 * - `paired_support`: 对口支援 (新疆、西藏、青海 and others) — a separate programme.
 *
 * @example
 * ```ts
 * ProgrammeSchema.parse('east_west_cooperation'); // 东西部协作（2021年起）
 * ```
 */
export const ProgrammeSchema = enumSchema([
  'east_west_poverty_alleviation',
  'east_west_cooperation',
  'paired_support',
]);

/**
 * A programme; see {@link ProgrammeSchema}.
 *
 * @example
 * ```ts
 * const p: Programme = 'east_west_poverty_alleviation'; // 东西部扶贫协作
 * ```
 */
export type Programme = z.infer<typeof ProgrammeSchema>;

/**
 * Chinese names of the programmes.
 *
 * @example
 * ```ts
 * PROGRAMME_NAMES.east_west_poverty_alleviation; // '东西部扶贫协作'
 * ```
 */
export const PROGRAMME_NAMES: Readonly<Record<Programme, string>> = {
  east_west_poverty_alleviation: '东西部扶贫协作',
  east_west_cooperation: '东西部协作',
  paired_support: '对口支援',
};

/**
 * How sure the registry is of a row, from the sources it cites. `unknown` marks a row whose
 * subject is itself unknown (a partner known to exist but not named).
 *
 * @example
 * ```ts
 * ConfidenceLevelSchema.parse('medium_low'); // 津南区—秦安县：仅有镇级项目为证
 * ```
 */
export const ConfidenceLevelSchema = enumSchema([
  'high',
  'medium_high',
  'medium',
  'medium_low',
  'low',
  'unknown',
]);

/**
 * How sure the registry is of a row; see {@link ConfidenceLevelSchema}.
 *
 * @example
 * ```ts
 * const c: ConfidenceLevel = 'medium_high'; // 宝坻区—永登县
 * ```
 */
export type ConfidenceLevel = z.infer<typeof ConfidenceLevelSchema>;

/**
 * Where a fact comes from: a web page (`url`) or one of the seed articles shipped with the
 * project (`seed`, its file name).
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ kind: 'seed', file: '000_1d07baa1f37797c3.txt' }); // 河东区—迭部县
 * SourceRefSchema.parse({ kind: 'url', url: 'https://china.huanqiu.com/article/405w7bZV05F' });
 * ```
 */
export const SourceRefSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A web page. */
    kind: z.literal('url'),
    /** Its address. */
    url: z.string().regex(/^https?:\/\/\S+$/, { message: 'expected an http(s) URL' }),
  }),
  z.object({
    /** A seed article of the project. */
    kind: z.literal('seed'),
    /** Its file name under `seeds/`. */
    file: z.string().min(1, { message: 'expected a seed file name' }),
  }),
]);

/**
 * Where a fact comes from; see {@link SourceRefSchema}.
 *
 * @example
 * ```ts
 * const s: SourceRef = { kind: 'seed', file: '001_81f5c1ebe536e262.txt' }; // 武清—静宁
 * ```
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * One side of a pairing: a region (with its code when it has one), a group of regions the source
 * names only as a group (北京市16个区), or an explicit unknown (a partner known to exist but not
 * named by any source found: 北辰区's other two 受援地区).
 *
 * @example
 * ```ts
 * PairingSideSchema.parse({ kind: 'region', name: '迭部县', code: '623024' });
 * PairingSideSchema.parse({ kind: 'unknown', description: '两县一区 的第三个受援地' });
 * ```
 */
export const PairingSideSchema = z.discriminatedUnion('kind', [
  RegionRefSchema.extend({
    /** A single region. */
    kind: z.literal('region'),
  }),
  z.object({
    /** Several regions named only as a group. */
    kind: z.literal('group'),
    /** The group as the source names it. */
    description: z.string().min(1, { message: 'expected a description of the group' }),
    /** The region that contains the group, when known. */
    within: RegionRefSchema.nullable(),
  }),
  z.object({
    /** Not known. */
    kind: z.literal('unknown'),
    /** What is known about it. */
    description: z.string().min(1, { message: 'expected a description of the unknown side' }),
  }),
]);

/**
 * One side of a pairing; see {@link PairingSideSchema}.
 *
 * @example
 * ```ts
 * const side: PairingSide = { kind: 'region', name: '天津港保税区', code: null };
 * ```
 */
export type PairingSide = z.infer<typeof PairingSideSchema>;

/**
 * Calendar years a pairing is active: `from` … `to` inclusive, `to: null` while it continues.
 *
 * @example
 * ```ts
 * PairingYearsSchema.parse({ from: 2021, to: null }); // 2021年起（过渡期、十四五）
 * ```
 */
export const PairingYearsSchema = z
  .object({
    /** First year, inclusive. */
    from: z.int().min(1949).max(2200),
    /** Last year, inclusive; `null` while the pairing continues. */
    to: z.int().min(1949).max(2200).nullable(),
  })
  .refine((y) => y.to === null || y.to >= y.from, { message: 'expected to ≥ from', path: ['to'] });

/**
 * Years a pairing is active; see {@link PairingYearsSchema}.
 *
 * @example
 * ```ts
 * const y: PairingYears = { from: 2016, to: 2020 }; // 东西部扶贫协作（十三五）
 * ```
 */
export type PairingYears = z.infer<typeof PairingYearsSchema>;

/**
 * A pairing of an eastern unit with a western one within one programme phase. A source row
 * that covers two phases (2016–2020 and 2021–) becomes two pairings with the same `origin`.
 *
 * @example
 * ```ts
 * PairingSchema.parse({
 *   id: 'tj-120102-623024-2021',
 *   east: { kind: 'region', name: '天津市河东区', code: '120102' },
 *   west: { kind: 'region', name: '迭部县', code: '623024' },
 *   programme: 'east_west_cooperation',
 *   years: { from: 2021, to: null },
 *   sources: [{ kind: 'seed', file: '000_1d07baa1f37797c3.txt' }],
 *   confidence: 'high',
 * });
 * ```
 */
export const PairingSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1, { message: 'expected a non-empty id' }),
  /** The helping (eastern) side. */
  east: PairingSideSchema,
  /** The helped (western) side. */
  west: PairingSideSchema,
  /** The programme. */
  programme: ProgrammeSchema,
  /** Years active. */
  years: PairingYearsSchema,
  /** The years the sources actually show, as written in the registry (`2017–2020; 2022`). */
  yearsEvidenced: z.string().optional(),
  /** Where the pairing is attested; at least one. */
  sources: z.array(SourceRefSchema).min(1, { message: 'expected at least one source' }),
  /** How sure the registry is. */
  confidence: ConfidenceLevelSchema,
  /** Free notes: caveats, what is a guess. */
  note: z.string().optional(),
  /** Where in the upstream data the pairing comes from (`county_pairings[2]`, `national.md B1#12`). */
  origin: z.string().optional(),
  /**
   * The programme phase the pairing belongs to: the id of a {@link ProgrammePhase} of
   * `PROGRAMME_PHASES` (`ewpa-2016` for the 2016-12 指导意见, `ewc-2021` for 东西部协作). Absent when
   * the row spans phases or its phase is not known.
   */
  phase: z.string().min(1, { message: 'expected a phase id' }).optional(),
  /**
   * Set only on the answers of `pairingsOf` for a region with no pairing of its own: the enclosing
   * region (prefecture, else province) whose pairing this is. The pairing itself is unchanged; the
   * region asked about is covered by it only as a part of `inheritedFrom`.
   */
  inheritedFrom: RegionRefSchema.optional(),
});

/**
 * A pairing; see {@link PairingSchema}.
 *
 * @example
 * ```ts
 * const [p]: Pairing[] = pairingsOf('河东区', { on: '2023-07-01' }); // 河东区—迭部县
 * ```
 */
export type Pairing = z.infer<typeof PairingSchema>;

/**
 * A phase of a programme: the arrangement fixed by one central decision (1996 东西部扶贫协作, the
 * June 2010 adjustment, the 2013 Guizhou one-to-one arrangement, the 2016-12 指导意见, the 2021
 * 东西部协作 adjustment, and the 对口支援 rounds for 西藏, 新疆 and 青海). Dates are ISO days;
 * `end: null` while the phase continues. A date known only to the month or year is given as its
 * first day, and `note` says so.
 *
 * @example
 * ```ts
 * ProgrammePhaseSchema.parse({
 *   id: 'ewpa-2016', name: '东西部扶贫协作（2016年12月指导意见）', programme: 'east_west_poverty_alleviation',
 *   start: '2016-12-07', end: '2020-12-31', document: '关于进一步加强东西部扶贫协作工作的指导意见',
 *   sources: [{ kind: 'url', url: 'http://daily.cnnb.com.cn/nbrb/html/2016-12/08/content_1015203.htm?div=-1' }],
 * });
 * ```
 */
export const ProgrammePhaseSchema = z.object({
  /** Stable identifier (`ewpa-1996`, `ewc-2021`, `ps-xizang-1994`). */
  id: z.string().min(1, { message: 'expected a non-empty id' }),
  /** Chinese name of the phase. */
  name: z.string().min(1, { message: 'expected a name' }),
  /** The programme. */
  programme: ProgrammeSchema,
  /** First day (ISO). */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date' }),
  /** Last day (ISO), `null` while the phase continues. */
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date' }).nullable(),
  /** The central document or meeting that fixed the phase, as named in Chinese; `null` when not known. */
  document: z.string().min(1).nullable(),
  /** Where the phase is attested; at least one. */
  sources: z.array(SourceRefSchema).min(1, { message: 'expected at least one source' }),
  /** Caveats. */
  note: z.string().optional(),
});

/**
 * A programme phase; see {@link ProgrammePhaseSchema}.
 *
 * @example
 * ```ts
 * const id: ProgrammePhase['id'] = 'ewc-2021'; // 东西部协作（2021年起）
 * ```
 */
export type ProgrammePhase = z.infer<typeof ProgrammePhaseSchema>;
