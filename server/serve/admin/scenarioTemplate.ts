// A new scenario from the admin page: what the form needs to know of a template (its start,
// reservoirs with their levels, the places whose roads or services can be cut, its fire weather)
// and the job itself, run in a worker thread so the server stays responsive.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Scenario } from '../../../sim-core/world/scenario.ts';
import type { Problem } from '../../../scenarios/problems.ts';
import type { NewScenarioResult } from '../../newScenario.ts';
import { HubError } from '../hub.ts';

export function templateInfo(s: Scenario) {
  const place = (kind: string) => (p: { id: string; name: { zh: string; en?: string } }) => ({ id: p.id, name: p.name, kind });
  return {
    start: s.start, name: s.name, wind: s.weather.wind, moisture: s.weather.moisture,
    injects: s.injects.length,
    reservoirs: s.reservoirs.map((r) => ({ id: r.id, name: r.name, floodLimitLevel: r.floodLimitLevel, normalLevel: r.normalLevel, damCrest: r.damCrest })),
    places: [...s.townships.map(place('township')), ...s.villages.map(place('village')), ...s.shelters.map(place('shelter'))],
  };
}

const id = z.string().min(1).max(64);
export const newScenarioBody = z.object({
  from: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, '请选择模板想定 / choose a template'),
  folder: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, '文件夹名只能用小写字母、数字、- 和 _ / lower-case letters, digits, - and _'),
  name: z.string().trim().min(1, '请填写想定名称 / give the scenario a name').max(60, '名称至多 60 字 / at most 60 characters'),
  start: z.string().max(40).optional(),
  rainScale: z.number('雨量倍数须为数字 / a number').min(0, '雨量倍数不能为负 / at least 0').max(10, '雨量倍数至多 10 / at most 10').optional(),
  rainShiftHours: z.number('须为数字 / a number').min(-48, '至多提前 48 小时 / at most 48 h earlier').max(48, '至多推迟 48 小时 / at most 48 h later').optional(),
  wind: z.object({ speed: z.number().min(0, '风速不能为负 / at least 0').max(60, '风速至多 60 米/秒 / at most 60 m/s'), dir: z.number().min(0).max(360, '风向为 0–360 度 / 0–360°') }).strict().optional(),
  moisture: z.object({ d1: z.number().min(1, '含水率至少 1% / at least 1 %').max(60, '含水率至多 60% / at most 60 %') }).partial().strict().optional(),
  reservoirs: z.record(id, z.number('水位须为数字 / a number')).optional(),
  cutAccess: z.array(id).max(200).optional(),
  outages: z.array(z.object({ place: id, services: z.array(z.enum(['power', 'comms', 'water'])).min(1, '至少选一项 / choose at least one') }).strict()).max(200).optional(),
  script: z.enum(['keep', 'empty']).default('keep'),
  plan: z.enum(['keep', 'none']).default('keep'),
}).strict();

export type NewScenarioBody = z.infer<typeof newScenarioBody>;

/** Writes scenariosDir/folder from the template in a worker; rejects with a HubError listing the problems. */
export function makeScenario(scenariosDir: string, body: NewScenarioBody): Promise<NewScenarioResult> {
  if (existsSync(join(scenariosDir, body.folder))) {
    return Promise.reject(new HubError('exists', `folder: 已有名为 ${body.folder} 的想定，请换一个文件夹名 / a scenario ${body.folder} exists already`, 409));
  }
  const options = {
    name: { zh: body.name }, start: body.start, rainScale: body.rainScale,
    rainShift: body.rainShiftHours === undefined ? undefined : Math.round(body.rainShiftHours * 3600),
    wind: body.wind, moisture: body.moisture, reservoirs: body.reservoirs, cutAccess: body.cutAccess, outages: body.outages, script: body.script, plan: body.plan,
  };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./newScenarioWorker.mjs', import.meta.url), { workerData: { from: join(scenariosDir, body.from), to: join(scenariosDir, body.folder), options } });
    let answered = false;
    w.once('message', (m: { ok: true; result: NewScenarioResult } | { ok: false; problems: Problem[] }) => {
      answered = true;
      if (m.ok) resolve(m.result);
      else {
        const err = new HubError('badScenario', m.problems.slice(0, 8).map((p) => `${p.path}: ${p.message}`).join('; '), 400);
        reject(Object.assign(err, { problems: m.problems }));
      }
    });
    w.once('error', (err) => { if (!answered) reject(err); });
    w.once('exit', (code) => { if (!answered) reject(new Error(`the new-scenario worker stopped (${code})`)); });
  });
}
