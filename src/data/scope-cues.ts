/**
 * Words that tell a figure's scope: whether it is a running total, one year's figure, one event's,
 * a target, a forecast, an intention, a change, a share or a per-unit average. Written in
 * simplified script; text is matched after {@link toSimplified}-style folding.
 *
 * Source: DOMAIN.md of the project (scopes), the wording of the seed articles and of the annual
 * East–West cooperation assessment reports.
 *
 * @module
 */

/** A figure's scope, as the extraction gives it. */
export type ClaimScopeCue =
  | 'cumulative'
  | 'annual'
  | 'event'
  | 'target'
  | 'forecast'
  | 'intent'
  | 'delta'
  | 'share'
  | 'per_unit';

/** Cue words per scope, most specific first. `before` cues are looked for before the figure in its clause, `after` cues right after it. */
export const SCOPE_CUES: Readonly<Record<ClaimScopeCue, { before: readonly string[]; after: readonly string[] }>> = {
  per_unit: { before: ['户均', '人均', '县均', '村均', '亩均', '平均', '每户', '每人', '每亩', '每公斤', '一公斤', '每年每'], after: ['一公斤', '每公斤', '/公斤', '/人', '/户'] },
  share: { before: ['占', '比例', '比重', '达到总', '的比例'], after: [] },
  delta: { before: ['增长', '增加', '提高', '增收', '减少', '下降', '较上年', '同比', '比上年', '比去年', '多出'], after: [] },
  target: { before: ['目标任务', '指标任务', '目标', '任务数', '计划完成', '力争'], after: ['指标任务', '目标任务', '任务数'] },
  forecast: { before: ['有望', '预计', '年底前', '年底有望', '将于', '将达到', '可望', '预期'], after: [] },
  intent: { before: ['意向', '拟', '计划投资', '追加投资', '签约金额', '签约资金', '协议资金', '承诺'], after: ['的计划', '意向'] },
  event: { before: ['期间', '仪式上', '会上', '活动中', '当天', '天时间', '现场'], after: [] },
  cumulative: { before: ['累计', '共计', '合计', '总计', '累积', '以来', '年来', '先后', '历年'], after: [] },
  annual: { before: ['今年', '去年', '当年', '全年', '年度'], after: [] },
};
