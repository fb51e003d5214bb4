/**
 * parseNumber / parseNumberOrThrow: Chinese, Arabic and mixed numerals, read exactly.
 * Expected values are the readings of the Chinese text, written by hand.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { XiezuoParseError, parseNumber, parseNumberOrThrow } from '../src/index.js';

/** The value of a whole-text number as a canonical decimal string. */
function v(text: string): string {
  return parseNumberOrThrow(text).value.toFixed();
}

function code(text: unknown): string | undefined {
  const r = parseNumber(text as string);
  return r.success ? undefined : r.error.code;
}

describe('Chinese numerals (小写)', () => {
  it.each([
    ['零', '0'],
    ['十', '10'],
    ['十一', '11'],
    ['一十一', '11'],
    ['一百零一', '101'],
    ['一千零一十', '1010'],
    ['一千零十', '1010'],
    ['一千二百万', '12000000'],
    ['一亿五千万零六千三百五十五', '150006355'],
    ['一百九十万零三千九百七十一', '1903971'],
    ['四千零五万', '40050000'],
    ['一万零一十二', '10012'],
    ['一万零十二', '10012'],
    ['五亿零六', '500000006'],
    ['一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一', '1111111111111111'],
    ['五兆六十二亿四万五千二', '5006200045200'],
  ])('%s = %s', (text, expected) => {
    expect(v(text)).toBe(expected);
  });

  it('reads 两/兩/倆 as 2 and 〇 as 0', () => {
    expect(v('两百')).toBe('200');
    expect(v('兩千六')).toBe('2600');
    expect(v('倆千两百贰拾二')).toBe('2222');
    expect(v('〇')).toBe('0');
  });

  it('reads 廿 as twenty', () => {
    expect(v('廿二')).toBe('22');
  });

  it('reads repeated big units: 四万万, 10万万, 三万亿, 三千万亿, 一万五千亿', () => {
    expect(v('四万万')).toBe('400000000');
    expect(v('10万万')).toBe('1000000000');
    expect(v('三万亿')).toBe('3000000000000');
    expect(v('三千万亿')).toBe('3000000000000000');
    expect(v('一万五千亿')).toBe('1500000000000');
    expect(v('二十万亿')).toBe('20000000000000');
    expect(v('三百五十万亿')).toBe('350000000000000');
  });
});

describe('大写 (financial) numerals', () => {
  it.each([
    ['壹仟玖佰', '1900'],
    ['肆佰陸拾', '460'],
    ['壹拾壹万壹仟壹佰壹拾壹', '111111'],
    ['拾', '10'],
    ['拾壹', '11'],
    ['陆', '6'],
    ['參拾', '30'],
    ['壹拾万零叁仟肆佰伍拾叁', '103453'],
  ])('%s = %s', (text, expected) => {
    expect(v(text)).toBe(expected);
  });
});

describe('colloquial forms', () => {
  it.each([
    ['一万三', '13000'],
    ['百三', '130'],
    ['千三', '1300'],
    ['两千四百五', '2450'],
    ['一百二十万三', '1203000'],
    ['九百九', '990'],
    ['半百', '50'],
    ['一打', '12'],
    ['十打', '120'],
    ['五十打', '600'],
    ['两个亿', '200000000'],
  ])('%s = %s', (text, expected) => {
    expect(v(text)).toBe(expected);
  });

  it('reads digit-by-digit numerals where no unit is written (years, codes)', () => {
    expect(v('二〇二三')).toBe('2023');
    expect(v('一七二零')).toBe('1720');
    expect(v('一七二零点一三四')).toBe('1720.134');
  });

  it('reads neighbouring digits before a unit as an estimate between them', () => {
    const r = parseNumberOrThrow('八九亿');
    expect(r.qualifier).toBe('range');
    expect(r.value.toFixed()).toBe('800000000');
    expect(r.range?.max.toFixed()).toBe('900000000');
  });
});

