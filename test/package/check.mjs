#!/usr/bin/env node
// `npm run check:package`: the package as users get it.
//
//  1. build (npm run build) and pack (npm pack) into a temporary folder;
//  2. publint on the tarball, then @arethetypeswrong/cli on the tarball: no problems allowed;
//  3. the library entry pulls in no Node built-ins (dist/index.js bundled for the browser);
//  4. consumer fixtures (test/package/fixtures/*): each copied to /tmp, the tarball installed with
//     `npm install --no-save <tgz>`, then type-checked with tsc and run —
//     esm-bundler (moduleResolution bundler, bundled with esbuild and run), esm-node16, esm-nodenext,
//     cjs-require (TypeScript compiled to require(), plus a plain .cjs file);
//  5. the size budget: `import { findAmounts } from 'xiezuo'` bundled alone with esbuild (minified,
//     browser), bytes and gzip bytes printed and held under a budget;
//  6. the built CLI runs from the installed package (`npx xiezuo parse 1.25亿元`).
//
// Exits 1 on any problem. Needs the npm registry (or its cache) for the dependencies of the tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/package/fixtures');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
/** Most gzip bytes `findAmounts` alone may add to a browser bundle. */
const SIZE_BUDGET_GZIP = Number(process.env.XIEZUO_SIZE_BUDGET_GZIP ?? 40_000);

const problems = [];
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'xiezuo-package-'));

