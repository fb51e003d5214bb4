/**
 * A one-to-one character fold for the date scanners: full-width digits and punctuation to ASCII,
 * and the traditional forms of the characters that date words use (來 個 兩 幾 號 …) to simplified.
 * Every UTF-16 code unit maps to exactly one code unit, so offsets into the folded string are
 * offsets into the caller's string.
 *
 * @module
 */

const TRAD = '來個兩幾號時間過內後當這從週臘歲餘';
const SIMP = '来个两几号时间过内后当这从周腊岁余';

/** Code unit → folded code unit over the BMP (the identity where nothing folds). */
const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) TABLE[c] = c - 0xfee0; // full-width ASCII block
for (let i = 0; i < TRAD.length; i++) TABLE[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);
TABLE[0x3000] = 0x20; // ideographic space
TABLE[0x00a0] = 0x20; // no-break space

/**
 * Folds `text` for date scanning; the result has the same length as `text`.
 *
 * @example
 * ```ts
 * foldForDates('２０２３年７月１７日'); // '2023年7月17日'
 * foldForDates('4年來');              // '4年来'
 * ```
 */
export function foldForDates(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (TABLE[c] !== c) break;
    i++;
  }
  if (i === n) return text;
  // Copy the unchanged stretches as slices, joined with the folded characters.
  const parts: string[] = [];
  let run = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const r = TABLE[c]!;
    if (r !== c) {
      if (run < i) parts.push(text.slice(run, i));
      parts.push(String.fromCharCode(r));
      run = i + 1;
    }
  }
  if (run < n) parts.push(text.slice(run));
  return parts.join('');
}
