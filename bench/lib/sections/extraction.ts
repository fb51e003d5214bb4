/**
 * Throughput of the article pipeline, parseArticle + extractClaims, over the seed articles repeated
 * to ≥ 8 MB, and its growth from 1 MB to 8 MB.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, parseArticle } from '../../../src/index.js';
import { MB, PROJECT_ROOT, utf8Bytes } from '../corpus.js';
import { bestOf, collectGarbage } from '../timing.js';
import { defineSection } from '../registry.js';

/** One pass: every article of the list read and its claims extracted. */
function pass(articles: readonly string[]): number {
  let claims = 0;
  for (const a of articles) claims += extractClaims(parseArticle(a)).length;
  return claims;
}

/** The five seed articles, repeated (each copy a whole article) until the list holds `bytes` of UTF-8. */
function articlesFor(seeds: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    for (const s of seeds) {
      out.push(s);
      total += utf8Bytes(s);
    }
  }
  return out;
}

/** parseArticle + extractClaims MB/s on 8 MB of articles, and the 1 MB → 8 MB time ratio. */
export const extraction = defineSection({
  name: 'extraction',
  title: 'Article pipeline: parseArticle + extractClaims over the seed articles repeated to ≥ 8 MB',
  run(ctx) {
    const dir = path.join(PROJECT_ROOT, 'seeds');
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const one = articlesFor(seeds, MB);
    const eight = articlesFor(seeds, 8 * MB);
    const bytesOf = (list: readonly string[]) => list.reduce((n, s) => n + utf8Bytes(s), 0);
    ctx.log('  warming up the article pipeline…');
    pass(one);
    collectGarbage();
    const t1 = bestOf(() => pass(one), 3, 20);
    collectGarbage();
    const t8 = bestOf(() => pass(eight), 2, 60);
    const mb8 = bytesOf(eight) / MB;
    const ratio = t8.best / t1.best;
    return [
      {
        label: 'parseArticle + extractClaims',
        value: mb8 / t8.best,
        unit: 'MB/s',
        digits: 1,
        target: { op: '>=', limit: 10 },
        note: `best of ${t8.runs}: ${t8.best.toFixed(2)} s for ${mb8.toFixed(2)} MB (${eight.length} articles)`,
      },
      {
        label: 'pipeline time ratio 1 MB → 8 MB',
        value: (ratio * bytesOf(one)) / MB / (mb8 / 8),
        unit: '×',
        digits: 2,
        target: { op: '<=', limit: 9 },
        note: `${t1.best.toFixed(3)} s → ${t8.best.toFixed(3)} s, scaled to exactly 1 MB and 8 MB`,
      },
    ];
  },
});
