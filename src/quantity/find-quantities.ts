/**
 * `findQuantities`: counts with measure words, and percentages.
 *
 * @module
 */
import { toQuantityMention } from '../numbers/convert.js';
import { scan } from '../numbers/scan.js';
import type { QuantityMention } from '../types.js';

/**
 * Every count with a measure word (人 人次 户 名 个 家 所 项 亩 吨 公斤 株 座 次 场次 …) and every
 * percentage (`62.5%`, `百分之八`, unit `%`; `个百分点`) in free text, sorted, never overlapping.
 * 万/亿 are multipliers (`3.61万个` → 36100 个, `9000萬次` → 90000000 次). Counts of people named
 * by a noun (`1600萬網友`, 用户, 群众, 游客 …) are reported with unit `人`. Ordinals (`第七个`),
 * reduplications (`一个个`) and amounts of money are not quantities. Never throws.
 *
 * @example
 * ```ts
 * findQuantities('累计输转就业1248人，占全部援助资金的62.5%').map((q) => [q.value.toString(), q.unit]);
 * // [['1248', '人'], ['62.5', '%']]
 * ```
 */
export function findQuantities(text: string): QuantityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return scan(text, 'quantity').mentions.map((m) => toQuantityMention(m, text));
  } catch {
    return [];
  }
}
