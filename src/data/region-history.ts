/**
 * Former names and codes of regions (renames and changes of status, 1996–2025), for reading
 * reports of every phase of the programme: a former name resolves to the region as it is today
 * (蓟县 → 蓟州区 120119, 襄樊 → 襄阳市 420600).
 *
 * Each row names the current region by its GB/T 2260 code, the former name, the former code when
 * it differed, and `until`: the year of the change (the State Council's approval; the new name is
 * in use from that year or the next). `source` is where the fact was checked; rows with
 * `verified: false` are from the project's domain notes and general knowledge, not yet checked
 * against a page, and say so in `note`.
 *
 * @module
 */

/**
 * One former name of a region.
 *
 * @example
 * ```ts
 * const row: RegionHistoryRow = { code: '120119', name: '蓟县', formerCode: '120225', until: 2016, source: 'https://…', verified: true };
 * ```
 */
export interface RegionHistoryRow {
  /** GB/T 2260 code of the region today. */
  readonly code: string;
  /** The former name (full form: 蓟县, 海东地区). */
  readonly name: string;
  /** The former code, when it differed from today's. */
  readonly formerCode?: string;
  /** Year of the change. */
  readonly until: number;
  /** Where the fact was checked (page URL), or the project's domain notes. */
  readonly source: string;
  /** Whether the row was checked against `source`. */
  readonly verified: boolean;
  /** Notes: merged units, dates not verified. */
  readonly note?: string;
}

const MCA = 'https://www.mca.gov.cn/mzsj/xzqh/ (行政区划变更公告; GB/T 2260 code lists by year)';
const NOT_VERIFIED = 'date and former code from general knowledge, not verified against a page';
// Rows with a page URL: the change and its year checked on that page (facts only, in our words);
// former codes are GB/T 2260 codes of the years before, not checked against a page unless noted.

/**
 * The former names and codes, by region.
 *
 * @example
 * ```ts
 * REGION_HISTORY.find((r) => r.name === '襄樊市')?.code; // '420600'
 * ```
 */
