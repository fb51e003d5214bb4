/**
 * The phases of 东西部扶贫协作 / 东西部协作 and of 对口支援, each with the central decision that
 * fixed its pairings, its dates and the page(s) that state them. Pairings name their phase by `id`
 * (`Pairing.phase`).
 *
 * Dates: the day of the decision or publication when a source gives it; a month or year alone is
 * given as its first day and `note` says so. A phase ends the day before the next arrangement of
 * the same programme starts; the pairings of a phase can outlive it when the next arrangement kept
 * them (their `years` say so).
 *
 * @module
 */
import type { z } from 'zod/v4';
import type { ProgrammePhaseSchema } from '../domain/pairing.js';

/**
 * The programme phases, oldest first, in the input form of `ProgrammePhaseSchema`.
 *
 * @example
 * ```ts
 * PROGRAMME_PHASES.find((p) => p.id === 'ewpa-2016')?.document; // '关于进一步加强东西部扶贫协作工作的指导意见'
 * ```
 */
export const PROGRAMME_PHASES: readonly z.input<typeof ProgrammePhaseSchema>[] = [
  {
    id: 'ps-xizang-1994',
    name: '对口支援西藏（1994年第三次西藏工作座谈会起）',
    programme: 'paired_support',
    start: '1994-07-20',
    end: null,
    document: '中央第三次西藏工作座谈会（1994年7月20日至23日）',
    sources: [
      { kind: 'url', url: 'http://czkjst.org/czkjst/第三次西藏工作座谈会/7924240' },
      { kind: 'url', url: 'http://m.gzbhhq.cn/2021-11/12/content_41706130.htm' },
    ],
    note: 'The meeting started 对口援藏 (中国藏学 2019 article); the full 1994 list of which province helps which prefecture was not found.',
  },
  {
    id: 'ewpa-1996',
    name: '东西部扶贫协作（1996年确定结对）',
    programme: 'east_west_poverty_alleviation',
    start: '1996-05-01',
    end: '2010-05-31',
    document: '国务院办公厅转发国务院扶贫开发领导小组《关于组织经济较发达地区与经济欠发达地区开展扶贫协作的报告》（国办发〔1996〕26号，1996年7月6日）',
    sources: [
      { kind: 'url', url: 'http://www.shenduxp.com/2016-12/09/content_18814933.htm' },
      { kind: 'url', url: 'https://enread.com/job/law/26630.html' },
      { kind: 'url', url: 'http://japanese.china.org.cn/business/txt/2011-12/19/content_24191405_15.htm' },
    ],
    note: 'Pairs decided 1996-05 (month only: start given as its first day), transmitted 1996-07-06, launched at the 1996-10 central poverty meeting. Ends with the June 2010 adjustment (month only).',
  },
  {
    id: 'ewpa-2010',
    name: '东西部扶贫协作结对关系调整（2010年6月）',
    programme: 'east_west_poverty_alleviation',
    start: '2010-06-01',
    end: '2016-12-06',
    document: null,
    sources: [
      { kind: 'url', url: 'https://yearbook.iprcc.org.cn/zggjfpzxnj/2011njyw/wdxfpxzp/384895.shtml' },
      { kind: 'url', url: 'http://japanese.china.org.cn/business/txt/2011-12/19/content_24191405_15.htm' },
    ],
    note: 'Month only (start given as its first day). The document that made the adjustment is not named on the pages read; the 2011 China Poverty Alleviation Yearbook describes it (山东 from 新疆 to 重庆; 厦门 to 临夏, 珠海 to 凉山; 浙江 to 甘孜/阿坝/木里, 天津 to 甘南/天祝, 辽宁 to 西宁/海东).',
  },
  {
    id: 'ps-xinjiang-2010',
    name: '对口支援新疆（2010年新一轮）',
    programme: 'paired_support',
    start: '2010-03-29',
    end: null,
    document: '全国对口支援新疆工作会议（2010年3月29日至30日，北京）',
    sources: [
      { kind: 'url', url: 'http://neijiangzixun.com/wzpd/2010-04/20/content_217801.htm' },
      { kind: 'url', url: 'http://103.249.53.35/zt/szzt/xjgz_1/lgwsm4/xjgz_7/201005/t20100528_1391410.htm' },
    ],
    note: '19 provinces and cities paired with 82 counties of 12 Xinjiang prefectures and 12 兵团 divisions (第一财经日报 and Xinhua reprints). Earlier 干部援疆 from 1997 is not a separate phase here.',
  },
  {
    id: 'ps-qinghai-2010',
    name: '对口支援青海藏区（2010年起）',
    programme: 'paired_support',
    start: '2010-01-01',
    end: null,
    document: null,
    sources: [
      { kind: 'url', url: 'https://fgw.beijing.gov.cn/fzggzl/zyhz/gzdt/yq' },
      { kind: 'url', url: 'http://f2djj.com/zh/2022/0722/32026.html' },
    ],
    note: 'Year only (start given as its first day). The deciding document was not seen; 北京→玉树 is on the Beijing DRC page, 江苏→海南州 on a reprint.',
  },
  {
    id: 'ewpa-2013',
    name: '对口帮扶贵州（2013年，八市一对一）',
    programme: 'east_west_poverty_alleviation',
    start: '2013-02-01',
    end: '2016-12-06',
    document: '国务院办公厅关于开展对口帮扶贵州工作的指导意见（国办发〔2013〕11号）',
    sources: [
      { kind: 'url', url: 'http://www.jsfpzx.org.cn/news/1707.html' },
      { kind: 'url', url: 'http://guiyang.baogaosu.com/xinwen/%E7%BE%8E%E4%B8%BD%E9%94%A6%E7%BB%A3%E6%9D%AD%E5%B7%9E%E5%B8%82%E5%AF%B9%E5%8F%A3%E5%B8%AE%E6%89%B6%E9%BB%94%E4%B8%9C%E5%8D%97%E5%B7%9E/41974879/' },
    ],
    note: 'Month only (start given as its first day; the document number is as the national tables give it). 上海、苏州、杭州、广州 joined 大连、青岛、宁波、深圳: eight cities, one Guizhou prefecture each. Only 杭州→黔东南 is sourced for this phase.',
  },
  {
    id: 'ewpa-2016',
    name: '东西部扶贫协作（2016年12月指导意见，2016—2020年）',
    programme: 'east_west_poverty_alleviation',
    start: '2016-12-07',
    end: '2020-12-31',
    document: '关于进一步加强东西部扶贫协作工作的指导意见',
    sources: [
      { kind: 'url', url: 'http://daily.cnnb.com.cn/nbrb/html/2016-12/08/content_1015203.htm?div=-1' },
      { kind: 'url', url: 'http://www.shenduxp.com/2016-12/09/content_18814933.htm' },
    ],
    note: 'Issued by the 中共中央办公厅 and 国务院办公厅, published by Xinhua 2016-12-07 (a 2018 report gives 2016-10-27 as the date of issue). Several pairs started earlier in 2016 (山东–重庆 2016-07, 深圳–百色/河池 2016-09): their rows start in 2016.',
  },
  {
    id: 'ewc-2021',
    name: '东西部协作（2021年结对关系调整起）',
    programme: 'east_west_cooperation',
    start: '2021-04-08',
    end: null,
    document: null,
    sources: [
      { kind: 'url', url: 'http://nm.people.com.cn/BIG5/n2/2024/0824/c192247-40954234.html' },
      { kind: 'url', url: 'http://www.hwsss.com/guoji/2021050118825.html' },
    ],
    note: 'Start: the 2021-04-08 银川 meeting that asked for the adjustment; pairings of the phase run from the year 2021. No official 2021 list was seen; an article names a 2021-03 《关于坚持和完善东西部协作机制的意见》, not confirmed.',
  },
];
