/**
 * Speed against Microsoft Recognizers-Text: its Chinese currency recognizer and findAmounts on
 * the same slice of the seeds.
 *
 * @module
 */
import { utf8Bytes } from '../corpus.js';
import { defineSection, type Figure } from '../registry.js';
import { perCall, timeOnce } from '../timing.js';

/**
 * Size of the slice in UTF-8 bytes. Recognizers-Text grows faster than linearly on one long
 * string (measured here: 5 KB ≈ 0.6 s, 13 KB ≈ 3.7 s, 20 KB ≈ 9 s, 37 KB ≈ 28 s), so the slice is
 * kept at the low end of 20–50 KB: a larger one would only inflate the ratio in our favour.
 */
export const RT_SLICE_BYTES = 20 * 1024;

/** The first whole lines of `text` reaching `bytes` UTF-8 bytes. */
export function sliceLines(text: string, bytes: number): string {
  let out = '';
  for (const line of text.split('\n')) {
    out += `${line}\n`;
    if (utf8Bytes(out) >= bytes) break;
  }
  return out;
}

/** Recognizers-Text time ÷ findAmounts time on the same ≈ 20 KB slice. */
export const recognizers = defineSection({
  name: 'recognizers',
  title: 'Versus Microsoft Recognizers-Text (recognizeCurrency, Culture.Chinese) on the same slice of the seeds',
  async run(ctx) {
    const slice = sliceLines(ctx.corpus.seeds, RT_SLICE_BYTES);
    const kb = (utf8Bytes(slice) / 1024).toFixed(1);
    let rt: typeof import('@microsoft/recognizers-text-number-with-unit');
    try {
      rt = await import('@microsoft/recognizers-text-number-with-unit');
    } catch (e) {
      return [{ label: 'speed-up over RT', value: undefined, unit: '×', target: { op: '>=', limit: 500 }, note: `Recognizers-Text not loadable: ${(e as Error).message}` }];
    }
    const culture = rt.Culture.Chinese;
    rt.recognizeCurrency('累计安排财政援助资金1.25亿元', culture); // lazy initialisation, not timed
    ctx.log(`  Recognizers-Text on ${kb} KB (one run, ≈ 10 s)…`);
    let rtCount = 0;
    const rtSeconds = timeOnce(() => (rtCount = rt.recognizeCurrency(slice, culture).length));
    const figures: Figure[] = [
      { label: 'Recognizers-Text time', value: rtSeconds, unit: 's', digits: 2, note: `${kb} KB, one run after initialisation, ${rtCount} currency results` },
    ];
    const fn = ctx.api.findAmounts;
    if (!fn) {
      figures.push({ label: 'speed-up over RT', value: undefined, unit: '×', target: { op: '>=', limit: 500 }, note: 'findAmounts not exported' });
      return figures;
    }
    for (let i = 0; i < 20; i++) fn(slice);
    const ours = perCall(() => fn(slice), 1, 20);
    const count = fn(slice).length;
    figures.push(
      { label: 'findAmounts time', value: ours.best * 1000, unit: 'ms', digits: 3, note: `same slice, best of ${ours.runs} calls, ${count} amounts` },
      { label: 'speed-up over RT', value: rtSeconds / ours.best, unit: '×', digits: 0, target: { op: '>=', limit: 500 } },
    );
    return figures;
  },
});
