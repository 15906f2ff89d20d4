// runtime/ (driver, clock, feeds) is pure apart from what its host hands it: it imports only
// sim-core/ and immer, reads no clock, starts no timer, touches no Node or browser API — so the
// server and the browser's worker run the very same code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../../runtime');
const SIM_CORE = join(import.meta.dirname, '../../sim-core');

const BANNED: [RegExp, string][] = [
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
  const files = readdirSync(ROOT).filter((n) => n.endsWith('.ts')).map((n) => join(ROOT, n));

  it('finds the driver, the clock and the feed', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['driver.ts', 'clock.ts', 'feed.ts', 'fold.ts', 'rasters.ts', 'checklist.ts']));
  });

  it('uses no wall clock, timer, Node or browser API', () => {
    const found: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        const code = line.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        for (const [re, what] of BANNED) if (re.test(code)) found.push(`${relative(ROOT, f)}:${i + 1}: ${what}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('imports only its own files, sim-core/ and immer', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2];
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
