// The director's admin API (the admin page, client/admin/): exercises created with a seed or at
// random and the roles people will play, listed with who is connected, paused, resumed,
// archived, deleted and rewound; courses of N groups and their comparison. Every route needs
// the admin token. Answers are JSON; errors carry a code and a message naming the field.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomInt } from 'node:crypto';
import type { ExerciseHub } from '../hub.ts';
import { HubError, summary } from '../hub.ts';
import type { Exercise } from '../exercise.ts';
import { rooms } from '../rooms.ts';
import { exerciseId } from '../ids.ts';
import { wallIso } from '../wallClock.ts';
import { roleName } from '../../../presentation/text/names.ts';
import { allRoles } from '../../../sim-core/commands/roles.ts';
import { AdminStore } from './adminStore.ts';
import { adminCreateBody, courseBody, rewindBody } from './adminProtocol.ts';
import { courseComparison } from './courseComparison.ts';
import { makeScenario, newScenarioBody, templateInfo } from './scenarioTemplate.ts';
import { saveScript, scriptSaveBody } from './scriptSave.ts';

export interface AdminRouteContext {
  hub: ExerciseHub;
  /** Parses and validates the body (throws the HTTP layer's 400 on a bad one). */
  body<T>(req: IncomingMessage, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown } }): Promise<T>;
  send(res: ServerResponse, status: number, body: unknown): void;
  /** Ends the sockets of a room (a deleted or rewound exercise's players). */
  dropRoom(room: string): void;
}

const seedOf = (s: number | 'random') => (s === 'random' ? randomInt(0, 2 ** 31 - 1) : s);

/** The roles a sheet offers: those chosen (the director always), in the scenario's order. */
function sheetRoles(codes: Record<string, string>, chosen: string[] | null): string[] {
  if (!chosen) return Object.keys(codes);
  return Object.keys(codes).filter((r) => r === 'director' || chosen.includes(r));
}

export class AdminRoutes {
  readonly marks: AdminStore;

  constructor(private readonly c: AdminRouteContext) {
    this.marks = new AdminStore(c.hub.store);
  }

  private exercise(id: string): Exercise {
    const ex = this.c.hub.get(id);
    if (!ex) throw new HubError('unknownExercise', `没有编号为 ${id.slice(0, 40)} 的演练 / no exercise ${id.slice(0, 40)}`, 404);
    return ex;
  }

  /** Every chosen role must be one of the scenario's (checked before anything is created). */
  private checkRoles(scenario: string, roles: string[] | undefined): void {
    if (!roles) return;
    const known = new Set(allRoles(this.c.hub.scenario(scenario)));
    const bad = roles.filter((r) => !known.has(r));
    if (bad.length) throw new HubError('badRoles', `roles: 想定中没有这些角色 / no such roles in the scenario: ${bad.slice(0, 5).join(', ')}`);
  }

  private createOne(body: { scenario: string; seed: number; plan: 'none' | 'auto'; speed: Exercise['row']['speed']; roles?: string[] }, course?: { id: string; group: number }) {
    this.checkRoles(body.scenario, body.roles);
    // The roles people play are marked played from the start, so the autopilot leaves them alone.
    const played = (body.roles ?? []).filter((r) => /^(chief|township:|team:)/.test(r));
    const { id, codes } = this.c.hub.create({ scenario: body.scenario, seed: body.seed, plan: body.plan, speed: body.speed, played });
    this.marks.update(id, { roles: body.roles ?? null, course: course?.id ?? null, group: course?.group ?? null });
    return { id, seed: body.seed, codes };
  }

