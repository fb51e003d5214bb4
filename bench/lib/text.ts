/**
 * Terminal text helpers shared by the bench and conformance reports: the CLI's table helpers, so
 * that wide (CJK, full-width) characters are measured one way everywhere.
 *
 * @module
 */
export { displayWidth, pad as padDisplay } from '../../src/cli/text-table.js';
