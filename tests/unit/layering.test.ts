// The import rules of docs/architecture.md, enforced: what each top-level folder may import.
// The flow is scenario → core → runtime → feed → transport → client; nothing imports upwards,
// and server and client never import each other (what both need lives in runtime/ or
// presentation/).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface Rule {
  /** Project folders this folder may import from (itself included). */
  folders: readonly string[];
  /** npm packages it may import (node: built-ins are packages named 'node:'). */
  packages: readonly string[] | 'any';
}

const RULES: Record<string, Rule> = {
  'sim-core': { folders: ['sim-core'], packages: ['immer', 'seedrandom', '@dimforge/rapier2d-deterministic-compat', 'zod'] },
  runtime: { folders: ['runtime', 'sim-core'], packages: ['immer', 'zod'] },
  presentation: { folders: ['presentation', 'sim-core'], packages: [] },
  scenarios: { folders: ['scenarios', 'sim-core'], packages: ['zod', 'node:'] },
  client: { folders: ['client', 'runtime', 'presentation', 'scenarios', 'sim-core'], packages: ['phaser', 'socket.io-client', 'immer', 'qrcode', '@dimforge/rapier2d-deterministic-compat'] },
  server: { folders: ['server', 'runtime', 'presentation', 'scenarios', 'sim-core'], packages: 'any' },
};

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every import specifier in a file, comments stripped so prose does not count. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return 'node:';
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function violations(root: string, folder: string): string[] {
  const rule = RULES[folder];
  const bad: string[] = [];
  for (const file of tsFiles(join(root, folder))) {
    const rel = relative(root, file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(dirname(file), spec));
        const top = target.split(sep)[0];
        if (target.startsWith('..') || !rule.folders.includes(top)) bad.push(`${rel} imports ${spec} (${top}/ is not allowed in ${folder}/)`);
      } else if (rule.packages !== 'any' && !rule.packages.includes(packageOf(spec))) {
        bad.push(`${rel} imports package ${spec} (not allowed in ${folder}/)`);
      }
    }
  }
  return bad;
}

describe('import rules (docs/architecture.md)', () => {
  it('finds imports of every form, and none in comments', () => {
    const src = `import a from '../x/a.ts';\nimport type { B } from "./b.ts";\nexport { c } from '../../c.ts';\nimport './side.ts';\nconst d = await import('../d.ts');\n// import e from '../e.ts';\n/* import f from '../f.ts' */`;
    expect(importsOf(src)).toEqual(['../x/a.ts', './b.ts', '../../c.ts', './side.ts', '../d.ts']);
  });

  it('flags a forbidden import and a forbidden package', () => {
    const root = mkdtempSync(join(tmpdir(), 'layering-'));
    mkdirSync(join(root, 'client', 'ui'), { recursive: true });
    mkdirSync(join(root, 'sim-core'), { recursive: true });
    writeFileSync(join(root, 'client', 'ui', 'a.ts'), `import { x } from '../../server/report/x.ts';\nimport { y } from '../../presentation/y.ts';\n`);
    writeFileSync(join(root, 'sim-core', 'b.ts'), `import { readFileSync } from 'node:fs';\nimport { c } from './c.ts';\n`);
    expect(violations(root, 'client')).toEqual(['client/ui/a.ts imports ../../server/report/x.ts (server/ is not allowed in client/)']);
    expect(violations(root, 'sim-core')).toEqual(['sim-core/b.ts imports package node:fs (not allowed in sim-core/)']);
  });

  for (const folder of Object.keys(RULES)) {
    it(`${folder}/ imports only what it may`, () => {
      expect(violations(ROOT, folder)).toEqual([]);
    });
  }
});
