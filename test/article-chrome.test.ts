/**
 * Page chrome of the common shapes of Chinese government and news pages (not the seeds' sites):
 * a county government portal, a national portal's local channel, a WeChat public-account article.
 * The pages are written for the test; their layout follows the templates those sites use.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, parseArticle } from '../src/index.js';

const govPortal = [
  '首页 > 新闻中心 > 部门动态',
  '沪滇协作：闵行区助力施甸县发展蔬菜产业',
  '发布时间：2023-05-12 10:21  来源：县乡村振兴局  浏览次数：1234',
  '【字体：大 中 小】【打印本页】【关闭窗口】',
  '2022年，上海市闵行区投入东西部协作资金5200万元，支持施甸县建设蔬菜基地。',
  '全年帮助农村劳动力转移就业860人。',
  '（责任编辑：张明）',
  '【打印本页】 【关闭窗口】',
  '扫一扫在手机打开当前页',
  '主办单位：施甸县人民政府办公室  承办单位：县融媒体中心',
  '网站标识码：5305210001  滇ICP备00000000号',
].join('\n');

const newsPortal = [
  '地方频道>>广西频道',
  '粤桂协作助力百色芒果出山',
  '2022年10月17日08:25 | 来源：广西日报',
  '小字号',
  '今年以来，深圳市向百色市投入财政援助资金4.6亿元。',
  '通过消费帮扶销售百色农产品12亿元。',
  '(责任编辑：李华，王芳)',
  '分享让更多人看到',
  '推荐阅读',
  '百色出台稳就业十条措施，补贴3000元',
].join('\n');

const wechat = [
  '点击上方蓝字关注我们',
  '福建闽宁协作见成效',
  '2023-11-02 18:00 来源：闽宁协作公众号',
  '2023年，福建省投入宁夏财政援助资金4.2亿元。',
  '编辑 | 陈静',
  '审核 | 林峰',
  '往期推荐',
  '专题：闽宁协作二十七年，投入资金超百亿元',
  '阅读原文',
].join('\n');

describe('page chrome of common Chinese page templates', () => {
  it('a county government portal: furniture, editor line, footer', () => {
    const a = parseArticle(govPortal);
    expect(a.title?.text).toBe('沪滇协作：闵行区助力施甸县发展蔬菜产业');
    expect(a.publishedAt).toBe('2023-05-12');
    expect(a.blocks.map((b) => b.text)).toEqual([
      '2022年，上海市闵行区投入东西部协作资金5200万元，支持施甸县建设蔬菜基地。',
      '全年帮助农村劳动力转移就业860人。',
    ]);
    expect(a.dropped.find((d) => d.text.startsWith('【字体'))?.reason).toBe('meta');
    expect(a.dropped.find((d) => d.text.startsWith('网站标识码'))?.reason).toBe('footer');
    // No figure of the footer (identification code, ICP number) becomes a claim.
    const claims = extractClaims(govPortal);
    expect(claims.map((c) => c.figure.span.text)).toEqual(['5200万元', '860人']);
  });

  it('a news portal: 小字号, the bracketed editor line and the sidebar after it', () => {
    const a = parseArticle(newsPortal);
    expect(a.title?.text).toBe('粤桂协作助力百色芒果出山');
    expect(a.blocks.map((b) => b.text)).toEqual([
      '今年以来，深圳市向百色市投入财政援助资金4.6亿元。',
      '通过消费帮扶销售百色农产品12亿元。',
    ]);
    expect(a.body).not.toContain('3000元');
    expect(a.dropped.find((d) => d.text === '小字号')?.reason).toBe('meta');
  });

  it('a WeChat article: 关注 line, 编辑 | and 审核 | lines, 往期推荐', () => {
    const a = parseArticle(wechat);
    expect(a.title?.text).toBe('福建闽宁协作见成效');
    expect(a.blocks.map((b) => b.text)).toEqual(['2023年，福建省投入宁夏财政援助资金4.2亿元。']);
    expect(a.body).not.toContain('超百亿元');
  });

  it('prose that opens with an editor word or a furniture word stays in the body', () => {
    const text = '标题一则\n2023-01-05 09:00\n编辑部门认为，今年协作资金到位率达100%。\n分享经验时，他说全县已引进企业12家。';
    const a = parseArticle(text);
    expect(a.blocks.map((b) => b.text)).toEqual([
      '编辑部门认为，今年协作资金到位率达100%。',
      '分享经验时，他说全县已引进企业12家。',
    ]);
  });
});
