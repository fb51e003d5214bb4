/**
 * Running the checks over a set of claims, and over an article end to end.
 *
 * @module
 */
import { parseArticle, type ParsedArticle } from '../article/parse-article.js';
import type { Article } from '../domain/article.js';
import type { Claim } from '../domain/claim.js';
import type { Finding, Severity } from '../domain/finding.js';
import { REFERENCE_MAGNITUDES } from '../data/reference-magnitudes.js';
import { extractClaims, type ExtractOptions } from '../extract/extract-claims.js';
import { CHECKS } from './registry.js';
import type { CheckContext, CheckOptions } from './types.js';
import { argumentError } from '../domain/validation-error.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Checks that report the same problem as a unit slip on the same claim. */
const SAME_PROBLEM = new Set(['implausible_magnitude', 'cumulative_vs_periods']);

/**
 * Orders findings most severe first, then by position in the text.
 *
 * @example
 * ```ts
 * sortFindings(findings)[0].severity; // 'error'
 * ```
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  if (!Array.isArray(findings as unknown)) throw argumentError('sortFindings', 'findings', 'an array of findings', findings);
  const pos = (f: Finding): number => f.claims[0]?.span.start ?? f.evidence?.[0]?.start ?? 0;
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || pos(a) - pos(b));
}

/**
 * Runs the consistency checks over a set of claims and returns the findings, most severe first.
 * Never throws: a check that fails or lacks the claims it needs reports nothing. A unit slip
 * and an implausible magnitude or a cumulative mismatch of the same claim are one problem: the
 * more severe finding is kept (the unit slip when they are as severe).
 *
 * @example
 * ```ts
 * const findings = checkClaims(extractClaims(raw), { publishedAt: '2024-06-05' });
 * findings[0].checkId;             // 'unit_slip'
 * findings[0].suggestedFix?.text;  // '8793万元'
 * ```
 */
export function checkClaims(claims: readonly Claim[], options: CheckOptions = {}): Finding[] {
  if (!Array.isArray(claims)) return [];
  const valid = claims.filter((c): c is Claim => c !== null && typeof c === 'object' && typeof c.id === 'string' && c.figure !== undefined);
  const opts = options !== null && typeof options === 'object' ? options : {};
  const ctx: CheckContext = {
    claims: valid,
    byId: new Map(valid.map((c) => [c.id, c])),
    reference: opts.reference ?? REFERENCE_MAGNITUDES,
    ...(opts.publishedAt === undefined ? {} : { publishedAt: opts.publishedAt }),
    ...(opts.article === undefined ? {} : { article: opts.article }),
  };
  const wanted = opts.checks === undefined ? undefined : new Set(opts.checks);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (wanted !== undefined && !wanted.has(check.id)) continue;
    try {
      findings.push(...check.run(ctx));
    } catch {
      // A check never breaks the others.
    }
  }
  return sortFindings(onePerProblem(findings));
}

/**
 * One problem, one finding: where a unit slip and an implausible magnitude (or a cumulative
 * mismatch) name the same claim, the more severe of them stays, the unit slip on a tie (its
 * evidence is the article's own figures). A slip only warned about must not hide a magnitude
 * error that carries the right fix.
 */
function onePerProblem(findings: readonly Finding[]): Finding[] {
  const best = (pick: (f: Finding) => boolean): Map<string | undefined, number> => {
    const out = new Map<string | undefined, number>();
    for (const f of findings) {
      if (!pick(f)) continue;
      const id = f.claims[0]?.id;
      out.set(id, Math.min(out.get(id) ?? Infinity, RANK[f.severity]));
    }
    return out;
  };
  const slips = best((f) => f.checkId === 'unit_slip');
  const same = best((f) => SAME_PROBLEM.has(f.checkId));
  return findings.filter((f) => {
    const id = f.claims[0]?.id;
    if (f.checkId === 'unit_slip') return !((same.get(id) ?? Infinity) < RANK[f.severity]);
    if (SAME_PROBLEM.has(f.checkId) && slips.has(id)) return RANK[f.severity] < (slips.get(id) as number);
    return true;
  });
}

/**
 * Options of {@link checkArticle}: those of `checkClaims` and of `extractClaims`.
 *
 * @example
 * ```ts
 * const o: CheckArticleOptions = { publishedAt: '2021-11-19', checks: ['date_sanity'] };
 * ```
 */
export type CheckArticleOptions = Omit<CheckOptions, 'article'> & Omit<ExtractOptions, 'publishedAt'>;

/**
 * The result of {@link checkArticle}.
 *
 * @example
 * ```ts
 * const { article, claims, findings }: CheckedArticle = checkArticle(raw);
 * ```
 */
export interface CheckedArticle {
  /** The article's metadata and raw text. */
  article: Article;
  /** The claims read from it. */
  claims: Claim[];
  /** The findings, most severe first. */
  findings: Finding[];
  /** The article as read (body blocks, dropped page chrome), for offsets and display. */
  parsed: ParsedArticle;
}

/**
 * Reads an article, extracts its claims and checks them; also scans the body for damaged dates.
 * Never throws (a non-string is read as an empty text).
 *
 * @example
 * ```ts
 * const { findings } = checkArticle(raw); // 002：“20208月”“39日”
 * findings.filter((f) => f.checkId === 'date_sanity').map((f) => f.suggestedFix?.text); // ['3月9日', '2020年8月']
 * ```
 */
export function checkArticle(raw: string, options: CheckArticleOptions = {}): CheckedArticle {
  const text = typeof raw === 'string' ? raw : '';
  const opts = options !== null && typeof options === 'object' ? options : {};
  let parsed: ParsedArticle;
  let claims: Claim[] = [];
  try {
    parsed = parseArticle(text, opts.publishedAt === undefined ? {} : { publishedAt: opts.publishedAt });
  } catch {
    parsed = parseArticle('');
  }
  const publishedAt = parsed.publishedAt;
  try {
    const ex: ExtractOptions = {};
    if (publishedAt !== undefined) ex.publishedAt = publishedAt;
    if (opts.pairing !== undefined) ex.pairing = opts.pairing;
    if (opts.registry !== undefined) ex.registry = opts.registry;
    claims = extractClaims(parsed, ex);
  } catch {
    claims = [];
  }
  const checkOptions: CheckOptions = { article: parsed };
  if (opts.reference !== undefined) checkOptions.reference = opts.reference;
  if (opts.checks !== undefined) checkOptions.checks = opts.checks;
  if (publishedAt !== undefined) checkOptions.publishedAt = publishedAt;
  const findings = checkClaims(claims, checkOptions);
  const article: Article = {
    title: parsed.title?.text ?? null,
    publisher: parsed.publisher?.text ?? null,
    published: parsed.publishedAt ?? null,
    url: null,
    text,
  };
  return { article, claims, findings, parsed };
}
