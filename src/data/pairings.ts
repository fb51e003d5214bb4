/**
 * The bundled pairing registry: Tianjin's county-level pairings in 东西部扶贫协作 (2016–2020) and
 * 东西部协作 (2021–), its programme-level pairings including 对口支援, and a few other pairings seen.
 *
 * Transformed from the project's `domain/pairings.json` (facts gathered from public sources; every
 * row kept, UNKNOWN rows as explicit unknown sides, each source URL kept). A row that covers two
 * programme phases became two pairings with the same `origin`. Codes are those of the source rows
 * (GB/T 2260; 平泉 changed 县130823 → 市130881 in 2017). `confidence` keeps the row's word
 * (`low-medium` → `medium_low`); a row with a different confidence per phase says so in `note`.
 * "2016/2017–2020" phases are given as years 2016–2020 (Tianjin's 东西部扶贫协作 phase began with
 * the 2016-12 guidance; county agreements date from 2017).
 *
 * @module
 */
import type { z } from 'zod/v4';
import type { PairingSchema } from '../domain/pairing.js';
import { NATIONAL_MERGES, NATIONAL_PAIRINGS_DATA } from './pairings-national.js';

/**
 * Version of the bundled pairing data (calendar version of the upstream facts).
 *
 * @example
 * ```ts
 * PAIRINGS_VERSION; // '2026.11.24' —— 结对数据版本
 * ```
 */
export const PAIRINGS_VERSION = '2026.11.24';

/**
 * Open questions of the upstream data, kept with it.
 *
 * @example
 * ```ts
 * PAIRINGS_OPEN_QUESTIONS.length; // 4 —— 例如河西区“两县一区”的第三个受援地
 * ```
 */
export const PAIRINGS_OPEN_QUESTIONS: readonly string[] = [
  "Third member of 河西区 '两县一区' (2017–2020): not found; 庄浪县 + 崆峒区 are the likely two (guess from the 十四五 list).",
  "北辰区 '四个受援地区': only 华池县 (甘肃) and 兴隆县 (河北承德) found.",
  "2017–2020 partner of 河东区 (迭部县 is evidenced only for 2021–) and 2021– partner of 北辰区.",
  "Full 16-district × 34-county list for Tianjin→Gansu in either phase: not found."
];

/**
 * Today's rows before the national registry: Tianjin's county-level pairings, its programme-level
 * pairings and a few other pairings seen (from `domain/pairings.json`), in the input form of
 * `PairingSchema`. {@link PAIRINGS_DATA} is these rows (with the national rows that repeat them merged
 * in) followed by the national ones.
 *
 * @example
 * ```ts
 * BASE_PAIRINGS.filter((p) => p.west.kind === 'unknown').length; // 2 —— 北辰区、河西区各有未知受援地
 * ```
 */
