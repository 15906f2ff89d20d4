// The typhoon day graded by its 防台风 plan: the autopilot playing every role passes; nobody
// playing (`--autopilot none`) is 不合格.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const tuiyan = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tuiyan.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the typhoon day graded', () => {
  it('with the autopilot: every boat recalled on time, a passing grade', () => {
    const r = tuiyan('run', 'scenarios/demo-district-typhoon', '--plan', 'auto', '--json');
    expect(r.code, r.stderr).toBe(0);
    const score = JSON.parse(r.stdout).score;
    expect(score.grade).not.toBe('不合格');
    for (const t of ['hupan', 'songling', 'beiling']) expect(score.requirements.find((x: any) => x.id === `recall-boats-${t}`).verdict).toBe('onTime');
  }, 600_000);

  it('with nobody playing: 不合格, the boats never recalled', () => {
    const r = tuiyan('run', 'scenarios/demo-district-typhoon', '--plan', 'auto', '--autopilot', 'none', '--json');
    expect(r.code, r.stderr).toBe(0);
    const score = JSON.parse(r.stdout).score;
    expect(score.grade).toBe('不合格');
    expect(score.requirements.find((x: any) => x.id === 'recall-boats-hupan').verdict).toBe('notDone');
  }, 600_000);
});
