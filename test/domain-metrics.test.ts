/**
 * The metric table: the required ids, unique synonyms in both scripts, look-ups.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findMetric,
  METRICS,
  MetricIdSchema,
  MetricSchema,
  metricById,
  unitKindOf,
} from '../src/domain/index.js';

describe('metrics', () => {
  it('cover the ids of the issue, each valid and in schema order', () => {
    const required = [
      'fiscal_aid', 'social_donation', 'consumption_assistance', 'enterprise_investment', 'labour_transfer',
      'local_employment', 'employment_in_east', 'cadres_dispatched', 'technicians_dispatched', 'people_trained',
      'projects', 'enterprises', 'industrial_parks', 'demonstration_villages', 'households_helped', 'people_helped', 'other',
    ];
    expect(METRICS.map((m) => m.id)).toEqual(MetricIdSchema.options);
    expect(MetricIdSchema.options).toEqual(expect.arrayContaining(required));
    for (const m of METRICS) expect(MetricSchema.safeParse(m).success, m.id).toBe(true);
  });

  it('have each synonym once, with as many traditional as simplified forms', () => {
    const seen = new Map<string, string>();
    for (const m of METRICS) {
      expect(m.synonyms.traditional.length, m.id).toBe(m.synonyms.simplified.length);
      for (const w of [...m.synonyms.simplified, ...m.synonyms.traditional]) {
        // 捐款捐物 is written the same in both scripts; it may appear twice within one metric.
        const owner = seen.get(w);
        expect(owner === undefined || owner === m.id, `${w} in ${owner} and ${m.id}`).toBe(true);
        seen.set(w, m.id);
      }
    }
  });

  it('find metrics by the words of the seeds, in both scripts', () => {
    expect(findMetric('输转就业')?.id).toBe('labour_transfer'); // seed 000: 累计输转就业1211人
    expect(findMetric('消费扶贫')?.id).toBe('consumption_assistance'); // seed 003: 消费扶贫2.83亿元
    expect(findMetric('財政幫扶資金')?.id).toBe('fiscal_aid');
    expect(findMetric('挂职干部')?.id).toBe('cadres_dispatched'); // seed 001: 互派挂职干部35人次
    expect(findMetric('不是指标')).toBeUndefined();
    expect(findMetric(3 as unknown as string)).toBeUndefined();
    expect(metricById('people_trained')?.unitKinds[0]).toBe('person_times');
    expect(metricById('nope')).toBeUndefined();
  });

  it('the traditional synonyms occur in seed 004 where it uses them', () => {
    const text = readFileSync(new URL('../seeds/004_7d29d2d5cf896e98.txt', import.meta.url), 'utf8');
    const used = METRICS.flatMap((m) => m.synonyms.traditional.filter((w) => text.includes(w)).map((w) => `${m.id}:${w}`));
    expect(used).toEqual(expect.arrayContaining(['consumption_assistance:消費扶貧', 'fiscal_aid:撥付']));
  });

  it('give unit kinds of measure words and currencies', () => {
    expect(unitKindOf('人次')).toBe('person_times');
    expect(unitKindOf('人')).toBe('people');
    expect(unitKindOf('户')).toBe('households');
    expect(unitKindOf('CNY')).toBe('money');
    expect(unitKindOf('%')).toBe('percent');
    expect(unitKindOf('toString')).toBeUndefined();
    expect(unitKindOf('斤')).toBeUndefined();
  });
});
