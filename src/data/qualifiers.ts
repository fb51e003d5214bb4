/**
 * Qualifier words around a figure and the {@link Qualifier} they give (see src/types.ts).
 * Simplified script; traditional forms are folded first (約→约, 過→过, 達→达).
 *
 * Source: usage of 国家统计局 bulletins and Xinhua style for approximate numbers
 * (GB/T 15835-2011 §4.1.4: 约数 written with 余 多 左右 上下 以上 以下 近 约).
 *
 * @module
 */
import type { Qualifier } from '../types.js';

/**
 * Words written before a figure. Longer words win (不超过 before 超过 before 超).
 *
 * @example
 * ```ts
 * PREFIX_QUALIFIERS.find((w) => w.word === '近')?.qualifier; // 'nearly'
 * ```
 */
export const PREFIX_QUALIFIERS: readonly { readonly word: string; readonly qualifier: Qualifier }[] = [
  { word: '不超过', qualifier: 'at_most' },
  { word: '不高于', qualifier: 'at_most' },
  { word: '最多', qualifier: 'at_most' },
  { word: '至多', qualifier: 'at_most' },
  { word: '超过', qualifier: 'more_than' },
  { word: '超', qualifier: 'more_than' },
  { word: '逾', qualifier: 'more_than' },
  { word: '突破', qualifier: 'more_than' },
  { word: '高于', qualifier: 'more_than' },
  { word: '大于', qualifier: 'more_than' },
  { word: '多于', qualifier: 'more_than' },
  { word: '将近', qualifier: 'nearly' },
  { word: '接近', qualifier: 'nearly' },
  { word: '逼近', qualifier: 'nearly' },
  { word: '近', qualifier: 'nearly' },
  { word: '大约', qualifier: 'approx' },
  { word: '约', qualifier: 'approx' },
  { word: '大概', qualifier: 'approx' },
  { word: '不少于', qualifier: 'at_least' },
  { word: '不低于', qualifier: 'at_least' },
  { word: '至少', qualifier: 'at_least' },
  { word: '最少', qualifier: 'at_least' },
  { word: '不到', qualifier: 'less_than' },
  { word: '不足', qualifier: 'less_than' },
  { word: '小于', qualifier: 'less_than' },
  { word: '少于', qualifier: 'less_than' },
  { word: '低于', qualifier: 'less_than' },
  { word: '未满', qualifier: 'less_than' },
];

/**
 * Characters before 近 that make it part of another word (最近 = recently, 附近 = nearby).
 *
 * @example
 * ```ts
 * NOT_JIN_BEFORE.includes('最'); // true
 * ```
 */
export const NOT_JIN_BEFORE = '最附靠邻就临亲贴走';

/**
 * Words written after a figure (after its unit when it has one).
 *
 * @example
 * ```ts
 * SUFFIX_QUALIFIERS.find((w) => w.word === '左右')?.qualifier; // 'approx'
 * ```
 */
export const SUFFIX_QUALIFIERS: readonly { readonly word: string; readonly qualifier: Qualifier }[] = [
  { word: '(含)以上', qualifier: 'at_least' },
  { word: '(含)以下', qualifier: 'at_most' },
  { word: '左右', qualifier: 'approx' },
  { word: '上下', qualifier: 'approx' },
  { word: '以上', qualifier: 'at_least' },
  { word: '及以上', qualifier: 'at_least' },
  { word: '以下', qualifier: 'at_most' },
  { word: '及以下', qualifier: 'at_most' },
  { word: '以内', qualifier: 'at_most' },
  { word: '之内', qualifier: 'at_most' },
];

/**
 * Characters after 上下 that make it another word (上下游, 上下班, 上下级).
 *
 * @example
 * ```ts
 * NOT_SHANGXIA_AFTER.includes('游'); // true —— “上下游”不是约数
 * ```
 */
export const NOT_SHANGXIA_AFTER = '游班级楼车文功';

/**
 * Range connectors between two figures (`3至5万元`, `1万-5万元`, `10~15k`). `-`, `—` and `~`
 * also stand for their full-width and doubled forms.
 *
 * @example
 * ```ts
 * RANGE_CONNECTORS.includes('至'); // true
 * ```
 */
export const RANGE_CONNECTORS = ['至', '到', '--', '-', '——', '—', '~'] as const;
