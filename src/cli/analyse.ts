/**
 * One article in, one report out: the work a worker thread does for each file. Reports are plain
 * JSON-safe objects (decimals as exact strings) so that they cross thread boundaries unchanged.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { Decimal } from 'decimal.js';
import { extractClaimsDetailed } from '../index.js';
import type { Claim, Finding, ParsedArticle } from '../index.js';
import { decodeArticle } from './decode.js';

/** What the CLI does with each article. */
export type Task = 'check' | 'extract';

/** `T` with every `Decimal` replaced by its exact decimal string (what JSON output carries). */
export type Wire<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** Replaces every `Decimal` in a value by its exact digits (`toFixed()`, never exponent notation). */
export function toWire<T>(value: T): Wire<T> {
  if (Decimal.isDecimal(value)) return (value as unknown as Decimal).toFixed() as Wire<T>;
  if (Array.isArray(value)) return value.map((v: unknown) => toWire(v)) as Wire<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out as Wire<T>;
  }
  return value as Wire<T>;
}

/** The result for one article. */
export interface ArticleReport {
  /** The file as named on the command line (or `-` for standard input). */
  source: string;
  /** The headline, when one was found. */
  title: string | null;
  /** The publication date from the dateline, when found. */
  published: string | null;
  /** The publisher, when named. */
  publisher: string | null;
  /** Every claim, in text order. */
  claims: Wire<Claim>[];
  /** The findings, most severe first (only for `check`). */
  findings?: Wire<Finding>[];
  /** A note about the input that did not stop the run. */
  warning?: string;
}

/** What became of one input. */
export type Outcome =
  | { ok: true; report: ArticleReport }
  | { ok: false; source: string; message: string };

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Findings sorted most severe first, then in text order. */
export function bySeverity<F extends { severity: string; claims: readonly { span: { start: number } }[]; evidence?: readonly { start: number }[] | undefined }>(
  findings: readonly F[],
): F[] {
  const at = (f: F): number => f.claims[0]?.span.start ?? f.evidence?.[0]?.start ?? 0;
  return [...findings].sort(
    (a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || at(a) - at(b),
  );
}

function header(source: string, article: ParsedArticle): Pick<ArticleReport, 'source' | 'title' | 'published' | 'publisher'> {
  return {
    source,
    title: article.title?.text ?? null,
    published: article.publishedAt ?? null,
    publisher: article.publisher?.text ?? null,
  };
}

/** Reads the claims (and, for `check`, the findings) of one article's text. */
export async function analyseText(source: string, text: string, task: Task): Promise<ArticleReport> {
  if (task === 'check') {
    const { checkArticle } = await import('../checks/index.js');
    const r = checkArticle(text);
    return { ...header(source, r.parsed), claims: toWire(r.claims), findings: toWire(bySeverity(r.findings)) };
  }
  const r = extractClaimsDetailed(text);
  return { ...header(source, r.article), claims: toWire(r.claims) };
}

/** Decodes one input's bytes and analyses it; never throws — every problem becomes a message. */
export async function analyseBytes(source: string, bytes: Uint8Array, task: Task): Promise<Outcome> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, source, message: decoded.message };
  try {
    const report = await analyseText(source, decoded.text, task);
    if (decoded.warning !== undefined) report.warning = decoded.warning;
    return { ok: true, report };
  } catch (e) {
    return { ok: false, source, message: `could not be analysed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Reads one file and analyses it; an unreadable file gives a message, not a throw. */
export async function analyseFile(path: string, task: Task): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : (e as Error).message;
    return { ok: false, source: path, message: `cannot be read (${why})` };
  }
  return analyseBytes(path, bytes, task);
}
