/**
 * Aggregation rows as plain data, CSV and JSON text: decimal strings, never floats.
 *
 * @module
 */
import type { AggregateKey, AggregateRow, LeftOutClaim } from './types.js';
import { isFiniteDecimal } from '../domain/guards.js';
import { argumentError } from '../domain/validation-error.js';

const KEY_COLUMNS: readonly AggregateKey[] = ['metric', 'year', 'pairing', 'east', 'west', 'source'];

/**
 * A row as plain JSON-ready data: every value a string, boolean, number (counts and years only)
 * or `null`.
 *
 * @example
 * ```ts
 * const p: PlainAggregateRow = toPlainRow(row);
 * p.total; // { low: '107630000', lowInclusive: true, high: '107630000', highInclusive: true }
 * ```
 */
export interface PlainAggregateRow {
  /** The group key, as in {@link AggregateRow}. */
  key: AggregateRow['key'];
  /** The total with decimal strings; `high: null` when unbounded. */
  total: {
    /** The low end, a decimal string. */
    low: string;
    /** Whether the low end belongs to the interval. */
    lowInclusive: boolean;
    /** The high end, a decimal string, or `null` when unbounded. */
    high: string | null;
    /** Whether the high end belongs to the interval. */
    highInclusive: boolean;
  };
  /** The exact total, when every part is exact. */
  point: string | null;
  /** How many claims make the total. */
  count: number;
  /** Ids of the claims counted. */
  claimIds: string[];
  /** Claims left out, with the reason. */
  leftOut: LeftOutClaim[];
  /** Ids counted although a finding names them. */
  flagged: string[];
}

/**
 * A row as plain data with decimal strings (`Decimal#toFixed()`: no exponent, every digit).
 *
 * @example
 * ```ts
 * toPlainRow(rows[0]).point; // '107630000' —— 10763万元
 * ```
 */
export function toPlainRow(row: AggregateRow): PlainAggregateRow {
  checkRow('toPlainRow', 'row', row);
  return {
    key: { ...row.key },
    total: {
      low: row.total.low.toFixed(),
      lowInclusive: row.total.lowInclusive,
      high: row.total.high === null ? null : row.total.high.toFixed(),
      highInclusive: row.total.highInclusive,
    },
    point: row.point === null ? null : row.point.toFixed(),
    count: row.count,
    claimIds: [...row.claimIds],
    leftOut: row.leftOut.map((l) => ({ ...l })),
    flagged: [...row.flagged],
  };
}

/**
 * Rows as JSON text, ready to write to a file: an array of {@link PlainAggregateRow}, decimals as
 * strings.
 *
 * @example
 * ```ts
 * writeFileSync('消费帮扶.json', aggregateToJson(rows));
 * ```
 */
export function aggregateToJson(rows: readonly AggregateRow[], indent = 2): string {
  checkRows('aggregateToJson', rows);
  return `${JSON.stringify(rows.map(toPlainRow), null, indent)}\n`;
}

/** Throws the typed argument error unless `row` has the shape of an {@link AggregateRow}. */
function checkRow(fn: string, param: string, row: AggregateRow): void {
  const ok =
    row !== null &&
    typeof row === 'object' &&
    row.key !== null &&
    typeof row.key === 'object' &&
    row.total !== null &&
    typeof row.total === 'object' &&
    isFiniteDecimal(row.total.low) &&
    (row.total.high === null || isFiniteDecimal(row.total.high)) &&
    (row.point === null || isFiniteDecimal(row.point)) &&
    Array.isArray(row.claimIds) &&
    Array.isArray(row.leftOut) &&
    Array.isArray(row.flagged);
  if (!ok) throw argumentError(fn, param, 'an aggregate row', row);
}

function checkRows(fn: string, rows: readonly AggregateRow[]): void {
  if (!Array.isArray(rows as unknown)) throw argumentError(fn, 'rows', 'an array of aggregate rows', rows);
  rows.forEach((r, i) => checkRow(fn, `rows[${i}]`, r));
}

function csvField(v: string): string {
  // Quote when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
  let s = v;
  if (/^[=+@]/.test(s) || (/^-/.test(s) && !/^-\d/.test(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows as CSV text (RFC 4180, comma-separated, CRLF line ends, a header line), ready to write to a
 * file. Columns: the grouping keys present in the rows (metric, year, pairing, east, west, source),
 * then `unit, low, low_inclusive, high, high_inclusive, point, count, claim_ids, left_out`. Decimals
 * are exact strings; an unbounded `high` is empty; `claim_ids` are separated by spaces; `left_out`
 * lists `id:reason` (and `:relatedId`) separated by spaces.
 *
 * @example
 * ```ts
 * aggregateToCsv(rows).split('\r\n')[0];
 * // 'metric,year,pairing,unit,low,low_inclusive,high,high_inclusive,point,count,claim_ids,left_out'
 * ```
 */
export function aggregateToCsv(rows: readonly AggregateRow[]): string {
  checkRows('aggregateToCsv', rows);
  const keys = KEY_COLUMNS.filter((k) => rows.some((r) => k in r.key));
  const header = [...keys, 'unit', 'low', 'low_inclusive', 'high', 'high_inclusive', 'point', 'count', 'claim_ids', 'left_out'];
  const lines = [header.join(',')];
  for (const r of rows) {
    const fields: string[] = keys.map((k) => {
      const v = r.key[k];
      return v === null || v === undefined ? '' : String(v);
    });
    fields.push(
      r.key.unit,
      r.total.low.toFixed(),
      String(r.total.lowInclusive),
      r.total.high === null ? '' : r.total.high.toFixed(),
      String(r.total.highInclusive),
      r.point === null ? '' : r.point.toFixed(),
      String(r.count),
      r.claimIds.join(' '),
      r.leftOut.map((l) => `${l.id}:${l.reason}${l.relatedId ? `:${l.relatedId}` : ''}`).join(' '),
    );
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
