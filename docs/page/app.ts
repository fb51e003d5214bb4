/**
 * The browser page: paste an article, see every figure highlighted, the claims table and the
 * findings with their fixes. Bundled into app.js by build.mjs (esbuild) from the library sources.
 */
import { findAmounts, findQuantities, formatAmount } from '../../src/index.js';
import type { Claim, Finding } from '../../src/index.js';
import { checkArticle } from '../../src/checks/index.js';

const SAMPLE = `天津河东区“升级加力”助力迭部县乡村振兴 东西协作硕果累累
2024-06-05 18:44:25

  “累计安排财政援助资金1.25亿元,动员社会各界捐赠资金累计1576.09万元,有力促进了迭部经济社会发展。”

  “支持迭部拓展消费市场,在津设立消费帮扶馆,宣传推介迭部名优农特产品,共计帮助迭部销售农特产品8793亿元。”

  “加强劳务输转信息交流,举办‘春风行动’和东西部协作专场招聘会,累计输转就业1211人。”

  2021年完成消费帮扶销售额共计3522万元,2022年完成3616万元,2023年完成3625万元。
`;

const QUALIFIER_MARK: Record<string, string> = { approx: '≈', more_than: '>', at_least: '≥', nearly: '≲', less_than: '<', at_most: '≤' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; title?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title) e.title = props.title;
  for (const c of children) e.append(c);
  return e;
}

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is missing`);
  return e as T;
}

function claimValue(c: Claim): string {
  const f = c.figure;
  const q = f.kind === 'amount' ? f.amount.qualifier : f.quantity.qualifier;
  let v: string;
  try {
    v = f.kind === 'amount' ? formatAmount(f.amount.value, { currency: f.amount.currency }) : `${f.quantity.value.toFixed()}${f.quantity.unit}`;
  } catch {
    v = (f.kind === 'amount' ? f.amount.value : f.quantity.value).toFixed();
  }
  return (QUALIFIER_MARK[q] ?? '') + v;
}

function periodText(c: Claim): string {
  const p = c.period;
  if (!p) return '';
  if (p.start && p.end && p.start.slice(0, 4) === p.end.slice(0, 4) && p.start.endsWith('-01-01') && p.end.endsWith('-12-31')) return p.start.slice(0, 4);
  return p.start === p.end ? (p.start ?? '') : `${p.start ?? '…'} – ${p.end ?? '…'}`;
}

interface Mark {
  start: number;
  end: number;
  kind: 'amount' | 'quantity';
  claim?: Claim;
  finding?: Finding;
}

/** Every figure of the text, claims first where spans overlap, without overlaps, in text order. */
function marks(text: string, claims: readonly Claim[], findings: readonly Finding[]): Mark[] {
  const flagged = new Map<string, Finding>();
  for (const f of findings) {
    const id = f.claims[0]?.id;
    if (id !== undefined && !flagged.has(id)) flagged.set(id, f);
  }
  const all: Mark[] = [];
  for (const c of claims) {
    const m: Mark = { start: c.figure.span.start, end: c.figure.span.end, kind: c.figure.kind, claim: c };
    const f = flagged.get(c.id);
    if (f) m.finding = f;
    all.push(m);
  }
  for (const a of findAmounts(text)) all.push({ start: a.start, end: a.end, kind: 'amount' });
  for (const q of findQuantities(text)) all.push({ start: q.start, end: q.end, kind: 'quantity' });
  all.sort((a, b) => a.start - b.start || Number(b.claim !== undefined) - Number(a.claim !== undefined) || b.end - a.end);
  const out: Mark[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

function renderText(text: string, ms: readonly Mark[]): void {
  const box = byId<HTMLDivElement>('text');
  box.replaceChildren();
  let at = 0;
  for (const m of ms) {
    if (m.start > at) box.append(text.slice(at, m.start));
    const classes: string[] = [m.kind];
    if (m.claim) classes.push('claim');
    if (m.finding) classes.push('flagged', m.finding.severity);
    const title = m.finding
      ? `${m.finding.checkId}: ${m.finding.message.zh}${m.finding.suggestedFix ? ` → ${m.finding.suggestedFix.text}` : ''}`
      : m.claim
        ? `${m.claim.metric} · ${m.claim.scope} · ${claimValue(m.claim)}`
        : m.kind === 'amount' ? '金额' : '数量';
    const mark = el('mark', { className: classes.join(' '), text: text.slice(m.start, m.end), title });
    mark.dataset.start = String(m.start);
    if (m.finding) mark.dataset.check = m.finding.checkId;
    box.append(mark);
    at = m.end;
  }
  if (at < text.length) box.append(text.slice(at));
}

function renderClaims(claims: readonly Claim[]): void {
  const body = byId<HTMLTableElement>('claims').tBodies[0] as HTMLTableSectionElement;
  body.replaceChildren(
    ...claims.map((c, i) =>
      el(
        'tr',
        {},
        el('td', { className: 'num', text: String(i + 1) }),
        el('td', { text: c.figure.span.text }),
        el('td', { className: 'num', text: claimValue(c) }),
        el('td', { text: c.metric }),
        el('td', { text: c.scope }),
        el('td', { text: periodText(c) }),
        el('td', { text: c.east || c.west ? `${c.east?.name ?? '?'} → ${c.west?.name ?? '?'}` : '' }),
      ),
    ),
  );
  byId('claims-count').textContent = `(${claims.length})`;
}

function renderFindings(findings: readonly Finding[]): void {
  const list = byId<HTMLOListElement>('findings');
  list.replaceChildren();
  if (findings.length === 0) list.append(el('li', { className: 'none', text: '没有发现问题。' }));
  for (const f of findings) {
    const where = (f.claims.length > 0 ? f.claims.map((c) => c.span.text) : (f.evidence ?? []).map((e) => e.text)).join('、');
    const li = el(
      'li',
      { className: f.severity },
      el('div', {}, el('span', { className: 'sev', text: f.severity }), el('span', { className: 'check', text: f.checkId }), ` ${where}`),
      el('div', { text: f.message.zh }),
      el('div', { className: 'en', text: f.message.en }),
    );
    li.dataset.check = f.checkId;
    if (f.suggestedFix) li.append(el('div', { className: 'fix' }, '建议改为 ', el('b', { text: f.suggestedFix.text })));
    list.append(li);
  }
  byId('findings-count').textContent = `(${findings.length})`;
}

function run(): void {
  const input = byId<HTMLTextAreaElement>('input');
  const text = input.value;
  if (document.activeElement !== input) input.scrollTop = 0;
  const { claims, findings } = checkArticle(text);
  const ms = marks(text, claims, findings);
  renderText(text, ms);
  renderClaims(claims);
  renderFindings(findings);
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  byId('summary').textContent = `${ms.length} 个数字，${claims.length} 个数据项；${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 个提示`;
  document.body.dataset.ready = 'true';
}

byId('run').addEventListener('click', run);
byId('sample').addEventListener('click', () => {
  byId<HTMLTextAreaElement>('input').value = SAMPLE;
  run();
});
let timer: ReturnType<typeof setTimeout> | undefined;
byId('input').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 300);
});
