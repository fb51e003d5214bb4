/**
 * Traditional ↔ simplified forms of the characters that occur in the bundled region names
 * (縣 县, 區 区, 甘肅 甘肃, 靜寧 静宁, …), so names written in traditional script are found.
 *
 * Source: the standard correspondence of the 通用规范汉字表 (2013) for these characters; only
 * one-to-one pairs, so every conversion keeps the string's length and UTF-16 offsets.
 *
 * @module
 */

/**
 * Pairs of characters, traditional then simplified, one pair per two characters.
 *
 * @example
 * ```ts
 * REGION_CHAR_PAIRS.includes('縣县'); // true
 * ```
 */
export const REGION_CHAR_PAIRS =
  '縣县區区東东臨临麗丽蘭兰關关興兴涼凉華华圍围場场寧宁寶宝爾尔莊庄慶庆開开張张橋桥涇泾' +
  '滿满濱滨靈灵環环積积紅红維维肅肃薊蓟遠远銀银鎮镇陽阳隴陇靜静麥麦黃黄臺台鄉乡' +
  '鎭镇甯宁塲场';

let toSimplified: Map<string, string> | undefined;
let toTraditional: Map<string, string> | undefined;

function maps(): [Map<string, string>, Map<string, string>] {
  if (toSimplified === undefined || toTraditional === undefined) {
    toSimplified = new Map();
    toTraditional = new Map();
    for (let i = 0; i + 1 < REGION_CHAR_PAIRS.length; i += 2) {
      const t = REGION_CHAR_PAIRS[i] as string;
      const s = REGION_CHAR_PAIRS[i + 1] as string;
      toSimplified.set(t, s);
      if (!toTraditional.has(s)) toTraditional.set(s, t);
    }
  }
  return [toSimplified, toTraditional];
}

function mapChars(text: string, table: Map<string, string>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out += table.get(ch) ?? ch;
  }
  return out;
}

/**
 * Replaces the traditional characters of region names by their simplified forms; other
 * characters are kept, and the length (so every offset) is unchanged.
 *
 * @example
 * ```ts
 * toSimplifiedRegionText('甘肅省甘南州迭部縣'); // '甘肃省甘南州迭部县'
 * ```
 */
export function toSimplifiedRegionText(text: string): string {
  return mapChars(text, maps()[0]);
}

/**
 * Writes the region-name characters of a simplified text in traditional script (the inverse of
 * {@link toSimplifiedRegionText} for these characters).
 *
 * @example
 * ```ts
 * toTraditionalRegionText('静宁县'); // '靜寧縣'
 * ```
 */
export function toTraditionalRegionText(text: string): string {
  return mapChars(text, maps()[1]);
}
