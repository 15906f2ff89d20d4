// sim-core must be pure and deterministic (DESIGN.md): this test reads its sources and fails on
// any use of ambient randomness, clocks, timers, I/O, Node or browser APIs, imports from
// server/ or client/, or a sort without a comparator.
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { bannedUses, importsOf, tsSources, type Banned } from '../fixtures/sourceScan.ts';

const ROOT = join(import.meta.dirname, '../../sim-core');

const BANNED: Banned = [
  [/\bMath\.random\b/, 'Math.random (use a named PRNG stream)'],
  [/\bDate\b/, 'Date (sim time is the only clock)'],
  [/\bperformance\b/, 'performance (wall time belongs to server/)'],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame)\b/, 'timers'],
  [/\bprocess\./, 'process (a Node API)'],
  [/\b(window|document|navigator|localStorage|fetch|XMLHttpRequest|Worker|crypto)\b/, 'a browser API'],
  [/\b(require|Buffer|__dirname|__filename)\b/, 'a Node API'],
  [/\basync\b|\bawait\b/, 'async code (the core is synchronous)'],
  [/from\s+['"](node:|fs['"]|path['"]|os['"]|child_process|worker_threads)/, 'a Node module'],
  [/from\s+['"](\.\.\/)+(server|client)\//, 'an import from server/ or client/'],
  [/\.sort\(\s*\)/, 'a sort without a total comparator'],
  [/\bfor\s*\(\s*(const|let|var)\s+\w+\s+in\s+(?![\w.]*units\b)/, 'for…in over an object (order is not a contract; use sortedKeys)'],
  // ECMA-262 leaves these results' last bits to the engine: V8 and SpiderMonkey differ, and a
  // replay in a browser would drift. sim-core/math/ has deterministic ones.
  [/\bMath\.(?!(abs|floor|ceil|round|trunc|sign|min|max|sqrt|fround|imul|clz32|PI|E|LN2|LN10|LOG2E|LOG10E|SQRT1_2|SQRT2)\b)\w+/, 'a Math function with engine-dependent last bits (use sim-core/math/)'],
  [/[\w)\]]\s*\*\*(?![/*])|\*\*=/, 'the ** operator (Math.pow; use squared() or pow() from sim-core/math/)'],
];

// zod declares the command schemas (commands/schema.ts): pure parsing, no I/O.
const ALLOWED_IMPORTS = /^(\.{1,2}\/|immer$|seedrandom$|zod$|@dimforge\/rapier2d-deterministic-compat$)/;

describe('sim-core purity', () => {
  const files = tsSources(ROOT);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses no banned API', () => {
    expect(bannedUses(ROOT, files, BANNED)).toEqual([]);
  });

  it('lets the exact Math functions and constants through (the pattern is not too wide)', () => {
    const exact = ['Math.sqrt(a * a + b * b)', 'Math.floor(x / 2)', 'Math.max(a, Math.min(b, c))', 'Math.round(x * 10) / 10', 'Math.abs(q) * Math.PI', 'Math.imul(h, 31)', '/** doc */'];
    for (const line of exact) expect(BANNED.some(([re]) => re.test(line)), line).toBe(false);
  });

  it('imports only its own files and its allowed npm dependencies', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(f)) {
        if (!ALLOWED_IMPORTS.test(spec)) found.push(`${relative(ROOT, f)}: imports ${spec}`);
        if (spec.startsWith('.') && !join(f, '..', spec).startsWith(ROOT)) found.push(`${relative(ROOT, f)}: reaches outside sim-core: ${spec}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches a violation when one is planted (the patterns work)', () => {
    const planted = ['const x = Math.random();', 'const d = new Date();', "import fs from 'node:fs';", "import { x } from '../../server/cli/main.ts';", 'a.sort();', 'setTimeout(f, 1);',
      'const c = Math.cbrt(h);', 'const e = Math.exp(-t);', 'y = Math.pow(s, 0.5);', 'a = Math.atan2(y, x);', 'd = Math.hypot(dx, dy);', 'l = Math.log1p(x);', 'h = Math.tanh(x);',
      'const d2 = (x - y) ** 2;', 'v **= 2;', 'const a = cellSize ** 2;'];
    for (const line of planted) expect(BANNED.some(([re]) => re.test(line)), line).toBe(true);
  });
});