describe('digits mixed with units', () => {
  it.each([
    ['1.25亿', '125000000'],
    ['3.5千万', '35000000'],
    ['3万4000', '34000'],
    ['十亿3000万', '1030000000'],
    ['13万2', '132000'],
    ['1,100万', '11000000'],
    ['1,100.9亿', '110090000000'],
    ['7 万5 千4 百', '75400'],
    ['7萬 5千 4百', '75400'],
    ['5亿1万4千6百', '500014600'],
    ['4.78万亿', '4780000000000'],
    ['1千零20', '1020'],
    ['2千零30万', '20300000'],
    ['200亿零四千230', '20000004230'],
    ['1百01', '101'],
    ['1万600', '10600'],
    ['15k', '15000'],
    ['30w', '300000'],
  ])('%s = %s', (text, expected) => {
    expect(v(text)).toBe(expected);
  });
});

describe('decimals, full-width and traditional script', () => {
  it('reads Chinese decimals with 点/點', () => {
    expect(v('零点五')).toBe('0.5');
    expect(v('两千万点五五四四')).toBe('20000000.5544');
    expect(v('四百亿点零五零')).toBe('40000000000.05');
    expect(v('八千 三百 八十五 萬 二千 三百 二十六 點三三')).toBe('83852326.33');
  });

  it('reads full-width digits, separators and points', () => {
    expect(v('８２，２２５.００')).toBe('82225');
    expect(v('３．５千万')).toBe('35000000');
    expect(v('１１.92亿')).toBe('1192000000');
    expect(v('４，５６５')).toBe('4565');
  });

  it('reads traditional units 萬 億 and 餘', () => {
    expect(v('五億零六')).toBe('500000006');
    expect(v('4.78萬億')).toBe('4780000000000');
    const r = parseNumberOrThrow('2億餘');
    expect(r.value.toFixed()).toBe('200000000');
    expect(r.qualifier).toBe('more_than');
  });

  it('reads leading dots and negatives', () => {
    expect(v('.5')).toBe('0.5');
    expect(v('-.5')).toBe('-0.5');
    expect(v('负三十二')).toBe('-32');
    expect(v('負三十二')).toBe('-32');
    expect(v('−10.1万')).toBe('-101000');
    expect(v('零下四')).toBe('-4');
  });
});

describe('fractions', () => {
  it.each([
    ['五分之一', '0.2'],
    ['一百分之二', '0.02'],
    ['百分之八', '0.08'],
    ['一百万又五十万分之二十五', '1000000.00005'],
    ['负一又二分之一', '-1.5'],
    ['3/5', '0.6'],
    ['1 3/5', '1.6'],
    ['-3/2', '-1.5'],
  ])('%s = %s', (text, expected) => {
    expect(v(text)).toBe(expected);
  });

  it('gives a repeating fraction to 30 decimals', () => {
    const x = parseNumberOrThrow('三分之一').value;
    expect(x.toFixed()).toBe('0.' + '3'.repeat(30));
  });
});

describe('qualifiers', () => {
  it.each([
    ['2900余万', '29000000', 'more_than'],
    ['十 余 万', '100000', 'more_than'],
    ['三十万多亿', '30000000000000', 'more_than'],
    ['约6.9万', '69000', 'approx'],
    ['近700万', '7000000', 'nearly'],
    ['超过5万', '50000', 'more_than'],
    ['不到1.9万', '19000', 'less_than'],
    ['50以上', '50', 'at_least'],
    ['4万左右', '40000', 'approx'],
  ])('%s = %s, %s', (text, value, qualifier) => {
    const r = parseNumberOrThrow(text);
    expect(r.value.toFixed()).toBe(value);
    expect(r.qualifier).toBe(qualifier);
  });

  it('keeps the stated base as the value of 几/数 and gives the range', () => {
    const r = parseNumberOrThrow('二十几万');
    expect(r.value.toFixed()).toBe('200000');
    expect(r.qualifier).toBe('range');
    expect(r.range?.min.toFixed()).toBe('200000');
    expect(r.range?.max.toFixed()).toBe('300000');
    const s = parseNumberOrThrow('数十亿');
    expect(s.range?.min.toFixed()).toBe('1000000000');
    expect(s.range?.max.toFixed()).toBe('10000000000');
  });

  it('reads ranges: 3至5万 is 3万 to 5万', () => {
    const r = parseNumberOrThrow('3至5万');
    expect(r.qualifier).toBe('range');
    expect(r.value.toFixed()).toBe('30000');
    expect(r.range?.max.toFixed()).toBe('50000');
    expect(parseNumberOrThrow('1亿至2亿').range?.min.toFixed()).toBe('100000000');
  });
});

