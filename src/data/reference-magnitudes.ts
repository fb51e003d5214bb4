/**
 * Reference magnitudes for plausibility checks: national totals, county GDPs and typical bands of
 * the flows of East–West cooperation, each with its source. Rules of thumb drawn from published
 * figures (see /work/shared/domain/DOMAIN.md, "Typical magnitudes"), not official limits.
 *
 * @module
 */
import type { MetricId } from '../domain/metric.js';

/**
 * One reference figure or band, in 元 per year unless `perYear` is false.
 *
 * @example
 * ```ts
 * const b: ReferenceBand = { id: 'x', metrics: ['fiscal_aid'], level: 'national', high: '23190000000', perYear: true, label: '全国财政援助资金2023年231.9亿元', source: '人民日报' };
 * ```
 */
export interface ReferenceBand {
  /** Stable id. */
  id: string;
  /** The metrics the band bounds (`'*'`: every money metric). */
  metrics: readonly (MetricId | '*')[];
  /** `national`: a national total (nothing for one pairing can exceed it); `pairing`: a typical band for one eastern district and its counties. */
  level: 'national' | 'pairing';
  /** Low end (元), or `null`. */
  low: string | null;
  /** High end (元). */
  high: string;
  /** Whether the band is per year (a cumulative figure is compared with band × years). */
  perYear: boolean;
  /** For people, in Chinese. */
  label: string;
  /** Where the figure comes from. */
  source: string;
}

/**
 * GDP of a county (元, one year), to bound a county-level flow.
 *
 * @example
 * ```ts
 * const g: CountyGdp = { name: '迭部县', code: '623024', year: 2022, gdp: '2086000000', source: '迭部县统计公报' };
 * ```
 */
export interface CountyGdp {
  /** County name as the registry writes it. */
  name: string;
  /** GB/T 2260 code. */
  code: string;
  /** Year of the figure. */
  year: number;
  /** GDP in 元. */
  gdp: string;
  /** Where the figure comes from. */
  source: string;
}

/**
 * One reference figure in 元 with what it is and where it comes from.
 *
 * @example
 * ```ts
 * const f: ReferenceFigure = { value: '1186380000000', label: '甘肃省2023年GDP 11863.8亿元', source: '甘肃省统计局' };
 * ```
 */
export interface ReferenceFigure {
  /** The figure in 元, as a decimal string. */
  value: string;
  /** What it is, for people (in Chinese). */
  label: string;
  /** Where it comes from. */
  source: string;
}

/**
 * A set of reference figures; callers may pass their own to `checkClaims`.
 *
 * @example
 * ```ts
 * const mine: ReferenceMagnitudes = { ...REFERENCE_MAGNITUDES, version: 'mine-1', countyGdp: [] };
 * ```
 */
export interface ReferenceMagnitudes {
  /** Version of the data. */
  version: string;
  /** Bands. */
  bands: readonly ReferenceBand[];
  /** County GDPs. */
  countyGdp: readonly CountyGdp[];
  /** A floor for cumulative and yearly flows of a named metric (元). */
  floor: ReferenceFigure;
  /** GDP of the largest western province in the data (元, one year): a ceiling for any county flow. */
  provinceGdpCeiling: ReferenceFigure;
}

/**
 * The bundled reference figures (version `2024.1`).
 *
 * @example
 * ```ts
 * REFERENCE_MAGNITUDES.countyGdp.find((g) => g.name === '迭部县')?.gdp; // '2086000000' —— 20.86亿元
 * ```
 */
export const REFERENCE_MAGNITUDES: ReferenceMagnitudes = {
  version: '2024.1',
  bands: [
    {
      id: 'national_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'national',
      low: null,
      high: '23190000000',
      perYear: true,
      label: '全国东西部协作财政援助资金每年约228.7亿–231.9亿元',
      source: '财政部、国家乡村振兴局发布，人民日报、中国政府网报道（2021年228.7亿元；2023年231.9亿元，县均5187万元）',
    },
    {
      id: 'national_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'national',
      low: null,
      high: '94380000000',
      perYear: true,
      label: '全国东西部协作消费帮扶2023年943.8亿元',
      source: '国家乡村振兴局发布，人民日报、中国政府网报道（2023年）',
    },
    {
      id: 'district_county_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'pairing',
      low: '10000000',
      high: '300000000',
      perYear: true,
      label: '区对县财政援助资金每年约4000万–6000万元（上限按5倍计）',
      source: '东丽区2021–2025年为3县安排6.59亿元等（新华社、人民日报转载）；DOMAIN.md “Typical magnitudes”',
    },
    {
      id: 'county_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'pairing',
      low: '10000000',
      high: '1000000000',
      perYear: true,
      label: '县级消费帮扶每年约10⁷–5×10⁸元（上限按2倍计）',
      source: '迭部县3522万元（2021）、3616万元（2022）、3625万元（2023）等；DOMAIN.md “Typical magnitudes”',
    },
    {
      id: 'district_any_money',
      metrics: ['*'],
      level: 'pairing',
      low: null,
      high: '3007000000',
      perYear: true,
      label: '一个区一年的任何协作资金流不超过天津市对甘肃全年财政援助（2020年四个东部城市合计30.07亿元）',
      source: '新华社、人民日报转载（天津→甘肃财政援助30.07亿元，2020年；32.24亿元，2021年至2022年9月）；DOMAIN.md “Typical magnitudes”',
    },
  ],
  /** Below this a cumulative or yearly flow of a named metric is implausible (unless it is a subsidy per person or per unit). */
  floor: {
    value: '10000',
    label: '协作资金流（累计或年度）通常不低于1万元；更小的数字多为人均、户均或单项补贴',
    source: 'seeds: the smallest pairing-level flows are 5万元 donations and 5.1万余元 of subsidies',
  },
  countyGdp: [
    { name: '迭部县', code: '623024', year: 2022, gdp: '2086000000', source: '迭部县2022年国民经济和社会发展统计公报' },
    { name: '华池县', code: '621023', year: 2022, gdp: '15061000000', source: '华池县2022年国民经济和社会发展统计公报' },
  ],
  provinceGdpCeiling: {
    value: '1186380000000',
    label: '甘肃省2023年GDP 11863.8亿元',
    source: '甘肃省统计局（2022年11201.6亿元，2023年11863.8亿元）',
  },
};
