/**
 * A printable form of any value given to a parser, for error messages: never throws, even for
 * objects whose `toString` throws or that have none.
 *
 * @module
 */

/**
 * Describe an input for an error's `input` field.
 *
 * @example
 * ```ts
 * describeInput(42); // '42'
 * describeInput(Object.create(null)); // '[object Object]'
 * ```
 */
export function describeInput(x: unknown): string {
  if (typeof x === 'string') return x;
  try {
    return String(x);
  } catch {
    return Object.prototype.toString.call(x);
  }
}
