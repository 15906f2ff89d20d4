// 保存演练脚本 — the director's edited script written back into its scenario folder, or into a
// new folder whose scenario extends the old one and carries the new script. The result is
// checked as `tuiyan check` would before it replaces anything: a script that references
// something missing is refused with the row and field named, and nothing is written. A folder
// that stored exercises were made from is not rewritten (their replays need the script they
// ran with): the script goes to a new folder instead.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkScenario } from '../../scenarioFiles.ts';
import { HubError } from '../hub.ts';

const FOLDER = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const scriptSaveBody = z.object({
  /** The script as the editor holds it: the core's inject entries (seconds for times). */
  script: z.array(z.record(z.string(), z.unknown())).max(500),
  /** A new folder under scenarios/ (absent: the scenario's own folder). */
  folder: z.string().regex(FOLDER, 'a folder name: lower-case letters, digits, - and _').optional(),
}).strict();
export type ScriptSaveBody = z.infer<typeof scriptSaveBody>;

/** Writes `text` as dir/scenario.json if the folder then checks clean; else restores and throws the problems. */
function writeChecked(dir: string, text: string, fresh: boolean): void {
  const file = join(dir, 'scenario.json');
  const before = fresh ? null : readFileSync(file, 'utf8');
  if (fresh) mkdirSync(dir);
  const tmp = `${file}.saving`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  const problems = checkScenario(dir);
  if (problems.length === 0) return;
  if (fresh) rmSync(dir, { recursive: true, force: true });
  else writeFileSync(file, before!);
  const err = new HubError('badScript', problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`).join('; '), 422);
  throw Object.assign(err, { problems });
}

export function saveScript(scenariosDir: string, name: string, body: ScriptSaveBody, usedByExercises: boolean): { folder: string; injects: number } {
  const src = join(scenariosDir, name);
  if (!body.folder) {
    if (usedByExercises) throw new HubError('scenarioInUse', `已有演练使用想定 ${name}，请另存为新想定 / exercises were made from ${name}: save the script as a new scenario folder`, 409);
    const json = JSON.parse(readFileSync(join(src, 'scenario.json'), 'utf8')) as Record<string, unknown>;
    json.injects = body.script;
    writeChecked(src, `${JSON.stringify(json, null, 1)}\n`, false);
    return { folder: name, injects: body.script.length };
  }
  const dir = join(scenariosDir, body.folder);
  if (existsSync(dir)) throw new HubError('folderExists', `已有名为 ${body.folder} 的想定 / scenarios/${body.folder} exists`, 409);
  const json = { extends: `../${name}`, id: body.folder, injects: body.script };
  writeChecked(dir, `${JSON.stringify(json, null, 1)}\n`, true);
  return { folder: body.folder, injects: body.script.length };
}
