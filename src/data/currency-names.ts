/**
 * How `formatAmount` writes each currency: the name after the figure, in simplified and
 * traditional script. Every name here is also in the parser's lexicon (data/currencies.ts), so a
 * formatted amount always parses back.
 *
 * Source: names of the People's Bank of China exchange-rate tables; traditional forms as used in
 * Hong Kong and Taiwan news (港元, 新臺幣, 歐元).
 *
 * @module
 */

/**
 * ISO 4217 code → `[simplified, traditional]` name written after the figure.
 *
 * @example
 * ```ts
 * CURRENCY_NAMES.USD; // ['美元', '美元']
 * ```
 */
export const CURRENCY_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  CNY: ['元', '元'],
  USD: ['美元', '美元'],
  HKD: ['港元', '港元'],
  MOP: ['澳门元', '澳門元'],
  TWD: ['新台币', '新臺幣'],
  EUR: ['欧元', '歐元'],
  JPY: ['日元', '日元'],
  GBP: ['英镑', '英鎊'],
  KRW: ['韩元', '韓元'],
  RUB: ['卢布', '盧布'],
  AUD: ['澳元', '澳元'],
  CAD: ['加元', '加元'],
  SGD: ['新加坡元', '新加坡元'],
  NZD: ['新西兰元', '紐西蘭元'],
  CHF: ['瑞士法郎', '瑞士法郎'],
  THB: ['泰铢', '泰銖'],
  INR: ['印度卢比', '印度盧比'],
  VND: ['越南盾', '越南盾'],
  MYR: ['林吉特', '林吉特'],
  SEK: ['瑞典克朗', '瑞典克朗'],
  NOK: ['挪威克朗', '挪威克朗'],
  DKK: ['丹麦克朗', '丹麥克朗'],
  ZAR: ['兰特', '蘭特'],
  BRL: ['雷亚尔', '雷亞爾'],
  NGN: ['奈拉', '奈拉'],
  XBT: ['比特币', '比特幣'],
};
