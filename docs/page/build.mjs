// Bundles the page script (app.ts, from the library sources) into docs/page/app.js for browsers.
// `--typecheck` also type-checks app.ts with the DOM library first (tsconfig.json here).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv.includes('--typecheck')) {
  const tsc = join(here, '../../node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const result = await esbuild.build({
  entryPoints: [join(here, 'app.ts')],
  outfile: join(here, 'app.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`docs/page/app.js: ${bytes} bytes`);
