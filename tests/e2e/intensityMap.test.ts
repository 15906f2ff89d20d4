// 烈度分布 in Chromium: the chief's console in the quake scenario shows no intensity map and no
// legend for it until the rapid intensity report is published (earthquake.intensityMapAt, 1h10m),
// then the layer and a Chinese legend (VI度区 … IX度区) with no internal text; the screenshot is
// saved as test-results/quake-intensity-chief.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/serve/server.ts';
import { tempDb } from '../server/helpers.ts';
import { buildClient, consoleReady, haveChromium, launch, screenshot, watch } from './helpers.ts';
import { leaks } from './visibleTextRules.ts';

const ADMIN = 'e2e-intensity-admin-token-0123456789';
const PUBLISHED = 4200;

describe('the intensity map in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const clientDir = await buildClient('e2e-intensity-client');
    server = await startServer({ db: tempDb(), port: 0, adminToken: ADMIN, clientDir, log: () => {} });
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.close();
  });

  async function open(path: string, name: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    contexts.push(ctx);
    const page = await ctx.newPage();
    watch(page, name, errors);
    await page.goto(server.url + path);
    await consoleReady(page);
    return page;
  }

  it('the chief sees the intensity map and its Chinese legend only once it is published', async () => {
    const res = await fetch(`${server.url}/api/exercises`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` }, body: JSON.stringify({ scenario: 'demo-district-quake', seed: 3, speed: 'paused', until: '1h15m' }) });
    expect(res.ok).toBe(true);
    const { codes } = await res.json() as { codes: Record<string, string> };
    const [chief, director] = [await open(`/?code=${codes.chief}`, 'chief'), await open(`/?code=${codes.director}#admin=${ADMIN}`, 'director')];
    const state = () => chief.evaluate(() => {
      const w = window as any;
      const el = document.querySelector<HTMLElement>('[data-testid=legend-intensity]');
      return { t: w.tuiyan.store.view.t as number, map: w.tuiyan.store.view.intensityMap ?? null, legend: !!el && !el.hidden && el.offsetParent !== null, legendExists: !!el };
    });
    await chief.evaluate(() => { for (const d of document.querySelectorAll('details.legend')) (d as HTMLDetailsElement).open = true; });
    let before = 0;
    // 最快 runs to the next inject and pauses there: press it again until the end, looking at each stop.
    for (let k = 0; k < 200; k++) {
      const clock = await director.evaluate(() => { const c = (window as any).tuiyan.store.clock; return { status: c.status as string, speed: c.speed as string }; });
      const s = await state();
      expect(s.legendExists, 'the quake scenario has an intensity legend').toBe(true);
      if (s.t < PUBLISHED) {
        expect(s.map, `the chief has the map at ${s.t}`).toBeNull();
        expect(s.legend, `the legend shows at ${s.t}`).toBe(false);
        before++;
      }
      if (clock.status === 'finished') break;
      if (clock.speed === 'paused') await director.locator('button[data-speed=max]').click();
      await director.waitForTimeout(400);
    }
    expect(before, 'stops looked at before the publication').toBeGreaterThan(2);
    await chief.waitForFunction(() => (window as any).tuiyan.store.view.t >= 4500, null, { timeout: 60_000 });
    await chief.waitForFunction(() => { const el = document.querySelector<HTMLElement>('[data-testid=legend-intensity]'); return !!el && !el.hidden; }, null, { timeout: 30_000 });
    const after = await state();
    expect(after.map).toEqual({ since: PUBLISHED });
    const legend = await chief.getByTestId('legend-intensity').innerText();
    for (const d of ['VI度区', 'VII度区', 'VIII度区', 'IX度区', '烈度分布']) expect(legend).toContain(d);
    expect(leaks(legend)).toEqual([]);
    const text = await chief.evaluate(() => document.body.innerText);
    expect(leaks(text.replace(/English/g, ''))).toEqual([]);
    const shot = await screenshot(chief, 'quake-intensity-chief');
    expect(shot.distinct).toBeGreaterThan(40);
    expect(errors).toEqual([]);
  }, 600_000);
});
