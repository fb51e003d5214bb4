/**
 * A small reader of the Chinese numerals that dates use — the date module's own, independent of
 * the full number parser in `src/numbers`: 〇/零 and 一 … 九, 两, 十, 廿 (20), 卅 (30), for the
 * values 0 … 99 (`十二` → 12, `二十三` → 23, `廿一` → 21), and digit-by-digit years (`二〇二三` → 2023).
 *
 * @module
 */

const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'O': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/**
 * Reads a whole number 0 … 99 written in ASCII digits or Chinese numerals; `undefined` when the
 * text is not such a number (`三四` — two numbers —, `十十`, the empty string).
 *
 * @example
 * ```ts
 * readSmallNumber('十二');   // 12
 * readSmallNumber('二十三'); // 23
 * readSmallNumber('廿一');   // 21
 * readSmallNumber('两');     // 2
 * readSmallNumber('07');     // 7
 * readSmallNumber('三四');   // undefined
 * ```
 */
export function readSmallNumber(text: string): number | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 3) return undefined;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const first = text[0]!;
  // 廿X / 卅X
  if (first === '廿' || first === '卅') {
    const base = first === '廿' ? 20 : 30;
    if (text.length === 1) return base;
    if (text.length === 2) {
      const d = DIGITS[text[1]!];
      return d !== undefined && d > 0 && text[1] !== '两' ? base + d : undefined;
    }
    return undefined;
  }
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return undefined;
    return DIGITS[first];
  }
  if (text.indexOf('十', ten + 1) !== -1) return undefined;
  const before = text.slice(0, ten);
  const after = text.slice(ten + 1);
  let tens = 1;
  if (before.length === 1) {
    const d = DIGITS[before];
    if (d === undefined || d < 2 || before === '两') return undefined;
    tens = d;
  } else if (before.length > 1) return undefined;
  let ones = 0;
  if (after.length === 1) {
    const d = DIGITS[after];
    if (d === undefined || d === 0 || after === '两') return undefined;
    ones = d;
  } else if (after.length > 1) return undefined;
  return tens * 10 + ones;
}

/**
 * Reads a year written digit by digit in ASCII or Chinese numerals (`二〇二三`, `二零二一`, `2023`);
 * `undefined` unless the text is exactly four such digits.
 *
 * @example
 * ```ts
 * readDigitYear('二〇二三'); // 2023
 * readDigitYear('二零二一'); // 2021
 * readDigitYear('2020');     // 2020
 * ```
 */
export function readDigitYear(text: string): number | undefined {
  if (typeof text !== 'string' || text.length !== 4) return undefined;
  let v = 0;
  for (const ch of text) {
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch === '两' ? undefined : DIGITS[ch];
    if (d === undefined) return undefined;
    v = v * 10 + d;
  }
  return v;
}
