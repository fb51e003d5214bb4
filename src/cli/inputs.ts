/**
 * Command-line paths → the list of files to read: files as given, folders walked (sorted, hidden
 * entries skipped), `-` for standard input.
 *
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One input: a file path, or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'missing'; path: string; message: string };

async function walk(dir: string, out: Input[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'missing', path: dir, message: `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push({ kind: 'file', path: p });
  }
}

/** Expands the paths given on the command line, in order. Paths that do not exist become `missing` entries. */
export async function collectInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const a of args) {
    if (a === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let s;
    try {
      s = await stat(a);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ kind: 'missing', path: a, message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? (e as Error).message})` });
      continue;
    }
    if (s.isDirectory()) await walk(a, out);
    else out.push({ kind: 'file', path: a });
  }
  return out;
}
