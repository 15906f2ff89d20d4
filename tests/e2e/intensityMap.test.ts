// 烈度分布 in Chromium: the chief's console in the quake scenario shows no intensity map and no
// legend for it until the rapid intensity report is published (earthquake.intensityMapAt, 1h10m),
// then the layer and a Chinese legend (VI度区 … IX度区) with no internal text; the screenshot is
// saved as test-results/quake-intensity-chief.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, runAtMax, screenshot } from './helpers.ts';
import { ADMIN, openRoom, type Room } from './room.ts';
import { leaks } from './visibleTextRules.ts';

const PUBLISHED = 4200;

describe('the intensity map in Chromium', () => {
  it('has Chromium', () => { expect(haveChromium(), 'no /usr/bin/chromium').toBe(true); });

  let room: Room;

  beforeAll(async () => {
    room = await openRoom({ build: 'e2e-intensity-client' });
  }, 300_000);

  afterAll(async () => { await room?.close(); });

  const open = (name: string, path: string) => room.open(name, path, { ready: true });

  it('the chief sees the intensity map and its Chinese legend only once it is published', async () => {
    const res = await room.request('POST', '/api/exercises', { scenario: 'demo-district-quake', seed: 3, speed: 'paused', until: '1h15m' });
    expect(res.ok).toBe(true);
    const { codes } = await res.json() as { codes: Record<string, string> };
    const [chief, director] = [await open('chief', `/?code=${codes.chief}`), await open('director', `/?code=${codes.director}#admin=${ADMIN}`)];
    const state = () => chief.evaluate(() => {
      const w = window as any;
      const el = document.querySelector<HTMLElement>('[data-testid=legend-intensity]');
      return { t: w.tuiyan.store.view.t as number, map: w.tuiyan.store.view.intensityMap ?? null, legend: !!el && !el.hidden && el.offsetParent !== null, legendExists: !!el };
    });
    await chief.evaluate(() => { for (const d of document.querySelectorAll('details.legend')) (d as HTMLDetailsElement).open = true; });
    let before = 0;
    // 最快 runs to the next inject and pauses there: press it again until the end, looking at each stop.
    await runAtMax(director, {
      tries: 200, wait: 400,
      each: async () => {
        const s = await state();
        expect(s.legendExists, 'the quake scenario has an intensity legend').toBe(true);
        if (s.t < PUBLISHED) {
          expect(s.map, `the chief has the map at ${s.t}`).toBeNull();
          expect(s.legend, `the legend shows at ${s.t}`).toBe(false);
          before++;
        }
      },
    });
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
    expect(room.errors).toEqual([]);
  }, 600_000);
});
