/**
 * Splitting text into lines that keep their offsets.
 *
 * @module
 */

/** One line of a text, with half-open UTF-16 offsets of its content (line break excluded). */
export interface TextLine {
  /** Offset of the first code unit of the line. */
  start: number;
  /** Offset one past the last code unit of the line, before its line break. */
  end: number;
  /** The line's text, `raw.slice(start, end)`. */
  text: string;
}

/**
 * Splits `raw` into lines (`\n`, `\r\n`, `\r`, U+2028, U+2029), each with its offsets into `raw`.
 *
 * @example
 * ```ts
 * splitLines('标题\r\n正文'); // [{ start: 0, end: 2, text: '标题' }, { start: 4, end: 6, text: '正文' }]
 * ```
 */
export function splitLines(raw: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  if (raw.indexOf('\r') < 0 && raw.indexOf('\u2028') < 0 && raw.indexOf('\u2029') < 0) {
    // Only \n breaks: found with indexOf rather than by looking at every character.
    for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', start)) {
      lines.push({ start, end: i, text: raw.slice(start, i) });
      start = i + 1;
    }
    lines.push({ start, end: raw.length, text: raw.slice(start) });
    return lines;
  }
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i, text: raw.slice(start, i) });
      if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: raw.length, text: raw.slice(start) });
  return lines;
}

/**
 * The line without surrounding white space (ASCII, ideographic space U+3000, NBSP), offsets adjusted.
 *
 * @example
 * ```ts
 * trimLine({ start: 0, end: 6, text: '  正文  ' }); // { start: 2, end: 4, text: '正文' }
 * ```
 */
export function trimLine(line: TextLine): TextLine {
  let a = 0;
  let b = line.text.length;
  while (a < b && isSpace(line.text.charCodeAt(a))) a++;
  while (b > a && isSpace(line.text.charCodeAt(b - 1))) b--;
  return { start: line.start + a, end: line.start + b, text: line.text.slice(a, b) };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12;
}
