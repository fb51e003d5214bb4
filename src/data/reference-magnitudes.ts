/**
 * Reference magnitudes for plausibility checks: official totals of East–West cooperation by year
 * and level (national, province pair, county), each with the page it was read from, and the
 * typical bands derived from them that `implausible_magnitude` compares figures with.
 *
 * What is here (details, the table of figures and their pages: docs/reference-magnitudes.md):
 *
 * - `figures`: published figures as the pages state them — national yearly totals of 财政援助资金,
 *   社会帮扶（捐款捐物）, 消费帮扶, 帮助农村劳动力就业, 互派干部和专业技术人才, 企业投资; yearly or
 *   cumulative figures of province pairs (津甘, 苏陕, 沪滇, 浙川, 粤桂, 京蒙, 苏青, 闽宁, 广东 → 桂黔);
 *   county averages. A figure for part of a year, an approximate figure or a lower bound is marked
 *   so (`qualifier`); a cumulative figure carries its years (`fromYear`–`toYear`).
 * - `bands`: per year, per level and metric. How each is derived is in its `derivation`:
 *   national bands end at the largest sourced national total (a hard ceiling: nothing of any
 *   pairing can exceed it), their low ends lie well below the smallest sourced total; province-pair,
 *   prefecture and county bands run from about half the smallest sourced figure of that level
 *   (rounded down to 1-2-5) to a few times the largest (rounded up), capped by the national total.
 *   The county bands rest on 县均投入 5187万元 (2023: 231.9亿元 for about 447 帮扶县) and on the
 *   per-county allocations 浙江 made to 四川 in 2021 (3900万–6000万元).
 * - county GDPs and a western-province GDP ceiling, a floor for flows.
 *
 * Rules of thumb drawn from published figures, not official limits. Callers replace them with
 * `checkClaims(claims, { reference })` (see docs/reference-magnitudes.md).
 *
 * @module
 */
import type { MetricId } from '../domain/metric.js';

/**
 * The level a reference band or figure speaks for: the whole programme (`national`), one eastern
 * province and one western province (`province_pair`), a western prefecture, a western county
 * (`county`). `pairing` is the older name of the county level (one eastern district and its
 * counties) and is read as `county`.
 *
 * @example
 * ```ts
 * const l: ReferenceLevel = 'province_pair'; // 苏陕协作
 * ```
 */
export type ReferenceLevel = 'national' | 'province_pair' | 'prefecture' | 'county' | 'pairing';

/**
 * What a reference value counts: yuan (the default) or people.
 *
 * @example
 * ```ts
 * const u: ReferenceUnit = '人'; // 帮助农村劳动力就业73.1万人
 * ```
 */
export type ReferenceUnit = '元' | '人';

/**
 * One reference band, in 元 (or 人 when `unit` is `'人'`) per year unless `perYear` is false.
 *
 * @example
 * ```ts
 * const b: ReferenceBand = { id: 'x', metrics: ['fiscal_aid'], level: 'national', low: null, high: '23190000000', perYear: true, label: '全国财政援助资金2023年231.9亿元', source: '人民日报' };
 * ```
 */
export interface ReferenceBand {
  /** Stable id. */
  id: string;
  /** The metrics the band bounds (`'*'`: every money metric). */
  metrics: readonly (MetricId | '*')[];
  /**
   * The level the band speaks for. A `national` band of money is a hard ceiling for every claim
   * (nothing of one pairing can exceed the national total); the others bound claims of their level.
   */
  level: ReferenceLevel;
  /** Low end, or `null`. */
  low: string | null;
  /** High end. */
  high: string;
  /** Whether the band is per year (a cumulative figure is compared with band × years). */
  perYear: boolean;
  /** For people, in Chinese. */
  label: string;
  /** Where the figures come from (publisher and page). */
  source: string;
  /** What the band counts (default `'元'`). */
  unit?: ReferenceUnit;
  /** The year the band is for, when it is for one year only (otherwise every year). */
  year?: number;
  /** GB/T 2260 code of the eastern province, for a band of one province pair. */
  eastProvince?: string;
  /** GB/T 2260 code of the western province, for a band of one province pair. */
  westProvince?: string;
  /** How the band was derived from the sourced figures. */
  derivation?: string;
}

/**
 * How a sourced figure is stated: `exact` as printed, `approx` (约), `more_than` (超过, 余),
 * `partial_year` (a year not yet over: 截至6月, 上半年), `part` (one part of the flow, e.g. the
 * industry projects only), `range` (a low and a high end).
 *
 * @example
 * ```ts
 * const q: SourcedFigureQualifier = 'partial_year'; // 截至2023年11月底
 * ```
 */
export type SourcedFigureQualifier = 'exact' | 'approx' | 'more_than' | 'partial_year' | 'part' | 'range';

/**
 * A published figure, as the page states it, with the page.
 *
 * @example
 * ```ts
 * const f: SourcedFigure = { id: 'n', level: 'national', metric: 'fiscal_aid', fromYear: 2023, toYear: 2023, value: '23190000000', unit: '元', qualifier: 'partial_year', label: '2023年（截至11月底）全国财政援助资金231.9亿元', publisher: '央视网', url: 'https://news.shi-fen.com/china/202312/50-1555264.html' };
 * ```
 */
export interface SourcedFigure {
  /** Stable id. */
  id: string;
  /** The level the figure is for. */
  level: Exclude<ReferenceLevel, 'pairing'>;
  /** The metric. */
  metric: MetricId;
  /** First year the figure covers. */
  fromYear: number;
  /** Last year the figure covers (= `fromYear` for a yearly figure). */
  toYear: number;
  /** The value (元 or 人), a decimal string; the low end for a `range`. */
  value: string;
  /** The high end of a `range`. */
  high?: string;
  /** What the value counts. */
  unit: ReferenceUnit;
  /** How the page states it. */
  qualifier: SourcedFigureQualifier;
  /** GB/T 2260 code of the eastern province (province pairs). */
  eastProvince?: string;
  /** GB/T 2260 codes of the western provinces (province pairs; several when one figure covers them). */
  westProvinces?: readonly string[];
  /** What it is, in Chinese, with the figure as the page writes it. */
  label: string;
  /** Who published it (the original publisher when the page is a reprint). */
  publisher: string;
  /** The page it was read from. */
  url: string;
  /** Anything a reader should know (what the total covers, the date of the count). */
  note?: string;
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
  /** The published figures the bands were derived from (information; the check reads the bands). */
  figures?: readonly SourcedFigure[];
}

