/**
 * Grouping keys of claims: the unit, the regions, the calendar year, the source.
 *
 * @module
 */
import type { Claim } from '../domain/claim.js';
import type { Period } from '../domain/period.js';
import type { RegionRef } from '../domain/region.js';
import { UNIT_KINDS } from '../data/metrics.js';
import { hasFigure } from '../domain/guards.js';
import { argumentError } from '../domain/validation-error.js';

/** Measure words of people (人, 名, 位 …), summed as 人. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(Object.keys(UNIT_KINDS).filter((u) => UNIT_KINDS[u] === 'people'));

/** Measure words that cannot be added up: percentages and multiples. */
const NOT_ADDITIVE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '倍', '成', '个百分点', '百分点']);

/**
 * The unit a claim is summed in: the currency code for money; for counts of people the measure
 * words 人, 名, 位 all become `人`; other measure words stay as they are (人次, 户, 个, 亩 …), so
 * 人 and 人次 or 亩 and 平方米 are never added together.
 *
 * @example
 * ```ts
 * summingUnit(claim); // 'CNY' for 1.25亿元, '人' for 选派专业技术人才89名
 * ```
 */
export function summingUnit(claim: Claim): string {
  if (!hasFigure(claim)) throw argumentError('summingUnit', 'claim', 'a claim with a figure', claim);
  const f = claim.figure;
  if (f.kind === 'amount') return f.amount.currency;
  return quantityUnit(f.quantity.unit);
}

/**
 * The unit a count with this measure word is summed in: 人, 名, 位 become `人`; other measure
 * words stay as they are.
 *
 * @example
 * ```ts
 * quantityUnit('名');   // '人' —— 选派专业技术人才89名
 * quantityUnit('人次'); // '人次'
 * ```
 */
export function quantityUnit(unit: string): string {
  return PEOPLE_UNITS.has(unit) ? '人' : unit;
}

/**
 * Whether a unit can be added up (a percentage or a multiple cannot).
 *
 * @example
 * ```ts
 * isAdditiveUnit('%'); // false  占比62.5%
 * isAdditiveUnit('人'); // true
 * ```
 */
export function isAdditiveUnit(unit: string): boolean {
  return !NOT_ADDITIVE_UNITS.has(unit);
}

/**
 * The identity of a region for grouping: its GB/T 2260 code when known, else `name:` and its name.
 *
 * @example
 * ```ts
 * regionIdentity({ name: '迭部', code: '623024' }); // '623024'
 * regionIdentity({ name: '两县一区', code: null });  // 'name:两县一区'
 * ```
 */
export function regionIdentity(ref: RegionRef | null | undefined): string {
  if (!ref) return '';
  return ref.code ?? `name:${ref.name}`;
}

/**
 * The calendar year a period lies in, or `null` when it has no closed start and end in one year
 * (2021年 → 2021; 2021至2023年, 过渡期以来 or 2017年以来 → `null`).
 *
 * @example
 * ```ts
 * yearOf({ start: '2021-01-01', end: '2021-12-31', kind: 'interval', basis: 'stated' }); // 2021
 * yearOf({ start: '2021-01-01', end: '2024-06-05', kind: 'interval', basis: 'stated' }); // null
 * ```
 */
export function yearOf(period: Period | null | undefined): number | null {
  if (!period) return null;
  const start = period.start;
  const end = period.end;
  if (typeof start !== 'string' || typeof end !== 'string' || start.length < 4 || end.length < 4) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const a = start.charCodeAt(i);
    if (a !== end.charCodeAt(i) || a < 48 || a > 57) return null;
    y = y * 10 + (a - 48);
  }
  return y;
}

/**
 * The separator {@link namespaceClaims} puts between an article id and a claim id.
 *
 * @example
 * ```ts
 * `hedong${SOURCE_SEPARATOR}c3`; // 'hedong#c3' —— 河东区文章的第3条
 * ```
 */
export const SOURCE_SEPARATOR = '#';

/**
 * The source (article) id a namespaced claim id starts with (`art7#c3` → `art7`), or `null` for an
 * id without one. The default `sourceOf` of {@link aggregate}.
 *
 * @example
 * ```ts
 * sourceOfId('000_1d07baa1f37797c3#c21'); // '000_1d07baa1f37797c3'
 * sourceOfId('c21');                      // null
 * sourceOfId(21 as unknown as string);    // null —— 不是字符串：没有来源
 * ```
 */
export function sourceOfId(id: string): string | null {
  if (typeof id !== 'string') return null;
  const i = id.indexOf(SOURCE_SEPARATOR);
  return i > 0 ? id.slice(0, i) : null;
}

/**
 * The claims of one article with ids made unique across articles: `c3` becomes `art7#c3`, and
 * `partOf`, `shareOf` and `sharePart` are rewritten alike. Claims from many articles can then be
 * aggregated together, and {@link sourceOfId} (the default `sourceOf`) tells their article.
 * The claims given are not changed; new objects are returned.
 *
 * @example
 * ```ts
 * const all = seeds.flatMap((s) => namespaceClaims(s.name, extractClaims(s.text)));
 * aggregate(all, { by: ['source', 'metric'] }); // 每篇文章、每项指标一行
 * ```
 */
export function namespaceClaims(articleId: string, claims: readonly Claim[]): Claim[] {
  if (!Array.isArray(claims as unknown)) throw argumentError('namespaceClaims', 'claims', 'an array of claims', claims);
  claims.forEach((c, i) => {
    if (c === null || typeof c !== 'object' || typeof c.id !== 'string') throw argumentError('namespaceClaims', `claims[${i}]`, 'a claim with a string id', c);
  });
  const prefix = `${String(articleId).split(SOURCE_SEPARATOR).join('_')}${SOURCE_SEPARATOR}`;
  const ns = (id: string | undefined): string | undefined => (id === undefined ? undefined : prefix + id);
  return claims.map((c) => {
    const copy: Claim = { ...c, id: prefix + c.id };
    if (c.partOf !== undefined) copy.partOf = ns(c.partOf);
    if (c.shareOf !== undefined) copy.shareOf = ns(c.shareOf);
    if (c.sharePart !== undefined) copy.sharePart = ns(c.sharePart);
    return copy;
  });
}
