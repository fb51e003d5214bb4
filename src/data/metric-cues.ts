/**
 * Cue words that tell which metric a figure measures, for the claim extractor. Each cue names a
 * metric (or `other`, for words that make a figure something else: 注册资金, 增收, 岗位 …) and the
 * unit kinds it can apply to. Cues are written in simplified script; text is folded to simplified
 * before matching, so traditional articles match too. Where two cues end at the same place, the
 * longer one wins (结对帮扶资金 over 帮扶资金).
 *
 * Source: the metric table (`metrics.ts`), DOMAIN.md's metric words, and the wording of the seed
 * articles and of annual 东西部协作 reports. Version: see {@link METRIC_CUES_VERSION}.
 *
 * @module
 */
import type { MetricId, UnitKind } from '../domain/metric.js';

/** Version of the cue table. */
export const METRIC_CUES_VERSION = '2026.11.24';

/** One cue: a word, the metric it points to, and the unit kinds it applies to. */
export interface MetricCue {
  /** The word, simplified script. */
  word: string;
  /** The metric it points to. */
  metric: MetricId;
  /** The unit kinds of figures it can describe. */
  units: readonly UnitKind[];
}

const MONEY: readonly UnitKind[] = ['money'];
const PEOPLE: readonly UnitKind[] = ['people', 'person_times'];
const COUNT: readonly UnitKind[] = ['count'];
const HOUSEHOLDS: readonly UnitKind[] = ['households'];
const ANY: readonly UnitKind[] = ['money', 'people', 'person_times', 'households', 'count', 'area', 'percent', 'other'];

function cues(metric: MetricId, units: readonly UnitKind[], words: string): MetricCue[] {
  return words.split(' ').filter(Boolean).map((word) => ({ word, metric, units }));
}

/** Every cue, in no particular order (the matcher ranks them by position and length). */
export const METRIC_CUES: readonly MetricCue[] = [
  ...cues('fiscal_aid', MONEY, '资金 支援 区级资金 市级资金 省级资金 财政援助资金 财政帮扶资金 东西部协作资金 东西部扶贫协作资金 扶贫协作资金 协作资金 财政资金 帮扶资金 援助资金 产业帮扶资金 拨付 投入 安排 支持 奖补资金 奖补 补贴 补助 专项资金 援助'),
  ...cues('social_donation', MONEY, '社会力量投入 社会各界捐助 捐助 社会帮扶资金 结对帮扶资金 社会捐赠 捐赠资金 捐款捐物 捐赠 捐款 捐物 帮扶款物 防疫物资 款物 众筹'),
  ...cues('consumption_assistance', MONEY, '消费帮扶 消费扶贫 消费协作 销售农特产品 采购农特产品 销售农产品 采购农产品 销售扶贫产品 农特产品销售额 销售额 销售 采购 购买'),
  ...cues('enterprise_investment', MONEY, '签约资金 引导企业投资 企业投资 企业投入资金 企业投入 投资金额 投资总额 投资额 完成投资 实际到位投资 到位资金 落地资金 投资'),
  ...cues('labour_transfer', PEOPLE, '实现就业 劳动力就业 就业人数 稳岗就业 转移就业 输转就业 劳务输转 劳务输出 转移输出 外省市就业 转移其他地区就业 转移到其他地区就业 输转'),
  ...cues('local_employment', ['people', 'count'], '吸纳 吸纳就业 带动就业 家门口就业 就近就地就业 就地就近就业 就近就业 就地就业 公益性岗位'),
  // 来沪就业, 赴粤务工, 到山东就业: a place of the eastern side is read by the extractor's direction
  // rule (src/extract/direction.ts), from the registry; these are the words without a place.
  ...cues('employment_in_east', PEOPLE, '到东部就业 东部地区就业 到东部务工 赴东部务工 东部省份就业'),
  ...cues('cadres_dispatched', PEOPLE, '挂职干部 党政干部 党政乾部 选派干部 互派干部 援派干部 互派挂职干部 干部'),
  ...cues('technicians_dispatched', PEOPLE, '医疗技术人员 技术人员 专业技术人才 专技人才 专业技术人员 专业技能人才 支教教师 支医人员 援派教师 教师 医生 队员 人才服务'),
  ...cues('people_trained', PEOPLE, '培训 技能培训 受训 培育 培养 受益'),
  ...cues('projects', COUNT, '帮扶项目 产业项目 实施项目 项目'),
  ...cues('enterprises', COUNT, '骨干企业 龙头企业 引进企业 落地企业 入驻企业 注册企业 引导 引进 企业落地 企业落户'),
  ...cues('industrial_parks', COUNT, '产业合作园区 合作园区 共建产业园区 共建产业园 产业园区 产业园'),
  ...cues('demonstration_villages', COUNT, '乡村振兴示范村 示范村'),
  ...cues('households_helped', HOUSEHOLDS, '带动农户 受益农户 带动贫困户 脱贫户 带动 村民 农民'),
  ...cues('people_helped', PEOPLE, '增收 救助 人口增收 群众增收 农户增收 贫困人口 脱贫人口 建档立卡贫困人口 带动脱贫 带动贫困人口 受益群众 受益人口 惠及群众 惠及 脱贫致富 脱贫'),
  // Words that make a figure something else than the metrics above.
  // 增收 counts people as people_helped (带动3.51万人增收), and makes money something else.
  ...cues('other', ['money', 'households', 'count', 'area', 'percent', 'other'], '增收'),
  ...cues('other', ANY, '注册资金 注册资本 收入 利润 纯利润 保底价 收购 产值 阅读量 点击率 点击 网友 订单量 岗位 就业岗位 结对认亲 结对 患者 考察 联席会议 协议 互访 交流 服务网点 直播平台 场次 工作组 工作室 冷库 基地 车间 乡镇 学校 医院 社区 街道 园区 社会组织 国有企业 贫困村 深度贫困村 商贸企业 党政机关 机关 单位 人员 创业 代表团 挂职锻炼 学习调研 猪场 出栏 库容 种苗 种子 亩产 亩 吨 公里 米 就业意向 意向 技术指导 直播达人 民营企业 指标任务'),
];
