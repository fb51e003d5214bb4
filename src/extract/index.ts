/**
 * Extraction: article text → typed claims with evidence.
 *
 * @module
 */
export { extractClaims, extractClaimsDetailed } from './extract-claims.js';
export type { ExtractOptions, ExtractionResult, PairingHint } from './extract-claims.js';
export type { FoundFigure, FoundAmount, FoundQuantity, FoundNumber, SkippedFigure, SkipReason } from './figures.js';
