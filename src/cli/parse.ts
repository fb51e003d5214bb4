/**
 * `xiezuo parse <text…>`: reads each text as an amount of money, else as a quantity (a count with
 * its measure word, a percentage), else as a bare number, and prints the exact value.
 *
 * @module
 */
import { findQuantities, formatAmount, parseAmount, parseNumber } from '../index.js';
import { toWire } from './analyse.js';
import type { Io } from './main.js';
import { renderTable } from './text-table.js';

/** What `parse` reports for one text. */
export interface ParseReport {
  input: string;
  kind: 'amount' | 'quantity' | 'number' | 'error';
  value?: string;
  qualifier?: string;
  precision?: string;
  range?: { min: string; max: string };
  currency?: string;
  unit?: string;
  formatted?: string;
  error?: { code: string; message: string };
}

/** Reads one text as an amount, a quantity or a number. */
export function parseOne(input: string): ParseReport {
  const amount = parseAmount(input);
  if (amount.success) {
    const a = amount.data;
    return {
      input,
      kind: 'amount',
      ...toWire({ value: a.value, qualifier: a.qualifier, precision: a.precision, range: a.range }),
      currency: a.currency,
      formatted: formatAmount(a.value, { currency: a.currency }),
    };
  }
  const trimmed = input.trim();
  const qs = findQuantities(trimmed);
  const q = qs[0];
  if (qs.length === 1 && q && q.start === 0 && q.end === trimmed.length) {
    return { input, kind: 'quantity', ...toWire({ value: q.value, qualifier: q.qualifier, precision: q.precision, range: q.range }), unit: q.unit };
  }
  const n = parseNumber(input);
  if (n.success) {
    return { input, kind: 'number', ...toWire({ value: n.data.value, qualifier: n.data.qualifier, precision: n.data.precision, range: n.data.range }) };
  }
  const err = amount.error.code === 'NOT_AN_AMOUNT' ? n.error : amount.error;
  return { input, kind: 'error', error: { code: err.code, message: err.message } };
}

/** Runs `parse`: exit 0 when every text was read, 1 when one was not. */
export function runParse(texts: readonly string[], format: 'table' | 'json' | 'csv', io: Pick<Io, 'stdout' | 'stderr'>): number {
  const reports = texts.map(parseOne);
  if (format === 'json') {
    for (const r of reports) io.stdout.write(JSON.stringify(r) + '\n');
  } else if (format === 'csv') {
    io.stdout.write('input,kind,value,qualifier,precision,currency,unit,error\r\n');
    for (const r of reports) {
      const cells = [r.input, r.kind, r.value, r.qualifier, r.precision, r.currency, r.unit, r.error?.code];
      io.stdout.write(cells.map((c) => (c === undefined ? '' : /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n');
    }
  } else {
    const rows = reports.map((r) => [
      r.input,
      r.kind,
      r.kind === 'error' ? `${r.error?.code}: ${r.error?.message}` : r.range ? `${r.range.min}–${r.range.max}` : (r.value ?? ''),
      r.currency ?? r.unit ?? '',
      r.qualifier ?? '',
      r.precision ?? '',
      r.formatted ?? '',
    ]);
    io.stdout.write(renderTable(['text', 'kind', 'value', 'unit', 'qualifier', 'precision', 'formatted'], rows) + '\n');
  }
  return reports.some((r) => r.kind === 'error') ? 1 : 0;
}
