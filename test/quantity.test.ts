/**
 * findQuantities: counts with measure words and percentages, on sentences of the seed articles.
 * Expected quantities are read from the text by hand.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/index.js';

type Row = [text: string, value: string, unit: string, qualifier: string];

function q(text: string): Row[] {
  return findQuantities(text).map((m) => [m.text, m.value.toFixed(), m.unit, m.qualifier]);
}

describe('counts with measure words', () => {
  it('000: 人, 户, 家, 个 with 余', () => {
    expect(q('累计输转就业1211人。受益农户2200户。设置企业、用人单位47家，提供就业岗位800余个，参加招聘会人员600余人')).toEqual([
      ['1211人', '1211', '人', 'exact'],
      ['2200户', '2200', '户', 'exact'],
      ['47家', '47', '家', 'exact'],
      ['800余个', '800', '个', 'more_than'],
      ['600余人', '600', '人', 'more_than'],
    ]);
  });

  it('001: 人次, 次, 场次, and 万 as a multiplier', () => {
    expect(q('互访交流达415人次，召开高层联席会议8次，就业帮扶活动17场次，推送就业岗位3.61万个')).toEqual([
      ['415人次', '415', '人次', 'exact'],
      ['8次', '8', '次', 'exact'],
      ['17场次', '17', '场次', 'exact'],
      ['3.61万个', '36100', '个', 'exact'],
    ]);
  });

  it('002: 亩, 吨, 公斤, 株, 座', () => {
    expect(q('种植板蓝根2300余亩，年处理11万吨农作物秸秆，提供优良水稻种子200公斤、黄瓜种苗52000株，建成341座冷棚')).toEqual([
      ['2300余亩', '2300', '亩', 'more_than'],
      ['11万吨', '110000', '吨', 'exact'],
      ['200公斤', '200', '公斤', 'exact'],
      ['52000株', '52000', '株', 'exact'],
      ['341座', '341', '座', 'exact'],
    ]);
  });

  it('003: Chinese numerals, 百余, 近万人, 约6.9万人次', () => {
    expect(q('实施各类帮扶项目百余个，助力四个受援地区；参与跟评近万人；约6.9万人次奉献爱心')).toEqual([
      ['百余个', '100', '个', 'more_than'],
      ['四个', '4', '个', 'exact'],
      ['近万人', '10000', '人', 'nearly'],
      ['约6.9万人次', '69000', '人次', 'approx'],
    ]);
  });

  it('004 (traditional): 個 → 个, 戶 → 户, 餘, 萬次, and 網友 counted as 人', () => {
    expect(q('成立11個專項工作組，累計赴甘40餘次，結對認親貧困戶110戶，吸引了超1600萬網友，點擊率覆蓋超9000萬次')).toEqual([
      ['11個', '11', '个', 'exact'],
      ['40餘次', '40', '次', 'more_than'],
      ['110戶', '110', '户', 'exact'],
      ['超1600萬網友', '16000000', '人', 'more_than'],
      ['超9000萬次', '90000000', '次', 'more_than'],
    ]);
  });
});

describe('percentages', () => {
  it('reads % and 百分之, and 个百分点', () => {
    expect(q('占全部援助资金的62.5%，股价上涨了百分之八，下降了百分之负三点八，提高2.5个百分点')).toEqual([
      ['62.5%', '62.5', '%', 'exact'],
      ['百分之八', '8', '%', 'exact'],
      ['百分之负三点八', '-3.8', '%', 'exact'],
      ['2.5个百分点', '2.5', '个百分点', 'exact'],
    ]);
  });

  it('keeps a year out of a percentage (2021年52.95%) and splits 70%3个', () => {
    expect(q('从2021年52.95%提高到2023年73.91%')).toEqual([
      ['52.95%', '52.95', '%', 'exact'],
      ['73.91%', '73.91', '%', 'exact'],
    ]);
    expect(q('总建筑面积的70%3个乡村振兴示范村')).toEqual([
      ['70%', '70', '%', 'exact'],
      ['3个', '3', '个', 'exact'],
    ]);
  });
});

describe('what is not a quantity', () => {
  it('ordinals, reduplications and amounts of money', () => {
    expect(q('在第七個國家扶貧日')).toEqual([]);
    expect(q('一个个武清理念')).toEqual([]);
    expect(q('累计投入870万元')).toEqual([]);
  });

  it('never throws', () => {
    expect(findQuantities(42 as unknown as string)).toEqual([]);
    expect(findQuantities('')).toEqual([]);
  });
});
