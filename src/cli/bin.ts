#!/usr/bin/env node
/**
 * The `xiezuo` executable. Started as a worker thread, the same file serves analysis requests
 * instead (so that the bundle is one file).
 *
 * @module
 */
import { isMainThread, parentPort } from 'node:worker_threads';

/**
 * The module worker threads start from: this file, or — when running from source under tsx, whose
 * loader worker threads do not inherit on Node 20 — a small bootstrap that registers tsx first.
 */
function workerEntry(): URL {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith('.ts')) return self;
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(self.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

if (isMainThread) {
  const { main } = await import('./main.js');
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  }, { workerUrl: workerEntry() });
  process.exitCode = code;
} else if (parentPort) {
  const { serveWorker } = await import('./pool.js');
  serveWorker(parentPort);
}
