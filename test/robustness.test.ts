// Every function the package exports, called with arguments of the wrong kind: it returns, or it
// throws one of the package's typed errors (XiezuoParseError, XiezuoValidationError) — never a
// TypeError from deep inside, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import * as aggregateApi from '../src/aggregate/index.js';
import * as checksApi from '../src/checks/index.js';
import * as library from '../src/index.js';

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant({}),
  fc.constant([]),
  fc.constant([{}]),
  fc.constant([null]),
  fc.constant({ id: 'x' }),
  fc.constant({ figure: { kind: 'amount', amount: {} } }),
  fc.constant(new Decimal(Number.NaN)),
  fc.constant(new Decimal('1.25e8')),
);

const functions = (Object.entries({ ...library, ...checksApi, ...aggregateApi }) as [string, unknown][]).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && !/^[A-Z]/.test(e[0]),
);

describe('arguments of the wrong kind', () => {
  it('finds the functions to call', () => {
    expect(functions.length).toBeGreaterThan(50);
  });

  it.each(functions.map(([name, fn]) => ({ name, fn })))('$name returns or throws a typed error', ({ fn }) => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        try {
          fn(a, b, c);
        } catch (e) {
          expect((e as Error).name).toMatch(/^Xiezuo(Parse|Validation)Error$/);
        }
      }),
      { numRuns: 400 },
    );
  });
});
