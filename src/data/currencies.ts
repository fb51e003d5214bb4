/**
 * Currency lexicon: the words that make a number an amount of money, with ISO 4217 codes.
 * Written in simplified script; traditional forms are folded to these before matching
 * (圓→圆, 幣→币, 臺→台, 門→门, 歐→欧, 鎊→镑, 韓→韩, 盧→卢, 銖→铢).
 *
 * Sources: ISO 4217 (currency codes, 2024 list); Chinese currency names as used by the People's
 * Bank of China foreign-exchange rate tables (人民币汇率中间价公告) and Xinhua style.
 *
 * @module
 */

/**
 * A currency word written after the number (`元`, `美元`) or as the whole unit (`块钱`).
 *
 * @example
 * ```ts
 * const w: CurrencyWord = { word: '港元', code: 'HKD' }; // “25481港元”
 * ```
 */
export interface CurrencyWord {
  /** The word, simplified script. */
  readonly word: string;
  /** ISO 4217 code (XBT for bitcoin, which has no ISO code). */
  readonly code: string;
  /**
   * A generic unit (元 圆 块): the currency comes from a currency name next to it when there is one
   * (`港币两千九百六十元` is HKD, `8亿元人民币` is CNY), else it is CNY.
   */
  readonly generic?: boolean;
}

/**
 * Words written after a number. The scanner matches the longest word at a position.
 *
 * @example
 * ```ts
 * CURRENCY_SUFFIXES.find((w) => w.word === '港元')?.code; // 'HKD'
 * ```
 */
export const CURRENCY_SUFFIXES: readonly CurrencyWord[] = [
  { word: '元', code: 'CNY', generic: true },
  { word: '圆', code: 'CNY', generic: true },
  { word: '块', code: 'CNY', generic: true },
  { word: '块钱', code: 'CNY', generic: true },
  { word: '元钱', code: 'CNY', generic: true },
  { word: '人民币', code: 'CNY' },
  { word: '元人民币', code: 'CNY' },
  { word: '美元', code: 'USD' },
  { word: '美金', code: 'USD' },
  { word: '美圆', code: 'USD' },
  { word: '美刀', code: 'USD' },
  { word: '港元', code: 'HKD' },
  { word: '港币', code: 'HKD' },
  { word: '港圆', code: 'HKD' },
  { word: '澳门元', code: 'MOP' },
  { word: '澳门币', code: 'MOP' },
  { word: '澳元', code: 'AUD' },
  { word: '澳币', code: 'AUD' },
  { word: '澳大利亚元', code: 'AUD' },
  { word: '欧元', code: 'EUR' },
  { word: '日元', code: 'JPY' },
  { word: '日圆', code: 'JPY' },
  { word: '日币', code: 'JPY' },
  { word: '英镑', code: 'GBP' },
  { word: '新台币', code: 'TWD' },
  { word: '台币', code: 'TWD' },
  { word: '韩元', code: 'KRW' },
  { word: '韩币', code: 'KRW' },
  { word: '卢布', code: 'RUB' },
  { word: '泰铢', code: 'THB' },
  { word: '瑞士法郎', code: 'CHF' },
  { word: '加元', code: 'CAD' },
  { word: '加币', code: 'CAD' },
  { word: '新加坡元', code: 'SGD' },
  { word: '新币', code: 'SGD' },
  { word: '新西兰元', code: 'NZD' },
  { word: '奈拉', code: 'NGN' },
  { word: '卢比', code: 'INR' },
  { word: '印度卢比', code: 'INR' },
  { word: '越南盾', code: 'VND' },
  { word: '林吉特', code: 'MYR' },
  { word: '瑞典克朗', code: 'SEK' },
  { word: '挪威克朗', code: 'NOK' },
  { word: '丹麦克朗', code: 'DKK' },
  { word: '兰特', code: 'ZAR' },
  { word: '雷亚尔', code: 'BRL' },
  { word: '比特币', code: 'XBT' },
];

/**
 * Currency names and signs written before the number (`人民币 50元`, `￥300`, `$20`, `港币两千元`).
 *
 * @example
 * ```ts
 * CURRENCY_PREFIXES.find((w) => w.word === '$')?.code; // 'USD'
 * ```
 */
export const CURRENCY_PREFIXES: readonly CurrencyWord[] = [
  { word: '人民币', code: 'CNY' },
  { word: 'RMB', code: 'CNY' },
  { word: 'CNY', code: 'CNY' },
  { word: '¥', code: 'CNY' },
  { word: '$', code: 'USD' },
  { word: 'US$', code: 'USD' },
  { word: 'USD', code: 'USD' },
  { word: '美元', code: 'USD' },
  { word: '美金', code: 'USD' },
  { word: 'HK$', code: 'HKD' },
  { word: 'HKD', code: 'HKD' },
  { word: '港币', code: 'HKD' },
  { word: '港元', code: 'HKD' },
  { word: 'NT$', code: 'TWD' },
  { word: '新台币', code: 'TWD' },
  { word: '台币', code: 'TWD' },
  { word: '澳门币', code: 'MOP' },
  { word: 'MOP$', code: 'MOP' },
  { word: '欧元', code: 'EUR' },
  { word: '€', code: 'EUR' },
  { word: 'EUR', code: 'EUR' },
  { word: '£', code: 'GBP' },
  { word: '英镑', code: 'GBP' },
  { word: '日元', code: 'JPY' },
  { word: 'JPY', code: 'JPY' },
];

/**
 * Fractional units: the word, the currency it belongs to and its exponent (角 = 10^-1 元).
 *
 * @example
 * ```ts
 * MINOR_UNITS.find((w) => w.word === '分')?.exponent; // -2
 * ```
 */
export const MINOR_UNITS: readonly { readonly word: string; readonly code: string; readonly exponent: number }[] = [
  { word: '角', code: 'CNY', exponent: -1 },
  { word: '毛', code: 'CNY', exponent: -1 },
  { word: '分', code: 'CNY', exponent: -2 },
  { word: '美分', code: 'USD', exponent: -2 },
  { word: '欧分', code: 'EUR', exponent: -2 },
  { word: '便士', code: 'GBP', exponent: -2 },
  { word: '港仙', code: 'HKD', exponent: -2 },
  { word: '日本钱', code: 'JPY', exponent: -2 },
];

/**
 * Characters after 元 that make it part of a word, not a currency (元宵, 元旦, 元素, 元件, 元描述,
 * 元首, 元老, 元代, 一元复始, 二元论, 元数据).
 *
 * @example
 * ```ts
 * NOT_YUAN_AFTER.includes('宵'); // true
 * ```
 */
export const NOT_YUAN_AFTER = '宵旦素件器描数首帅老勋代朝气凶始复论化结制音神配';

/**
 * Characters after 圆 that make it part of a word (圆满, 圆梦, 圆形, 圆心, 圆桌, 圆明园).
 *
 * @example
 * ```ts
 * NOT_YUAN_ROUND_AFTER.includes('满'); // true —— “提前一个月圆满”
 * ```
 */
export const NOT_YUAN_ROUND_AFTER = '满梦形心周桌明柱锥规弧球润滑场舞括寂顶圈融通';

/**
 * Characters after 块 that keep it a unit of money even though they are Chinese characters
 * (十块钱, 十块三毛, 十块左右, 三块多). Any other character makes 块 a measure word (一块蛋糕).
 *
 * @example
 * ```ts
 * KUAI_MONEY_AFTER.includes('钱'); // true
 * ```
 */
export const KUAI_MONEY_AFTER = '钱毛角多余左以上整';
