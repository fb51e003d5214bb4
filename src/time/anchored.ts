/**
 * Scanning a pattern only where it can match: every match of an anchored pattern holds one of a
 * few anchor characters at a bounded distance from its start (`2023年…`: 年 at 4), so the pattern
 * (a sticky copy) is tried only at the positions from which an anchor can be reached, instead of
 * running its lookbehind at every position of the text. The matches are exactly those of the
 * global pattern. Internal to the date module.
 *
 * @module
 */

/**
 * A pattern every match of which holds one of the `anchors` characters between `near` and `far`
 * code units after its start (`2023年…`: 年 at 4), with a sticky copy of it. Scanning it with
 * `eachAnchored` gives exactly the matches of the global pattern, but tries the pattern only
 * where an anchor can be reached, instead of running its lookbehind at every position.
 *
 * @example
 * ```ts
 * const a: Anchored = anchoredOf(/(?<!\d)((?:19|20)\d{2})年/g, '年', 4, 4); // “2023年”：年在第4位
 * ```
 */
export interface Anchored {
  /** The pattern, sticky (`y`): tried at one position at a time. */
  sticky: RegExp;
  /** The anchor characters (one UTF-16 code unit each). */
  anchors: string;
  /** Least distance from a match's start to its anchor. */
  near: number;
  /** Greatest distance from a match's start to its anchor. */
  far: number;
  /** A necessary condition on the text after an anchor at `y` (`年来`, `年多以来`). */
  tail?: (t: string, y: number) => boolean;
  /** The code units a match can start with, when known: other positions are not tried. */
  first?: ReadonlySet<number>;
}

/**
 * An anchored pattern from a global one: every match of `re` must hold one of `anchors` between
 * `near` and `far` code units after its start (and satisfy `tail` there, when given), and start
 * with one of the characters of `first` (when given; one UTF-16 code unit each).
 *
 * @example
 * ```ts
 * const month = anchoredOf(/(\d{1,2})月/g, '月', 1, 2); // “7月”“12月”：月在第1或第2位
 * ```
 */
export function anchoredOf(
  re: RegExp,
  anchors: string,
  near: number,
  far: number,
  tail?: Anchored['tail'],
  first?: string,
): Anchored {
  const a: Anchored = { sticky: new RegExp(re.source, 'y'), anchors, near, far };
  if (tail) a.tail = tail;
  if (first !== undefined) a.first = new Set(Array.from(first, (ch) => ch.charCodeAt(0)));
  return a;
}

/**
 * The matches of an anchored pattern in `t`, left to right, as the global pattern finds them: a
 * match starting at `p` has an anchor at `y` with `p + near <= y <= p + far`, so the positions
 * that can start one are tried in increasing order, each at most once, and the leftmost match is
 * the first found; the next search starts where it ends. `fn` may return `false` to stop.
 *
 * @example
 * ```ts
 * const found: string[] = [];
 * eachAnchored(anchoredOf(/(\d{1,2})月/g, '月', 1, 2), '2023年7月至12月', (m) => { found.push(m[0]); });
 * found; // ['7月', '12月']
 * ```
 */
export function eachAnchored(
  a: Anchored,
  t: string,
  fn: (m: RegExpExecArray) => void | boolean,
  positions?: AnchorPositions,
): void {
  const { sticky, anchors, near, far, tail, first } = a;
  // Where each anchor stands: the caller's lists (one pass over the text for all patterns), or indexOf.
  const lists: (readonly number[] | undefined)[] = [];
  const at: number[] = [];
  const next: number[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const list = positions?.get(anchors.charCodeAt(k));
    lists.push(list);
    at.push(0);
    next.push(list === undefined ? t.indexOf(anchors[k]!) : list.length > 0 ? list[0]! : -1);
  }
  let low = 0; // positions before this are tried, or lie inside the last match
  for (;;) {
    let y = -1;
    let kk = -1;
    for (let k = 0; k < next.length; k++) {
      const v = next[k]!;
      if (v >= 0 && (y < 0 || v < y)) {
        y = v;
        kk = k;
      }
    }
    if (y < 0) return;
    const list = lists[kk];
    if (list === undefined) next[kk] = t.indexOf(anchors[kk]!, y + 1);
    else {
      const j = ++at[kk]!;
      next[kk] = j < list.length ? list[j]! : -1;
    }
    if (tail !== undefined && !tail(t, y)) continue;
    const last = y - near;
    for (let p = Math.max(low, y - far); p <= last; p++) {
      if (first !== undefined && !first.has(t.charCodeAt(p))) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(t);
      if (m !== null) {
        if (fn(m) === false) return;
        low = Math.max(p + 1, m.index + m[0].length);
        break;
      }
    }
    if (low <= last) low = last + 1;
  }
}


/**
 * The positions of some characters in a text, one sorted list per character (UTF-16 code unit),
 * for {@link eachAnchored}: one pass over the text serves every pattern anchored on them.
 *
 * @example
 * ```ts
 * anchorPositions('2023年7月至12月', '年月').get('月'.charCodeAt(0)); // [6, 10]
 * ```
 */
export type AnchorPositions = ReadonlyMap<number, readonly number[]>;

const anchorTables = new Map<string, Uint8Array>();

/**
 * Lists where each character of `chars` (at most 255, one UTF-16 code unit each) stands in `t`.
 *
 * @example
 * ```ts
 * anchorPositions('2023年7月至12月', '年月').get('年'.charCodeAt(0)); // [4]
 * ```
 */
export function anchorPositions(t: string, chars: string): AnchorPositions {
  let table = anchorTables.get(chars);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (let k = 0; k < chars.length && k < 255; k++) if (table[chars.charCodeAt(k)] === 0) table[chars.charCodeAt(k)] = k + 1;
    anchorTables.set(chars, table);
  }
  const lists: number[][] = [];
  for (let k = 0; k < chars.length; k++) lists.push([]);
  for (let i = 0; i < t.length; i++) {
    const k = table[t.charCodeAt(i)]!;
    if (k !== 0) lists[k - 1]!.push(i);
  }
  const out = new Map<number, number[]>();
  for (let k = 0; k < chars.length && k < 255; k++) if (!out.has(chars.charCodeAt(k))) out.set(chars.charCodeAt(k), lists[k]!);
  return out;
}
