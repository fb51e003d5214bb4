/**
 * Words for the programme as a whole and for movements between its sides: the eastern and
 * western groups that national reports name (东部8省市 → 西部10省区市), and the verbs that send
 * people or goods to a place (来沪, 赴粤, 到闽, 前往杭州).
 *
 * Source: the wording of national reports of 东西部扶贫协作 and 东西部协作 (the State Council
 * Information Office's 2021 white paper 《人类减贫的中国实践》, the yearly reports of the 国家乡村振兴局
 * and their coverage by 人民日报 and 新华社): 东部9省市 / 东部8省市 for the helping provinces (9 in
 * 1996–2020 with the 计划单列市, 8 from 2021), 西部10省区市 for the helped ones, 东部地区 / 西部地区
 * and 东部省份 / 西部省份 in running text.
 *
 * @module
 */

/**
 * The eastern side as a group: 东部 followed by a count and 省市 / 省份 / 省（市）, or 东部地区 /
 * 东部省份 / 东部省市. Matched on simplified text.
 *
 * @example
 * ```ts
 * NATIONAL_EAST.test('东部8省市'); // true
 * ```
 */
export const NATIONAL_EAST = /东部(?:[0-9一二三四五六七八九十]{1,2}个?省(?:[(（]?市[)）]?|份|区市|区)?|地区|省份|省市)/;

/**
 * The western side as a group: 西部 followed by a count and 省区市 / 省份, or 西部地区 / 西部省份 /
 * 西部省区市; also 中西部22省份 (the provinces with 脱贫县).
 *
 * @example
 * ```ts
 * NATIONAL_WEST.test('西部10省区市'); // true
 * ```
 */
export const NATIONAL_WEST = /(?:中)?西部(?:[0-9一二三四五六七八九十]{1,2}个?省(?:[(（]?区[、，]?市[)）]?|份|区市|区)?|地区|省份|省区市)/;

/**
 * Verbs that send people to the place named right after them, when the place is a full region name
 * (到天津市河东区, 前往杭州, 赴上海), or keep them there (稳定在福建务工).
 *
 * @example
 * ```ts
 * TO_PLACE_VERBS.includes('赴'); // true
 * ```
 */
export const TO_PLACE_VERBS: readonly string[] = ['前往', '到', '赴', '去', '在'];

/**
 * Verbs that form a fixed word with a province's one-character abbreviation (来津, 赴沪, 在粤, 回黔):
 * only these, right before the abbreviation, make it a place.
 *
 * @example
 * ```ts
 * ABBREVIATION_VERBS.includes('来'); // true —— 来沪、来京
 * ```
 */
export const ABBREVIATION_VERBS: readonly string[] = ['来', '赴', '在', '到', '留', '返', '回', '入', '进'];

/**
 * Characters before 到 that make it no destination (达到, 受到, 得到, 看到 …).
 *
 * @example
 * ```ts
 * NOT_BEFORE_TO.includes('达'); // true —— 达到
 * ```
 */
export const NOT_BEFORE_TO = '达受得收遇看想感做办找提用见听说';

/**
 * Characters before 来 that make it no verb of arrival (以来, 年来, 带来, 未来, 近来, 从来 …).
 *
 * @example
 * ```ts
 * NOT_BEFORE_COME.includes('以'); // true —— 以来
 * ```
 */
export const NOT_BEFORE_COME = '以年带未近从本原后将起出进回上下过迎引招';

/**
 * What people go east to do, after 来/赴/在 + an eastern place (来沪就业, 赴粤务工): the words of the
 * 到东部就业 metric.
 *
 * @example
 * ```ts
 * EMPLOYMENT_WORDS.includes('务工'); // true —— 赴粤务工
 * ```
 */
export const EMPLOYMENT_WORDS: readonly string[] = ['就业', '务工', '稳岗就业', '稳定就业'];

/**
 * Names for the group of areas one eastern unit helps, which stand for the western side as a whole
 * (两县一区, 四个受援地区, 受援三地), in simplified and traditional script.
 *
 * @example
 * ```ts
 * HELPED_GROUP.exec('助力四个受援地区全部脱贫')?.[0]; // '四个受援地区'
 * ```
 */
export const HELPED_GROUP = /(两县一区|兩縣一區|[一二两兩三四五六七八九十\d]+个受援(地区|县)|[一二两兩三四五六七八九十\d]+個受援(地區|縣)|受援[三四五]地)/;

/**
 * Words that make a text a report of 对口支援 (paired assistance to Xinjiang, Tibet, Qinghai and
 * others) rather than of 东西部协作, when its title or lead holds one and no 东西部 word.
 *
 * @example
 * ```ts
 * PAIRED_SUPPORT_WORDS.test('上海援疆干部人才'); // true
 * ```
 */
export const PAIRED_SUPPORT_WORDS = /对口支援|援疆|援藏|援青/;

/**
 * Words that name 东西部（扶贫）协作 itself, or its 协作 (沪滇协作, 扶贫协作, 闽宁协作).
 *
 * @example
 * ```ts
 * EAST_WEST_WORDS.test('沪滇协作'); // true
 * ```
 */
export const EAST_WEST_WORDS = /东西部|东西协作|东西扶贫|协作|携手奔小康|携手促振兴/;

/**
 * Ends of organisation names that begin with a place (天津食品集团, 重庆猪八戒网, 广州越秀集团,
 * 北京本来生活网): a region name followed, within a few Han characters and before any punctuation,
 * by one of these names an organisation, not a side of a pairing.
 *
 * @example
 * ```ts
 * ORGANIZATION_ENDS.includes('集团'); // true
 * ```
 */
export const ORGANIZATION_ENDS: readonly string[] = [
  '集团', '公司', '股份', '有限', '网', '银行', '大学', '学院', '医院', '商会', '协会', '超市', '商场', '酒店', '研究院',
  '研究所', '电视台', '日报', '晚报', '卫视', '基金会', '中学', '小学', '职业技术', '控股', '实业', '物流', '电商平台',
];

/** How many Han characters may stand between a place and the end of an organisation's name. */
export const ORGANIZATION_GAP = 6;

/**
 * Words after a pair of province abbreviations that make the pair the two sides of a programme
 * (沪滇协作, 粤桂两省区, 闽宁对口扶贫, 京蒙帮扶): the pair then names the helping and the helped
 * province, when the registry pairs them.
 *
 * @example
 * ```ts
 * PAIR_FOLLOWERS.includes('协作'); // true —— 沪滇协作
 * ```
 */
export const PAIR_FOLLOWERS: readonly string[] = ['协作', '两省', '两地', '扶贫', '合作', '对口', '携手', '帮扶', '东西部'];
