/**
 * The metric table: ids, names, synonyms in simplified and traditional script, unit kinds.
 *
 * Source: the project's domain notes (`DOMAIN.md`, "Metrics") and the wording of the seed
 * articles; the traditional forms are the standard Hong Kong / Taiwan character forms of the
 * simplified words (seed 004 is in traditional script).
 *
 * @module
 */
import type { Metric, UnitKind } from '../domain/metric.js';

/**
 * Version of the metric table.
 *
 * @example
 * ```ts
 * METRICS_VERSION; // '2026.11.24' —— 指标表版本
 * ```
 */
export const METRICS_VERSION = '2026.11.24';

/**
 * Every metric, in a fixed order (the order of `MetricIdSchema`).
 *
 * @example
 * ```ts
 * METRICS.find((m) => m.id === 'consumption_assistance')?.zh; // '消费帮扶'
 * ```
 */
export const METRICS: readonly Metric[] = [
  {
    id: 'fiscal_aid',
    zh: '财政援助资金',
    en: 'fiscal aid',
    synonyms: {
      simplified: ['财政援助资金', '财政帮扶资金', '东西部协作资金', '东西部扶贫协作资金', '财政资金', '帮扶资金', '援助资金', '拨付'],
      traditional: ['財政援助資金', '財政幫扶資金', '東西部協作資金', '東西部扶貧協作資金', '財政資金', '幫扶資金', '援助資金', '撥付'],
    },
    unitKinds: ['money'],
    note: 'Government money transferred under the programme; not social donations.',
  },
  {
    id: 'social_donation',
    zh: '社会帮扶资金',
    en: 'social donations',
    synonyms: {
      simplified: ['社会帮扶资金', '社会捐赠', '捐赠资金', '捐款捐物', '捐赠', '捐款', '捐物'],
      traditional: ['社會幫扶資金', '社會捐贈', '捐贈資金', '捐款捐物', '捐贈', '捐款', '捐物'],
    },
    unitKinds: ['money'],
    note: 'Money, or money and goods (捐款捐物): keep the two apart when the text does.',
  },
  {
    id: 'consumption_assistance',
    zh: '消费帮扶',
    en: 'consumption assistance',
    synonyms: {
      simplified: ['消费帮扶', '消费扶贫', '消费协作', '销售农特产品', '采购农特产品', '销售农产品', '采购农产品'],
      traditional: ['消費幫扶', '消費扶貧', '消費協作', '銷售農特產品', '採購農特產品', '銷售農產品', '採購農產品'],
    },
    unitKinds: ['money'],
  },
  {
    id: 'enterprise_investment',
    zh: '企业投资',
    en: 'enterprise investment',
    synonyms: {
      simplified: ['引导企业投资', '企业投资', '实际到位投资', '落地资金', '到位资金', '投资'],
      traditional: ['引導企業投資', '企業投資', '實際到位投資', '落地資金', '到位資金', '投資'],
    },
    unitKinds: ['money'],
    note: 'Realised investment. Signed or intended amounts (签约, 意向) are scope `intent`, not realised.',
  },
  {
    id: 'labour_transfer',
    zh: '转移就业',
    en: 'labour transfer',
    synonyms: {
      simplified: ['转移就业', '输转就业', '劳务输转', '劳务输出', '转移输出'],
      traditional: ['轉移就業', '輸轉就業', '勞務輸轉', '勞務輸出', '轉移輸出'],
    },
    unitKinds: ['people', 'person_times'],
  },
  {
    id: 'local_employment',
    zh: '就近就地就业',
    en: 'local employment',
    synonyms: {
      simplified: ['就近就地就业', '就地就近就业', '就近就业', '就地就业', '公益性岗位'],
      traditional: ['就近就地就業', '就地就近就業', '就近就業', '就地就業', '公益性崗位'],
    },
    unitKinds: ['people'],
  },
  {
    id: 'employment_in_east',
    zh: '到东部就业',
    en: 'employment in the east',
    synonyms: {
      simplified: ['来津就业', '在津就业', '赴津就业', '到天津就业', '到东部就业', '东部地区就业'],
      traditional: ['來津就業', '在津就業', '赴津就業', '到天津就業', '到東部就業', '東部地區就業'],
    },
    unitKinds: ['people'],
  },
  {
    id: 'cadres_dispatched',
    zh: '挂职干部',
    en: 'cadres dispatched',
    synonyms: {
      simplified: ['挂职干部', '党政干部', '选派干部', '互派干部', '援派干部'],
      traditional: ['掛職幹部', '黨政幹部', '選派幹部', '互派幹部', '援派幹部'],
    },
    unitKinds: ['people', 'person_times'],
  },
  {
    id: 'technicians_dispatched',
    zh: '专业技术人才',
    en: 'technicians dispatched',
    synonyms: {
      simplified: ['专业技术人才', '专技人才', '专业技术人员', '支教教师', '支医人员'],
      traditional: ['專業技術人才', '專技人才', '專業技術人員', '支教教師', '支醫人員'],
    },
    unitKinds: ['people', 'person_times'],
  },
  {
    id: 'cadres_to_east',
    zh: '到东部挂职干部',
    en: 'cadres seconded to the east',
    synonyms: {
      simplified: ['来津挂职干部', '赴津挂职干部', '到东部挂职干部'],
      traditional: ['來津掛職幹部', '赴津掛職幹部', '到東部掛職幹部'],
    },
    unitKinds: ['people', 'person_times'],
  },
  {
    id: 'technicians_to_east',
    zh: '到东部跟岗学习的专业技术人才',
    en: 'technicians seconded to the east',
    synonyms: {
      simplified: ['来津跟岗学习', '赴津跟岗学习', '到东部跟岗学习'],
      traditional: ['來津跟崗學習', '赴津跟崗學習', '到東部跟崗學習'],
    },
    unitKinds: ['people', 'person_times'],
  },
  {
    id: 'people_trained',
    zh: '培训',
    en: 'people trained',
    synonyms: {
      simplified: ['培训', '技能培训', '培训干部人才', '培训人次'],
      traditional: ['培訓', '技能培訓', '培訓幹部人才', '培訓人次'],
    },
    unitKinds: ['person_times', 'people'],
  },
  {
    id: 'projects',
    zh: '帮扶项目',
    en: 'projects',
    synonyms: {
      simplified: ['帮扶项目', '产业项目', '实施项目', '项目'],
      traditional: ['幫扶項目', '產業項目', '實施項目', '項目'],
    },
    unitKinds: ['count'],
  },
  {
    id: 'enterprises',
    zh: '企业',
    en: 'enterprises',
    synonyms: {
      simplified: ['引进企业', '落地企业', '入驻企业', '企业'],
      traditional: ['引進企業', '落地企業', '入駐企業', '企業'],
    },
    unitKinds: ['count'],
  },
  {
    id: 'industrial_parks',
    zh: '共建产业园区',
    en: 'industrial parks',
    synonyms: {
      simplified: ['共建产业园区', '共建产业园', '产业园区', '产业园'],
      traditional: ['共建產業園區', '共建產業園', '產業園區', '產業園'],
    },
    unitKinds: ['count', 'area'],
  },
  {
    id: 'demonstration_villages',
    zh: '乡村振兴示范村',
    en: 'demonstration villages',
    synonyms: {
      simplified: ['乡村振兴示范村', '示范村'],
      traditional: ['鄉村振興示範村', '示範村'],
    },
    unitKinds: ['count'],
  },
  {
    id: 'households_helped',
    zh: '带动农户',
    en: 'households helped',
    synonyms: {
      simplified: ['带动农户', '受益农户', '带动贫困户', '脱贫户'],
      traditional: ['帶動農戶', '受益農戶', '帶動貧困戶', '脫貧戶'],
    },
    unitKinds: ['households'],
  },
  {
    id: 'people_helped',
    zh: '带动脱贫人口',
    en: 'people helped',
    synonyms: {
      simplified: ['带动脱贫', '带动贫困人口', '受益群众', '受益人口', '惠及群众'],
      traditional: ['帶動脫貧', '帶動貧困人口', '受益群眾', '受益人口', '惠及群眾'],
    },
    unitKinds: ['people'],
  },
  {
    id: 'other',
    zh: '其他',
    en: 'other',
    synonyms: { simplified: [], traditional: [] },
    unitKinds: ['money', 'people', 'person_times', 'households', 'count', 'area', 'percent', 'other'],
    note: 'A figure that fits no other metric.',
  },
];

/**
 * Unit kinds of the measure words the quantity parser gives (simplified script) and of 元.
 *
 * @example
 * ```ts
 * UNIT_KINDS['人次']; // 'person_times'
 * ```
 */
export const UNIT_KINDS: Readonly<Record<string, UnitKind>> = {
  元: 'money',
  人: 'people',
  名: 'people',
  位: 'people',
  人次: 'person_times',
  户: 'households',
  个: 'count',
  项: 'count',
  家: 'count',
  次: 'count',
  批: 'count',
  所: 'count',
  座: 'count',
  场: 'count',
  期: 'count',
  亩: 'area',
  公顷: 'area',
  平方米: 'area',
  平方公里: 'area',
  '%': 'percent',
};