export const BASE_PAIRINGS: readonly z.input<typeof PairingSchema>[] = [
  {
    id: "120102>623024/ewc",
    east: {
      kind: "region",
      name: "天津市河东区",
      code: "120102"
    },
    west: {
      kind: "region",
      name: "迭部县",
      code: "623024"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2023 (article says 过渡期以来)",
    sources: [
      {
        kind: "seed",
        file: "000_1d07baa1f37797c3.txt"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五). Seed is a spam-site mirror dated 2024-06-05; no independent web source found. 2017–2020 partner of 河东区 not established.",
    origin: "county_pairings[0]",
    phase: "ewc-2021"
  },
  {
    id: "120102>621126/ewpa",
    east: {
      kind: "region",
      name: "天津市河东区",
      code: "120102"
    },
    west: {
      kind: "region",
      name: "岷县",
      code: "621126"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 1997,
      to: 1999
    },
    yearsEvidenced: "1997–c.1999",
    sources: [
      {
        kind: "url",
        url: "https://meta.librarydata.cn/metainfo?metaID=020720020230003593"
      }
    ],
    confidence: "medium",
    note: "Phase: pre-2016 对口帮扶 (from 1997). Old-era pairing (定西行署通报); 定西 was assigned to 福州 in 2017–2020. Undated snippet. Years read as 1997–c.1999.",
    origin: "county_pairings[1]",
    phase: "ewpa-1996"
  },
  {
    id: "120114>620826/ewpa",
    east: {
      kind: "region",
      name: "天津市武清区",
      code: "120114"
    },
    west: {
      kind: "region",
      name: "静宁县",
      code: "620826"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2021; 十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://china.huanqiu.com/article/405w7bZV05F"
      },
      {
        kind: "seed",
        file: "001_81f5c1ebe536e262.txt"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[2]",
    phase: "ewpa-2016"
  },
  {
    id: "120114>620826/ewc",
    east: {
      kind: "region",
      name: "天津市武清区",
      code: "120114"
    },
    west: {
      kind: "region",
      name: "静宁县",
      code: "620826"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2017–2021; 十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://china.huanqiu.com/article/405w7bZV05F"
      },
      {
        kind: "seed",
        file: "001_81f5c1ebe536e262.txt"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[2]",
    phase: "ewc-2021"
  },
  {
    id: "120114>620821/ewpa",
    east: {
      kind: "region",
      name: "天津市武清区",
      code: "120114"
    },
    west: {
      kind: "region",
      name: "泾川县",
      code: "620821"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020; 十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://china.huanqiu.com/article/405w7bZV05F"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[3]",
    phase: "ewpa-2016"
  },
  {
    id: "120114>620821/ewc",
    east: {
      kind: "region",
      name: "天津市武清区",
      code: "120114"
    },
    west: {
      kind: "region",
      name: "泾川县",
      code: "620821"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2017–2020; 十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://china.huanqiu.com/article/405w7bZV05F"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[3]",
    phase: "ewc-2021"
  },
  {
    id: "120114>130828/ewpa",
    east: {
      kind: "region",
      name: "天津市武清区",
      code: "120114"
    },
    west: {
      kind: "region",
      name: "围场满族蒙古族自治县",
      code: "130828"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://district.ce.cn/zg/201704/06/t20170406_21768489.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康) (京津冀 '1+4' 协议, Tianjin→Chengde).",
    origin: "county_pairings[4]",
    phase: "ewpa-2016"
  },
  {
    id: "120101>620421/ewc",
    east: {
      kind: "region",
      name: "天津市和平区",
      code: "120101"
    },
    west: {
      kind: "region",
      name: "靖远县",
      code: "620421"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2020-08 (teacher sent) – 2021",
    sources: [
      {
        kind: "seed",
        file: "002_4c4fd5b842c920f1.txt"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五) (and probably 2020). Confidence: high for 2021; medium for 2017–2020. Seed page breadcrumb says 平凉市 although 靖远县 is in 白银市 (metadata inconsistency).",
    origin: "county_pairings[5]",
    phase: "ewc-2021"
  },
  {
    id: "120101>620421/ewpa",
    east: {
      kind: "region",
      name: "天津市和平区",
      code: "120101"
    },
    west: {
      kind: "region",
      name: "靖远县",
      code: "620421"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2017,
      to: 2020
    },
    yearsEvidenced: "2020-08 (teacher sent) – 2021",
    sources: [
      {
        kind: "seed",
        file: "002_4c4fd5b842c920f1.txt"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五) (and probably 2020). Confidence: high for 2021; medium for 2017–2020. Seed page breadcrumb says 平凉市 although 靖远县 is in 白银市 (metadata inconsistency). 2017–2020 phase: probable, not established (confidence \"medium for 2017–2020\").",
    origin: "county_pairings[5]",
    phase: "ewpa-2016"
  },
  {
    id: "120113>621023/ewpa",
    east: {
      kind: "region",
      name: "天津市北辰区",
      code: "120113"
    },
    west: {
      kind: "region",
      name: "华池县",
      code: "621023"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "https://www.hcx.gov.cn/zwdt/hcyw/content_2589"
      },
      {
        kind: "seed",
        file: "003_6c6ff32b062797d8.txt"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). 2021– partner of 北辰区 not found.",
    origin: "county_pairings[6]",
    phase: "ewpa-2016"
  },
  {
    id: "120113>130822/ewpa",
    east: {
      kind: "region",
      name: "天津市北辰区",
      code: "120113"
    },
    west: {
      kind: "region",
      name: "兴隆县",
      code: "130822"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://district.ce.cn/zg/201704/06/t20170406_21768489.shtml"
      },
      {
        kind: "seed",
        file: "003_6c6ff32b062797d8.txt"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康) (Tianjin→Chengde).",
    origin: "county_pairings[7]",
    phase: "ewpa-2016"
  },
  {
    id: "120113>unknown/ewpa",
    east: {
      kind: "region",
      name: "天津市北辰区",
      code: "120113"
    },
    west: {
      kind: "unknown",
      description: "UNKNOWN (2 more of the '四个受援地区')"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "seed",
        file: "003_6c6ff32b062797d8.txt"
      }
    ],
    confidence: "unknown",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). Seed names only 兴隆县 and 华池县; the other two受援地区 were not found. Not guessed.",
    origin: "county_pairings[8]",
    phase: "ewpa-2016"
  },
  {
    id: "120103>620825/ewc",
    east: {
      kind: "region",
      name: "天津市河西区",
      code: "120103"
    },
    west: {
      kind: "region",
      name: "庄浪县",
      code: "620825"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "十四五 list; 2023–24 feature",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      },
      {
        kind: "url",
        url: "https://wxredian.com/art?id=fec6145115d6539578840a6a6b123114"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五); probably also 2016/2017–2020 东西部扶贫协作 (携手奔小康). Confidence: high for 2021–; low-medium for 2017–2020. Likely one of the 2017–2020 '两县一区' (guess).",
    origin: "county_pairings[9]",
    phase: "ewc-2021"
  },
  {
    id: "120103>620825/ewpa",
    east: {
      kind: "region",
      name: "天津市河西区",
      code: "120103"
    },
    west: {
      kind: "region",
      name: "庄浪县",
      code: "620825"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "十四五 list; 2023–24 feature",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      },
      {
        kind: "url",
        url: "https://wxredian.com/art?id=fec6145115d6539578840a6a6b123114"
      }
    ],
    confidence: "medium_low",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五); probably also 2016/2017–2020 东西部扶贫协作 (携手奔小康). Confidence: high for 2021–; low-medium for 2017–2020. Likely one of the 2017–2020 '两县一区' (guess). 2016–2020 phase is a guess (\"low-medium for 2017–2020\").",
    origin: "county_pairings[9]",
    phase: "ewpa-2016"
  },
  {
    id: "120103>620802/ewc",
    east: {
      kind: "region",
      name: "天津市河西区",
      code: "120103"
    },
    west: {
      kind: "region",
      name: "崆峒区",
      code: "620802"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五); possibly also 2016/2017–2020 东西部扶贫协作 (携手奔小康). Confidence: medium (secondary aggregator) for 2021–; low for 2017–2020. If the 2017–2020 '两县一区' had one 区, 崆峒区 is the natural candidate (guess). Secondary aggregator source for 2021–.",
    origin: "county_pairings[10]",
    phase: "ewc-2021"
  },
  {
    id: "120103>620802/ewpa",
    east: {
      kind: "region",
      name: "天津市河西区",
      code: "120103"
    },
    west: {
      kind: "region",
      name: "崆峒区",
      code: "620802"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "low",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五); possibly also 2016/2017–2020 东西部扶贫协作 (携手奔小康). Confidence: medium (secondary aggregator) for 2021–; low for 2017–2020. If the 2017–2020 '两县一区' had one 区, 崆峒区 is the natural candidate (guess). 2016–2020 phase is a guess (\"low for 2017–2020\").",
    origin: "county_pairings[10]",
    phase: "ewpa-2016"
  },
  {
    id: "120103>unknown/ewpa",
    east: {
      kind: "region",
      name: "天津市河西区",
      code: "120103"
    },
    west: {
      kind: "unknown",
      description: "UNKNOWN third member of '两县一区'"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "seed",
        file: "004_7d29d2d5cf896e98.txt"
      }
    ],
    confidence: "unknown",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). Seed 004: 3 受援地 with 14 乡镇/27 贫困村. Third county not found.",
    origin: "county_pairings[11]",
    phase: "ewpa-2016"
  },
  {
    id: "120112>620822/ewc",
    east: {
      kind: "region",
      name: "天津市津南区",
      code: "120112"
    },
    west: {
      kind: "region",
      name: "灵台县",
      code: "620822"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[12]",
    phase: "ewc-2021"
  },
  {
    id: "120112>620522/ewpa",
    east: {
      kind: "region",
      name: "天津市津南区",
      code: "120112"
    },
    west: {
      kind: "region",
      name: "秦安县",
      code: "620522"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2018–2019",
    sources: [
      {
        kind: "url",
        url: "http://www.hadlsm.com/news/gs_tianshui/2019121607183424705.htm"
      }
    ],
    confidence: "medium_low",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). Evidence is a town-level (咸水沽镇) project in 秦安县康坡村.",
    origin: "county_pairings[13]",
    phase: "ewpa-2016"
  },
  {
    id: "120112>130825/ewpa",
    east: {
      kind: "region",
      name: "天津市津南区",
      code: "120112"
    },
    west: {
      kind: "region",
      name: "隆化县",
      code: "130825"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://district.ce.cn/zg/201704/06/t20170406_21768489.shtml"
      },
      {
        kind: "url",
        url: "https://feifmx.com/zw/news/13000776/20200405/38030617.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康) (Tianjin→Chengde).",
    origin: "county_pairings[14]",
    phase: "ewpa-2016"
  },
  {
    id: "120110>130821/ewpa",
    east: {
      kind: "region",
      name: "天津市东丽区",
      code: "120110"
    },
    west: {
      kind: "region",
      name: "承德县",
      code: "130821"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://district.ce.cn/zg/201704/06/t20170406_21768489.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康) (Tianjin→Chengde).",
    origin: "county_pairings[15]",
    phase: "ewpa-2016"
  },
  {
    id: "120110>620122/ewc",
    east: {
      kind: "region",
      name: "天津市东丽区",
      code: "120110"
    },
    west: {
      kind: "region",
      name: "皋兰县",
      code: "620122"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2025",
    sources: [
      {
        kind: "url",
        url: "http://www.tjdl.net/system/2026/02/03/059127165.shtml"
      },
      {
        kind: "url",
        url: "http://www.jiejumingkj.com/a/1507.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[16]",
    phase: "ewc-2021"
  },
  {
    id: "120110>620523/ewc",
    east: {
      kind: "region",
      name: "天津市东丽区",
      code: "120110"
    },
    west: {
      kind: "region",
      name: "甘谷县",
      code: "620523"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2025",
    sources: [
      {
        kind: "url",
        url: "http://www.tjdl.net/system/2026/02/03/059127165.shtml"
      },
      {
        kind: "url",
        url: "http://gansu.gscn.com.cn/system/2023/07/11/012988306.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[17]",
    phase: "ewc-2021"
  },
  {
    id: "120110>623021/ewc",
    east: {
      kind: "region",
      name: "天津市东丽区",
      code: "120110"
    },
    west: {
      kind: "region",
      name: "临潭县",
      code: "623021"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2025",
    sources: [
      {
        kind: "url",
        url: "http://www.tjdl.net/system/2026/02/03/059127165.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[18]",
    phase: "ewc-2021"
  },
  {
    id: "120111>130823/ewpa",
    east: {
      kind: "region",
      name: "天津市西青区",
      code: "120111"
    },
    west: {
      kind: "region",
      name: "平泉县",
      code: "130823"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://district.ce.cn/zg/201704/06/t20170406_21768489.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康) (Tianjin→Chengde). Then 平泉县 (130823), now 平泉市 (130881).",
    origin: "county_pairings[19]",
    phase: "ewpa-2016"
  },
  {
    id: "120111>620503/ewpa",
    east: {
      kind: "region",
      name: "天津市西青区",
      code: "120111"
    },
    west: {
      kind: "region",
      name: "麦积区",
      code: "620503"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020; 2022",
    sources: [
      {
        kind: "url",
        url: "https://ttnews.xyz/a/5b6b2ef5dc9b5e66131ebf87"
      },
      {
        kind: "url",
        url: "http://tm022.com/articles/tianjin/202201/6357.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); continued 2022.",
    origin: "county_pairings[20]",
    phase: "ewpa-2016"
  },
  {
    id: "120111>620503/ewc",
    east: {
      kind: "region",
      name: "天津市西青区",
      code: "120111"
    },
    west: {
      kind: "region",
      name: "麦积区",
      code: "620503"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2017–2020; 2022",
    sources: [
      {
        kind: "url",
        url: "https://ttnews.xyz/a/5b6b2ef5dc9b5e66131ebf87"
      },
      {
        kind: "url",
        url: "http://tm022.com/articles/tianjin/202201/6357.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); continued 2022. 2021– phase read from \"continued 2022\" (source of 2022-01); not otherwise evidenced.",
    origin: "county_pairings[20]",
    phase: "ewc-2021"
  },
  {
    id: "120111>620423/ewpa",
    east: {
      kind: "region",
      name: "天津市西青区",
      code: "120111"
    },
    west: {
      kind: "region",
      name: "景泰县",
      code: "620423"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2020; 2023",
    sources: [
      {
        kind: "url",
        url: "http://www.xq.net.cn/system/2020/06/12/050183261.shtml"
      },
      {
        kind: "url",
        url: "http://m.dianzi.b0.cn/kuaixun/2023/0630/4642.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[21]",
    phase: "ewpa-2016"
  },
  {
    id: "120111>620423/ewc",
    east: {
      kind: "region",
      name: "天津市西青区",
      code: "120111"
    },
    west: {
      kind: "region",
      name: "景泰县",
      code: "620423"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2020; 2023",
    sources: [
      {
        kind: "url",
        url: "http://www.xq.net.cn/system/2020/06/12/050183261.shtml"
      },
      {
        kind: "url",
        url: "http://m.dianzi.b0.cn/kuaixun/2023/0630/4642.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康); 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[21]",
    phase: "ewc-2021"
  },
  {
    id: "120119>620622/ewpa",
    east: {
      kind: "region",
      name: "天津市蓟州区",
      code: "120119"
    },
    west: {
      kind: "region",
      name: "古浪县",
      code: "620622"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://fpgj.gscn.com.cn/system/2020/08/12/012439132.shtml"
      },
      {
        kind: "url",
        url: "http://vns7308.com/44761/2654.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康).",
    origin: "county_pairings[22]",
    phase: "ewpa-2016"
  },
  {
    id: "120119>620623/ewpa",
    east: {
      kind: "region",
      name: "天津市蓟州区",
      code: "120119"
    },
    west: {
      kind: "region",
      name: "天祝藏族自治县",
      code: "620623"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "http://vns7308.com/44761/2654.html"
      }
    ],
    confidence: "medium",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). Mirror of a 2021-09-14 article.",
    origin: "county_pairings[23]",
    phase: "ewpa-2016"
  },
  {
    id: "120115>620121/ewc",
    east: {
      kind: "region",
      name: "天津市宝坻区",
      code: "120115"
    },
    west: {
      kind: "region",
      name: "永登县",
      code: "620121"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2025",
    sources: [
      {
        kind: "url",
        url: "http://www.jiejumingkj.com/a/1507.html"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "medium_high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[24]",
    phase: "ewc-2021"
  },
  {
    id: "120117>620123/ewc",
    east: {
      kind: "region",
      name: "天津市宁河区",
      code: "120117"
    },
    west: {
      kind: "region",
      name: "榆中县",
      code: "620123"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2021–2025",
    sources: [
      {
        kind: "url",
        url: "http://www.jiejumingkj.com/a/1507.html"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五). Source is a noisy mirror with pinyin insertions.",
    origin: "county_pairings[25]",
    phase: "ewc-2021"
  },
  {
    id: "120118>621027/ewc",
    east: {
      kind: "region",
      name: "天津市静海区",
      code: "120118"
    },
    west: {
      kind: "region",
      name: "镇原县",
      code: "621027"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "十四五 list",
    sources: [
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[26]",
    phase: "ewc-2021"
  },
  {
    id: "120104>621021/ewc",
    east: {
      kind: "region",
      name: "天津市南开区",
      code: "120104"
    },
    west: {
      kind: "region",
      name: "庆城县",
      code: "621021"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2025",
    sources: [
      {
        kind: "url",
        url: "http://m.funkuradio.com/2025/1126/899324.shtml"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[27]",
    phase: "ewc-2021"
  },
  {
    id: "120104>621022/ewc",
    east: {
      kind: "region",
      name: "天津市南开区",
      code: "120104"
    },
    west: {
      kind: "region",
      name: "环县",
      code: "621022"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    yearsEvidenced: "2025",
    sources: [
      {
        kind: "url",
        url: "http://m.funkuradio.com/2025/1126/899324.shtml"
      }
    ],
    confidence: "medium",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五).",
    origin: "county_pairings[28]",
    phase: "ewc-2021"
  },
  {
    id: "天津港保税区>620525/ewpa",
    east: {
      kind: "region",
      name: "天津港保税区",
      code: null
    },
    west: {
      kind: "region",
      name: "张家川回族自治县",
      code: "620525"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    yearsEvidenced: "2017–2020",
    sources: [
      {
        kind: "url",
        url: "https://tj.chinadaily.com.cn/a/202007/20/WS5f15446ca310a859d09d8e9d.html"
      },
      {
        kind: "url",
        url: "http://www.yhg994208.cn/news/zjc/2018012618334648736.htm"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). 2020 agreement: 4000万元 财政资金; 2017–2019 超1亿元. 滨海新区塘沽街道 also signed a street-level agreement (2018, 102.1万元).",
    origin: "county_pairings[29]",
    phase: "ewpa-2016"
  },
  {
    id: "120000>620000/ewpa",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "甘肃省",
      code: "620000"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "http://daily.cnnb.com.cn/nbrb/html/2016-12/08/content_1015203.htm?div=-1"
      },
      {
        kind: "url",
        url: "http://xzx2vn.com/html/1644/2021-07-05/content-329511.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). 2016-12 中办国办《关于进一步加强东西部扶贫协作工作的指导意见》: 天津市帮扶甘肃省、河北省承德市. Gansu scope grew from 3市13县 to 7市州34个贫困县 after the 2016-07 Yinchuan meeting; all 34 摘帽 by 2020-11. Chengde: 5 counties (承德、平泉、隆化、兴隆、围场) all 摘帽.",
    origin: "programme_level[0]",
    phase: "ewpa-2016"
  },
  {
    id: "120000>130800/ewpa",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "河北省承德市",
      code: "130800"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "http://daily.cnnb.com.cn/nbrb/html/2016-12/08/content_1015203.htm?div=-1"
      },
      {
        kind: "url",
        url: "http://xzx2vn.com/html/1644/2021-07-05/content-329511.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). 2016-12 中办国办《关于进一步加强东西部扶贫协作工作的指导意见》: 天津市帮扶甘肃省、河北省承德市. Gansu scope grew from 3市13县 to 7市州34个贫困县 after the 2016-07 Yinchuan meeting; all 34 摘帽 by 2020-11. Chengde: 5 counties (承德、平泉、隆化、兴隆、围场) all 摘帽.",
    origin: "programme_level[0]",
    phase: "ewpa-2016"
  },
  {
    id: "120000>620000/ewc",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "甘肃省",
      code: "620000"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "https://hts.gov.cn/xinxigongkai/show.php?itemid=8086"
      },
      {
        kind: "url",
        url: "https://wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67"
      },
      {
        kind: "url",
        url: "http://xzx2vn.com/html/1644/2021-07-05/content-329511.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五). Confidence: high for Gansu; medium for 'Gansu only'. West side as written: 甘肃省 only (inferred). 2021: 8个东部省(市)结对帮扶西部10个省(区、市) (Hebei is not among the 10, so Chengde drops out of 东西部协作). No explicit 2021 adjustment text found. Tianjin's 16 districts still cover 34 Gansu counties in 十四五 (wanbiaoku). Tianjin's 对口支援 programmes (新疆和田, 西藏昌都, 青海黄南) continue separately and are NOT 东西部协作.",
    origin: "programme_level[1]",
    phase: "ewc-2021"
  },
  {
    id: "120000>653200/ps",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "新疆和田地区",
      code: "653200"
    },
    programme: "paired_support",
    years: {
      from: 2010,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "http://www.victorzhang.cn/page/2016/0629/1121892.shtml"
      },
      {
        kind: "url",
        url: "http://www.euiu.cn/xwzx/shxw/202507/t20250707_29442350.shtml"
      }
    ],
    confidence: "medium",
    note: "Phase: 对口援疆 (since 2010 round). West side as written: 新疆和田地区 (3 of its 8 counties). 2016 State Council Poverty Office: 和田八个县 — 北京4县, 天津3县, 安徽1县. 于田 confirmed (于田天津工业园区); the other two (策勒、民丰) are from memory = guess.",
    origin: "programme_level[2]",
    phase: "ps-xinjiang-2010"
  },
  {
    id: "120000>540300/ps",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "西藏昌都市",
      code: "540300"
    },
    programme: "paired_support",
    years: {
      from: 1994,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "http://tippy.cn/shenghuojingyan/29421.html"
      }
    ],
    confidence: "medium",
    note: "Phase: 对口援藏 (since 1994). Confidence: medium (low-quality source). Counties not established here.",
    origin: "programme_level[3]",
    phase: "ps-xizang-1994"
  },
  {
    id: "120000>632300/ps",
    east: {
      kind: "region",
      name: "天津市",
      code: "120000"
    },
    west: {
      kind: "region",
      name: "青海省黄南藏族自治州",
      code: "632300"
    },
    programme: "paired_support",
    years: {
      from: 2010,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "http://www.smeqh.com/Html/news/qhnew/55658764473.html"
      }
    ],
    confidence: "medium",
    note: "Phase: 对口支援藏区 (since 2010).",
    origin: "programme_level[4]",
    phase: "ps-qinghai-2010"
  },
  {
    id: "济南高新区>622921/ewc",
    east: {
      kind: "region",
      name: "山东省济南高新区",
      code: null
    },
    west: {
      kind: "region",
      name: "临夏县",
      code: "622921"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "https://www.gsjb.com/system/2025/10/14/031260874.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五). As written: 山东省济南高新区 → 甘肃省临夏州临夏县 (622921). Shows 山东 took over part of Gansu after 2021.",
    origin: "other_pairings_seen[0]",
    phase: "ewc-2021"
  },
  {
    id: "厦门市>622900/ewpa",
    east: {
      kind: "region",
      name: "福建省厦门市",
      code: null
    },
    west: {
      kind: "region",
      name: "临夏回族自治州",
      code: "622900"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2010,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "http://www.9766343.buzz/Article/Content?ItemID=0554737a-498a-4916-b44c-facab22ceeb8"
      }
    ],
    confidence: "high",
    note: "Phase: 2010/2016–2020. As written: 福建省厦门市 → 甘肃省临夏州 (622900). 厦门湖里区↔东乡县 since 2014 (dddjmc mirror).",
    origin: "other_pairings_seen[1]",
    phase: "ewpa-2010"
  },
  {
    id: "青岛西海岸新区>621202/ewpa",
    east: {
      kind: "region",
      name: "山东省青岛西海岸新区",
      code: null
    },
    west: {
      kind: "region",
      name: "武都区",
      code: "621202"
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2017,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "https://news.iaiso.net/3117199570d9b3dd0694242494"
      }
    ],
    confidence: "medium",
    note: "Phase: 2017–. As written: 山东省青岛西海岸新区 → 甘肃省陇南市武都区 (621202). \"2017–\" split into the two programme phases.",
    origin: "other_pairings_seen[2]",
    phase: "ewpa-2016"
  },
  {
    id: "青岛西海岸新区>621202/ewc",
    east: {
      kind: "region",
      name: "山东省青岛西海岸新区",
      code: null
    },
    west: {
      kind: "region",
      name: "武都区",
      code: "621202"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "https://news.iaiso.net/3117199570d9b3dd0694242494"
      }
    ],
    confidence: "medium",
    note: "Phase: 2017–. As written: 山东省青岛西海岸新区 → 甘肃省陇南市武都区 (621202). \"2017–\" split into the two programme phases.",
    origin: "other_pairings_seen[2]",
    phase: "ewc-2021"
  },
  {
    id: "杭州市>黔东南州/ewpa",
    east: {
      kind: "region",
      name: "浙江省杭州市",
      code: null
    },
    west: {
      kind: "region",
      name: "贵州省黔东南州",
      code: null
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "https://z.hangzhou.com.cn/2020/zxwmdxksh/content/content_7757548.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). As written: 浙江省杭州市 → 贵州黔东南州、湖北恩施州.",
    origin: "other_pairings_seen[3]",
    phase: "ewpa-2016"
  },
  {
    id: "杭州市>恩施州/ewpa",
    east: {
      kind: "region",
      name: "浙江省杭州市",
      code: null
    },
    west: {
      kind: "region",
      name: "湖北省恩施州",
      code: null
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "https://z.hangzhou.com.cn/2020/zxwmdxksh/content/content_7757548.html"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). As written: 浙江省杭州市 → 贵州黔东南州、湖北恩施州.",
    origin: "other_pairings_seen[3]",
    phase: "ewpa-2016"
  },
  {
    id: "上海市嘉定区>大姚县/ewc",
    east: {
      kind: "region",
      name: "上海市嘉定区",
      code: "310114"
    },
    west: {
      kind: "region",
      name: "云南省楚雄州大姚县",
      code: "532326"
    },
    programme: "east_west_cooperation",
    years: {
      from: 2021,
      to: null
    },
    sources: [
      {
        kind: "url",
        url: "http://dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx025-/2023-1023009.htm"
      }
    ],
    confidence: "high",
    note: "Phase: 2021– 东西部协作 (过渡期 2021–2025 / 十四五). As written: 上海市嘉定区 → 云南省楚雄州大姚县.",
    origin: "other_pairings_seen[4]",
    phase: "ewc-2021"
  },
  {
    id: "北京市16个区>内蒙古31个旗县市/ewpa",
    east: {
      kind: "group",
      description: "北京市16个区",
      within: {
        name: "北京市",
        code: null
      }
    },
    west: {
      kind: "group",
      description: "内蒙古31个旗县市",
      within: {
        name: "内蒙古自治区",
        code: null
      }
    },
    programme: "east_west_poverty_alleviation",
    years: {
      from: 2016,
      to: 2020
    },
    sources: [
      {
        kind: "url",
        url: "http://m.damianosjewelry.com/newscenter/dj/20180428/t20180428_524215853.shtml"
      }
    ],
    confidence: "high",
    note: "Phase: 2016/2017–2020 东西部扶贫协作 (携手奔小康). As written: 北京市16个区 → 内蒙古31个旗县市.",
    origin: "other_pairings_seen[5]",
    phase: "ewpa-2016"
  }
];

/** Today's row with the national rows that repeat it merged in: sources, origin, note and codes added. */
function mergeNational(row: z.input<typeof PairingSchema>): z.input<typeof PairingSchema> {
  const merges = NATIONAL_MERGES.filter((m) => m.into === row.id);
  if (merges.length === 0) return row;
  const urls = new Set(row.sources.map((s) => (s.kind === 'url' ? s.url : '')));
  const sources = [...row.sources];
  for (const m of merges) for (const url of m.sources) if (!urls.has(url)) { urls.add(url); sources.push({ kind: 'url', url }); }
  const east = row.east.kind === 'region' && row.east.code === null && merges.some((m) => m.eastCode) ? { ...row.east, code: merges.find((m) => m.eastCode)!.eastCode! } : row.east;
  const west = row.west.kind === 'region' && row.west.code === null && merges.some((m) => m.westCode) ? { ...row.west, code: merges.find((m) => m.westCode)!.westCode! } : row.west;
  return {
    ...row,
    east,
    west,
    sources,
    note: [row.note, ...merges.map((m) => `Also ${m.note}`)].filter((x) => x !== undefined && x !== '').join(' '),
    origin: [row.origin, ...merges.map((m) => m.origin)].filter((x) => x !== undefined).join('; '),
  };
}

/**
 * The pairing rows, in the input form of `PairingSchema` (validated when the registry is loaded):
 * today's rows ({@link BASE_PAIRINGS}, every id kept, national rows that repeat them merged in:
 * `origin` then lists both, `programme_level[0]; national.md A#19`) followed by the national
 * registry (`NATIONAL_PAIRINGS_DATA` of `pairings-national.ts`).
 *
 * @example
 * ```ts
 * PAIRINGS_DATA.filter((p) => p.west.kind === 'unknown').length; // 2 —— 北辰区、河西区各有未知受援地
 * PAIRINGS_DATA.find((p) => p.id === '120000>620000/ewc')?.origin; // 'programme_level[1]; national.md A#28'
 * ```
 */
export const PAIRINGS_DATA: readonly z.input<typeof PairingSchema>[] = [
  ...BASE_PAIRINGS.map(mergeNational),
  ...NATIONAL_PAIRINGS_DATA,
];
