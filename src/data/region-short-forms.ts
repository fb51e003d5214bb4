/**
 * Short forms of region names that reports use and that cannot be derived from the official names
 * by rule: the one-character province abbreviations (简称: 津, 沪, 陇), other common names (蜀, 锡盟),
 * and the hand lists that correct the rule-made short forms (see `scripts/build-gazetteer.ts`).
 *
 * The one-character abbreviations are data for the direction cues of the extraction (来津, 赴沪,
 * 援疆): the registry accepts them only as a whole-string look-up (`findRegion('沪')`), never in
 * running text (津 in 津贴).
 *
 * Sources: the official abbreviations and the second ones in common use (川/蜀, 黔/贵, 滇/云, 陕/秦,
 * 甘/陇) as public tables list them (https://cnblogs.com/dongyingit/p/6665336.html,
 * http://zeus.akigo.cn/6073c8f96c1e79669.html); 蒙 for 内蒙古 from the second. Hand lists: reviewed
 * by the project against the seed articles and the national fixtures.
 *
 * @module
 */

/**
 * One-character abbreviations (简称) of each province-level division, by GB/T 2260 code, the
 * official one first. Accepted by `findRegion` / `lookupRegion` only as the whole string.
 *
 * @example
 * ```ts
 * PROVINCE_ABBREVIATIONS['120000']; // ['津']
 * PROVINCE_ABBREVIATIONS['620000']; // ['甘', '陇']
 * ```
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  '110000': ['京'],
  '120000': ['津'],
  '130000': ['冀'],
  '140000': ['晋'],
  '150000': ['蒙'],
  '210000': ['辽'],
  '220000': ['吉'],
  '230000': ['黑'],
  '310000': ['沪'],
  '320000': ['苏'],
  '330000': ['浙'],
  '340000': ['皖'],
  '350000': ['闽'],
  '360000': ['赣'],
  '370000': ['鲁'],
  '410000': ['豫'],
  '420000': ['鄂'],
  '430000': ['湘'],
  '440000': ['粤'],
  '450000': ['桂'],
  '460000': ['琼'],
  '500000': ['渝'],
  '510000': ['川', '蜀'],
  '520000': ['黔', '贵'],
  '530000': ['滇', '云'],
  '540000': ['藏'],
  '610000': ['陕', '秦'],
  '620000': ['甘', '陇'],
  '630000': ['青'],
  '640000': ['宁'],
  '650000': ['新'],
};

/**
 * Other strong names of regions (code → names) that the rules do not make: 锡盟, 内蒙, 莫旗 …
 * Accepted in running text and alone.
 *
 * @example
 * ```ts
 * EXTRA_SHORT_FORMS['152500']; // ['锡盟']
 * ```
 */
export const EXTRA_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  '150000': ['内蒙'],
  '152500': ['锡盟'],
  '152200': ['兴安盟'],
  '152900': ['阿拉善'],
  '150783': ['扎兰屯'],
  '150722': ['莫旗'],
  // Banners of Inner Mongolia and a county of Liaoning by their usual abbreviations (察右前旗 for
  // 察哈尔右翼前旗): the first character of the people's name, the wing and the position.
  '150121': ['土左旗'],
  '150221': ['土右旗'],
  '150223': ['达茂旗'],
  '150521': ['科左中旗'],
  '150522': ['科左后旗'],
  '150726': ['新左旗'],
  '150727': ['新右旗'],
  '150926': ['察右前旗'],
  '150927': ['察右中旗'],
  '150928': ['察右后旗'],
  '152221': ['科右前旗'],
  '152222': ['科右中旗'],
  '152525': ['东乌旗'],
  '152526': ['西乌旗'],
  '211324': ['喀左县', '喀左'],
  '120114': ['武清县'],
  '120115': ['宝坻县'],
  '120117': ['宁河县'],
  '120118': ['静海县'],
};

/**
 * Rule-made short forms that are ordinary words (or the names of other things) which the word
 * list misses, mostly because it tags them as place names (平原, 南湖, 长安): they are weak —
 * accepted in running text only right after the name of a parent (兰州城关 → 城关区, 山东日照 →
 * 日照市), and alone as a whole-string look-up. Prefectures' short forms are weak only when listed
 * here (日照, 大同, 安康, 长治, 来宾, 白银).
 *
 * @example
 * ```ts
 * WEAK_SHORT_FORMS.includes('城关'); // true —— 城关区(兰州、拉萨…)
 * ```
 */
export const WEAK_SHORT_FORMS: readonly string[] = [
  // ordinary words, or words tagged as place names (ns) by the word list that usually are not one
  '长安', '太平', '城关', '兴隆', '河西', '河东', '河北', '和平', '南开', '滨海', '新华', '东风',
  '安定', '白银', '景泰', '灵台', '永和', '大方', '方正', '通道', '合作', '城中', '城东', '城西',
  '城北', '市中', '新城', '江北', '江南', '中山', '东方', '友谊',
  '红旗', '解放', '前进', '向阳', '光明', '富裕', '富民', '阿里', '平安',
  '新建', '长寿', '万全', '永安', '永定', '安宁', '清河', '石门', '桃源', '临江', '江城', '海城', '新市',
  '中原', '城厢', '大安', '大通', '和政', '共和', '民和', '民乐', '嘉禾', '资源', '红河',
  '江口', '河口', '湖口', '西山', '铁西', '铁东', '双桥', '金山', '海港', '港北', '港南', '宝安',
  '龙华', '开福', '雨花', '芙蓉', '绿园', '丰满', '船营', '二道', '南关', '新兴',
  '大名', '安平', '平山',
  // lakes, mountains, rivers and seas, and words inside them (六盘山, 通天河, 澜沧江, 三江源, 绿水青山)
  '平原', '南湖', '东湖', '北湖', '西湖', '太湖', '湖滨', '南海', '东海', '南沙', '泰山', '庐山',
  '天山', '恒山', '青山', '南山', '东山', '松山', '龙山', '花山', '钟山', '万山', '千山', '盘山',
  '天河', '澜沧', '龙江', '三江', '沙河', '白河', '沿河', '新河', '江海', '江山', '武陵', '白山',
  // ordinary words and names of other things (商城 mall, 路桥 roads and bridges, 长治久安, 日照时间 …)
  '古城', '天桥', '商城', '甘泉', '西夏', '牡丹', '白杨', '新星', '七星', '卧龙', '龙门', '路桥',
  '山城', '上街', '宝塔', '白玉', '元宝', '大城', '故城', '大关', '盘龙', '东坡', '南城', '九龙',
  '福田', '大新', '惠民', '新建', '桂东', '榕城', '长乐', '安国', '日照', '大同', '安康', '长治',
  '来宾',
];

/**
 * Rule-made short forms that stay strong though the word list marks them as ordinary words: the
 * seeds' partners and names reports use on their own (静宁, 迭部).
 *
 * @example
 * ```ts
 * STRONG_SHORT_FORMS.includes('静宁'); // true
 * ```
 */
export const STRONG_SHORT_FORMS: readonly string[] = [
  '静宁', '迭部', '临潭', '舟曲', '卓尼', '碌曲', '玛曲', '夏河', '泾川', '庄浪', '华池', '环县',
  '古浪', '天祝', '靖远', '皋兰', '永登', '榆中', '秦安', '甘谷', '麦积', '崆峒', '庆城', '镇原',
  '武都', '隆化', '围场', '平泉', '武清', '宝坻', '宁河', '静海', '蓟州', '东丽', '西青', '津南',
  '北辰', '红桥', '和田', '昌都', '黄南', '承德', '兰州', '张家川', '临夏', '甘南',
];
