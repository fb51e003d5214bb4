/**
 * File access of the conformance harness: where the shared suites live, reading and checking
 * them, and reading the divergence list.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDivergences, type DivergenceList } from './evaluate.js';
import { CASE_KINDS, type CaseKind, type ConformanceCase, type Suite } from './types.js';

/** The project root (the folder holding package.json), two levels above this file. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Environment variable that overrides the suite folder. */
export const SUITE_DIR_ENV = 'XIEZUO_CONFORMANCE_DIR';

/** The divergence list, edited by the parser's author. */
export const DIVERGENCE_FILE = path.join(PROJECT_ROOT, 'bench', 'conformance-divergences.json');

/** The suite folder: `$XIEZUO_CONFORMANCE_DIR`, else `<project root>/../shared/conformance`. */
export function suiteDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[SUITE_DIR_ENV];
  if (fromEnv && fromEnv.trim() !== '') return path.resolve(fromEnv);
  return path.resolve(PROJECT_ROOT, '..', 'shared', 'conformance');
}

/** Whether the folder exists and is a directory. */
export function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

const KINDS = new Set<string>(CASE_KINDS);

/** Read and check one suite file. Throws an Error naming the file and the case on bad data. */
export function readSuite(file: string): Suite {
  const name = path.basename(file, '.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { cases?: unknown }).cases)) {
    throw new Error(`${file}: expected { meta, count, cases: [...] }`);
  }
  const { meta, cases, count } = raw as { meta?: unknown; cases: unknown[]; count?: unknown };
  const checked: ConformanceCase[] = cases.map((c, i) => {
    const x = c as Partial<ConformanceCase> | null;
    if (!x || typeof x.id !== 'string' || typeof x.input !== 'string' || !KINDS.has(String(x.kind))) {
      throw new Error(`${file}: case #${i} lacks id / input / a known kind: ${JSON.stringify(c).slice(0, 200)}`);
    }
    return { ...x, kind: x.kind as CaseKind } as ConformanceCase;
  });
  if (typeof count === 'number' && count !== checked.length) {
    throw new Error(`${file}: count says ${count}, file holds ${checked.length} cases`);
  }
  return { name, meta: (meta ?? {}) as Suite['meta'], cases: checked };
}

/** Every `*.json` suite of the folder, sorted by name. */
export function readSuites(dir: string): Suite[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readSuite(path.join(dir, f)));
}

/** Read the divergence list; a missing file is an empty list. */
export function readDivergences(file: string = DIVERGENCE_FILE): DivergenceList {
  if (!existsSync(file)) return { divergences: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { divergences: [], problems: [`${file}: not valid JSON (${(e as Error).message})`] };
  }
  return validateDivergences(raw);
}
