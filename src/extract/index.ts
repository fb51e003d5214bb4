/**
 * Extraction: article text → typed claims with evidence.
 *
 * @module
 */
export { extractClaims, extractClaimsDetailed } from './extract-claims.js';
export type { ExtractOptions, ExtractionResult } from './extract-claims.js';
export type { FoundFigure, SkippedFigure, SkipReason } from './figures.js';