const PROVINCE = {
  beijing: '110000',
  tianjin: '120000',
  neimenggu: '150000',
  shanghai: '310000',
  jiangsu: '320000',
  zhejiang: '330000',
  fujian: '350000',
  shandong: '370000',
  guangdong: '440000',
  guangxi: '450000',
  chongqing: '500000',
  sichuan: '510000',
  guizhou: '520000',
  yunnan: '530000',
  shaanxi: '610000',
  gansu: '620000',
  qinghai: '630000',
  ningxia: '640000',
} as const;

const URL = {
  n2023cctv: 'https://news.shi-fen.com/china/202312/50-1555264.html',
  n2023china: 'http://info.bjgaoqi.cn/remen/62817.html',
  n2023press: 'http://golangjump.com/?np68=5F.html',
  n2019: 'http://news.cjn.cn/gnxw/201912/t3517358.htm',
  n2019aug: 'http://zhtxs.com/guoji/fupinyaowen/2019-10-01/109917.html',
  n2020jun: 'https://feiyi.bjrbrm.cn/jsxk/show-3177.html',
  tjgs2020: 'https://0809ok.com/xwzx/gnsz/gdxw/202010/17/t20201017_35900412.shtml',
  tjgs2024: 'https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67',
  jssx2021: 'http://m.imneio.com/guonei/2022/0217/13101.html',
  jssx2021b: 'http://hqbet6098.com/xwzx/zwyw/1651131938690174978.html',
  jssx2024: 'http://yanqitong.cn/index.php/zhongshengzixun/17901.html',
  shyn2024: 'https://ccwb.yunnan.cn/content/202410/18/content_229747.html',
  zjsc2021: 'https://sichuan.scol.com.cn/ggxw/202107/58207104.html',
  gdgx2022: 'http://m.xhyb.net.cn/news/gd/2022/1031/205234.html',
  gd2016: 'http://dara.gd.gov.cn/zwgk2278/zdly/fpzj/content/post_3949196.html',
  bjnm2020: 'http://www.nmgttcy.com/neimenggu/2021030225310.html',
  jsqh2022: 'http://f2djj.com/zh/2022/0722/32026.html',
  fjnx2016: 'https://m.folksfolks.com/fjxc/2016-07/19/content_18194756.htm',
  sdcq2019: 'https://feifmx.com/domesticgd/10000159/20190922/37086048.html',
  sdgs2025: 'https://qswz.net/news/75QYMwxQ3o.html',
  bjnm2020b: 'http://big5.xinhuanet.com/gate/big5/m.xinhuanet.com/2020-05/31/c_1126054939.htm',
  bjnm2018: 'http://m.damianosjewelry.com/newscenter/dj/20180428/t20180428_524215853.shtml',
  sc2017: 'http://www.ykshuntai.com/html/xw/dzyw/31220.html',
  gdgz2022: 'http://www.fzshb.cn/szyw/szywjrht/202303/t20230323_6421679.html',
  gdgz2020: 'http://www.gz.chinanews.com/jjgz/2021-12-09/doc-ihatrmfi0058416.shtml',
} as const;

/**
 * The published figures the bundled bands rest on, each with its page (see docs/reference-magnitudes.md).
 *
 * @example
 * ```ts
 * REFERENCE_FIGURES.find((f) => f.id === 'national_fiscal_aid_2023')?.value; // '23190000000'
 * ```
 */