function step(title) {
  console.log(`\n== ${title}`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  return { ok: r.status === 0, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

function expectOk(label, r) {
  if (r.ok) {
    console.log(`ok   ${label}`);
  } else {
    console.log(`FAIL ${label} (exit ${r.status})\n${indent(r.out)}`);
    problems.push(label);
  }
  return r.ok;
}

function indent(s) {
  return s
    .split('\n')
    .map((l) => `     ${l}`)
    .join('\n');
}

const esbuild = await import('esbuild');

try {
  step('build and pack');
  if (!process.argv.includes('--no-build')) {
    const b = run('npm', ['run', 'build'], { cwd: ROOT });
    if (!expectOk('npm run build', b)) throw new Error('build failed');
  }
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  const tgz = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path).sort();
  const top = [...new Set(files.map((f) => f.replace(/^(dist\/[^/]+)\/.*$/, '$1/…')))];
  console.log(`ok   npm pack → ${packed[0].filename} (${packed[0].size} bytes packed, ${packed[0].unpackedSize} unpacked, ${files.length} files: ${top.join(', ')})`);
  for (const need of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
    if (!files.includes(need)) {
      console.log(`FAIL the tarball lacks ${need}`);
      problems.push(`tarball lacks ${need}`);
    }
  }
  const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE(\.md)?|CHANGELOG\.md|dist\/.*)$/.test(f));
  if (stray.length > 0) {
    console.log(`FAIL unexpected files in the tarball: ${stray.join(', ')}`);
    problems.push('unexpected files in the tarball');
  }

  step('publint (on the tarball)');
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const tarball = readFileSync(tgz);
  const lint = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, level: 'suggestion', strict: true });
  if (lint.messages.length === 0) console.log('ok   publint: no errors, warnings or suggestions');
  for (const m of lint.messages) {
    console.log(`FAIL publint ${m.type}: ${formatMessage(m, lint.pkg) ?? m.code}`);
    problems.push(`publint ${m.code}`);
  }

  step('@arethetypeswrong/cli (on the tarball)');
  const attw = run(join(ROOT, 'node_modules/.bin/attw'), [tgz, '--format', 'table-flipped', '--no-emoji', '--no-color'], { cwd: work });
  if (expectOk('attw: types resolve for node10, node16 (CJS and ESM) and bundler', attw)) console.log(indent(attw.out));

  step('no Node built-ins in the library entry');
  try {
    const r = await esbuild.build({
      entryPoints: [join(ROOT, 'dist/index.js')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const builtins = Object.values(r.metafile.inputs)
      .flatMap((i) => i.imports)
      .filter((i) => i.path.startsWith('node:') || i.external);
    if (builtins.length > 0) throw new Error(`imports ${builtins.map((b) => b.path).join(', ')}`);
    console.log(`ok   dist/index.js bundles for the browser with no Node built-in (${Object.keys(r.metafile.inputs).length} modules)`);
  } catch (e) {
    console.log(`FAIL dist/index.js needs Node: ${e.message}`);
    problems.push('Node built-ins in the library');
  }

  step('consumer fixtures (tarball installed with npm install --no-save)');
  const template = readFileSync(join(FIXTURES, 'consumer.ts.txt'), 'utf8');
  const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let bundlerDir;
  for (const name of fixtureNames) {
    const dir = join(work, name);
    cpSync(join(FIXTURES, name), dir, { recursive: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/index.ts'), template.replace('declare const FIXTURE: string;', `const FIXTURE = '${name}';`), { flag: 'w' });
    const install = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tgz], { cwd: dir });
    if (!expectOk(`${name}: npm install --no-save <tgz>`, install)) continue;
    const tsc = run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir });
    if (!expectOk(`${name}: tsc -p tsconfig.json (type-check${name === 'esm-bundler' ? '' : ' and compile'})`, tsc)) continue;
    if (name === 'esm-bundler') {
      bundlerDir = dir;
      await esbuild.build({ entryPoints: [join(dir, 'src/index.ts')], bundle: true, platform: 'browser', format: 'esm', outfile: join(dir, 'out/bundle.mjs'), logLevel: 'silent' });
      expectOk(`${name}: esbuild bundle (browser platform) runs`, run(process.execPath, ['out/bundle.mjs'], { cwd: dir }));
      console.log(indent(run(process.execPath, ['out/bundle.mjs'], { cwd: dir }).out));
    } else {
      const main = join('out', 'index.js');
      const r = run(process.execPath, [main], { cwd: dir });
      expectOk(`${name}: node ${main}`, r);
      if (r.ok) console.log(indent(r.out));
      if (name === 'cjs-require') {
        const compiled = readFileSync(join(dir, main), 'utf8');
        if (!/require\("xiezuo"\)/.test(compiled)) {
          console.log('FAIL cjs-require: the compiled file does not require("xiezuo")');
          problems.push('cjs fixture not CommonJS');
        }
        const plain = run(process.execPath, ['plain.cjs'], { cwd: dir });
        expectOk(`${name}: node plain.cjs`, plain);
        if (plain.ok) console.log(indent(plain.out));
      }
    }
  }

  step('CLI from the installed package');
  if (bundlerDir) {
    const cli = run(join(bundlerDir, 'node_modules/.bin/xiezuo'), ['parse', '1.25亿元', '--format', 'json'], { cwd: bundlerDir });
    if (expectOk('node_modules/.bin/xiezuo parse 1.25亿元', cli)) {
      const parsed = JSON.parse(cli.out.split('\n')[0]);
      if (parsed.value !== '125000000') {
        console.log(`FAIL the CLI read 1.25亿元 as ${parsed.value}`);
        problems.push('CLI value');
      } else console.log(indent(cli.out));
    }
    // The bundled CLI on the seeds, on two worker threads: the unit slip of seed 000 is found.
    const seeds = run(join(bundlerDir, 'node_modules/.bin/xiezuo'), ['check', join(ROOT, 'seeds'), '--format', 'json', '--jobs', '2'], { cwd: bundlerDir });
    if (expectOk('node_modules/.bin/xiezuo check seeds/ --jobs 2', seeds)) {
      const reports = seeds.out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
      const slip = reports[0]?.findings?.find((f) => f.checkId === 'unit_slip');
      if (reports.length !== 5 || slip?.suggestedFix?.text !== '8793万元') {
        console.log(`FAIL expected 5 reports and the 8793万元 fix, got ${reports.length} reports, fix ${slip?.suggestedFix?.text}`);
        problems.push('CLI check on the seeds');
      } else console.log(indent(seeds.out.split('\n').filter((l) => !l.startsWith('{')).join('\n')));
    }
  }

  step('size budget: findAmounts alone');
  if (bundlerDir) {
    const r = await esbuild.build({
      entryPoints: [join(bundlerDir, 'entry-size.js')],
      bundle: true,
      minify: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const code = r.outputFiles[0].contents;
    const gz = gzipSync(code, { level: 9 }).length;
    const byPackage = new Map();
    for (const [path, info] of Object.entries(Object.values(r.metafile.outputs)[0]?.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = m ? m[1] : path;
      byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
    }
    const parts = [...byPackage].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`size findAmounts alone: ${code.length} bytes minified, ${gz} bytes gzip (budget ${SIZE_BUDGET_GZIP} gzip)`);
    console.log(`     by package (minified bytes): ${parts}`);
    if (gz > SIZE_BUDGET_GZIP) {
      console.log(`FAIL over the size budget by ${gz - SIZE_BUDGET_GZIP} bytes`);
      problems.push('size budget');
    } else console.log('ok   within the size budget');
  }
} catch (e) {
  console.log(`FAIL ${e instanceof Error ? e.message : String(e)}`);
  problems.push(String(e));
} finally {
  if (keep) console.log(`\n(kept ${work})`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(problems.length === 0 ? '\ncheck:package: all good' : `\ncheck:package: ${problems.length} problem(s): ${problems.join('; ')}`);
process.exitCode = problems.length === 0 ? 0 : 1;
