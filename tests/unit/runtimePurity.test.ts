// runtime/ (driver, clock, feeds) is pure apart from what its host hands it: it imports only
// sim-core/ and immer, reads no clock, starts no timer, touches no Node or browser API — so the
// server and the browser's worker run the very same code.
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { bannedUses, importsOf, tsSources, type Banned } from '../fixtures/sourceScan.ts';

const ROOT = join(import.meta.dirname, '../../runtime');
const SIM_CORE = join(import.meta.dirname, '../../sim-core');

const BANNED: Banned = [
  [/\bMath\.random\b/, 'Math.random'],
  [/\bDate\b/, 'Date (the host hands in wall time)'],
  [/\bperformance\b/, 'performance (the host hands in wall time)'],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame)\b/, 'timers'],
  [/\bprocess\./, 'process (a Node API)'],
  [/\b(window|document|navigator|localStorage|fetch|XMLHttpRequest|Worker|postMessage|self)\b/, 'a browser API'],
  [/\b(require|Buffer|__dirname|__filename)\b/, 'a Node API'],
  [/\.sort\(\s*\)/, 'a sort without a total comparator'],
];

describe('runtime purity', () => {
  const files = tsSources(ROOT, false);

  it('finds the driver, the clock and the feed', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['driver.ts', 'clock.ts', 'feed.ts', 'fold.ts', 'rasters.ts', 'checklist.ts']));
  });

  it('uses no wall clock, timer, Node or browser API', () => {
    expect(bannedUses(ROOT, files, BANNED)).toEqual([]);
  });

  it('imports only its own files, sim-core/ and immer', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(f)) {
        if (!spec.startsWith('.')) { if (spec !== 'immer') found.push(`${relative(ROOT, f)}: imports ${spec}`); continue; }
        const target = join(f, '..', spec);
        if (!target.startsWith(ROOT + '/') && !target.startsWith(SIM_CORE + '/')) found.push(`${relative(ROOT, f)}: reaches outside runtime/ and sim-core/: ${spec}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches a violation when one is planted (the patterns work)', () => {
    for (const line of ['const now = Date.now();', 'performance.now()', "setInterval(loop, 50)", 'Buffer.from(a)', 'self.postMessage(m)']) {
      expect(BANNED.some(([re]) => re.test(line)), line).toBe(true);
    }
  });
});
