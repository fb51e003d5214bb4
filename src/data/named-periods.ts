/**
 * Named days and periods that articles date figures by instead of a calendar date: the national
 * poverty-alleviation day (扶贫日) and the COVID-19 epidemic (疫情期间).
 *
 * Sources:
 * - 扶贫日: 《国务院关于同意设立“扶贫日”的批复》(国函〔2014〕91号, 2014-08-01): from 2014 on, every
 *   17 October is 扶贫日. 扶贫日期间 names the campaign around that day, whose bounds the articles
 *   do not state; it is read as the month of October (as the reviewed seed fixtures do).
 * - 疫情期间: the COVID-19 epidemic in China, from 国家卫生健康委员会公告2020年第1号 (2020-01-20,
 *   class B infectious disease managed as class A) to the 乙类乙管 plan (2022-12-26, in force
 *   2023-01-08). Articles use it for whole years of help, so it is read as the calendar years
 *   2020–2022, up to the article's date when that is earlier.
 *
 * @module
 */

/**
 * A day of the year with a name, kept since a first year.
 *
 * @example
 * ```ts
 * const day: NamedDay = { name: '扶贫日', month: 10, day: 17, firstYear: 2014 };
 * ```
 */
export interface NamedDay {
  /** The name as written in simplified script. */
  name: string;
  /** Month, 1 – 12. */
  month: number;
  /** Day of the month. */
  day: number;
  /** The first year the day was kept. */
  firstYear: number;
}

/**
 * A named stretch of time, both ends inclusive.
 *
 * @example
 * ```ts
 * const span: NamedSpan = { name: '疫情期间', firstDay: '2020-01-01', lastDay: '2022-12-31' };
 * ```
 */
export interface NamedSpan {
  /** The name as written in simplified script. */
  name: string;
  /** First day, ISO 8601. */
  firstDay: string;
  /** Last day, ISO 8601. */
  lastDay: string;
}

/**
 * 扶贫日: 17 October, from 2014.
 *
 * @example
 * ```ts
 * POVERTY_ALLEVIATION_DAY.month; // 10 —— 每年10月17日
 * ```
 */
export const POVERTY_ALLEVIATION_DAY: NamedDay = Object.freeze({ name: '扶贫日', month: 10, day: 17, firstYear: 2014 });

/**
 * 疫情期间: the COVID-19 epidemic, read as 2020-01-01 … 2022-12-31.
 *
 * @example
 * ```ts
 * EPIDEMIC_PERIOD.lastDay; // '2022-12-31' —— 2023年1月8日起“乙类乙管”
 * ```
 */
export const EPIDEMIC_PERIOD: NamedSpan = Object.freeze({ name: '疫情期间', firstDay: '2020-01-01', lastDay: '2022-12-31' });
