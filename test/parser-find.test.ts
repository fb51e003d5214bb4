/**
 * findAmounts / findNumbers on free text: spans into the caller's string, false friends, and
 * sentences from the seed articles (seeds/). Expected mentions are read from the text by hand.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts, findNumbers, findUnparsed } from '../src/index.js';

type Row = [text: string, value: string, qualifier: string];

function amounts(text: string): Row[] {
  return findAmounts(text).map((m) => [m.text, m.value.toFixed(), m.qualifier]);
}

function numbers(text: string): [string, string][] {
  return findNumbers(text).map((m) => [m.text, m.value.toFixed()]);
}

describe('findAmounts on seed sentences', () => {
  it('000: 财政援助资金 and 捐赠资金', () => {
    const s = '“累计安排财政援助资金1.25亿元,动员社会各界捐赠资金累计1576.09万元,有力促进了迭部经济社会发展。”';
    expect(amounts(s)).toEqual([
      ['1.25亿元', '125000000', 'exact'],
      ['1576.09万元', '15760900', 'exact'],
    ]);
  });

  it('000: 2900余万元 keeps 余 in its span', () => {
    const s = '过渡期以来共计投入2900余万元,重点打造更古村';
    const m = findAmounts(s);
    expect(m).toHaveLength(1);
    expect(m[0]!.text).toBe('2900余万元');
    expect(s.slice(m[0]!.start, m[0]!.end)).toBe('2900余万元');
    expect(m[0]!.qualifier).toBe('more_than');
  });

  it('000: the year before an amount is not part of it (2013年4000元)', () => {
    expect(amounts('使全村人均收入从2013年4000元增长到了现在的12000元')).toEqual([
      ['4000元', '4000', 'exact'],
      ['12000元', '12000', 'exact'],
    ]);
  });

  it('000: 元描述, 十分壮观, 13时16分, 万企兴万村 are not money', () => {
    expect(amounts('回暖!元描述: 2024年上半年A股业绩预告')).toEqual([]);
    expect(amounts('联排温室大棚在阳光的照耀下十分壮观')).toEqual([]);
    expect(amounts('13时16分,佳禾食品涨近8%')).toEqual([]);
    expect(amounts('参与帮扶和“万企兴万村”行动')).toEqual([]);
    expect(amounts('公司预计‘十四五’末建成数字现代化猪场15个')).toEqual([]);
  });

  it('002: 6万多元, 4万元左右, 8元一公斤, 1万元以上', () => {
    const s = '154户村民户均增收6万多元，纯利润4万元左右，把保底价收购8元一公斤提高到11元一公斤，200余户农民户均增收1万元以上。';
    expect(amounts(s)).toEqual([
      ['6万多元', '60000', 'more_than'],
      ['4万元左右', '40000', 'approx'],
      ['8元', '8', 'exact'],
      ['11元', '11', 'exact'],
      ['1万元以上', '10000', 'at_least'],
    ]);
  });

  it('002: 正月十六,元宵节 and 提前一个月圆满 are not money', () => {
    expect(amounts('正月十六,元宵节过后第一天')).toEqual([]);
    expect(amounts('提前一个月圆满或超额完成了今年东西部协作工作的目标任务')).toEqual([]);
  });

  it('003: 近10万元 and 5.1万余元', () => {
    expect(amounts('销售扶贫产品近10万元。共发放各类补贴5.1万余元，推动2055人就近就地就业')).toEqual([
      ['近10万元', '100000', 'nearly'],
      ['5.1万余元', '51000', 'more_than'],
    ]);
  });

  it('003: counts written with 万 are not money (突破5600万, 近万人)', () => {
    expect(amounts('话题阅读量突破5600万，参与跟评近万人。')).toEqual([]);
  });

  it('004 (traditional script): 超1億元, 2億餘元, 1037萬元; 9000萬次 and 1600萬網友 are not money', () => {
    expect(amounts('投資總額超1億元。累計實現消費扶貧2億餘元')).toEqual([
      ['超1億元', '100000000', 'more_than'],
      ['2億餘元', '200000000', 'more_than'],
    ]);
    expect(amounts('銷售額達1037萬元，訂單量超20萬，吸引了超1600萬網友走進全網直播間，點擊率覆蓋超9000萬次')).toEqual([
      ['1037萬元', '10370000', 'exact'],
    ]);
  });
});

describe('findAmounts: spans and forms', () => {
  it('a currency name not next to the figure stays out of the span', () => {
    const s = '张三赔偿李大花人民币车费601,293.11元，工厂费一万二千三百四十五元,利息9佰日元，打印费十块钱。';
    const m = findAmounts(s);
    expect(m.map((x) => [x.text, x.start, x.end, x.value.toFixed(), x.currency])).toEqual([
      ['601,293.11元', 12, 23, '601293.11', 'CNY'],
      ['一万二千三百四十五元', 27, 37, '12345', 'CNY'],
      ['9佰日元', 40, 44, '900', 'JPY'],
      ['十块钱', 48, 51, '10', 'CNY'],
    ]);
  });

  it('includes an adjacent currency name or sign', () => {
    expect(findAmounts('在下面的价格中选一个，$20，300美圆, ￥300, ok?').map((m) => [m.text, m.currency])).toEqual([
      ['$20', 'USD'],
      ['300美圆', 'USD'],
      ['￥300', 'CNY'],
    ]);
  });

  it('reads a range as one mention', () => {
    const m = findAmounts('报账金额在1 万(含)-5 万元之间的交由上级批复。');
    expect(m).toHaveLength(1);
    expect(m[0]!.text).toBe('1 万(含)-5 万元');
    expect(m[0]!.range?.max.toFixed()).toBe('50000');
  });

  it('keeps counts, bare numbers and identifiers out', () => {
    expect(amounts('江苏彩民15元中大乐透1600万 奖池36.57亿')).toEqual([['15元', '15', 'exact']]);
    expect(amounts('基站总数是10000，其中有9000台是huawei 建的')).toEqual([]);
    expect(amounts('发议时，订单号 A202107211321363588510367 可用作')).toEqual([]);
    expect(amounts('五角大楼宣布了作战计划')).toEqual([]);
    expect(amounts('一块蛋糕')).toEqual([]);
    expect(amounts('有至少100个人')).toEqual([]);
    expect(amounts('数额巨大的，处三年以上十年以下有期徒刑')).toEqual([]);
  });

  it('reads JioNLP #49 and #151 right: 3541.07万元 without the next outline number, 100000万美元', () => {
    expect(amounts('2.2本计划投资3541.07万元2.3本项目')).toEqual([['3541.07万元', '35410700', 'exact']]);
    expect(amounts('100000万美元')).toEqual([['100000万美元', '1000000000', 'exact']]);
    expect(amounts('花费了47.264287亿元简直是太破费了。')).toEqual([['47.264287亿元', '4726428700', 'exact']]);
  });

  it('never throws and ignores non-strings', () => {
    expect(findAmounts(undefined as unknown as string)).toEqual([]);
    expect(findAmounts('-w')).toEqual([]);
    expect(findAmounts('\uD800元\uDC00')).toEqual([]);
  });
});

describe('findNumbers', () => {
  it('lists every number, numbers of amounts included', () => {
    expect(numbers('累计投入870万元，受益农户2200户，占62.5%')).toEqual([
      ['870万', '8700000'],
      ['2200', '2200'],
      ['62.5', '62.5'],
    ]);
  });

  it('skips false friends', () => {
    expect(numbers('我一看你就笑')).toEqual([]);
    expect(numbers('法国已经作好一切战斗准备')).toEqual([]);
    expect(numbers('我家在四川')).toEqual([]);
    expect(numbers('这个岛屿远离大陆，小明拾起石子，我準備要退伍了')).toEqual([]);
    expect(numbers('万一')).toEqual([]);
    expect(numbers('千万不要')).toEqual([]);
    expect(numbers('两两')).toEqual([]);
    expect(numbers('美味十足')).toEqual([]);
  });

  it('reads dates figure by figure and keeps full-width offsets', () => {
    const s = '１９９１年１月１６日晚巴黎时间２０点：';
    expect(findNumbers(s).map((m) => [m.text, m.start, m.end, m.value.toFixed()])).toEqual([
      ['１９９１', 0, 4, '1991'],
      ['１', 5, 6, '1'],
      ['１６', 7, 9, '16'],
      ['２０', 15, 17, '20'],
    ]);
  });

  it('reads 近万人 (a bare 万 after its qualifier) but not 万企', () => {
    const m = findNumbers('参与跟评近万人');
    expect(m.map((x) => [x.text, x.value.toFixed(), x.qualifier])).toEqual([['近万', '10000', 'nearly']]);
  });

  it('reports figures beyond 10^30 with findUnparsed instead of dropping them silently', () => {
    const s = '共1234567890123456789012345678901234元';
    expect(findNumbers(s)).toEqual([]);
    expect(findUnparsed(s).map((u) => [u.text, u.code])).toEqual([['1234567890123456789012345678901234', 'OUT_OF_RANGE']]);
  });
});

describe('long texts', () => {
  it('a text longer than one scan block gives the mentions of its parts, at their offsets', () => {
    const line = '累计安排财政援助资金1.25亿元,动员社会各界捐赠资金累计1576.09万元,受益农户2200户。\n';
    const one = findAmounts(line);
    const copies = 2000; // ≈ 100 000 code units, several scan blocks
    const text = line.repeat(copies);
    const all = findAmounts(text);
    expect(all).toHaveLength(one.length * copies);
    for (let k = 0; k < copies; k += 397) {
      for (let j = 0; j < one.length; j++) {
        const m = all[k * one.length + j]!;
        expect(m.start).toBe(one[j]!.start + k * line.length);
        expect(m.text).toBe(one[j]!.text);
        expect(m.value.eq(one[j]!.value)).toBe(true);
      }
    }
  });
});
