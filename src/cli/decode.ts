/**
 * Turning the bytes of a file into text, or into a clear reason why not: empty, binary, not UTF-8
 * (GBK or Big5 saved text), or already damaged by a wrong decoding (U+FFFD replacement characters).
 *
 * @module
 */

/** Why a file's bytes are not an article the CLI can read. */
export type DecodeProblem = 'empty' | 'binary' | 'not_utf8' | 'replacement_chars';

/** The outcome of {@link decodeArticle}. */
export type Decoded =
  | { ok: true; text: string; bom: boolean; warning?: string }
  | { ok: false; problem: DecodeProblem; message: string };

/** Share of U+FFFD characters above which a text counts as damaged by a wrong decoding. */
const MAX_REPLACEMENT_SHARE = 0.001;

/** Control bytes that never occur in text files (NUL, and C0 controls other than tab, LF, VT, FF, CR, ESC). */
function isBinaryByte(b: number): boolean {
  return b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b);
}

/** The share of bytes in the first 8 KiB that are control bytes of binary files. */
function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) if (isBinaryByte(bytes[i] ?? 0)) bad++;
  return bad / n;
}

/** Whether the bytes decode as GB 18030 (which includes GBK and GB 2312) without any error. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a file's bytes as UTF-8 text, strictly: an empty (or white-space only) file, a binary file,
 * bytes that are not valid UTF-8 and text that carries U+FFFD replacement characters (it was
 * decoded with the wrong encoding before it was saved) each give a problem with a message for
 * people.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty', message: 'the file is empty' };
  if (bytes.indexOf(0) !== -1 || binaryShare(bytes) > 0.01) {
    return { ok: false, problem: 'binary', message: 'the file is binary (control bytes), not text' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const hint = looksLikeGb18030(bytes)
      ? 'it decodes as GBK/GB 18030: convert it first, e.g. `iconv -f GB18030 -t UTF-8`'
      : 'convert it to UTF-8 first';
    return { ok: false, problem: 'not_utf8', message: `the file is not valid UTF-8 (${hint})` };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  if (replacements > 0 && (replacements >= 3 || replacements / text.length > MAX_REPLACEMENT_SHARE)) {
    return {
      ok: false,
      problem: 'replacement_chars',
      message: `the text holds ${replacements} U+FFFD replacement characters (�): it was decoded with the wrong encoding (GBK read as UTF-8?) before it was saved`,
    };
  }
  if (text.trim() === '') return { ok: false, problem: 'empty', message: 'the file holds only white space' };
  if (replacements > 0) {
    return { ok: true, text, bom, warning: `the text holds ${replacements} U+FFFD replacement character(s) (�); figures next to them may be damaged` };
  }
  return { ok: true, text, bom };
}
