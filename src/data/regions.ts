/**
 * The bundled region table (GB/T 2260): Tianjin and its 16 districts; Gansu, its 14 prefectures
 * and every county of the pairing registry; Hebei's 承德市 and its counties of the registry; the
 * regions of Tianjin's 对口支援 (和田地区, 昌都市, 黄南州) and their provinces.
 *
 * Codes: GB/T 2260 as published by the Ministry of Civil Affairs (checked against the codes in the
 * project's `domain/pairings.json`); 平泉县 130823 became 平泉市 130881 in 2017 (kept in
 * `formerCodes`). Aliases are the usual short forms (迭部, 甘南州) and former names (蓟县);
 * `ambiguousAliases` are short forms that are also ordinary words or other places (和平, 河西, 白银,
 * 兴隆). Traditional-script names are handled by `toSimplified` (src/article/script.ts), not listed here.
 *
 * @module
 */
import type { z } from 'zod/v4';
import type { RegionSchema } from '../domain/region.js';

/**
 * Version of the bundled region table.
 *
 * @example
 * ```ts
 * REGIONS_VERSION; // '2026.11.24' —— 行政区划表版本
 * ```
 */
export const REGIONS_VERSION = '2026.11.24';

/**
 * The region rows, in the input form of `RegionSchema` (validated when the registry is loaded).
 *
 * @example
 * ```ts
 * REGIONS_DATA.find((r) => r.code === '623024')?.name; // '迭部县'
 * ```
 */
