/**
 * parseAmount / parseAmountOrThrow / formatAmount: amounts of money with currencies, 大写,
 * fractional units, qualifiers and ranges. Expected values are read from the Chinese by hand.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { XiezuoParseError, formatAmount, parseAmount, parseAmountOrThrow } from '../src/index.js';

function amt(text: string): [string, string, string] {
  const a = parseAmountOrThrow(text);
  return [a.value.toFixed(), a.currency, a.qualifier];
}

function code(text: unknown): string | undefined {
  const r = parseAmount(text as string);
  return r.success ? undefined : r.error.code;
}

describe('yuan amounts', () => {
  it.each([
    ['1.25亿元', '125000000'],
    ['1576.09万元', '15760900'],
    ['8793亿元', '879300000000'],
    ['601,293.11元', '601293.11'],
    ['８２，２２５.００元', '82225'],
    ['３．５千万元', '35000000'],
    ['一万二千三百四十五元', '12345'],
    ['十块钱', '10'],
    ['3.09億元', '309000000'],
    ['1037萬元', '10370000'],
  ])('%s = %s CNY', (text, value) => {
    expect(amt(text)).toEqual([value, 'CNY', 'exact']);
  });
});

describe('大写 amounts with 角 and 分', () => {
  it.each([
    ['壹仟玖佰圆整', '1900'],
    ['壹拾壹元正', '11'],
    ['叁元伍角', '3.5'],
    ['玖仟陆佰陆拾伍圆壹角捌分', '9665.18'],
    ['肆佰叁拾萬圆整', '4300000'],
    ['123元1角1分', '123.11'],
    ['六十四万零一百四十三元一角七分', '640143.17'],
    ['一百三十五块六角七分钱', '135.67'],
    ['十块三毛', '10.3'],
    ['两毛五', '0.25'],
    ['五毛', '0.5'],
    ['五毛钱', '0.5'],
  ])('%s = %s CNY', (text, value) => {
    expect(amt(text)[0]).toBe(value);
    expect(amt(text)[1]).toBe('CNY');
  });
});

describe('currencies (ISO 4217)', () => {
  it.each([
    ['45564.44美元', '45564.44', 'USD'],
    ['25481港元', '25481', 'HKD'],
    ['港币两千九百六十元', '2960', 'HKD'],
    ['3000欧元', '3000', 'EUR'],
    ['3千万亿日元', '3000000000000000', 'JPY'],
    ['9000元日币', '9000', 'JPY'],
    ['50英镑', '50', 'GBP'],
    ['100澳门元', '100', 'MOP'],
    ['新台币 177.1 亿元', '17710000000', 'TWD'],
    ['5306亿台币', '530600000000', 'TWD'],
    ['八九亿韩元', '800000000', 'KRW'],
    ['两个亿卢布', '200000000', 'RUB'],
    ['二十五万三千二百泰铢', '253200', 'THB'],
    ['1.0092瑞士法郎', '1.0092', 'CHF'],
    ['8亿元人民币', '800000000', 'CNY'],
    ['人民币 8千元', '8000', 'CNY'],
    ['RMB100', '100', 'CNY'],
    ['￥300', '300', 'CNY'],
    ['¥300', '300', 'CNY'],
    ['$20', '20', 'USD'],
    ['三万元欧元', '30000', 'EUR'],
    ['两美元又三美分', '2.03', 'USD'],
    ['10日元5日本銭', '10.05', 'JPY'],
    ['100歐元', '100', 'EUR'],
  ])('%s = %s %s', (text, value, currency) => {
    const a = parseAmountOrThrow(text);
    expect(a.value.toFixed()).toBe(value);
    expect(a.currency).toBe(currency);
  });
});

describe('qualifiers', () => {
  it.each([
    ['近10万元', '100000', 'nearly'],
    ['2900余万元', '29000000', 'more_than'],
    ['8100万元以上', '81000000', 'at_least'],
    ['超1億元', '100000000', 'more_than'],
    ['4万元左右', '40000', 'approx'],
    ['6万多元', '60000', 'more_than'],
    ['5.1万余元', '51000', 'more_than'],
    ['约4.287亿美元', '428700000', 'approx'],
    ['至少九千块钱以上', '9000', 'at_least'],
    ['不到1.9万台币', '19000', 'less_than'],
    ['不超过5万元', '50000', 'at_most'],
    ['50万元（含）以上', '500000', 'at_least'],
    ['15k左右', '15000', 'approx'],
  ])('%s = %s, %s', (text, value, qualifier) => {
    const a = parseAmountOrThrow(text);
    expect(a.value.toFixed()).toBe(value);
    expect(a.qualifier).toBe(qualifier);
  });

  it('bounds 余/多 by the precision of the last written digit', () => {
    const a = parseAmountOrThrow('2900余万元');
    expect(a.precision.toFixed()).toBe('1000000');
  });
});

describe('ranges', () => {
  it.each([
    ['3至5万元', '30000', '50000'],
    ['3-5万元', '30000', '50000'],
    ['1亿至2亿元', '100000000', '200000000'],
    ['1 万(含)-5 万元', '10000', '50000'],
    ['1万元--5万元', '10000', '50000'],
    ['从8500到3万港元', '8500', '30000'],
    ['两到三万港元', '20000', '30000'],
    ['两~3百日元', '200', '300'],
    ['一千到两千万元人民币', '10000000', '20000000'],
    ['10~15k元', '10000', '15000'],
    ['2——3万港币', '20000', '30000'],
    ['几十万块', '100000', '1000000'],
    ['十几块钱', '10', '20'],
    ['三五百块', '300', '500'],
  ])('%s = %s … %s', (text, min, max) => {
    const a = parseAmountOrThrow(text);
    expect(a.qualifier).toBe('range');
    expect(a.value.toFixed()).toBe(min);
    expect(a.range?.min.toFixed()).toBe(min);
    expect(a.range?.max.toFixed()).toBe(max);
  });
});

describe('errors', () => {
  it('gives the documented codes', () => {
    expect(code('')).toBe('EMPTY_INPUT');
    expect(code('abc')).toBe('NOT_A_NUMBER');
    expect(code('元整')).toBe('NOT_A_NUMBER');
    expect(code('1.2.3亿')).toBe('MALFORMED_NUMBER');
    expect(code('5万元多少')).toBe('TRAILING_TEXT');
    expect(code('5万')).toBe('NOT_AN_AMOUNT');
    expect(code('三百万')).toBe('NOT_AN_AMOUNT');
    expect(code(undefined)).toBe('INVALID_ARGUMENT');
    expect(code({})).toBe('INVALID_ARGUMENT');
    expect(code('1' + '0'.repeat(31) + '元')).toBe('OUT_OF_RANGE');
  });

  it('parseAmountOrThrow throws XiezuoParseError', () => {
    expect(() => parseAmountOrThrow('5万')).toThrow(XiezuoParseError);
  });

  it('does not read false friends as money', () => {
    expect(code('五角大楼')).toBeDefined();
    expect(code('十分壮观')).toBeDefined();
    expect(code('元宵')).toBeDefined();
  });
});

describe('formatAmount', () => {
  it.each([
    ['125000000', {}, '1.25亿元'],
    ['15760900', {}, '1576.09万元'],
    ['123456789', {}, '12345.6789万元'],
    ['1248', {}, '1248元'],
    ['-0.5', {}, '-0.5元'],
    ['0', {}, '0元'],
    ['15760900', { unit: '元' }, '15760900元'],
    ['15760900', { unit: '亿元' }, '0.157609亿元'],
    ['125000000', { script: 'traditional' }, '1.25億元'],
    ['428700000', { currency: 'USD' }, '4.287亿美元'],
    ['428700000', { currency: '美元' }, '4.287亿美元'],
    ['30000', { currency: 'EUR', script: 'traditional' }, '3萬歐元'],
  ] as const)('%s %o → %s', (x, opts, expected) => {
    expect(formatAmount(x, opts)).toBe(expected);
  });

  it('accepts a Decimal and parses back to it', () => {
    const x = new Decimal('2023.18e4');
    expect(parseAmountOrThrow(formatAmount(x)).value.eq(x)).toBe(true);
  });

  it('throws typed errors on bad input', () => {
    expect(() => formatAmount('abc')).toThrow(XiezuoParseError);
    expect(() => formatAmount('1e31')).toThrow(XiezuoParseError);
    expect(() => formatAmount('1', { currency: 'XXX' })).toThrow(XiezuoParseError);
    expect(() => formatAmount('Infinity')).toThrow(XiezuoParseError);
  });
});

describe('regressions reported against other parsers (their issue trackers)', () => {
  it('JioNLP #257: 123元1角1分 is 123.11 (not the digits summed)', () => {
    expect(amt('123元1角1分')[0]).toBe('123.11');
  });
  it('JioNLP #151: 100000万美元 keeps all its digits', () => {
    expect(amt('100000万美元')).toEqual(['1000000000', 'USD', 'exact']);
  });
  it('JioNLP #147: more than four decimals (47.264287亿元)', () => {
    expect(amt('47.264287亿元')[0]).toBe('4726428700');
  });
  it('JioNLP #80: 10.56亿元', () => {
    expect(amt('10.56亿元')[0]).toBe('1056000000');
  });
  it('JioNLP #79: "-w" is not an amount and does not throw', () => {
    expect(code('-w')).toBe('NOT_A_NUMBER');
  });
  it('cn2an #55: 16.4亿元 is exact', () => {
    expect(amt('16.4亿元')[0]).toBe('1640000000');
  });
  it('Recognizers-Text #2302: 25万6千元 and 3万4000元', () => {
    expect(amt('25万6千元')[0]).toBe('256000');
    expect(amt('3万4000元')[0]).toBe('34000');
  });
});
