/**
 * Words that mark page chrome around a news article copied off a web page: navigation, datelines,
 * sidebars, footers and spam. Simplified and traditional forms are both listed; matching is done on
 * the trimmed line.
 *
 * Source: the layouts of Chinese government and news portals (中国甘肃网, 中国甘肃在线, 北方网,
 * 中国战略新兴产业网 and content-farm mirrors), as seen in the seed articles; extend with care.
 *
 * @module
 */

/** A line that starts with one of these ends the article body: what follows is sidebar or footer. */
export const BODY_END_PREFIXES: readonly string[] = [
  '相关内容', '相关文章', '相关新闻', '相关阅读', '相关链接', '相關內容', '相關文章', '相關新聞',
  '热门资讯', '熱門資訊', '热点推荐', '精彩推荐', '精彩推薦', '推荐阅读', '推薦閱讀', '推荐新闻',
  '推薦新聞', '猜你喜欢', '猜你喜歡', '即时播报', '即時播報', '关注我们', '關注我們', '分享到',
  '版权声明', '版權聲明', '免责声明', '免責聲明', '关注微信公众号', '關注微信公眾號', '下载津云客户端',
  '下載津雲客戶端', '责任编辑', '責任編輯', '网友评论', '網友評論', '上一篇', '下一篇', 'Copyright',
  'copyright', '版权所有', '版權所有',
];

/** Words that make a line navigation (breadcrumbs and menus) when they start it. */
export const NAVIGATION_PREFIXES: readonly string[] = [
  '您当前的位置', '您的位置', '当前位置', '您現在的位置', '当前所在位置', '您现在的位置', '位置:', '位置：',
  '首页 >', '首頁 >',
];

/** Lines before the body that are page furniture, not a title. */
export const HEADER_FURNITURE: readonly string[] = [
  '扫码阅读手机版', '掃碼閱讀手機版', '字体:', '字體:', '字体：', '字體：', '打印', '关闭窗口', '關閉窗口',
  '投稿', '收藏', '分享',
];

/**
 * Spam and advertising words: a short line containing one of them, outside a sentence of the
 * article, is spam (content farms insert such lines into copied articles).
 */
export const SPAM_WORDS: readonly string[] = [
  '配资', '配資', '炒股', '股票开户', '股票開戶', '期货开户', '期貨開戶', '博彩', '彩票平台', '赌场', '賭場',
  '代开发票', '代開發票', '贷款秒批', '貸款秒批', '加微信', '免费领取', '免費領取', '网赚', '網賺',
];
