/**
 * `date_sanity`: dates damaged by text extraction (20208月 for 2020年8月, 39日 for 3月9日) or
 * impossible in the calendar, found by scanning the article body; and realised figures whose
 * stated period lies wholly after the publication date.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Finding } from '../domain/finding.js';
import { findTimeExpressions } from '../time/find.js';
import { makeFinding } from './make-finding.js';
import type { Check, CheckContext } from './types.js';

const REALISED = new Set(['annual', 'cumulative', 'event', 'delta']);

/** Damaged dates in the body of the article, one finding each. */
function damagedDates(ctx: CheckContext): Finding[] {
  const article = ctx.article;
  if (article === undefined) return [];
  const out: Finding[] = [];
  const ref = ctx.publishedAt ?? article.publishedAt;
  for (const block of article.blocks) {
    const mentions = findTimeExpressions(block.text, ref === undefined ? {} : { referenceDate: ref });
    for (const m of mentions) {
      if (m.suspicious === undefined) continue;
      const start = block.start + m.start;
      const span = { start, end: block.start + m.end, text: article.raw.slice(start, block.start + m.end) };
      // Claims whose sentence holds the damaged date: their period may depend on it.
      const near = ctx.claims.filter((c) => c.evidence.start <= span.start && span.end <= c.evidence.end);
      const repair = m.suspicious.repair;
      out.push(
        makeFinding({
          checkId: 'date_sanity',
          severity: 'warning',
          zh: `日期“${m.text}”有误${repair === null ? '' : `，疑为“${repair.text}”`}（${m.suspicious.reason === 'missing_year_marker' ? '漏了“年”' : m.suspicious.reason === 'missing_month_marker' ? '漏了“月”' : '日历上不存在'}）。`,
          en: `The date "${m.text}" is damaged${repair === null ? '' : `; probably "${repair.text}"`} (${m.suspicious.message}).`,
          claims: near,
          evidence: [span],
          observed: { value: null, text: m.text },
          expected: repair?.period?.start != null && repair.period.end != null
            ? { low: null, high: null, basis: `${repair.text}：${repair.period.start} … ${repair.period.end}` }
            : null,
          ...(repair === null ? {} : { fix: { text: repair.text, value: null } }),
        }),
      );
    }
  }
  return out;
}

/** Realised figures (not plans) whose stated period starts after publication. */
function futurePeriods(ctx: CheckContext): Finding[] {
  const published = ctx.publishedAt ?? ctx.article?.publishedAt;
  if (published === undefined) return [];
  const out: Finding[] = [];
  for (const c of ctx.claims) {
    if (!afterPublication(c, published)) continue;
    out.push(
      makeFinding({
        checkId: 'date_sanity',
        severity: 'warning',
        zh: `${c.figure.span.text}是已实现的数字，但其时期（${c.period?.label ?? `${c.period?.start} … ${c.period?.end}`}）在发布日期${published}之后。`,
        en: `${c.figure.span.text} is a realised figure, but its period (${c.period?.label ?? `${c.period?.start} … ${c.period?.end}`}) begins after the publication date ${published}.`,
        claims: [c],
        observed: { value: null, text: `${c.period?.start} … ${c.period?.end}` },
        expected: { low: null, high: null, basis: `发布日期${published}之前的时期` },
      }),
    );
  }
  return out;
}

/** Whether a realised claim's stated period begins after the publication date. */
function afterPublication(c: Claim, published: string): boolean {
  if (!REALISED.has(c.scope) || c.period === null || c.period.basis !== 'stated') return false;
  if (c.period.future === true || c.period.start === null) return false;
  return c.period.start > published;
}

/**
 * Finds damaged dates and realised figures dated after publication (see the module description).
 *
 * @example
 * ```ts
 * findDateProblems({ ...ctx, article: parseArticle(raw) })[0]?.suggestedFix?.text; // '2020年8月'
 * ```
 */
export function findDateProblems(ctx: CheckContext): Finding[] {
  return [...damagedDates(ctx), ...futurePeriods(ctx)];
}

/**
 * The `date_sanity` check.
 *
 * @example
 * ```ts
 * dateSanity.id; // 'date_sanity'
 * ```
 */
export const dateSanity: Check = {
  id: 'date_sanity',
  description: 'damaged dates (20208月, 39日) and realised figures dated after publication',
  run: findDateProblems,
};
