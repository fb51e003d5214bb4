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

const MAP = new Map<number, number>();
for (let i = 0; i < TRAD.length; i++) MAP.set(TRAD.charCodeAt(i), SIMP.charCodeAt(i));
MAP.set(0x3000, 0x20); // ideographic space
MAP.set(0x00a0, 0x20); // no-break space

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
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r = c;
    if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0; // full-width ASCII block
    else {
      const m = MAP.get(c);
      if (m !== undefined) r = m;
    }
    if (r !== c) {
      if (run < i) out += text.slice(run, i);
      out += String.fromCharCode(r);
      run = i + 1;
    }
  }
  return run === 0 ? text : out + text.slice(run);
}
