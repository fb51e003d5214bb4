import { defineConfig } from 'tsup';

// Three builds into dist/ (`npm run build` empties dist/ first; `clean` is off because the builds
// run side by side and would delete each other's files):
// - the library as ESM, one output file per source module (bundle: false): bundlers then keep only
//   the modules an import reaches (`"sideEffects": false`), so `import { findAmounts }` does not
//   drag in zod and the claim extractor. Declarations: one bundled dist/index.d.ts.
// - the library as CommonJS, one bundled dist/index.cjs with dist/index.d.cts.
// - the CLI (`bin: xiezuo` → dist/cli.js): one ESM file for Node that is also its own worker-thread
//   entry. The library entry never imports it; it is the only place that uses Node built-ins.
// The library builds are platform-neutral: they must run in browsers (checked by check:package).
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    // decimal.js, zod and date-fns are not bundled: they are dependencies, found in node_modules.
  },
]);
