/**
 * Building claims for the check tests from real sentences: the figure is read by the money or
 * quantity parser from the sentence, and the claim gets the metric, scope and period given.
 */
import { ClaimSchema, findAmounts, findQuantities, type Claim, type Period } from '../src/index.js';

/** What a test states about a claim besides its figure. */
export interface ClaimSpec {
  id: string;
  /** The sentence (its own text; sentences are joined with nothing between them). */
  sentence: string;
  /** The figure as written in the sentence; `#2` picks the second occurrence. */
  figure: string;
  metric?: Claim['metric'];
  scope?: Claim['scope'];
  period?: Period | null;
  west?: Claim['west'];
  east?: Claim['east'];
  partOf?: string;
  shareOf?: string;
  sharePart?: string;
}

/** A year as a stated period. */
export function year(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31`, kind: 'interval', basis: 'stated', granularity: 'year' };
}

/** A span of days as a period. */
export function span(start: string, end: string, basis: 'stated' | 'inferred' = 'stated'): Period {
  return { start, end, kind: 'interval', basis };
}

/**
 * Builds the text and the claims: sentences with the same text are one sentence (several claims
 * in it); offsets are into the joined text.
 */
export function build(specs: readonly ClaimSpec[]): { text: string; claims: Claim[] } {
  let text = '';
  const starts = new Map<string, number>();
  for (const s of specs) {
    if (!starts.has(s.sentence)) {
      starts.set(s.sentence, text.length);
      text += s.sentence;
    }
  }
  const claims = specs.map((s) => {
    const base = starts.get(s.sentence)!;
    const [figureText, nth] = s.figure.split('#') as [string, string | undefined];
    let at = -1;
    for (let i = 0; i < Number(nth ?? 1); i++) at = s.sentence.indexOf(figureText, at + 1);
    if (at < 0) throw new Error(`figure ${s.figure} not in ${s.sentence}`);
    const amount = findAmounts(s.sentence).find((a) => a.start === at && a.text === figureText);
    const quantity = findQuantities(s.sentence).find((q) => q.start === at && q.text === figureText);
    const figSpan = { start: base + at, end: base + at + figureText.length, text: figureText };
    const figure =
      amount !== undefined
        ? { kind: 'amount', amount: { value: amount.value, qualifier: amount.qualifier, precision: amount.precision, currency: amount.currency, ...(amount.range ? { range: amount.range } : {}) }, span: figSpan }
        : quantity !== undefined
          ? { kind: 'quantity', quantity: { value: quantity.value, qualifier: quantity.qualifier, precision: quantity.precision, unit: quantity.unit, ...(quantity.range ? { range: quantity.range } : {}) }, span: figSpan }
          : undefined;
    if (figure === undefined) throw new Error(`no parse for ${s.figure}`);
    return ClaimSchema.parse({
      id: s.id,
      figure,
      metric: s.metric ?? 'other',
      scope: s.scope ?? 'unknown',
      period: s.period === undefined ? null : s.period,
      east: s.east === undefined ? { name: '河东区', code: '120102' } : s.east,
      west: s.west === undefined ? { name: '迭部县', code: '623024' } : s.west,
      evidence: { start: base, end: base + s.sentence.length, text: s.sentence },
      confidence: 0.9,
      ...(s.partOf ? { partOf: s.partOf } : {}),
      ...(s.shareOf ? { shareOf: s.shareOf } : {}),
      ...(s.sharePart ? { sharePart: s.sharePart } : {}),
    });
  });
  return { text, claims };
}