  /** One exercise as the list shows it: its row, marks, codes and the roles connected now. */
  private listed(id: string) {
    const hub = this.c.hub;
    const row = hub.store.exercise(id)!;
    const live = hub.exercises.get(id);
    const mark = this.marks.mark(id);
    const connected = live ? Object.fromEntries([...live.sockets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) : {};
    return { ...summary(row, live?.t ?? row.t), speed: live?.row.speed ?? row.speed, ...mark, connected, directorCode: hub.store.codes(id).director ?? null };
  }

  private remove(ex: Exercise): void {
    ex.flush();
    this.c.hub.exercises.delete(ex.id);
    this.c.hub.forgetTokens();
    this.c.dropRoom(rooms.all(ex.id));
    this.marks.deleteExercise(ex.id);
  }

  /** The code sheet: each offered role's name (zh and en) and code. */
  sheet(ex: Exercise) {
    const codes = this.c.hub.store.codes(ex.id);
    const mark = this.marks.mark(ex.id);
    return {
      exercise: this.listed(ex.id), scenarioName: ex.scenario.name,
      roles: sheetRoles(codes, mark.roles).map((role) => ({ role, zh: roleName(ex.scenario, role, 'zh'), en: roleName(ex.scenario, role, 'en'), code: codes[role] })),
    };
  }

  /** Rewind: a fork at `at` that takes over the join codes and players; the abandoned branch is archived for the debrief. */
  async rewind(ex: Exercise, at: number) {
    if (at > ex.t) throw new HubError('outOfRange', `at: 只能回退到当前时刻（${ex.t} 秒）或更早 / at most the exercise's time ${ex.t} s`);
    const forked = await this.c.hub.fork(ex, at);
    ex.setSpeed('paused');
    this.c.hub.saveClocks();
    this.marks.moveCodes(ex.id, forked.id);
    this.c.hub.forgetTokens();
    // The roles people played go on being played by them, not the autopilot.
    const next = this.c.hub.exercises.get(forked.id)!;
    for (const role of ex.played) next.played.add(role);
    const old = this.marks.mark(ex.id);
    this.marks.update(forked.id, { roles: old.roles, course: old.course, group: old.group });
    this.marks.update(ex.id, { archived: true, rewoundTo: forked.id, course: null, group: null });
    // Players of the old branch reconnect with their tokens, which now open the new one.
    this.c.hub.publish(rooms.all(ex.id), 'rewound', { exerciseId: forked.id, at });
    this.c.dropRoom(rooms.all(ex.id));
    return { id: forked.id, t: forked.t, stateHash: forked.stateHash, abandoned: ex.id };
  }

  /** Handles `/api/admin/…` (the caller has checked the admin token); false if no route matched. */
  async route(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const { hub, send } = this.c;
    const method = req.method ?? 'GET';
    if (path === '/api/admin/scenarios' && method === 'POST') {
      const body = await this.c.body(req, newScenarioBody);
      hub.scenario(body.from); // an unknown template is a 404 before any work
      const made = await makeScenario(hub.scenariosDir, body);
      send(res, 201, { folder: body.folder, id: made.id, files: made.files, injects: made.injects });
      return true;
    }
    const sm = /^\/api\/admin\/scenarios\/([a-z0-9][a-z0-9_-]{0,63})\/script$/.exec(path);
    if (sm && method === 'PUT') {
      const body = await this.c.body(req, scriptSaveBody);
      hub.scenario(sm[1]); // an unknown scenario is a 404 before any work
      const used = hub.store.exercises().some((row) => row.scenario === sm[1]);
      send(res, 200, saveScript(hub.scenariosDir, sm[1], body, used));
      return true;
    }
    const tm = /^\/api\/admin\/scenarios\/([a-z0-9][a-z0-9_-]{0,63})\/template$/.exec(path);
    if (tm && method === 'GET') {
      send(res, 200, templateInfo(hub.scenario(tm[1])));
      return true;
    }
    if (path === '/api/admin/exercises' && method === 'GET') {
      const ids = hub.store.exercises().map((r) => r.id);
      send(res, 200, { exercises: ids.map((id) => this.listed(id)) });
      return true;
    }
    if (path === '/api/admin/exercises' && method === 'POST') {
      const body = await this.c.body(req, adminCreateBody);
      send(res, 201, this.createOne({ ...body, seed: seedOf(body.seed) }));
      return true;
    }
    if (path === '/api/admin/courses' && method === 'GET') {
      send(res, 200, { courses: this.marks.courses().map((c) => ({ ...c, exercises: this.marks.courseExercises(c.id) })) });
      return true;
    }
    if (path === '/api/admin/courses' && method === 'POST') {
      const body = await this.c.body(req, courseBody);
      const seed = seedOf(body.seed);
      hub.scenario(body.scenario); // an unknown scenario fails before any group exists
      const id = `c-${exerciseId()}`;
      this.marks.insertCourse({ id, name: body.name, scenario: body.scenario, seed, groups: body.groups, created: wallIso() });
      const groups = [];
      for (let g = 1; g <= body.groups; g++) groups.push({ group: g, ...this.createOne({ ...body, seed }, { id, group: g }) });
      send(res, 201, { id, seed, groups });
      return true;
    }
    const cm = /^\/api\/admin\/courses\/([A-Za-z0-9_-]{1,48})\/compare$/.exec(path);
    if (cm && method === 'GET') {
      const course = this.marks.course(cm[1]);
      if (!course) throw new HubError('unknownCourse', `没有这个培训班 / no course ${cm[1]}`, 404);
      const groups = this.marks.courseExercises(course.id).map(({ exercise, group }) => ({ group, ex: this.exercise(exercise) }));
      send(res, 200, courseComparison(course, groups));
      return true;
    }
    const m = /^\/api\/admin\/exercises\/([A-Za-z0-9_-]{1,40})(?:\/(sheet|resume|pause|archive|unarchive|rewind))?$/.exec(path);
    if (!m) return false;
    const [, id, action] = m;
    if (!action && method === 'DELETE') {
      this.remove(this.exercise(id));
      send(res, 200, { ok: true, deleted: id });
      return true;
    }
    if (action === 'sheet' && method === 'GET') { send(res, 200, this.sheet(this.exercise(id))); return true; }
    if (!action || method !== 'POST') return false;
    const ex = this.exercise(id);
    if (action === 'rewind') {
      const { at } = await this.c.body(req, rewindBody);
      send(res, 200, await this.rewind(ex, at));
      return true;
    }
    if (action === 'resume' || action === 'pause') {
      if (ex.row.status !== 'running') throw new HubError('notRunning', `演练已${ex.row.status === 'finished' ? '结束' : '失败'}，不能${action === 'resume' ? '继续' : '暂停'} / exercise ${id} is ${ex.row.status}`, 409);
      if (this.marks.mark(id).archived && action === 'resume') throw new HubError('archived', '已归档的演练须先取消归档 / unarchive it first', 409);
      if (action === 'resume') ex.resume(); else ex.setSpeed('paused');
      hub.saveClocks();
      hub.wake();
    } else {
      if (action === 'archive' && ex.row.status === 'running') { ex.setSpeed('paused'); hub.saveClocks(); }
      this.marks.update(id, { archived: action === 'archive' });
    }
    send(res, 200, this.listed(id));
    return true;
  }
}
