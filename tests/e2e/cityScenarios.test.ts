// The city's three drills in the browser (issue 19): each scenario is served with its plan's
// autopilot playing, the chief's console opens in Chromium, some hours of play run at full speed,
// and the map and the visible text are checked — the hazard's own layer and legend are there
// (the chemical site and zone legend, the burst main's dry villages, the typhoon's wind circles),
// and no id or English word shows on the zh-CN screen (visibleTextRules.ts). A screenshot of each
// is saved under test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, screenshot, visibleText } from './helpers.ts';
import { openRoom, type Room } from './room.ts';
import { leaks } from './visibleTextRules.ts';

const CASES = [
  { folder: 'demo-district-chemical', until: 5400, name: 'city-chemical' },
  { folder: 'demo-district-watermain', until: 3 * 3600, name: 'city-watermain' },
  { folder: 'demo-district-typhoon', until: 10 * 3600, name: 'city-typhoon' },
] as const;

describe('the city drills in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: Room;

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-city-client' });
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  for (const c of CASES) {
    it(`${c.folder}: the chief's console after ${c.until / 3600} h of play`, async () => {
      const r = await room.request('POST', '/api/exercises', { scenario: c.folder, seed: 4, plan: 'auto', speed: 'max', until: c.until });
      expect(r.status, await r.clone().text()).toBe(201);
      const { codes } = await r.json();
      const errors: string[] = [];
      const page = await room.open(c.name, `/?code=${codes.chief}`, { ready: true, errors });
      // Play runs to the exercise's end.
      await page.waitForFunction((until) => ((window as any).tuiyan.store.view?.t ?? 0) >= until, c.until, { timeout: 240_000, polling: 500 });
      await page.waitForTimeout(1500);
      const seen = await page.evaluate(() => {
        const w = (window as any).tuiyan;
        const v = w.store.view;
        return {
          frames: w.map.framesDrawn(), units: v.units.length, closures: v.closures.length,
          chemicalSites: v.chemical?.sites.length ?? 0, chemicalZone: v.chemical?.zone?.tiers?.length ?? 0,
          dry: v.outages.filter((o: { services: string[] }) => o.services.includes('water')).length,
          bursts: w.store.events.filter((e: { kind: string }) => e.kind === 'mainBurst').length,
          typhoon: v.typhoon ? { circles: v.typhoon.circles.filter((x: { radii: number[] | null }) => x.radii !== null && x.radii.length === 4).length, track: v.typhoon.track.length } : null,
        };
      });
      expect(seen.frames).toBeGreaterThan(2);
      expect(seen.units).toBeGreaterThan(0);
      if (c.folder === 'demo-district-chemical') {
        expect(seen.chemicalSites).toBe(1);
        expect(seen.chemicalZone).toBe(2); // the special-service brigade measured it and the chief knows it
        await expect(page.getByTestId('legend-zone-aegl3').count()).resolves.toBe(1);
      }
      if (c.folder === 'demo-district-watermain') {
        expect(seen.bursts).toBe(1);
        expect(seen.closures).toBeGreaterThan(0); // the collapsed road, closed by order
      }
      if (c.folder === 'demo-district-typhoon') {
        expect(seen.typhoon).not.toBeNull();
        expect(seen.typhoon!.circles).toBeGreaterThanOrEqual(2);
        expect(seen.typhoon!.track).toBeGreaterThanOrEqual(4);
        await expect(page.getByTestId('legend-wind-7').count()).resolves.toBe(1);
      }
      // Every tab's text, with the folded forms open: Chinese, and no id or English word.
      const found: string[] = [];
      const tabs = await page.locator('nav.tabs .tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.tab!));
      expect(tabs.length).toBeGreaterThan(1);
      for (const tab of tabs) {
        await page.locator(`.tab[data-tab=${tab}]`).click();
        await page.evaluate(() => { for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true; });
        await page.waitForTimeout(150);
        const text = await visibleText(page);
        expect(text, `${c.name} · ${tab}`).toMatch(/[\u4e00-\u9fff]{4}/);
        for (const l of leaks(text)) found.push(`${c.name} · ${tab}: ${l}`);
      }
      expect(found).toEqual([]);
      await page.locator('.tab[data-tab=orders]').click().catch(() => {});
      const shot = await screenshot(page, c.name);
      expect(shot.distinct).toBeGreaterThan(30);
      expect(shot.dominant).toBeLessThan(0.8);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 400_000);
  }
});
