// sim-core has no import cycle, type-only imports included: leaf types live in files that import
// nothing (or only other leaf types), so `state.ts` only aggregates. This test reads every source
// file's `import … from '…'` and `export … from '…'`, builds the graph and names any cycle.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '../../sim-core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative module a file imports or re-exports (`import type` and side-effect imports too). */
function relativeImports(text: string): string[] {
  const out: string[] = [];
  const fromClause = /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g;
  const bare = /\bimport\s*['"]([^'"]+)['"]/g;
  for (const re of [fromClause, bare]) for (const m of text.matchAll(re)) if (m[1].startsWith('.')) out.push(m[1]);
  return out;
}

/** The first cycle found by depth-first search, as a path that ends where it starts; null if none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    path.push(n);
    for (const m of graph.get(n) ?? []) {
      const s = state.get(m);
      if (s === 'open') return [...path.slice(path.indexOf(m)), m];
      if (s === undefined) {
        const found = visit(m);
        if (found) return found;
      }
    }
    path.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of [...graph.keys()].sort()) {
    if (state.has(n)) continue;
    const found = visit(n);
    if (found) return found;
  }
  return null;
}

function simCoreGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(ROOT)) {
    const from = relative(ROOT, file);
    const targets = relativeImports(readFileSync(file, 'utf8'))
      .map((spec) => relative(ROOT, resolve(dirname(file), spec)))
      .filter((to) => !to.startsWith('..'));
    graph.set(from, [...new Set(targets)].sort());
  }
  return graph;
}

describe('sim-core import graph', () => {
  const graph = simCoreGraph();

  it('reads every import form', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      'import {\n  c,\n  type D,\n} from "./c.ts";',
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "export * from './g.ts';",
      "import './h.ts';",
      "import { freeze } from 'immer';",
    ].join('\n');
    expect(relativeImports(text).sort()).toEqual(['../b.ts', './a.ts', './c.ts', './e.ts', './f.ts', './g.ts', './h.ts']);
  });

  it('finds a cycle when there is one, and none in a tree', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeNull();
  });

  it('sees the whole core, and every import resolves to a file in it', () => {
    expect(graph.size).toBeGreaterThan(100);
    const missing = [...graph].flatMap(([from, tos]) => tos.filter((to) => !graph.has(to)).map((to) => `${from} → ${to}`));
    expect(missing).toEqual([]);
  });

  it('lets a road closure flip bits only: movement, evacuation and convoys react in their own step', () => {
    const up = graph.get('world/roadClosure.ts')!.filter((to) => /^(forces|people|supplies)\//.test(to));
    expect(up).toEqual([]);
    expect(graph.get('roadsChanged.ts')).toEqual(expect.arrayContaining(['forces/movement.ts', 'people/evacuation.ts', 'supplies/convoys.ts']));
  });

  it('has no import cycle, type-only imports included', () => {
    const cycle = findCycle(graph);
    expect(cycle && cycle.join(' → ')).toBeNull();
  });
});
