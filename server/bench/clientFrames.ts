// The web client's figures (DESIGN.md's benchmark table; issue 7): the built client served by
// the exercise server, the chief's console of the default scenario running at 60× in headless
// Chromium with software WebGL — frame times from requestAnimationFrame over ~10 s (aim: p95 ≤
// 33 ms), and how long after the join link opens the first view is on the map (aim ≤ 3 s).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../cli/benchCommand.ts';
import { startServer } from '../serve/server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.TUIYAN_CHROMIUM ?? '/usr/bin/chromium';
const MEASURE_MS = 10_000;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export async function clientFrameFigures(): Promise<Figure[]> {
  const missing = (why: string): Figure[] => [{ id: 'clientFrameP95', label: `client map at 60×, frame time p95 (${why})`, value: -1, unit: 'ms', aim: '≤ 33 ms', met: false }];
  if (!existsSync(CHROMIUM)) return missing(`no Chromium at ${CHROMIUM}`);
  // A fresh build of the client as it is now, apart from the dist/client a running server may use.
  const clientDir = join(ROOT, 'dist/bench-client');
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: clientDir, emptyOutDir: true } });
  const { chromium } = await import('playwright-core');
  const admin = 'bench-admin-token-0123456789';
  const server = await startServer({ db: join(mkdtempSync(join(tmpdir(), 'tuiyan-bench-client-')), 'tuiyan.db'), port: 0, adminToken: admin, clientDir, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const { id, codes } = server.hub.create({ scenario: 'demo-district', seed: 1, speed: '60x' });
    void id;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const opened = performance.now();
    await page.goto(`${server.url}/?code=${codes.chief}`);
    await page.waitForFunction(() => {
      const w = window as unknown as { tuiyan?: { store: { view: unknown }; map: { framesDrawn(): number } } };
      return !!w.tuiyan?.store.view && w.tuiyan.map.framesDrawn() > 1;
    }, null, { timeout: 120_000, polling: 50 });
    const firstViewS = (performance.now() - opened) / 1000;
    // Let the first textures settle, then measure frames while the exercise runs at 60×.
    await page.waitForTimeout(1500);
    // A string, not a function: the CLI's TypeScript loader would wrap named functions in helpers
    // the page does not have.
    const frames = await page.evaluate(`new Promise((resolve) => {
      window.tuiyan.map.keepAwake(true);
      const deltas = [];
      let last = performance.now();
      const end = last + ${MEASURE_MS};
      function step(now) {
        deltas.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(step); else resolve(deltas.slice(1));
      }
      requestAnimationFrame(step);
    })`) as number[];
    const t = await page.evaluate(() => (window as unknown as { tuiyan: { store: { clock: { t: number } } } }).tuiyan.store.clock.t);
    const sorted = [...frames].sort((a, b) => a - b);
    const p95 = percentile(sorted, 0.95);
    const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
    return [
      { id: 'clientFrameP95', label: 'client map, default scenario at 60×, frame time p95 (headless Chromium, software WebGL)', value: +p95.toFixed(1), unit: 'ms', aim: '≤ 33 ms',
        met: p95 <= 33, detail: { frames: frames.length, meanMs: +mean.toFixed(1), p50Ms: +percentile(sorted, 0.5).toFixed(1), p99Ms: +percentile(sorted, 0.99).toFixed(1), simTime: t } },
      { id: 'clientFirstView', label: 'client, first view on the map after opening the join link (loopback)', value: +firstViewS.toFixed(2), unit: 's', aim: '≤ 3 s', met: firstViewS <= 3 },
    ];
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
}
