/**
 * Words that contain a numeral character but are not numbers (一切, 万一, 十分壮观, 四川), for the
 * finders. A numeral made of one character (or 千万) followed or preceded by these is skipped.
 *
 * Source: hand-collected from the conformance suites' negative cases (Recognizers-Text, JioNLP)
 * and the seed articles; 现代汉语词典 entries.
 *
 * @module
 */

/**
 * Words that start with a one-character numeral and are not numbers.
 *
 * @example
 * ```ts
 * NOT_NUMBER_WORDS.includes('一切'); // true
 * ```
 */
export const NOT_NUMBER_WORDS: readonly string[] = [
  '一切', '壹切', '一看', '两岸', '两手', '两面', '两用', '两极', '一些', '一起', '一样', '一直', '一定', '一般', '一致', '一旦', '一同', '一向',
  '一律', '一再', '一举', '一体', '一流', '一贯', '一味', '一心', '一手', '一边', '一面', '一带',
  '一线', '一道', '一番', '一经', '一齐', '一概', '一共', '一下', '一点点', '一衣带水', '一方面',
  '一如既往', '一系列', '一揽子', '一把手', '一并', '一头', '一路', '一身', '一旁', '一席',
  '十分', '十足', '四川', '两两', '千万不', '千万别', '千万要', '千万记', '千万莫', '千万注意',
  '三番', '五湖', '四海', '九州', '万一', '一带一路', '一刀切', '八方', '七上八下', '三心二意',
];

/**
 * `十分` stays a number before these (十分钟, 十分之一).
 *
 * @example
 * ```ts
 * SHIFEN_NUMBER_AFTER.includes('钟'); // true —— “十分钟”是数
 * ```
 */
export const SHIFEN_NUMBER_AFTER = '钟之';

/**
 * Words that end with a one-character numeral and are not numbers (统一, 唯一, 万一).
 *
 * @example
 * ```ts
 * NOT_NUMBER_ENDINGS.includes('统一'); // true
 * ```
 */
export const NOT_NUMBER_ENDINGS: readonly string[] = [
  '统一', '唯一', '万一', '单一', '同一', '逐一', '专一', '划一', '不一', '合一', '归一', '两两',
];