export const REGION_HISTORY: readonly RegionHistoryRow[] = [
  // Tianjin
  { code: '120119', name: '蓟县', formerCode: '120225', until: 2016, source: 'http://news.cjn.cn/gnxw/201607/t2863349.htm', verified: true, note: 'July 2016; former code not verified' },
  { code: '120114', name: '武清县', formerCode: '120222', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '120115', name: '宝坻县', formerCode: '120224', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '120117', name: '宁河县', formerCode: '120221', until: 2015, source: 'http://tcsdqw.cn/tjxw/1544.html', verified: true, note: 'former code not verified' },
  { code: '120118', name: '静海县', formerCode: '120223', until: 2015, source: 'http://tcsdqw.cn/tjxw/1544.html', verified: true, note: 'former code not verified' },
  { code: '120116', name: '塘沽区', formerCode: '120107', until: 2009, source: MCA, verified: false, note: `merged into 滨海新区 with 汉沽区 and 大港区; ${NOT_VERIFIED}` },
  { code: '120116', name: '汉沽区', formerCode: '120108', until: 2009, source: MCA, verified: false, note: `merged into 滨海新区; ${NOT_VERIFIED}` },
  { code: '120116', name: '大港区', formerCode: '120109', until: 2009, source: MCA, verified: false, note: `merged into 滨海新区; ${NOT_VERIFIED}` },
  // Hebei
  { code: '130881', name: '平泉县', formerCode: '130823', until: 2017, source: 'http://www.thepaper.cn/newsDetail_forward_1694482', verified: true, note: 'approved 2017-04-09; former code not verified' },
  // Hubei
  { code: '420600', name: '襄樊市', until: 2010, source: 'http://ccztv.cn/html/xinwenzixun/201101/08-1594_2.html', verified: true, note: 'approved 2010-11-26, in use from 2010-12-09' },
  // Chongqing
  { code: '500154', name: '开县', formerCode: '500234', until: 2016, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'June 2016; former code not verified' },
  { code: '500156', name: '武隆县', formerCode: '500232', until: 2016, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'approved 2016, decided 2016-12-02 with 梁平; former code not verified' },
  { code: '500155', name: '梁平县', formerCode: '500228', until: 2016, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'approved 2016, decided 2016-12-02 with 武隆; former code not verified' },
  { code: '500120', name: '璧山县', formerCode: '500227', until: 2014, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'former code not verified' },
  { code: '500151', name: '铜梁县', formerCode: '500224', until: 2014, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'former code not verified' },
  { code: '500152', name: '潼南县', formerCode: '500223', until: 2015, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'former code not verified' },
  { code: '500153', name: '荣昌县', formerCode: '500226', until: 2015, source: 'http://www.anluw.com/news/136251.html', verified: true, note: 'former code not verified' },
  { code: '500111', name: '大足县', formerCode: '500225', until: 2011, source: MCA, verified: false, note: `merged with 双桥区 into 大足区; ${NOT_VERIFIED}` },
  { code: '500110', name: '綦江县', formerCode: '500222', until: 2011, source: MCA, verified: false, note: `merged with 万盛区 into 綦江区; ${NOT_VERIFIED}` },
  // Guizhou
  { code: '520500', name: '毕节地区', formerCode: '522400', until: 2011, source: 'https://ttnews.xyz/a/5e6e43e7dc9b5e7d7fd0436c?lang=zh-hant', verified: true, note: 'set up 2011 (铜仁 2011-10-22); former code not verified' },
  { code: '520600', name: '铜仁地区', formerCode: '522200', until: 2011, source: 'https://ttnews.xyz/a/5e6e43e7dc9b5e7d7fd0436c?lang=zh-hant', verified: true, note: 'set up 2011-10-22; former code not verified' },
  { code: '520400', name: '安顺地区', formerCode: '522500', until: 2000, source: 'https://ttnews.xyz/a/5e6e43e7dc9b5e7d7fd0436c?lang=zh-hant', verified: true, note: 'set up 2000-06; former code not verified' },
  // Yunnan
  { code: '530800', name: '思茅市', until: 2007, source: 'https://newton.com.tw/wiki/%E6%99%AE%E6%B4%B1%E5%BA%9C', verified: true, note: '思茅市 → 普洱市 2007' },
  { code: '530800', name: '思茅地区', formerCode: '532700', until: 2003, source: 'https://www.duhocchina.com/baike/zh/%E6%80%9D%E8%8C%85%E5%B8%82', verified: true, note: '思茅地区 → 地级思茅市 2003-10-30; former code not verified' },
  { code: '530500', name: '保山地区', formerCode: '533000', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '530600', name: '昭通地区', formerCode: '532100', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '530700', name: '丽江地区', formerCode: '533200', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '530900', name: '临沧地区', formerCode: '533500', until: 2003, source: MCA, verified: false, note: NOT_VERIFIED },
  // Tibet
  { code: '540200', name: '日喀则地区', formerCode: '542300', until: 2014, source: 'https://www.chinanews.com.cn/tp/2015/04-03/7183042.shtml', verified: true, note: 'the page (2015) names 日喀则 and 昌都 as already cities; the year 2014 itself is not on it; former code not verified' },
  { code: '540300', name: '昌都地区', formerCode: '542100', until: 2014, source: 'https://www.chinanews.com.cn/tp/2015/04-03/7183042.shtml', verified: true, note: 'the page (2015) names 日喀则 and 昌都 as already cities; the year 2014 itself is not on it; former code not verified' },
  { code: '540400', name: '林芝地区', formerCode: '542600', until: 2015, source: 'https://www.chinanews.com.cn/tp/2015/04-03/7183042.shtml', verified: true, note: 'former code not verified' },
  { code: '540500', name: '山南地区', formerCode: '542200', until: 2016, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '540600', name: '那曲地区', formerCode: '542400', until: 2017, source: 'http://news.youth.cn/gn/201710/t20171002_10820523.htm', verified: true, note: '国函〔2017〕109号; the city opened 2018-05-07; former code not verified' },
  { code: '540103', name: '堆龙德庆县', formerCode: '540125', until: 2015, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '540104', name: '达孜县', formerCode: '540126', until: 2017, source: MCA, verified: false, note: NOT_VERIFIED },
  // Shaanxi
  { code: '610700', name: '汉中地区', formerCode: '612300', until: 1996, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '610800', name: '榆林地区', formerCode: '612700', until: 1999, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '610900', name: '安康地区', formerCode: '612400', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '611000', name: '商洛地区', formerCode: '612500', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  // Gansu
  { code: '620600', name: '武威地区', formerCode: '622300', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '620700', name: '张掖地区', formerCode: '622200', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '620800', name: '平凉地区', formerCode: '622700', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '620900', name: '酒泉地区', formerCode: '622100', until: 2002, source: 'http://www.weimomishe.com/doc/718966f4b37719b16', verified: true, note: '国函〔2002〕53号, 2002-06-18; former code not verified' },
  { code: '621000', name: '庆阳地区', formerCode: '622800', until: 2002, source: 'https://zh.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E5%90%8C%E6%84%8F%E7%94%98%E8%82%83%E7%9C%81%E6%92%A4%E9%94%80%E5%BA%86%E9%98%B3%E5%9C%B0%E5%8C%BA%E8%AE%BE%E7%AB%8B%E5%9C%B0%E7%BA%A7%E5%BA%86%E9%98%B3%E5%B8%82%E7%9A%84%E6%89%B9%E5%A4%8D', verified: true, note: '国函〔2002〕55号, 2002-06-22; former code not verified' },
  { code: '621021', name: '庆阳县', until: 2002, source: 'https://zh.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E5%90%8C%E6%84%8F%E7%94%98%E8%82%83%E7%9C%81%E6%92%A4%E9%94%80%E5%BA%86%E9%98%B3%E5%9C%B0%E5%8C%BA%E8%AE%BE%E7%AB%8B%E5%9C%B0%E7%BA%A7%E5%BA%86%E9%98%B3%E5%B8%82%E7%9A%84%E6%89%B9%E5%A4%8D', verified: true, note: '庆阳县 renamed 庆城县 by 国函〔2002〕55号; the code did not change' },
  { code: '621100', name: '定西地区', formerCode: '622400', until: 2003, source: 'http://nakedoat.com/zwgk/2005-08/25/content_25910.htm', verified: true, note: '国函〔2003〕46号, 2003-04-04; former code not verified' },
  { code: '621200', name: '陇南地区', formerCode: '622600', until: 2004, source: 'https://zhonghuashu.com/wiki/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E5%90%8C%E6%84%8F%E7%94%98%E8%82%83%E7%9C%81%E6%92%A4%E9%94%80%E9%99%87%E5%8D%97%E5%9C%B0%E5%8C%BA%E8%AE%BE%E7%AB%8B%E5%9C%B0%E7%BA%A7%E9%99%87%E5%8D%97%E5%B8%82%E7%9A%84%E6%89%B9%E5%A4%8D', verified: true, note: '国函〔2004〕1号, 2004-01-11; former code not verified' },
  // Qinghai
  { code: '630200', name: '海东地区', formerCode: '632100', until: 2013, source: 'http://qh.people.com.cn/GB/182782/352717/', verified: true, note: 'former code not verified' },
  { code: '630106', name: '湟中县', formerCode: '630122', until: 2019, source: 'https://zh.wikipedia.org/wiki/%E6%B9%9F%E4%B8%AD%E5%8C%BA', verified: true, note: '国函〔2019〕106号 (2019-11), in force 2020-07-22; former code not verified' },
  { code: '630202', name: '乐都县', formerCode: '632123', until: 2013, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '630203', name: '平安县', formerCode: '632121', until: 2015, source: MCA, verified: false, note: NOT_VERIFIED },
  // Ningxia
  { code: '640400', name: '固原地区', formerCode: '642200', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  // Xinjiang
  { code: '650400', name: '吐鲁番地区', formerCode: '652100', until: 2015, source: 'http://brrs.cn/c/2015-04-13/481625.shtml', verified: true, note: 'former code not verified' },
  { code: '650500', name: '哈密地区', formerCode: '652200', until: 2016, source: 'http://nmhdgaokao.com/xinjiang/hamishi_history.html', verified: true, note: 'approved 2016-01-07; former code not verified' },
  // Sichuan
  { code: '511600', name: '广安地区', formerCode: '513600', until: 1998, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '511700', name: '达川地区', formerCode: '513000', until: 1999, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '511800', name: '雅安地区', formerCode: '513100', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '511900', name: '巴中地区', formerCode: '513700', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '511400', name: '眉山地区', formerCode: '513800', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '512000', name: '资阳地区', formerCode: '513900', until: 2000, source: MCA, verified: false, note: NOT_VERIFIED },
  // Guangxi
  { code: '451000', name: '百色地区', formerCode: '452600', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '451100', name: '贺州地区', formerCode: '452400', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '451200', name: '河池地区', formerCode: '452700', until: 2002, source: MCA, verified: false, note: NOT_VERIFIED },
  // Inner Mongolia
  { code: '150500', name: '哲里木盟', formerCode: '152300', until: 1999, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '150600', name: '伊克昭盟', formerCode: '152700', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '150700', name: '呼伦贝尔盟', formerCode: '152100', until: 2001, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '150800', name: '巴彦淖尔盟', formerCode: '152800', until: 2003, source: MCA, verified: false, note: NOT_VERIFIED },
  { code: '150900', name: '乌兰察布盟', formerCode: '152600', until: 2003, source: MCA, verified: false, note: NOT_VERIFIED },
];