export const REGIONS_DATA: readonly z.input<typeof RegionSchema>[] = [
  { code: '120000', name: '天津市', level: 'province', parents: [], aliases: ['天津'] },
  { code: '130000', name: '河北省', level: 'province', parents: [], aliases: ['河北'] },
  { code: '620000', name: '甘肃省', level: 'province', parents: [], aliases: ['甘肃'] },
  { code: '540000', name: '西藏自治区', level: 'province', parents: [], aliases: ['西藏'] },
  { code: '630000', name: '青海省', level: 'province', parents: [], aliases: ['青海'] },
  { code: '650000', name: '新疆维吾尔自治区', level: 'province', parents: [], aliases: ['新疆'] },
  { code: '120101', name: '和平区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['和平'] },
  { code: '120102', name: '河东区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['河东'] },
  { code: '120103', name: '河西区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['河西'] },
  { code: '120104', name: '南开区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['南开'] },
  { code: '120105', name: '河北区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['河北'] },
  { code: '120106', name: '红桥区', level: 'district', parents: ['120000'], aliases: ['红桥'] },
  { code: '120110', name: '东丽区', level: 'district', parents: ['120000'], aliases: ['东丽'] },
  { code: '120111', name: '西青区', level: 'district', parents: ['120000'], aliases: ['西青'] },
  { code: '120112', name: '津南区', level: 'district', parents: ['120000'], aliases: ['津南'] },
  { code: '120113', name: '北辰区', level: 'district', parents: ['120000'], aliases: ['北辰'] },
  { code: '120114', name: '武清区', level: 'district', parents: ['120000'], aliases: ['武清', '武清县'] },
  { code: '120115', name: '宝坻区', level: 'district', parents: ['120000'], aliases: ['宝坻', '宝坻县'] },
  { code: '120116', name: '滨海新区', level: 'district', parents: ['120000'], aliases: [], ambiguousAliases: ['滨海'] },
  { code: '120117', name: '宁河区', level: 'district', parents: ['120000'], aliases: ['宁河', '宁河县'] },
  { code: '120118', name: '静海区', level: 'district', parents: ['120000'], aliases: ['静海', '静海县'] },
  { code: '120119', name: '蓟州区', level: 'district', parents: ['120000'], aliases: ['蓟州', '蓟县'] },
  { code: '620100', name: '兰州市', level: 'prefecture', parents: ['620000'], aliases: ['兰州'] },
  { code: '620200', name: '嘉峪关市', level: 'prefecture', parents: ['620000'], aliases: ['嘉峪关'] },
  { code: '620300', name: '金昌市', level: 'prefecture', parents: ['620000'], aliases: ['金昌'] },
  { code: '620400', name: '白银市', level: 'prefecture', parents: ['620000'], aliases: [], ambiguousAliases: ['白银'] },
  { code: '620500', name: '天水市', level: 'prefecture', parents: ['620000'], aliases: ['天水'] },
  { code: '620600', name: '武威市', level: 'prefecture', parents: ['620000'], aliases: ['武威'] },
  { code: '620700', name: '张掖市', level: 'prefecture', parents: ['620000'], aliases: ['张掖'] },
  { code: '620800', name: '平凉市', level: 'prefecture', parents: ['620000'], aliases: ['平凉'] },
  { code: '620900', name: '酒泉市', level: 'prefecture', parents: ['620000'], aliases: ['酒泉'] },
  { code: '621000', name: '庆阳市', level: 'prefecture', parents: ['620000'], aliases: ['庆阳'] },
  { code: '621100', name: '定西市', level: 'prefecture', parents: ['620000'], aliases: ['定西'] },
  { code: '621200', name: '陇南市', level: 'prefecture', parents: ['620000'], aliases: ['陇南'] },
  { code: '622900', name: '临夏回族自治州', level: 'prefecture', parents: ['620000'], aliases: ['临夏州', '临夏'] },
  { code: '623000', name: '甘南藏族自治州', level: 'prefecture', parents: ['620000'], aliases: ['甘南州', '甘南'] },
  { code: '130800', name: '承德市', level: 'prefecture', parents: ['130000'], aliases: ['承德'] },
  { code: '540300', name: '昌都市', level: 'prefecture', parents: ['540000'], aliases: ['昌都'] },
  { code: '632300', name: '黄南藏族自治州', level: 'prefecture', parents: ['630000'], aliases: ['黄南州', '黄南'] },
  { code: '653200', name: '和田地区', level: 'prefecture', parents: ['650000'], aliases: ['和田'] },
  { code: '620121', name: '永登县', level: 'county', parents: ['620000', '620100'], aliases: ['永登'] },
  { code: '620122', name: '皋兰县', level: 'county', parents: ['620000', '620100'], aliases: ['皋兰'] },
  { code: '620123', name: '榆中县', level: 'county', parents: ['620000', '620100'], aliases: ['榆中'] },
  { code: '620421', name: '靖远县', level: 'county', parents: ['620000', '620400'], aliases: ['靖远'] },
  { code: '620423', name: '景泰县', level: 'county', parents: ['620000', '620400'], aliases: [], ambiguousAliases: ['景泰'] },
  { code: '620503', name: '麦积区', level: 'district', parents: ['620000', '620500'], aliases: ['麦积'] },
  { code: '620522', name: '秦安县', level: 'county', parents: ['620000', '620500'], aliases: ['秦安'] },
  { code: '620523', name: '甘谷县', level: 'county', parents: ['620000', '620500'], aliases: ['甘谷'] },
  { code: '620525', name: '张家川回族自治县', level: 'county', parents: ['620000', '620500'], aliases: ['张家川县', '张家川'] },
  { code: '620622', name: '古浪县', level: 'county', parents: ['620000', '620600'], aliases: ['古浪'] },
  { code: '620623', name: '天祝藏族自治县', level: 'county', parents: ['620000', '620600'], aliases: ['天祝县', '天祝'] },
  { code: '620802', name: '崆峒区', level: 'district', parents: ['620000', '620800'], aliases: ['崆峒'] },
  { code: '620821', name: '泾川县', level: 'county', parents: ['620000', '620800'], aliases: ['泾川'] },
  { code: '620822', name: '灵台县', level: 'county', parents: ['620000', '620800'], aliases: [], ambiguousAliases: ['灵台'] },
  { code: '620825', name: '庄浪县', level: 'county', parents: ['620000', '620800'], aliases: ['庄浪'] },
  { code: '620826', name: '静宁县', level: 'county', parents: ['620000', '620800'], aliases: ['静宁'] },
  { code: '621021', name: '庆城县', level: 'county', parents: ['620000', '621000'], aliases: ['庆城'] },
  { code: '621022', name: '环县', level: 'county', parents: ['620000', '621000'], aliases: [] },
  { code: '621023', name: '华池县', level: 'county', parents: ['620000', '621000'], aliases: ['华池'] },
  { code: '621027', name: '镇原县', level: 'county', parents: ['620000', '621000'], aliases: ['镇原'] },
  { code: '621126', name: '岷县', level: 'county', parents: ['620000', '621100'], aliases: [] },
  { code: '621202', name: '武都区', level: 'district', parents: ['620000', '621200'], aliases: ['武都'] },
  { code: '622921', name: '临夏县', level: 'county', parents: ['620000', '622900'], aliases: [] },
  { code: '623021', name: '临潭县', level: 'county', parents: ['620000', '623000'], aliases: ['临潭'] },
  { code: '623024', name: '迭部县', level: 'county', parents: ['620000', '623000'], aliases: ['迭部'] },
  { code: '130821', name: '承德县', level: 'county', parents: ['130000', '130800'], aliases: [] },
  { code: '130822', name: '兴隆县', level: 'county', parents: ['130000', '130800'], aliases: [], ambiguousAliases: ['兴隆'] },
  { code: '130825', name: '隆化县', level: 'county', parents: ['130000', '130800'], aliases: ['隆化'] },
  { code: '130828', name: '围场满族蒙古族自治县', level: 'county', parents: ['130000', '130800'], aliases: ['围场县', '围场'] },
  { code: '130881', name: '平泉市', level: 'county', parents: ['130000', '130800'], aliases: ['平泉', '平泉县'], formerCodes: ['130823'] },
];
