/**
 * The browser page (docs/page/): built from the library sources, served from 127.0.0.1, opened in
 * Debian's Chromium; seed 000 is pasted and what the page shows is checked against the reviewed
 * fixtures (every amount of the article highlighted) and the library run in Node (claims, findings).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/checks/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE_DIR = join(ROOT, 'docs/page');
const SEED = join(ROOT, 'seeds/000_1d07baa1f37797c3.txt');
const FIXTURE = join(ROOT, 'test/fixtures/seeds/000_1d07baa1f37797c3.amounts.json');
const SHOT = join(ROOT, '.artifacts/browser/seed-000.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

let server: Server;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(PAGE_DIR, 'build.mjs'), '--typecheck'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the page failed:\n${build.stdout}${build.stderr}`);

  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(PAGE_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(PAGE_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));

  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  userDataDir = mkdtempSync(join(tmpdir(), 'xiezuo-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 1000 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.fill('#input', readFileSync(SEED, 'utf8'));
  await page.click('#run');
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('the page on seed 000', () => {
  it('loads without script errors', () => {
    expect(pageErrors).toEqual([]);
  });

  it('highlights every amount of the article that the reviewers found', async () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { text: string; start: number; chrome?: boolean }[];
    const marks = await page.$$eval('#text mark', (ms) => ms.map((m) => ({ start: Number(m.getAttribute('data-start')), text: m.textContent })));
    const byStart = new Map(marks.map((m) => [m.start, m.text]));
    const body = fixture.filter((a) => a.chrome !== true);
    expect(body.length).toBeGreaterThan(10);
    for (const a of body) expect(byStart.get(a.start), `${a.text} at ${a.start}`).toBe(a.text);
  });

  it('shows the claims table the library computes', async () => {
    const { claims } = checkArticle(readFileSync(SEED, 'utf8'));
    const rows = await page.$$eval('#claims tbody tr', (trs) => trs.map((tr) => tr.children[1]?.textContent ?? ''));
    expect(rows).toEqual(claims.map((c) => c.figure.span.text));
    expect(rows).toContain('1.25亿元');
  });

  it('flags 8793亿元 and offers 8793万元', async () => {
    const flagged = page.locator('#text mark.flagged', { hasText: '8793亿元' });
    await expect(flagged.count()).resolves.toBe(1);
    await expect(flagged.getAttribute('data-check')).resolves.toBe('unit_slip');
    const finding = page.locator('#findings li[data-check="unit_slip"]');
    await expect(finding.locator('.fix b').textContent()).resolves.toBe('8793万元');
    await expect(finding.locator('.sev').textContent()).resolves.toBe('error');
  });

  it('saves a screenshot', async () => {
    mkdirSync(join(ROOT, '.artifacts/browser'), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: false });
    console.log(`screenshot: ${SHOT}`);
    expect(existsSync(SHOT)).toBe(true);
  });
});
