/**
 * Measure words (量词) that make a number a count, for `findQuantities`. Simplified script;
 * traditional forms are folded first (個→个, 戶→户, 項→项, 畝→亩, 噸→吨, 場→场, 頭→头, 間→间,
 * 條→条, 張→张, 輛→辆, 屆→届, 隊→队).
 *
 * Sources: 现代汉语量词用法词典 (common individual, collective and metric measure words) and the
 * units of the national statistics bulletins (国家统计局 统计公报): 人, 人次, 户, 亩, 吨, 公斤.
 *
 * @module
 */

/**
 * Measure words and the unit they are reported as. Time words (年 月 日 天 小时) are left out: a
 * number of years is a period, read by the time module.
 *
 * @example
 * ```ts
 * MEASURE_WORDS.find((w) => w.word === '人次')?.unit; // '人次'
 * ```
 */
export const MEASURE_WORDS: readonly { readonly word: string; readonly unit: string }[] = [
  ...[
    '人', '人次', '户', '名', '个', '家', '所', '项', '亩', '吨', '公斤', '千克', '克', '斤', '株',
    '座', '次', '场次', '场', '位', '头', '只', '台', '辆', '套', '间', '条', '张', '件', '册', '本',
    '棵', '批', '届', '支', '队', '栋', '处', '村', '乡', '镇', '县', '区', '校', '款', '篇', '部',
    '期', '片', '根', '箱', '袋', '包', '盒', '瓶', '份', '种', '类', '对', '双', '架', '艘',
    '公顷', '平方米', '平方公里', '公里', '千米', '米', '立方米', '千瓦', '万千瓦', '兆瓦', '千瓦时',
    '倍', '单', '笔', '例', '节', '课时', '学时', '门', '窝', '群', '羽', '尾', '枚',
    '盏',
  ].map((w) => ({ word: w, unit: w })),
  { word: '百分点', unit: '个百分点' },
  { word: '个百分点', unit: '个百分点' },
  { word: '%', unit: '%' },
  { word: '‰', unit: '‰' },
  // Counts of people named by a noun: reported in the unit 人.
  ...['网友', '用户', '群众', '村民', '农民', '游客', '观众', '居民', '人口', '贫困人口', '学生', '患者', '职工', '劳动力', '农户'].map(
    (w) => ({ word: w, unit: w === '农户' ? '户' : '人' }),
  ),
];
