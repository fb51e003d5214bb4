import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the page in docs/page/ in Debian's Chromium (headless, via playwright-core).
// Kept apart from `npm test` (whose pattern is test/**/*.test.ts) because it needs /usr/bin/chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
