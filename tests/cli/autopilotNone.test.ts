// `run --plan FILE --autopilot none`: nobody acts but the director's script, and both shipped
// plans grade it 不合格 (issue 14); `--autopilot ROLE,…` plays only those roles.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const tuiyan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tuiyan.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('run --autopilot', () => {
  for (const s of ['demo-district', 'demo-district-fire', 'demo-district-quake', 'demo-district-chemical']) {
    it(`nobody did anything on ${s}: 不合格`, () => {
      const r = tuiyan('run', `scenarios/${s}`, '--plan', 'auto', '--autopilot', 'none', '--json');
      expect(r.code, r.stderr).toBe(0);
      const score = JSON.parse(r.stdout).score;
      expect(score.grade).toBe('不合格');
      // No command from any role but the director's script.
      expect(score.requirements.filter((x: any) => x.verdict === 'onTime' && x.credits.some((c: any) => c.counted && c.role !== 'director'))).toEqual([]);
    });
  }

  it('the chlorine release graded with the autopilot playing every role: the leak isolated in time, a passing grade', () => {
    const r = tuiyan('run', 'scenarios/demo-district-chemical', '--plan', 'auto', '--until', '4h', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.score.grade).not.toBe('不合格');
    expect(out.score.requirements.find((x: any) => x.id === 'isolate-leak').verdict).toBe('onTime');
    expect(out.kpis.eventsByKind.leakIsolated).toBe(1);
  });

  it('plays only the roles named, and rejects a role the scenario does not have', () => {
    const only = JSON.parse(tuiyan('run', 'scenarios/demo-district', '--plan', 'auto', '--autopilot', 'chief', '--until', '6h', '--json').stdout).score;
    const counted = only.requirements.flatMap((x: any) => x.credits.filter((c: any) => c.counted && c.role).map((c: any) => c.role));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((r: string) => r === 'chief')).toBe(true);
    const bad = tuiyan('run', 'scenarios/demo-district', '--plan', 'auto', '--autopilot', 'township:atlantis');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--autopilot: no role "township:atlantis"');
  });
});
