/**
 * Named multi-year periods of Chinese development policy: the five-year plans (十一五 … 十五五)
 * and the transition period after poverty exit (过渡期).
 *
 * Sources: the five-year plan years are fixed by the plans' titles (e.g. 《中华人民共和国国民经济和
 * 社会发展第十四个五年规划和2035年远景目标纲要》 covers 2021–2025). The transition period is the
 * 5-year 过渡期 set by 《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》
 * (2020-12), counted from 2021-01-01 to 2025-12-31.
 *
 * 十五 (2001–2005) is left out: written alone it is indistinguishable from the number 15.
 *
 * @module
 */

/**
 * One named period: first and last calendar year, both inclusive.
 *
 * @example
 * ```ts
 * const p: PlanPeriod = { name: '十四五', firstYear: 2021, lastYear: 2025 };
 * ```
 */
export interface PlanPeriod {
  /** The name as written in simplified script, without quotes: `十四五`, `过渡期`. */
  name: string;
  /** First calendar year, inclusive. */
  firstYear: number;
  /** Last calendar year, inclusive. */
  lastYear: number;
}

/**
 * The five-year plans 十一五 … 十五五.
 *
 * @example
 * ```ts
 * FIVE_YEAR_PLANS.find((p) => p.name === '十三五'); // { name: '十三五', firstYear: 2016, lastYear: 2020 }
 * ```
 */
export const FIVE_YEAR_PLANS: readonly PlanPeriod[] = Object.freeze([
  { name: '十一五', firstYear: 2006, lastYear: 2010 },
  { name: '十二五', firstYear: 2011, lastYear: 2015 },
  { name: '十三五', firstYear: 2016, lastYear: 2020 },
  { name: '十四五', firstYear: 2021, lastYear: 2025 },
  { name: '十五五', firstYear: 2026, lastYear: 2030 },
]);

/**
 * The 5-year transition period (过渡期) after poverty exit: 2021-01-01 … 2025-12-31.
 *
 * @example
 * ```ts
 * TRANSITION_PERIOD.firstYear; // 2021 — 过渡期以来 = 2021-01-01 至报道日期
 * ```
 */
export const TRANSITION_PERIOD: PlanPeriod = Object.freeze({ name: '过渡期', firstYear: 2021, lastYear: 2025 });
