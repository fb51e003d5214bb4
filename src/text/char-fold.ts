/**
 * One-to-one character folding for the number scanner: full-width ASCII → ASCII, a few dashes
 * and spaces → their ASCII forms, traditional numeral/unit characters → simplified. Every UTF-16
 * code unit maps to exactly one code unit, so offsets into the folded string are offsets into
 * the caller's original string: the offset map is the identity.
 *
 * @module
 */
import { CHAR_FOLDS } from '../data/numerals.js';

let table: Uint16Array | undefined;

/** The fold table, built on first use (128 KiB). */
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  // Full-width ASCII forms.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20; // ideographic space
  t[0x00a0] = 0x20; // no-break space
  t[0x2009] = 0x20; // thin space
  t[0x202f] = 0x20; // narrow no-break space
  t[0x2212] = 0x2d; // minus sign
  t[0x2013] = 0x2d; // en dash
  t[0x2012] = 0x2d; // figure dash
  t[0xfe63] = 0x2d; // small hyphen-minus
  t[0x301c] = 0x7e; // wave dash 〜
  t[0xffe5] = 0xa5; // full-width yen ￥ → ¥
  t[0xff04] = 0x24; // ＄ (already by range, kept explicit)
  t[0x3007] = 0x3007; // 〇 stays
  for (let i = 0; i + 1 < CHAR_FOLDS.length; i += 2) {
    t[CHAR_FOLDS.charCodeAt(i)] = CHAR_FOLDS.charCodeAt(i + 1);
  }
  table = t;
  return t;
}

/**
 * Fold a string for scanning. The result has the same length as the input; position `i` of the
 * result corresponds to position `i` of the input.
 *
 * @example
 * ```ts
 * foldForScan('８２，２２５．００元'); // '82,225.00元'
 * foldForScan('2億餘元'); // '2亿余元'
 * ```
 */
export function foldForScan(text: string): string {
  const t = foldTable();
  const n = text.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (t[c] !== c) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  // Copy the unchanged stretches as slices and join them with the folded characters: linear,
  // no large buffers, and lone surrogates pass through untouched.
  const parts: string[] = [];
  let last = 0;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = t[c]!;
    if (f !== c) {
      if (i > last) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(f));
      last = i + 1;
    }
  }
  if (last < n) parts.push(text.slice(last));
  return parts.join('');
}
