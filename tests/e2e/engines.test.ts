// A replay reaches the same state hash in Node (V8 on the server), in Chromium (V8 in a browser's
// Web Worker) and in Firefox (SpiderMonkey, Debian's firefox-esr driven over WebDriver BiDi with
// puppeteer-core): the storm day and the fire day, seed 1, their sample commands folded to 6 h.
// The core's transcendental functions are its own (sim-core/math/) so the engines cannot drift.
// The flood kernel's WebAssembly rows run in all three (each reports it), the same module everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM, ROOT, haveChromium, launch } from './helpers.ts';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { practiceScenarios } from '../../vite.config.ts';
import { fold, type FoldResult } from './engines/fold.ts';

const FIREFOX = process.env.TUIYAN_FIREFOX ?? '/usr/bin/firefox-esr';
const PAGE_DIR = join(ROOT, 'dist/e2e-engines');
const FOLDERS = ['demo-district', 'demo-district-fire'];
const SEED = 1;
const UNTIL = 6 * 3600;

type EngineResult = Partial<FoldResult> & { folder: string; error?: string };

async function buildPage(): Promise<void> {
  const { build } = await import('vite');
  await build({
    // The page replays bundled scenarios, as offline practice does: the practice build's source.
    configFile: false, root: join(ROOT, 'tests/e2e/engines'), base: '/', logLevel: 'warn', mode: 'production', plugins: [practiceScenarios()],
    build: { outDir: PAGE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 5000 }, worker: { format: 'es', plugins: () => [practiceScenarios()] },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path || 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
  }));
}

const pageUrl = (base: string) => `${base}/index.html?folders=${FOLDERS.join(',')}&seed=${SEED}&until=${UNTIL}`;
const resultsReady = () => (window as unknown as { engineResults?: unknown[] }).engineResults !== undefined;
const readResults = () => (window as unknown as { engineResults: unknown[] }).engineResults;

function inNode(): EngineResult[] {
  return FOLDERS.map((folder) => ({
    folder, ...fold(loadScenario(join(ROOT, 'scenarios', folder)), SEED, readFileSync(join(ROOT, 'scenarios', folder, 'sample-commands.jsonl'), 'utf8'), UNTIL),
  }));
}

async function inChromium(url: string): Promise<EngineResult[]> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(resultsReady, null, { timeout: 600_000, polling: 500 });
    return (await page.evaluate(readResults)) as EngineResult[];
  } finally {
    await browser.close();
  }
}

async function inFirefox(url: string): Promise<EngineResult[]> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(resultsReady, { timeout: 600_000, polling: 500 });
    return (await page.evaluate(readResults)) as EngineResult[];
  } finally {
    await browser.close();
  }
}

const haveFirefox = existsSync(FIREFOX);

describe('a replay in every engine', () => {
  let server: Server;
  let base: string;
  let node: EngineResult[];

  beforeAll(async () => {
    await buildPage();
    ({ server, base } = await serve(PAGE_DIR));
    node = inNode();
  }, 600_000);

  afterAll(() => { server?.close(); });

  // Never skipped: .ci/run installs both browsers; a machine without them fails here, saying so.
  it('has Chromium and Firefox to compare with', () => {
    expect(haveChromium(), `no Chromium at ${CHROMIUM}: run .ci/run or apt-get install chromium`).toBe(true);
    expect(haveFirefox, `no Firefox at ${FIREFOX}: run .ci/run or apt-get install firefox-esr`).toBe(true);
  });

  it('Node folds both days to 6 h with their commands applied', () => {
    for (const r of node) {
      expect(r.t, r.folder).toBe(UNTIL);
      expect(r.applied, r.folder).toBeGreaterThan(3);
      expect(r.hash, r.folder).toMatch(/^[0-9a-f]{16,}$/);
      expect(r.floodWasm, r.folder).toBe(true); // so the browsers' equal hashes come from the same WebAssembly rows
    }
    expect(node[0].hash).not.toBe(node[1].hash);
  });

  it(`Chromium (${CHROMIUM}) reaches Node's hashes in its worker`, async () => {
    const chromium = await inChromium(pageUrl(base));
    expect(chromium).toEqual(node);
  }, 600_000);

  it(`Firefox (${FIREFOX}) reaches Node's hashes in its worker`, async () => {
    const firefox = await inFirefox(pageUrl(base));
    expect(firefox).toEqual(node);
  }, 600_000);
});
