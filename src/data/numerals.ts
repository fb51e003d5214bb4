/**
 * Lexicon of Chinese numerals for the number scanner: digits (小写 and 大写), units, and the
 * one-to-one character folds (full-width → ASCII, traditional → simplified) the scanner applies
 * before it reads a figure.
 *
 * Sources: GB/T 15835-2011 (出版物上数字用法), the 大写 forms of the People's Bank of China rules
 * for filling in bills (支付结算办法 附件: 正确填写票据和结算凭证的基本规定), and the
 * traditional forms of the General Standard Chinese Characters table (通用规范汉字表, 2013).
 *
 * @module
 */

/**
 * Digit characters and their values, simplified script (after {@link CHAR_FOLDS}).
 * 幺 is the spoken 1 of phone numbers; 两/俩 are 2.
 *
 * @example
 * ```ts
 * DIGIT_CHARS['陆']; // 6 —— 大写“陆”
 * ```
 */
export const DIGIT_CHARS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 参: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/**
 * 大写 digits that are ordinary words when they stand alone (入伍, 大陆, 收拾, 放肆, 参加): the
 * finders read them only inside a numeral of two or more characters or before a unit of money.
 *
 * @example
 * ```ts
 * AMBIGUOUS_DIGITS.includes('伍'); // true —— “队伍”不是数字
 * ```
 */
export const AMBIGUOUS_DIGITS = '伍陆拾肆参佰仟';

/**
 * Unit characters below 万 and their exponents: 十 = 10^1, 百 = 10^2, 千 = 10^3.
 *
 * @example
 * ```ts
 * SMALL_UNITS['佰']; // 2
 * ```
 */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3,
};

/**
 * Large units and their exponents: 万 = 10^4, 亿 = 10^8, 兆 = 10^12 (the reading of
 * Recognizers-Text and of Taiwan usage; the mainland metric sense 兆 = 10^6 is not used for money).
 *
 * @example
 * ```ts
 * BIG_UNITS['亿']; // 8
 * ```
 */
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 兆: 12 };

/**
 * Characters standing for two numeral characters: 廿 = 二十, 卅 = 三十, 卌 = 四十.
 *
 * @example
 * ```ts
 * TENS_CHARS['廿']; // 2
 * ```
 */
export const TENS_CHARS: Readonly<Record<string, number>> = { 廿: 2, 卅: 3, 卌: 4 };

/**
 * One-to-one character folds applied before scanning, as pairs `from` → `to` (same UTF-16 length,
 * so offsets are kept): traditional forms of numeral, unit, qualifier, currency and measure-word
 * characters. Full-width ASCII (U+FF01–U+FF5E) is folded by code, not listed here.
 *
 * @example
 * ```ts
 * CHAR_FOLDS.indexOf('萬'); // even index: '萬' folds to the next character, '万'
 * ```
 */
export const CHAR_FOLDS =
  '萬万億亿兩两倆俩貳贰貮贰弍贰參参叄叁陸陆圓圆塊块錢钱銭钱點点負负餘余幾几數数個个箇个對对雙双' +
  '約约過过達达歐欧鎊镑韓韩盧卢門门幣币臺台戶户項项畝亩噸吨場场網网頭头紐纽蘭兰鐵铁馬马來来爾尔' +
  '臺台灣湾澳澳條条輛辆張张間间隻只屆届隊队級级萊莱盾盾銖铢鎊镑圜圆億亿〇〇兆兆麼么於于與与讓让' +
  '麥麦亞亚將将內内從从間间筆笔劃划檯台處处單单區区縣县鄉乡鎮镇億亿萬万啟启棟栋層层種种組组樣样';
