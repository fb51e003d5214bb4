/**
 * A helper type for the enumerations of the schemas.
 *
 * @module
 */
import { z } from 'zod/v4';

/**
 * The value map of a zod enumeration of the strings `T` (each string maps to itself). Schemas
 * are annotated with it so their declared types stay short.
 *
 * @example
 * ```ts
 * const levels: EnumOf<'province' | 'county'> = { province: 'province', county: 'county' }; // 省、县
 * ```
 */
export type EnumOf<T extends string> = { [K in T]: K };

/**
 * `z.enum` whose declared type names {@link EnumOf}.
 *
 * @example
 * ```ts
 * const LevelSchema = enumSchema(['province', 'county']); // 省、县
 * ```
 * @internal
 */
export function enumSchema<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodEnum<EnumOf<T[number]>> {
  return z.enum(values) as unknown as z.ZodEnum<EnumOf<T[number]>>;
}
