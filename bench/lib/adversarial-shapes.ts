/**
 * Adversarial input shapes for the scanners: each builds a text of a given UTF-8 size designed to
 * provoke backtracking, quadratic merging of adjacent figures or unbounded look-ahead.
 *
 * @module
 */
import { repeatToBytes, utf8Bytes } from './corpus.js';

/** One adversarial shape. */
export interface Shape {
  name: string;
  /** What it provokes. */
  why: string;
  /** A text of at least `bytes` UTF-8 bytes. */
  make(bytes: number): string;
}

/** `prefix + unit×n + suffix` reaching `bytes`. */
function framed(prefix: string, unit: string, suffix: string): (bytes: number) => string {
  return (bytes) => prefix + repeatToBytes(unit, Math.max(1, bytes - utf8Bytes(prefix) - utf8Bytes(suffix))) + suffix;
}

/** The shapes, in the order they are run. */
export const SHAPES: readonly Shape[] = [
  { name: 'digit run', why: 'one number of a million digits', make: framed('', '1234567890', '') },
  { name: 'digit run + 万亿元', why: 'a huge number that becomes an amount at the very end', make: framed('', '9876543210', '万亿元') },
  { name: '万亿余多 ×N', why: 'unit and qualifier words with no number', make: framed('', '万亿余多', '') },
  { name: '1万亿余多元 ×N', why: 'many adjacent amounts with stacked units and qualifiers', make: framed('', '1万亿余多元', '') },
  { name: 'numerals 一…亿 ×N', why: 'one endless Chinese numeral', make: framed('', '一二三四五六七八九十百千万亿', '') },
  { name: 'numerals + 元', why: 'endless numeral that turns into money at the end', make: framed('', '三百四十五万六千七百八十九', '元') },
  { name: '大写 壹…亿 ×N + 元整', why: 'financial numerals without end', make: framed('', '壹贰叁肆伍陆柒捌玖拾佰仟万亿', '元整') },
  { name: '零 run', why: 'a numeral of a million zeros', make: framed('一', '零', '元') },
  { name: 'separators ，,.、', why: 'separator runs with no digits', make: framed('', '，,.、', '') },
  { name: 'digits + separators', why: 'thousand-separator / decimal / list ambiguity', make: framed('', '1,2.3，4、', '元') },
  { name: 'grouped 123,123,…', why: 'one endless thousands-grouped number', make: framed('', '123,', '元') },
  { name: 'decimal chain 1.1.1…', why: 'malformed decimals back to back', make: framed('', '1.', '亿元') },
  { name: 'range chain 3-3-…万元', why: 'ranges that never close', make: framed('', '3-', '3万元') },
  { name: '至 chain', why: 'Chinese ranges that never close', make: framed('', '一至', '十万元') },
  { name: 'qualifier stack 约近超过不到', why: 'prefix qualifiers piling up', make: framed('', '约近超过不到', '1万元') },
  { name: '百分之 ×N', why: 'percent prefix without a number', make: framed('', '百分之', '五') },
  { name: 'spaced digits 1 2 3', why: 'numbers split by spaces (RT joins them)', make: framed('', '1 2 3 万 ', '元') },
  { name: 'astral + lone surrogates', why: 'surrogate handling', make: framed('', '𠀀1万\uD800元\uDC00', '') },
  {
    name: 'mixed seed-like figures',
    why: 'dense realistic figures without prose',
    make: framed('', '约1.25亿余元，3522万多元、二〇二三年壹拾万零三百元，82,225.00元以上；', ''),
  },
];
