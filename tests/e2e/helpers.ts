// Helpers for the browser tests: build the client, launch Chromium (playwright-core with the
// system's /usr/bin/chromium), save screenshots under test-results/ and check they are not blank.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CHROMIUM = process.env.TUIYAN_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS = join(ROOT, 'test-results');

export function haveChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Where the tests build the client: apart from dist/client, which other tests and `npm start` serve. */
export const CLIENT_DIR = join(ROOT, 'dist/e2e-client');

/**
 * `vite build` of the client (the same build `npm run build` makes) into CLIENT_DIR, or into
 * dist/NAME when a test file names its own folder (test files run in parallel and must not
 * empty each other's build).
 */
export async function buildClient(name?: string): Promise<string> {
  const { build } = await import('vite');
  const outDir = name ? join(ROOT, 'dist', name) : CLIENT_DIR;
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  });
}

/** Fails the test on any uncaught page error; logs the console's errors. */
export function watch(page: Page, name: string, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon|GL Driver/.test(m.text())) console.warn(`[${name}] ${m.text()}`); });
}

/** The console of a page is up: the map has drawn frames and a view has arrived. */
export async function consoleReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as { tuiyan?: { store: { view: unknown }; map: { framesDrawn(): number } } };
    return !!w.tuiyan?.store.view && w.tuiyan.map.framesDrawn() > 2;
  }, null, { timeout: 90_000, polling: 200 });
  await closeBriefing(page);
}

/** The view has arrived (the map may not have drawn yet, the briefing may be open). */
export async function viewReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as any).tuiyan?.store.view, null, { timeout: 90_000, polling: 200 });
}

/** The sim time the page's clock shows, in seconds. */
export const simTime = (page: Page): Promise<number> => page.evaluate(() => (window as any).tuiyan.store.clock.t as number);

/** Text of the inbox items of a kind on a page. */
export function inboxTexts(page: Page, kind: string): Promise<string[]> {
  return page.locator(`[data-testid=inbox] li[data-kind=${kind}] .text`).allTextContents();
}

/** Waits until an inbox item of a kind contains the text. */
export async function waitInbox(page: Page, kind: string, contains: string): Promise<void> {
  await page.waitForFunction(([k, c]) => [...document.querySelectorAll(`[data-testid=inbox] li[data-kind=${k}] .text`)].some((el) => el.textContent!.includes(c)), [kind, contains] as const, { timeout: 60_000, polling: 200 });
}

/**
 * Runs the exercise at 最快 from the director's console: 最快 runs to the next inject and pauses
 * there, so it is pressed again at each stop, until the exercise is finished, `stop` says so, or
 * `tries` looks (`wait` ms apart) have passed. `each` looks at every stop, after the clock is read.
 */
export async function runAtMax(director: Page, o: { tries: number; wait: number; stop?: () => Promise<boolean>; each?: () => Promise<void> }): Promise<void> {
  for (let k = 0; k < o.tries; k++) {
    if (o.stop && await o.stop()) break;
    const clock = await director.evaluate(() => { const c = (window as any).tuiyan.store.clock; return { status: c.status as string, speed: c.speed as string }; });
    await o.each?.();
    if (clock.status === 'finished') break;
    if (clock.speed === 'paused') await director.locator('button[data-speed=max]').click();
    await director.waitForTimeout(o.wait);
  }
}

/**
 * The visible text of a page or frame, without the language switch (it offers English by name)
 * and what is marked `data-latin` (join codes: meant to be typed, in Latin letters).
 */
export function visibleText(p: Page | Frame): Promise<string> {
  return p.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('[data-testid=lang], [data-latin]')];
    for (const el of hidden) el.dataset.savedDisplay = el.style.display, el.style.display = 'none';
    const text = document.body.innerText;
    for (const el of hidden) el.style.display = el.dataset.savedDisplay ?? '';
    return text;
  });
}

/** Every console opens on its briefing (情况通报); a test that is not about it closes it first. */
export async function closeBriefing(page: Page): Promise<void> {
  const close = page.getByTestId('close-briefing');
  if (await close.isVisible()) await close.click();
}

/**
 * Saves a screenshot as test-results/NAME.png and checks it is not blank: the decoded image has
 * many distinct colours over a sample grid, and not one colour on nearly every sample.
 */
export async function screenshot(page: Page, name: string): Promise<{ distinct: number; dominant: number; file: string }> {
  mkdirSync(RESULTS, { recursive: true });
  const png = await page.screenshot();
  const file = join(RESULTS, `${name}.png`);
  writeFileSync(file, png);
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    let n = 0;
    for (let y = 2; y < c.height; y += 7) for (let x = 2; x < c.width; x += 7) {
      const o = (y * c.width + x) * 4;
      const key = (data[o] >> 3) << 10 | (data[o + 1] >> 3) << 5 | (data[o + 2] >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      n++;
    }
    return { distinct: counts.size, dominant: Math.max(...counts.values()) / n };
  }, png.toString('base64'));
  return { ...stats, file };
}

/** Pixels of a region of the page, to tell whether the map changed. */
export async function regionShot(page: Page, selector: string): Promise<Buffer> {
  return page.locator(selector).screenshot();
}