export const REFERENCE_FIGURES: readonly SourcedFigure[] = [
  // National totals.
  { id: 'national_fiscal_aid_2016_2018', level: 'national', metric: 'fiscal_aid', fromYear: 2016, toYear: 2018, value: '26570000000', unit: '元', qualifier: 'exact', label: '2016–2018年东部9省市向扶贫协作地区投入财政援助资金合计265.7亿元', publisher: '央视网（国务院扶贫办发布）', url: URL.n2019aug, note: '三年合计，是此前20年总和的2.6倍' },
  { id: 'national_fiscal_aid_2019', level: 'national', metric: 'fiscal_aid', fromYear: 2019, toYear: 2019, value: '22900000000', unit: '元', qualifier: 'exact', label: '2019年东部地区投入财政援助资金229亿元', publisher: '央视新闻客户端（国务院扶贫办发布）', url: URL.n2019, note: '2019年12月22日报道的全年数' },
  { id: 'national_social_donation_2019', level: 'national', metric: 'social_donation', fromYear: 2019, toYear: 2019, value: '6500000000', unit: '元', qualifier: 'exact', label: '2019年东部地区动员社会捐助款物65亿元', publisher: '央视新闻客户端（国务院扶贫办发布）', url: URL.n2019, note: '款物合计' },
  { id: 'national_consumption_2019', level: 'national', metric: 'consumption_assistance', fromYear: 2019, toYear: 2019, value: '48300000000', unit: '元', qualifier: 'exact', label: '2019年东部地区帮助销售贫困地区农特产品483亿元', publisher: '央视新闻客户端（国务院扶贫办发布）', url: URL.n2019 },
  { id: 'national_fiscal_aid_2019_aug', level: 'national', metric: 'fiscal_aid', fromYear: 2019, toYear: 2019, value: '20890000000', unit: '元', qualifier: 'partial_year', label: '2019年截至8月底东部9省市拨付财政援助资金208.9亿元', publisher: '央视网（国务院扶贫办发布）', url: URL.n2019aug },
  { id: 'national_social_donation_2019_aug', level: 'national', metric: 'social_donation', fromYear: 2019, toYear: 2019, value: '1366000000', unit: '元', qualifier: 'partial_year', label: '2019年截至8月底东部9省市投入社会帮扶资金13.66亿元', publisher: '央视网（国务院扶贫办发布）', url: URL.n2019aug },
  { id: 'national_consumption_2019_aug', level: 'national', metric: 'consumption_assistance', fromYear: 2019, toYear: 2019, value: '8436000000', unit: '元', qualifier: 'partial_year', label: '2019年截至8月底东部地区采购、销售结对地区农产品84.36亿元', publisher: '央视网（国务院扶贫办发布）', url: URL.n2019aug },
  { id: 'national_enterprise_investment_2016_2019', level: 'national', metric: 'enterprise_investment', fromYear: 2016, toYear: 2019, value: '723400000000', unit: '元', qualifier: 'exact', label: '2016–2019年东部企业赴扶贫协作地区实际到位投资7234亿元', publisher: '人民网（国务院扶贫办统计）', url: URL.n2020jun, note: '四年合计，2万多家企业' },
  { id: 'national_fiscal_aid_2020_jun', level: 'national', metric: 'fiscal_aid', fromYear: 2020, toYear: 2020, value: '24820000000', unit: '元', qualifier: 'partial_year', label: '2020年截至6月初东部9省市帮扶资金拨付到位248.2亿元', publisher: '人民网（国务院扶贫办统计）', url: URL.n2020jun, note: '为协议数的109%，比上年同期多59亿元；全年数未查到' },
  { id: 'national_fiscal_aid_2023', level: 'national', metric: 'fiscal_aid', fromYear: 2023, toYear: 2023, value: '23190000000', unit: '元', qualifier: 'partial_year', label: '2023年截至11月底东部8省市向西部10省区市投入财政援助资金231.9亿元', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv },
  { id: 'national_consumption_2023', level: 'national', metric: 'consumption_assistance', fromYear: 2023, toYear: 2023, value: '94380000000', unit: '元', qualifier: 'partial_year', label: '2023年截至11月底采购、帮助销售西部地区农产品943.8亿元', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv },
  { id: 'national_enterprise_investment_2023', level: 'national', metric: 'enterprise_investment', fromYear: 2023, toYear: 2023, value: '126800000000', unit: '元', qualifier: 'partial_year', label: '2023年新增引导2510家企业投资1268亿元', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv },
  { id: 'national_labour_transfer_2023', level: 'national', metric: 'labour_transfer', fromYear: 2023, toYear: 2023, value: '731000', unit: '人', qualifier: 'partial_year', label: '2023年帮助西部农村劳动力实现就业73.1万人', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv, note: '其中脱贫劳动力47.8万人' },
  { id: 'national_social_donation_money_2023', level: 'national', metric: 'social_donation', fromYear: 2023, toYear: 2023, value: '2120000000', unit: '元', qualifier: 'partial_year', label: '2023年动员社会力量捐赠帮扶资金21.2亿元', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv, note: '只计资金' },
  { id: 'national_social_donation_2023', level: 'national', metric: 'social_donation', fromYear: 2023, toYear: 2023, value: '2850000000', unit: '元', qualifier: 'partial_year', label: '2023年动员社会力量捐助款物28.5亿元', publisher: '中国网（农业农村部发布）', url: URL.n2023china, note: '款物合计' },
  { id: 'national_cadres_2023', level: 'national', metric: 'cadres_dispatched', fromYear: 2023, toYear: 2023, value: '3045', unit: '人', qualifier: 'partial_year', label: '2023年协作双方互派党政挂职干部3045人', publisher: '中国网（农业农村部发布）', url: URL.n2023china, note: '双向合计（东部派往西部与西部派往东部）' },
  { id: 'national_technicians_2023', level: 'national', metric: 'technicians_dispatched', fromYear: 2023, toYear: 2023, value: '25000', unit: '人', qualifier: 'partial_year', label: '2023年协作双方互派专业技术人才2.5万人', publisher: '中国网（农业农村部发布）', url: URL.n2023china, note: '双向合计' },
  // Province pairs.
  { id: 'tianjin_gansu_fiscal_aid_2020', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2020, toYear: 2020, value: '3007000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.tianjin, westProvinces: [PROVINCE.gansu], label: '2020年（截至10月）天津、青岛、福州、厦门向甘肃投入财政援助资金30.07亿元', publisher: '新华社', url: URL.tjgs2020, note: '东部4市合计，较2016年增加28.78亿元' },
  { id: 'tianjin_gansu_consumption_2020', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2020, toYear: 2020, value: '2332000000', unit: '元', qualifier: 'approx', eastProvince: PROVINCE.tianjin, westProvinces: [PROVINCE.gansu], label: '2020年东部4市帮助甘肃贫困地区销售扶贫产品约23.32亿元', publisher: '新华社', url: URL.tjgs2020, note: '是2019年的1.3倍' },
  { id: 'tianjin_gansu_fiscal_aid_2024_industry', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2024, toYear: 2024, value: '965000000', unit: '元', qualifier: 'part', eastProvince: PROVINCE.tianjin, westProvinces: [PROVINCE.gansu], label: '2024年天津安排9.65亿元财政援助资金用于甘肃产业培育项目', publisher: '综述转载', url: URL.tjgs2024, note: '只是产业项目部分；“十四五”过渡期5年预计投入超过80亿元' },
  { id: 'tianjin_gansu_consumption_2024', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2024, toYear: 2024, value: '5256000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.tianjin, westProvinces: [PROVINCE.gansu], label: '2024年津甘消费帮扶金额52.56亿元', publisher: '综述转载', url: URL.tjgs2024 },
  { id: 'tianjin_gansu_labour_2024', level: 'province_pair', metric: 'labour_transfer', fromYear: 2024, toYear: 2024, value: '119900', unit: '人', qualifier: 'exact', eastProvince: PROVINCE.tianjin, westProvinces: [PROVINCE.gansu], label: '2024年帮助甘肃农村劳动力实现就业11.99万人', publisher: '综述转载', url: URL.tjgs2024, note: '其中脱贫劳动力9.22万人' },
  { id: 'jiangsu_shaanxi_fiscal_aid_2021', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2021, toYear: 2021, value: '2690000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.shaanxi], label: '2021年江苏向陕西投入苏陕协作财政援助资金26.9亿元', publisher: '陕西日报', url: URL.jssx2021, note: '实施项目1343个' },
  { id: 'jiangsu_shaanxi_consumption_2021', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2021, toYear: 2021, value: '2770000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.shaanxi], label: '2021年江苏采购和帮助销售陕西农产品等27.7亿元', publisher: '陕西日报', url: URL.jssx2021b, note: '为协议任务的693%' },
  { id: 'jiangsu_shaanxi_enterprise_investment_2021', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2021, toYear: 2021, value: '6970000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.shaanxi], label: '2021年江苏帮助引进企业实际到位投资69.7亿元', publisher: '陕西日报', url: URL.jssx2021 },
  { id: 'jiangsu_shaanxi_fiscal_aid_2024', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2024, toYear: 2024, value: '2642000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.shaanxi], label: '2024年江苏省财政援助资金26.42亿元', publisher: '陕西省发展改革委（报道）', url: URL.jssx2024 },
  { id: 'jiangsu_shaanxi_social_2024', level: 'province_pair', metric: 'social_donation', fromYear: 2024, toYear: 2024, value: '115970000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.shaanxi], label: '江苏社会力量捐款捐物11597万元（2024年报道）', publisher: '陕西省发展改革委（报道）', url: URL.jssx2024, note: '报道写作“累计”，起算时间未说明' },
  { id: 'shanghai_yunnan_fiscal_aid_2024_h1', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2024, toYear: 2024, value: '3818000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shanghai, westProvinces: [PROVINCE.yunnan], label: '2024年上半年云南到位上海市财政援助资金38.18亿元', publisher: '春城晚报（云南网）', url: URL.shyn2024, note: '另到位区级资金5.21亿元' },
  { id: 'shanghai_yunnan_consumption_2024', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2024, toYear: 2024, value: '7379000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shanghai, westProvinces: [PROVINCE.yunnan], label: '2024年（10月报道）协作销售云南农副产品和手工艺品73.79亿元', publisher: '春城晚报（云南网）', url: URL.shyn2024 },
  { id: 'shanghai_yunnan_labour_2024_h1', level: 'province_pair', metric: 'labour_transfer', fromYear: 2024, toYear: 2024, value: '137600', unit: '人', qualifier: 'partial_year', eastProvince: PROVINCE.shanghai, westProvinces: [PROVINCE.yunnan], label: '2024年上半年帮助农村劳动力实现就业13.76万人', publisher: '春城晚报（云南网）', url: URL.shyn2024 },
  { id: 'shanghai_yunnan_enterprise_investment_2024_h1', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2024, toYear: 2024, value: '10830000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shanghai, westProvinces: [PROVINCE.yunnan], label: '2024年上半年引导341家东部企业到云南投资108.3亿元', publisher: '春城晚报（云南网）', url: URL.shyn2024 },
  { id: 'zhejiang_sichuan_fiscal_aid_2021', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2021, toYear: 2021, value: '3300000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.zhejiang, westProvinces: [PROVINCE.sichuan], label: '2021年浙江省财政援助四川资金33亿元（7月已到位）', publisher: '四川在线（四川省乡村振兴局）', url: URL.zjsc2021 },
  { id: 'guangdong_guangxi_fiscal_aid_2021_2022', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2021, toYear: 2022, value: '1745000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi], label: '2021年以来（2022年10月报道）广西累计投入广东省财政帮扶资金17.45亿元', publisher: '人民网（广西壮族自治区乡村振兴局）', url: URL.gdgx2022, note: '累计口径，起点按新阶段2021年计' },
  { id: 'guangdong_guangxi_consumption_2021_2022', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2021, toYear: 2022, value: '17930000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi], label: '2021年以来（2022年10月报道）广东采购、销售广西农产品179.3亿元', publisher: '人民网（广西壮族自治区乡村振兴局）', url: URL.gdgx2022 },
  { id: 'guangdong_guangxi_labour_2021_2022', level: 'province_pair', metric: 'labour_transfer', fromYear: 2021, toYear: 2022, value: '730900', unit: '人', qualifier: 'partial_year', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi], label: '2021年以来（2022年10月报道）帮助广西农村劳动力就业73.09万人', publisher: '人民网（广西壮族自治区乡村振兴局）', url: URL.gdgx2022 },
  { id: 'guangdong_guangxi_guizhou_labour_2023', level: 'province_pair', metric: 'labour_transfer', fromYear: 2023, toYear: 2023, value: '407000', unit: '人', qualifier: 'partial_year', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi, PROVINCE.guizhou], label: '2023年广东帮助广西、贵州农村劳动力实现就业40.7万人', publisher: '报纸报道转载（农业农村部发布）', url: URL.n2023press, note: '两个省区合计' },
  { id: 'guangdong_guangxi_guizhou_enterprise_investment_2023', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2023, toYear: 2023, value: '43650000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi, PROVINCE.guizhou], label: '2023年广东引导1078家企业在广西、贵州投资436.5亿元', publisher: '报纸报道转载（农业农村部发布）', url: URL.n2023press, note: '两个省区合计' },
  { id: 'guangdong_four_provinces_aid_2016_2020', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2016, toYear: 2020, value: '67000000000', unit: '元', qualifier: 'more_than', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guangxi, PROVINCE.sichuan, PROVINCE.yunnan, PROVINCE.guizhou], label: '2016–2020年广东向广西、四川、云南、贵州拨付各类援助资金累计超过670亿元', publisher: '广东省农业农村厅（广东省乡村振兴局）', url: URL.gd2016, note: '“各类援助资金”，不只财政援助；四省区合计' },
  { id: 'beijing_neimenggu_aid_2016_2020', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2016, toYear: 2020, value: '3943000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.beijing, westProvinces: [PROVINCE.neimenggu], label: '2016–2020年北京市累计投入内蒙古扶贫资金39.43亿元', publisher: '内蒙古日报（自治区财政厅）', url: URL.bjnm2020 },
  { id: 'jiangsu_qinghai_aid_2010_2022', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2010, toYear: 2022, value: '6200000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.jiangsu, westProvinces: [PROVINCE.qinghai], label: '2010年以来（2022年7月报道）江苏累计安排青海财政性援助资金62亿元', publisher: '新华日报（交汇点）', url: URL.jsqh2022, note: '含2010年起对口支援海南州' },
  { id: 'fujian_ningxia_aid_1996_2016', level: 'province_pair', metric: 'fiscal_aid', fromYear: 1996, toYear: 2016, value: '505000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.fujian, westProvinces: [PROVINCE.ningxia], label: '1996–2016年福建省财政向宁夏无偿援助5.05亿元', publisher: '福建日报（转载）', url: URL.fjnx2016, note: '另有对口市县（区）投入5.19亿元' },
  { id: 'shandong_chongqing_fiscal_aid_2017_2019', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2017, toYear: 2019, value: '1317000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.chongqing], label: '三年来（2019年9月报道）山东累计支持重庆财政援建项目959个，援助资金总额13.17亿元', publisher: '新华社', url: URL.sdcq2019, note: '结对始于2016年7月；“三年来”按2017–2019年计' },
  { id: 'shandong_chongqing_consumption_2017_2019', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2017, toYear: 2019, value: '195000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.chongqing], label: '截至2019年9月山东累计采购、销售重庆贫困区县特色农产品1.95亿元', publisher: '新华社', url: URL.sdcq2019 },
  { id: 'shandong_chongqing_enterprise_investment_2019', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2019, toYear: 2019, value: '287000000', unit: '元', qualifier: 'partial_year', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.chongqing], label: '2019年（1–9月）引导山东企业来渝投资2.87亿元', publisher: '新华社', url: URL.sdcq2019 },
  { id: 'shandong_gansu_fiscal_aid_yearly', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2024, toYear: 2024, value: '1600000000', unit: '元', qualifier: 'more_than', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2021–2024年山东每年投入甘肃的协作资金在16亿元以上', publisher: '奔流新闻', url: URL.sdgs2025, note: '每年数，2021–2024年各年都在16亿元以上' },
  { id: 'shandong_gansu_enterprise_investment_2021', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2021, toYear: 2021, value: '1000000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2021年山东在甘肃的企业投资额10亿元', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'shandong_gansu_enterprise_investment_2024', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2024, toYear: 2024, value: '2900000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2024年山东在甘肃的企业投资额29亿元', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'shandong_gansu_consumption_2021', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2021, toYear: 2021, value: '2100000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2021年鲁甘消费帮扶金额21亿元', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'shandong_gansu_consumption_2024', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2024, toYear: 2024, value: '4000000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2024年鲁甘消费帮扶金额40亿元', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'shandong_gansu_labour_2021', level: 'province_pair', metric: 'labour_transfer', fromYear: 2021, toYear: 2021, value: '50000', unit: '人', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2021年山东帮助甘肃农村劳动力就业5万人', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'shandong_gansu_labour_2024', level: 'province_pair', metric: 'labour_transfer', fromYear: 2024, toYear: 2024, value: '65000', unit: '人', qualifier: 'exact', eastProvince: PROVINCE.shandong, westProvinces: [PROVINCE.gansu], label: '2024年山东帮助甘肃农村劳动力就业6.5万人', publisher: '奔流新闻', url: URL.sdgs2025 },
  { id: 'beijing_neimenggu_fiscal_aid_2018_2019', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2018, toYear: 2019, value: '2744000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.beijing, westProvinces: [PROVINCE.neimenggu], label: '2018–2019年北京向内蒙古投入各级财政援助资金27.44亿元', publisher: '北京日报（新华网转载）', url: URL.bjnm2020b, note: '其中20.7亿元用于产业扶贫项目' },
  { id: 'beijing_neimenggu_enterprise_investment_2018_2019', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2018, toYear: 2019, value: '4155000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.beijing, westProvinces: [PROVINCE.neimenggu], label: '2018–2019年138家北京企业落户内蒙古31个国贫旗县，投资41.55亿元', publisher: '北京日报（新华网转载）', url: URL.bjnm2020b },
  { id: 'beijing_neimenggu_consumption_2018_2019', level: 'province_pair', metric: 'consumption_assistance', fromYear: 2018, toYear: 2019, value: '5200000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.beijing, westProvinces: [PROVINCE.neimenggu], label: '2018–2019年内蒙古31个国贫旗县向北京市场销售特色农产品52亿元', publisher: '北京日报（新华网转载）', url: URL.bjnm2020b },
  { id: 'guangdong_guizhou_fiscal_aid_2016_2020', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2016, toYear: 2020, value: '3300000000', unit: '元', qualifier: 'more_than', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guizhou], label: '“十三五”时期广东投入贵州财政帮扶资金超33亿元', publisher: '中新网', url: URL.gdgz2020, note: '帮助实施1600多个扶贫项目' },
  { id: 'guangdong_guizhou_fiscal_aid_2022', level: 'province_pair', metric: 'fiscal_aid', fromYear: 2022, toYear: 2022, value: '3516000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guizhou], label: '2022年以来（2023年3月报道）广东向贵州提供财政援助资金35.16亿元', publisher: '贵州日报天眼新闻（转载）', url: URL.gdgz2022, note: '按2022年度数计；实施帮扶项目1833个' },
  { id: 'guangdong_guizhou_enterprise_investment_2022', level: 'province_pair', metric: 'enterprise_investment', fromYear: 2022, toYear: 2022, value: '10786000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guizhou], label: '2022年以来（2023年3月报道）粤企入黔“双百行动”到位投资107.86亿元', publisher: '贵州日报天眼新闻（转载）', url: URL.gdgz2022 },
  // Counties.
  { id: 'county_average_fiscal_aid_2023', level: 'county', metric: 'fiscal_aid', fromYear: 2023, toYear: 2023, value: '51870000', unit: '元', qualifier: 'partial_year', label: '2023年（截至11月底）财政援助资金县均投入5187万元', publisher: '央视网（农业农村部发布）', url: URL.n2023cctv, note: '231.9亿元 ÷ 5187万元 ≈ 447个帮扶县' },
  { id: 'zhejiang_sichuan_county_allocation_2021', level: 'county', metric: 'fiscal_aid', fromYear: 2021, toYear: 2021, value: '39000000', high: '60000000', unit: '元', qualifier: 'range', eastProvince: PROVINCE.zhejiang, westProvinces: [PROVINCE.sichuan], label: '2021年浙江财政援助资金按县分配：每县3900万元至6000万元', publisher: '四川在线（四川省乡村振兴局）', url: URL.zjsc2021, note: '凉山州10个重点帮扶县每县6000万元，涉藏州县等每县5000万元，其余每县3900万元' },
  { id: 'beijing_neimenggu_county_average_2018', level: 'county', metric: 'fiscal_aid', fromYear: 2018, toYear: 2018, value: '30000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.beijing, westProvinces: [PROVINCE.neimenggu], label: '自2018年起京蒙扶贫协作资金由县均1000万元增至县均3000万元', publisher: '央广网', url: URL.bjnm2018, note: '2018–2020三年合计由9.92亿元增至29.75亿元（31个旗县市）' },
  { id: 'hengqin_zhengan_county_allocation_2023', level: 'county', metric: 'fiscal_aid', fromYear: 2023, toYear: 2023, value: '50000000', unit: '元', qualifier: 'exact', eastProvince: PROVINCE.guangdong, westProvinces: [PROVINCE.guizhou], label: '横琴粤澳深度合作区未来三年每年投入正安县东西部协作资金5000万元', publisher: '贵州日报天眼新闻（转载）', url: URL.gdgz2022, note: '2023年3月报道的计划数' },
  { id: 'sichuan_yi_county_allocation_2017', level: 'county', metric: 'fiscal_aid', fromYear: 2017, toYear: 2017, value: '10000000', unit: '元', qualifier: 'exact', westProvinces: [PROVINCE.sichuan], label: '2016–2017年东西部扶贫协作对四川彝区按每年每县1000万元安排', publisher: '四川日报（转载）', url: URL.sc2017, note: '佛山对凉山11县每年1.1亿元' },
];

/**
 * The bundled reference figures (version `2025.1`): bands by level with their derivation, the
 * published figures they rest on, county GDPs, the floor and the province GDP ceiling.
 *
 * @example
 * ```ts
 * REFERENCE_MAGNITUDES.countyGdp.find((g) => g.name === '迭部县')?.gdp; // '2086000000' —— 20.86亿元
 * REFERENCE_MAGNITUDES.bands.find((b) => b.id === 'province_pair_fiscal_aid')?.low; // '200000000' —— 2亿元
 * ```
 */
export const REFERENCE_MAGNITUDES: ReferenceMagnitudes = {
  version: '2025.1',
  bands: [
    // National: the high end is the largest sourced national total, a hard ceiling for any claim.
    {
      id: 'national_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'national',
      low: '2000000000',
      high: '24820000000',
      perYear: true,
      label: '全国东西部（扶贫）协作财政援助资金每年约229亿–248.2亿元（2019–2023年）',
      source: `国务院扶贫办、农业农村部发布：2019年229亿元（${URL.n2019}）；2020年截至6月初248.2亿元（${URL.n2020jun}）；2023年截至11月底231.9亿元、县均5187万元（${URL.n2023cctv}）；2016–2018年合计265.7亿元（${URL.n2019aug}）`,
      derivation: '上限：已查到的最大全国年度数（2020年截至6月初248.2亿元）；下限：2016–2018年年均约88.6亿元，2016年更少，取20亿元（约为年均的1/4，按1-2-5取整）',
    },
    {
      id: 'national_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'national',
      low: '1000000000',
      high: '94380000000',
      perYear: true,
      label: '全国东西部协作消费帮扶每年约483亿元（2019年）至943.8亿元（2023年）',
      source: `国务院扶贫办、农业农村部发布：2019年483亿元（${URL.n2019}），2019年截至8月84.36亿元（${URL.n2019aug}）；2023年943.8亿元（${URL.n2023cctv}）`,
      derivation: '上限：已查到的最大全国年度数（2023年943.8亿元）；下限：2019年前8个月84.36亿元，更早年份更少，取10亿元',
    },
    {
      id: 'national_social_donation',
      metrics: ['social_donation'],
      level: 'national',
      low: '500000000',
      high: '6500000000',
      perYear: true,
      label: '全国东西部协作社会帮扶（捐款捐物）每年约21.2亿–65亿元',
      source: `国务院扶贫办、农业农村部发布：2019年捐助款物65亿元（${URL.n2019}），2019年截至8月社会帮扶资金13.66亿元（${URL.n2019aug}）；2023年捐助款物28.5亿元（${URL.n2023china}），其中捐赠资金21.2亿元（${URL.n2023cctv}）`,
      derivation: '上限：已查到的最大全国年度数（2019年65亿元）；下限：最小数13.66亿元（2019年前8个月）的一半，按1-2-5向下取整为5亿元',
    },
    {
      id: 'national_enterprise_investment',
      metrics: ['enterprise_investment'],
      level: 'national',
      low: '50000000000',
      high: '723400000000',
      perYear: true,
      label: '全国东西部协作引导企业投资：2023年1268亿元，2016–2019年合计7234亿元',
      source: `国务院扶贫办、农业农村部发布：2016–2019年实际到位投资7234亿元（${URL.n2020jun}）；2023年新增引导企业投资1268亿元（${URL.n2023cctv}）`,
      derivation: '上限：2016–2019年四年合计7234亿元（任何一年都不会超过它）；下限：2023年1268亿元的一半，向下取整为500亿元',
    },
    {
      id: 'national_labour_transfer',
      metrics: ['labour_transfer'],
      level: 'national',
      low: null,
      high: '731000',
      perYear: true,
      unit: '人',
      label: '全国东西部协作帮助农村劳动力就业2023年73.1万人',
      source: `农业农村部发布（${URL.n2023cctv}）`,
      derivation: '上限：2023年全国数73.1万人；人数只查上限（超出一至两个数量级才报告）',
    },
    {
      id: 'national_cadres_dispatched',
      metrics: ['cadres_dispatched'],
      level: 'national',
      low: null,
      high: '3045',
      perYear: true,
      unit: '人',
      label: '全国东西部协作互派党政挂职干部2023年3045人',
      source: `农业农村部发布（${URL.n2023china}）`,
      derivation: '上限：2023年双向互派合计3045人（东部派出的只是其中一部分）',
    },
    {
      id: 'national_technicians_dispatched',
      metrics: ['technicians_dispatched'],
      level: 'national',
      low: null,
      high: '25000',
      perYear: true,
      unit: '人',
      label: '全国东西部协作互派专业技术人才2023年2.5万人',
      source: `农业农村部发布（${URL.n2023china}）`,
      derivation: '上限：2023年双向互派合计2.5万人',
    },
    // Province pairs.
    {
      id: 'province_pair_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'province_pair',
      low: '200000000',
      high: '10000000000',
      perYear: true,
      label: '一个东部省市对一个西部省区的财政援助资金每年约2亿–100亿元',
      source: `鲁渝2017–2019年13.17亿元（${URL.sdcq2019}）；鲁甘每年16亿元以上（${URL.sdgs2025}）；京蒙2016–2020年39.43亿元（${URL.bjnm2020}）、2018–2019年27.44亿元（${URL.bjnm2020b}）；苏青2010–2022年62亿元（${URL.jsqh2022}）；粤桂2021年以来17.45亿元（${URL.gdgx2022}）；苏陕2021年26.9亿元（${URL.jssx2021}）、2024年26.42亿元（${URL.jssx2024}）；粤黔2022年35.16亿元（${URL.gdgz2022}）；津甘2020年30.07亿元（${URL.tjgs2020}）；浙川2021年33亿元（${URL.zjsc2021}）；沪滇2024年上半年38.18亿元（${URL.shyn2024}）`,
      derivation: '下限：已查到的最小年均数（鲁渝约4.4亿元/年，苏青约4.8亿元/年）的一半，向下取整为2亿元；上限：最大数（沪滇半年38.18亿元）的两倍多，向上取整为100亿元，低于全国总数',
    },
    {
      id: 'province_pair_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'province_pair',
      low: '500000000',
      high: '30000000000',
      perYear: true,
      label: '一个省际协作关系的消费帮扶每年约5亿–300亿元',
      source: `鲁渝2017–2019年合计1.95亿元（${URL.sdcq2019}）；鲁甘2021年21亿元、2024年40亿元（${URL.sdgs2025}）；京蒙2018–2019年52亿元（${URL.bjnm2020b}）；津甘2020年约23.32亿元（${URL.tjgs2020}）、2024年52.56亿元（${URL.tjgs2024}）；苏陕2021年27.7亿元（${URL.jssx2021b}）；沪滇2024年73.79亿元（${URL.shyn2024}）；粤桂2021年以来179.3亿元（${URL.gdgx2022}）`,
      derivation: '下限：新阶段最小年度数（鲁甘2021年21亿元）的约1/4，取5亿元；脱贫攻坚期早年更小（鲁渝2017–2019年合计1.95亿元），这样的数低于下限不到一个数量级，不报告；上限：粤桂约100亿元/年的3倍，取300亿元，低于全国943.8亿元',
    },
    {
      id: 'province_pair_enterprise_investment',
      metrics: ['enterprise_investment'],
      level: 'province_pair',
      low: '100000000',
      high: '50000000000',
      perYear: true,
      label: '一个省际协作关系引导企业投资每年约1亿–500亿元',
      source: `鲁渝2019年1–9月2.87亿元（${URL.sdcq2019}）；鲁甘2021年10亿元、2024年29亿元（${URL.sdgs2025}）；京蒙2018–2019年41.55亿元（${URL.bjnm2020b}）；苏陕2021年69.7亿元（${URL.jssx2021}）；沪滇2024年上半年108.3亿元（${URL.shyn2024}）；广东对桂黔2023年436.5亿元（${URL.n2023press}）`,
      derivation: '下限：最小数2.87亿元（鲁渝，2019年前9个月）的一半，向下取整为1亿元；上限：最大数436.5亿元（两个省区合计）向上取整为500亿元',
    },
    {
      id: 'province_pair_social_donation',
      metrics: ['social_donation'],
      level: 'province_pair',
      low: '50000000',
      high: '3000000000',
      perYear: true,
      label: '一个省际协作关系的社会帮扶（捐款捐物）每年约5000万–30亿元',
      source: `苏陕2024年报道11597万元（${URL.jssx2024}）；全国2023年28.5亿元（${URL.n2023china}）`,
      derivation: '下限：苏陕11597万元的一半，向下取整为5000万元；上限：2023年全国总数28.5亿元，向上取整为30亿元',
    },
    {
      id: 'province_pair_labour_transfer',
      metrics: ['labour_transfer'],
      level: 'province_pair',
      low: null,
      high: '500000',
      perYear: true,
      unit: '人',
      label: '一个省际协作关系每年帮助农村劳动力就业不超过约50万人',
      source: `鲁甘2021年5万人、2024年6.5万人（${URL.sdgs2025}）；津甘2024年11.99万人（${URL.tjgs2024}）；沪滇2024年上半年13.76万人（${URL.shyn2024}）；广东对桂黔2023年40.7万人（${URL.n2023press}）`,
      derivation: '上限：最大数40.7万人（两个省区合计）向上取整为50万人',
    },
    // Prefectures.
    {
      id: 'prefecture_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'prefecture',
      low: '10000000',
      high: '1000000000',
      perYear: true,
      label: '一个市（州）每年获得的财政援助资金约1000万–10亿元',
      source: `由县级和省际数推得：县均5187万元（${URL.n2023cctv}）；浙江每县3900万–6000万元、凉山州10县每县6000万元（${URL.zjsc2021}）；苏陕2021年26.9亿元（${URL.jssx2021}）`,
      derivation: '下限：县级下限1000万元（至少一个县）；上限：凉山州10个重点帮扶县×每县6000万元=6亿元（浙川2021年）；按一个市（州）最多约15个帮扶县（假定）计≈9亿元，向上取整为10亿元，约为一个省际协作关系年度数的三分之一',
    },
    {
      id: 'prefecture_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'prefecture',
      low: '10000000',
      high: '5000000000',
      perYear: true,
      label: '一个市（州）每年的消费帮扶约1000万–50亿元',
      source: `由县级和省际数推得：津甘2024年全省52.56亿元（${URL.tjgs2024}）；县级带（DOMAIN.md “Typical magnitudes”）`,
      derivation: '下限：县级下限1000万元；上限：一个省际协作关系全年数（津甘52.56亿元）向下取整为50亿元，市（州）只是其一部分',
    },
    {
      id: 'prefecture_labour_transfer',
      metrics: ['labour_transfer'],
      level: 'prefecture',
      low: null,
      high: '100000',
      perYear: true,
      unit: '人',
      label: '一个市（州）每年帮助农村劳动力就业不超过约10万人',
      source: `津甘2024年全省11.99万人（${URL.tjgs2024}）`,
      derivation: '上限：一个省际协作关系全年数（11.99万人）向下取整为10万人',
    },
    {
      id: 'prefecture_enterprise_investment',
      metrics: ['enterprise_investment'],
      level: 'prefecture',
      low: '10000000',
      high: '20000000000',
      perYear: true,
      label: '一个市（州）每年引导落地的企业投资约1000万–200亿元',
      source: `由县级和省际数推得：县均约2.8亿元（${URL.n2023cctv}）；广东对桂黔2023年436.5亿元（${URL.n2023press}）`,
      derivation: '下限：县级下限的2倍，1000万元；上限：省际最大年度数（两个省区合计436.5亿元）的一半弱，取200亿元',
    },
    {
      id: 'prefecture_social_donation',
      metrics: ['social_donation'],
      level: 'prefecture',
      low: '500000',
      high: '1000000000',
      perYear: true,
      label: '一个市（州）每年获得的社会帮扶（捐款捐物）约50万–10亿元',
      source: `由县级和全国数推得：全国2023年捐助款物28.5亿元（${URL.n2023china}）`,
      derivation: '下限：县级下限的5倍，50万元；上限：全国年度数的约1/3，取10亿元',
    },
    // Counties (level 'pairing': one eastern district and its counties).
    {
      id: 'district_county_fiscal_aid',
      metrics: ['fiscal_aid'],
      level: 'pairing',
      low: '10000000',
      high: '300000000',
      perYear: true,
      label: '区对县财政援助资金每年约4000万–6000万元（上限按5倍计）',
      source: `县均5187万元（2023年，${URL.n2023cctv}）；浙江每县3900万–6000万元（2021年，${URL.zjsc2021}）；京蒙2018年起县均3000万元（${URL.bjnm2018}）；四川彝区2016–2017年每县每年1000万元（${URL.sc2017}）；东丽区2021–2025年为3县安排6.59亿元等（DOMAIN.md “Typical magnitudes”）`,
      derivation: '典型值：县均5187万元、浙江每县3900万–6000万元、京蒙县均3000万元；下限：已查到的最小每县年度安排（四川彝区1000万元）；上限：6000万元×5=3亿元',
    },
    {
      id: 'county_consumption_assistance',
      metrics: ['consumption_assistance'],
      level: 'pairing',
      low: '5000000',
      high: '1000000000',
      perYear: true,
      label: '县级消费帮扶每年约10⁷–5×10⁸元（下限按500万元、上限按2倍计）',
      source: `迭部县3522万元（2021）、3616万元（2022）、3625万元（2023）等；全国2023年943.8亿元÷约447个帮扶县≈2.1亿元（${URL.n2023cctv}）；DOMAIN.md “Typical magnitudes”`,
      derivation: '典型值：县均约2.1亿元（全国数÷帮扶县数），种子文章约3500万元；下限：最小县级年度数3522万元的约1/7，取500万元（一次展销、一名干部组织的销售常在百万元以下，不算全县年度数）；上限：5亿元的2倍，10亿元',
    },
    {
      id: 'county_labour_transfer',
      metrics: ['labour_transfer'],
      level: 'pairing',
      low: null,
      high: '20000',
      perYear: true,
      unit: '人',
      label: '一个县每年帮助农村劳动力就业不超过约2万人',
      source: `全国2023年73.1万人÷约447个帮扶县≈1635人（${URL.n2023cctv}）`,
      derivation: '典型值：县均约1635人；上限：约12倍，取2万人',
    },
    {
      id: 'county_enterprise_investment',
      metrics: ['enterprise_investment'],
      level: 'pairing',
      low: '5000000',
      high: '5000000000',
      perYear: true,
      label: '一个县每年引导落地的企业投资约500万–50亿元',
      source: `全国2023年1268亿元÷约447个帮扶县≈2.8亿元（${URL.n2023cctv}）；省际最大数436.5亿元（${URL.n2023press}）`,
      derivation: '典型值：县均约2.8亿元；下限：县均的约1/50，取500万元；上限：省际最大年度数的约1/9，取50亿元',
    },
    {
      id: 'county_social_donation',
      metrics: ['social_donation'],
      level: 'pairing',
      low: '100000',
      high: '200000000',
      perYear: true,
      label: '一个县每年获得的社会帮扶（捐款捐物）约10万–2亿元',
      source: `全国2023年捐助款物28.5亿元÷约447个帮扶县≈638万元（${URL.n2023china}）`,
      derivation: '典型值：县均约638万元；下限：县均的约1/60，取10万元；上限：县均的约30倍，取2亿元',
    },
    {
      id: 'district_any_money',
      metrics: ['*'],
      level: 'pairing',
      low: null,
      high: '3007000000',
      perYear: true,
      label: '一个区一年的任何协作资金流不超过天津市对甘肃全年财政援助（2020年四个东部城市合计30.07亿元）',
      source: `新华社（天津等东部4市→甘肃财政援助2020年30.07亿元，${URL.tjgs2020}）；DOMAIN.md “Typical magnitudes”`,
      derivation: '一个区只是一个省际协作关系的一部分：以津甘2020年全省数为上限',
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
  figures: REFERENCE_FIGURES,
};
