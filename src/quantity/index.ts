/**
 * Quantities: counts with measure words and percentages.
 *
 * @module
 */
export { findQuantities } from './find-quantities.js';
