/**
 * Plain-text rendering of findings, for command lines and reports.
 *
 * @module
 */
import type { Finding } from '../domain/finding.js';
import { argumentError } from '../domain/validation-error.js';

const MARK = { error: '✗ error', warning: '! warning', info: 'i info' } as const;

/**
 * Renders a finding as a few lines of text: severity, check, the claims with their offsets, the
 * message in Chinese and English, what was observed and expected (with the basis), and the fix.
 * With the raw text, each claim is shown with a little context. Never throws.
 *
 * @example
 * ```ts
 * console.log(formatFinding(findings[0], raw));
 * // ✗ error unit_slip 8793亿元 [223, 229)
 * //   8793亿元与同一指标的其他数字（3522万元、3616万元、3625万元）相差约4个数量级，…应为8793万元。
 * //   …
 * //   fix: 8793万元 (87930000)
 * ```
 */
export function formatFinding(finding: Finding, raw?: string): string {
  try {
    const lines: string[] = [];
    // Evidence spans (a damaged date) lead when there are any: they are what the finding is about.
    const where = (finding.evidence ?? []).map((e) => `${e.text} [${e.start}, ${e.end})`);
    for (const c of finding.claims) where.push(`${c.span.text} [${c.span.start}, ${c.span.end})`);
    lines.push(`${MARK[finding.severity] ?? finding.severity} ${finding.checkId} ${where[0] ?? ''}`.trimEnd());
    lines.push(`  ${finding.message.zh}`);
    lines.push(`  ${finding.message.en}`);
    if (where.length > 1) lines.push(`  involves: ${where.slice(1).join('; ')}`);
    if (typeof raw === 'string') {
      const first = finding.evidence?.[0] ?? finding.claims[0]?.span;
      if (first !== undefined) {
        const from = Math.max(0, first.start - 20);
        const to = Math.min(raw.length, first.end + 20);
        lines.push(`  context: …${raw.slice(from, first.start)}【${raw.slice(first.start, first.end)}】${raw.slice(first.end, to)}…`.replace(/\s+/g, ' '));
      }
    }
    const obs = finding.observed;
    const obsText = obs.text ?? (obs.value === null ? '' : `${obs.value.toFixed()}${obs.unit === undefined ? '' : ` ${obs.unit}`}`);
    if (obsText.length > 0) lines.push(`  observed: ${obsText}`);
    if (finding.expected !== null) {
      const e = finding.expected;
      const range = e.low === null && e.high === null ? '' : `${e.low?.toFixed() ?? '…'} – ${e.high?.toFixed() ?? '…'}; `;
      lines.push(`  expected: ${range}${e.basis}`);
    }
    if (finding.suggestedFix !== undefined) {
      const v = finding.suggestedFix.value;
      lines.push(`  fix: ${finding.suggestedFix.text}${v === null ? '' : ` (${v.toFixed()})`}`);
    }
    return lines.join('\n');
  } catch {
    return `${String((finding as { checkId?: unknown })?.checkId ?? 'finding')}`;
  }
}

/**
 * A one-line summary of findings: how many of each severity.
 *
 * @example
 * ```ts
 * summarizeFindings(findings); // '1 error, 2 warnings, 1 info'
 * ```
 */
export function summarizeFindings(findings: readonly Finding[]): string {
  if (!Array.isArray(findings as unknown)) throw argumentError('summarizeFindings', 'findings', 'an array of findings', findings);
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f !== null && typeof f === 'object' && f.severity in n) n[f.severity]++;
  return `${n.error} error${n.error === 1 ? '' : 's'}, ${n.warning} warning${n.warning === 1 ? '' : 's'}, ${n.info} info`;
}
