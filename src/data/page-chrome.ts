/**
 * Words that mark page chrome around a news article copied off a web page: navigation, datelines,
 * furniture, sidebars, footers, editor lines and spam. Simplified and traditional forms are both
 * listed; matching is done on the trimmed line.
 *
 * Source: the common shapes of Chinese pages that carry 东西部协作 and 对口支援 reports — the
 * article templates of county, prefecture and provincial government portals (信息公开 and 政务动态
 * pages: 发布时间/来源/浏览次数, 【字体：大 中 小】【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
 * 主办单位/承办单位/网站标识码/ICP备 footers), of the national and provincial news portals (人民网
 * and 新华网 local channels, provincial daily sites: 小字号/大字号, 分享让更多人看到, 责任编辑 lines,
 * 相关新闻/推荐阅读 sidebars), of WeChat public-account articles (点击蓝字关注, 往期推荐, 阅读原文,
 * 编辑 | … 审核 | …) and of content-farm mirrors (spam lines). Extend with care: a word here must
 * never start a sentence of an article.
 *
 * @module
 */

/** A line that starts with one of these ends the article body: what follows is sidebar or footer. */
export const BODY_END_PREFIXES: readonly string[] = [
  // Sidebars and lists of other articles.
  '相关内容', '相关文章', '相关新闻', '相关阅读', '相关链接', '相关附件', '相關內容', '相關文章', '相關新聞', '相關閱讀',
  '热门资讯', '熱門資訊', '热点推荐', '熱點推薦', '热点新闻', '熱點新聞', '热门推荐', '熱門推薦', '精彩推荐', '精彩推薦',
  '推荐阅读', '推薦閱讀', '推荐新闻', '推薦新聞', '延伸阅读', '延伸閱讀', '猜你喜欢', '猜你喜歡', '即时播报', '即時播報',
  '更多新闻', '更多新聞', '往期回顾', '往期回顧', '往期推荐', '往期推薦', '图片新闻', '圖片新聞', '新闻排行', '新聞排行',
  '点击排行', '點擊排行', '今日推荐', '今日推薦', '喜欢此内容的人还喜欢', '網友評論', '网友评论', '上一篇', '下一篇',
  // Sharing, printing, following.
  '关注我们', '關注我們', '分享到', '分享让更多人看到', '分享讓更多人看到', '扫一扫', '掃一掃', '关注微信公众号',
  '關注微信公眾號', '阅读原文', '閱讀原文', '【打印', '【关闭', '【關閉', '打印本页', '打印本頁', '【纠错】', '【糾錯】',
  '下载津云客户端', '下載津雲客戶端',
  // Footers.
  '版权声明', '版權聲明', '免责声明', '免責聲明', '版权所有', '版權所有', 'Copyright', 'copyright', '主办单位', '主辦單位',
  '承办单位', '承辦單位', '网站标识码', '網站標識碼', '网站地图', '網站地圖',
  '责任编辑', '責任編輯',
];

/**
 * Editor and review lines (编辑：…, 审核 | …, （责任编辑：…）): short lines that open with one of these,
 * after any opening bracket, are page meta before the body and end the body after it.
 */
export const EDITOR_PREFIXES: readonly string[] = [
  '责任编辑', '責任編輯', '编辑', '編輯', '责编', '責編', '审核', '審核', '校对', '校對', '初审', '初審', '复审', '複審',
  '终审', '終審', '审校', '審校', '监制', '監製', '值班编辑', '值班編輯', '美编', '美編', '流程编辑', '流程編輯',
];

/** Words that make a line navigation (breadcrumbs and menus) when they start it. */
export const NAVIGATION_PREFIXES: readonly string[] = [
  '您当前的位置', '您的位置', '当前位置', '您現在的位置', '当前所在位置', '您现在的位置', '您當前的位置', '當前位置',
  '位置:', '位置：', '首页 >', '首頁 >', '首页>', '首頁>', '首页 »', '首页»',
];

/**
 * Page furniture: buttons and counters (字体, 打印, 关闭窗口, 浏览次数 …). A line before the body made
 * of these words and punctuation only is furniture, not a title or a paragraph.
 */
export const HEADER_FURNITURE: readonly string[] = [
  '扫码阅读手机版', '掃碼閱讀手機版', '扫一扫在手机打开当前页', '掃一掃在手機打開當前頁', '字体:', '字體:', '字体：', '字體：',
  '字号:', '字號:', '字号：', '字號：', '小字号', '小字號', '大字号', '大字號', '打印本页', '打印本頁', '打印', '关闭窗口',
  '關閉窗口', '投稿', '收藏', '分享', '浏览次数', '瀏覽次數', '阅读次数', '閱讀次數', '点击数', '點擊數',
  '点击量', '點擊量', '浏览量', '瀏覽量', '大 中 小', '大中小', '点击蓝字关注我们', '點擊藍字關注我們',
  '点击上方蓝字关注我们', '點擊上方藍字關注我們', '点击上方蓝字', '點擊上方藍字', '长按二维码', '長按二維碼', '听全文', '聽全文',
];

/**
 * Spam and advertising words: a short line containing one of them, outside a sentence of the
 * article, is spam (content farms insert such lines into copied articles).
 */
export const SPAM_WORDS: readonly string[] = [
  '配资', '配資', '炒股', '股票开户', '股票開戶', '期货开户', '期貨開戶', '博彩', '彩票平台', '赌场', '賭場',
  '代开发票', '代開發票', '贷款秒批', '貸款秒批', '加微信', '免费领取', '免費領取', '网赚', '網賺',
];
