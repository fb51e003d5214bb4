/**
 * `findAmounts`: every amount of money in free text.
 *
 * @module
 */
import { toAmountMention } from '../numbers/convert.js';
import { scan } from '../numbers/scan.js';
import type { AmountMention } from '../types.js';

/**
 * Every amount of money in free text, sorted by start, never overlapping. An amount is a figure
 * with a unit of money after it (元 圆 块 美元 港元 …) or a currency name or sign right before it
 * (人民币, ￥, $). Spans cover qualifier words and the unit (`近10万元`, `2900余万元`, `4万元左右`,
 * `超1億元`). Counts written with 万 (`9000萬次`, `1600萬網友`) and bare numbers (`奖池36.57亿`) are
 * not amounts; nor are 元宵, 五角大楼, 十分壮观, 13时16分. Colloquial `15k` / `30w` count as yuan.
 * Never throws; a non-string gives `[]`.
 *
 * @example
 * ```ts
 * findAmounts('累计安排财政援助资金1.25亿元,动员社会各界捐赠资金累计1576.09万元')
 *   .map((m) => m.value.toString()); // ['125000000', '15760900']
 * ```
 */
export function findAmounts(text: string): AmountMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, 'amount').mentions.map((m) => toAmountMention(m, text));
  } catch {
    return [];
  }
}
