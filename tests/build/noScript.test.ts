// The drill client carries no script (issue 15): `npm run build` (vite's production mode) must
// not contain any inject id or text of any shipped scenario — the players' browsers get
// scenarios from the server, which strips the MSEL. The practice build (`npm run
// build:practice`) bundles the scenarios with their scripts on purpose, and the same search
// finds them there (so the search is one that can fail).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

type Text = { zh?: string; en?: string };
interface InjectJson { id: string; payload?: { text?: Text; from?: Text; reason?: Text }; expected?: Text }

/** Every scenario folder shipped under scenarios/. */
function shippedInjects(): InjectJson[] {
  const out: InjectJson[] = [];
  for (const f of readdirSync(join(ROOT, 'scenarios'))) {
    const file = join(ROOT, 'scenarios', f, 'scenario.json');
    try { statSync(file); } catch { continue; }
    out.push(...((JSON.parse(readFileSync(file, 'utf8')) as { injects?: InjectJson[] }).injects ?? []));
  }
  return out;
}

/** What would give an inject away: its id as a string literal, and each of its texts. */
function needles(i: InjectJson): string[] {
  const out = new Set<string>();
  {
    // An id as bundled JSON or a minified object would carry it; a hyphenated id (trapped-call)
    // as any string literal. A one-word id (landslide, ignition) is also a word of the game's
    // vocabulary in the code (a slide's kind, an inject kind's name), so alone it proves nothing.
    for (const q of ['"', "'", '`']) out.add(`id:${q}${i.id}${q}`).add(`"id":${q}${i.id}${q}`).add(`"id": ${q}${i.id}${q}`).add(`inject:${q}${i.id}${q}`);
    if (i.id.includes('-')) out.add(`"${i.id}"`).add(`'${i.id}'`).add(`\`${i.id}\``);
    for (const t of [i.payload?.text, i.payload?.from, i.payload?.reason, i.expected]) {
      // Texts as bundled: JSON-escaped, and a distinctive stretch of them (no short words).
      for (const s of [t?.zh, t?.en]) if (s && s.length >= 12) out.add(JSON.stringify(s).slice(1, 40));
    }
  }
  return [...out];
}

function bundleText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|html|css|json|map|txt)$/.test(f)) parts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return parts.join('\n');
}

async function build(mode: 'production' | 'practice', outDir: string): Promise<string> {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode, build: { outDir, emptyOutDir: true, sourcemap: false } });
  return bundleText(outDir);
}

describe('the drill client carries no script', () => {
  const injects = shippedInjects();
  const search = new Map(injects.map((i) => [i.id, needles(i)]));

  it('searches for something: every shipped scenario has injects, each with its texts', () => {
    expect(injects.length).toBeGreaterThanOrEqual(14);
    for (const [id, n] of search) expect(n.length, id).toBeGreaterThan(4);
  });

  it('npm run build: no inject id or text of any shipped scenario', async () => {
    const text = await build('production', join(ROOT, 'dist/test-drill-client'));
    expect(text.length).toBeGreaterThan(100_000);
    const found = [...search].flatMap(([, n]) => n.filter((x) => text.includes(x)));
    expect(found).toEqual([]);
  }, 300_000);

  it('npm run build:practice: the scripts are there, every inject found by the same search', async () => {
    const text = await build('practice', join(ROOT, 'dist/test-practice-client'));
    const missed = [...search].filter(([, n]) => !n.some((x) => text.includes(x))).map(([id]) => id);
    expect(missed).toEqual([]);
  }, 300_000);
});