describe('precision: the place of the last written significant digit', () => {
  it.each([
    ['1.25亿', '1000000'],
    ['3522万', '10000'],
    ['1248', '1'],
    ['82,225.00', '0.01'],
    ['1200万', '1000000'],
    ['2900余万', '1000000'],
  ])('%s → %s', (text, p) => {
    expect(parseNumberOrThrow(text).precision.eq(p)).toBe(true);
  });
});

describe('regressions reported against other parsers', () => {
  it('cn2an #55: 16.4亿 and 16.9亿 are exact (no float 1639999999)', () => {
    expect(v('16.4亿')).toBe('1640000000');
    expect(v('16.9亿')).toBe('1690000000');
    expect(v('35.1亿')).toBe('3510000000');
  });
  it('cn2an #14: 一七二零 is 1720 (not 1719.9999999999998)', () => {
    expect(v('一七二零')).toBe('1720');
  });
  it('cn2an #20: 123.05亿', () => {
    expect(v('123.05亿')).toBe('12305000000');
  });
  it('Recognizers-Text #2365: 三十万多亿 keeps both units', () => {
    expect(v('四百六十万多亿')).toBe('460000000000000');
  });
  it('precision is exact for long numbers (no 20-digit rounding)', () => {
    expect(v('123456789012345678901234.5678')).toBe('123456789012345678901234.5678');
  });
});

describe('errors', () => {
  it('reports typed codes and never throws from parseNumber', () => {
    expect(code('')).toBe('EMPTY_INPUT');
    expect(code('   ')).toBe('EMPTY_INPUT');
    expect(code('abc')).toBe('NOT_A_NUMBER');
    expect(code('1.2.3亿')).toBe('MALFORMED_NUMBER');
    expect(code('10..1万')).toBe('MALFORMED_NUMBER');
    expect(code('5万多少')).toBe('TRAILING_TEXT');
    expect(code('10.1万零100')).toBe('TRAILING_TEXT');
    expect(code(42)).toBe('INVALID_ARGUMENT');
    expect(code(null)).toBe('INVALID_ARGUMENT');
    expect(code('1' + '0'.repeat(31))).toBe('OUT_OF_RANGE');
    expect(code('0.' + '0'.repeat(30) + '1')).toBe('OUT_OF_RANGE');
    expect(code('万')).toBe('NOT_A_NUMBER');
    expect(code('点零')).toBe('NOT_A_NUMBER');
  });

  it('accepts exactly 10^30 and 30 fraction digits', () => {
    expect(v('1' + '0'.repeat(30))).toBe('1' + '0'.repeat(30));
    expect(v('0.' + '0'.repeat(29) + '1')).toBe('0.' + '0'.repeat(29) + '1');
  });

  it('parseNumberOrThrow throws the XiezuoParseError with its position', () => {
    try {
      parseNumberOrThrow('5万多少');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(XiezuoParseError);
      expect((e as XiezuoParseError).code).toBe('TRAILING_TEXT');
      expect((e as XiezuoParseError).position).toBe(3);
    }
  });

  it('hands out decimal.js Decimals, never floats', () => {
    expect(Decimal.isDecimal(parseNumberOrThrow('1.25亿').value)).toBe(true);
  });
});
