// Nothing learned before it is told (issue 15), over real sockets: every non-truth role of both
// shipped scenarios joins an exercise that the autopilot plays at full speed for several sim
// hours, and everything each receives is searched. Nothing may name an inject (its id, its
// `expected` response), carry an inject's message before it fired or to a role it was not
// for, show an undetected fire, list who else was told (`visibleTo`) or count hidden log
// entries (gaps in `seq`), hold a PRNG state, a token or a join code — and 湖畔镇 must not hear
// of the Xiachang roof before the villager's call.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { allRoles, parseRole, seesTruth } from '../../sim-core/commands/roles.ts';
import { ADMIN, api, connect, createExercise, join, until, useInProcessServer, type Client } from './helpers.ts';

const fixture = useInProcessServer({ limits: { joinBurst: 1000, joinPerMinute: 1000 } });

type Text = { zh?: string; en?: string };
interface Received { event: string; payload: unknown; t: number }

/** Sim time a message names for itself, if any (a clock, a view, a patch of the view's `t`). */
function timeOf(event: string, payload: any): number | null {
  if (event === 'clock' && typeof payload?.t === 'number') return payload.t;
  if (event === 'view' && typeof payload?.view?.t === 'number') return payload.view.t;
  if (event === 'patch') for (const p of payload?.patches ?? []) if (p.path?.length === 1 && p.path[0] === 't' && typeof p.value === 'number') return p.value;
  return null;
}

/**
 * Records every message. Each gets the sim time of the next timed message after it (`t`): it was
 * sent no later than that, so a message with `t` before a moment surely came before it.
 */
function record(c: Client): () => Received[] {
  const raw: { event: string; payload: unknown }[] = c.received.map(([event, payload]) => ({ event, payload }));
  c.socket.onAny((event: string, payload: unknown) => { raw.push({ event, payload }); });
  return () => {
    const out: Received[] = [];
    let next = Infinity;
    for (let i = raw.length - 1; i >= 0; i--) {
      const own = timeOf(raw[i].event, raw[i].payload);
      if (own !== null) next = Math.min(next, own);
      out.push({ ...raw[i], t: own ?? next });
    }
    return out.reverse();
  };
}

/** Every key and string anywhere in a payload (binary rasters skipped). */
function walk(v: unknown, visit: (key: string | null, s: string | null) => void): void {
  if (typeof v === 'string') { visit(null, v); return; }
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return;
  if (Array.isArray(v)) { for (const x of v) walk(x, visit); return; }
  for (const [k, x] of Object.entries(v)) { visit(k, null); walk(x, visit); }
}

const FORBIDDEN_KEYS = new Set(['visibleTo', 'inject', 'injects', 'expected', 'rng', 'prng', 'seed', 'token', 'codes', 'script']);

async function playAndListen(folder: string, hours: number) {
  const scenario = loadScenario(`scenarios/${folder}`);
  const base = fixture.server.url;
  const { id, codes } = await createExercise(base, { scenario: folder, seed: 4, speed: 'paused', plan: 'auto', until: `${hours}h` });
  const director = await connect(base, { token: await join(base, codes.director, true) });
  fixture.clients.push(director);
  // Every role that is not the truth: the chief, the observer, every township; of the teams
  // (68, alike in what they may see) those of Hupan, Shimen and Songling, where the scripts play,
  // and some of the district's own.
  const district = scenario.teams.filter((t) => t.owner === 'district');
  const picked = [...scenario.teams.filter((t) => t.owner === 'hupan' || t.owner === 'shimen' || t.owner === 'songling'), ...district.filter((t) => /^(water|road|medical|fire)-1$/.test(t.id)), ...district.slice(0, 2)];
  const teamsWanted = new Set(picked.map((t) => `team:${t.id}`));
  const roles = allRoles(scenario).filter((r) => !seesTruth(parseRole(r, scenario)!) && (!r.startsWith('team:') || teamsWanted.has(r)));
  const tokens = new Map<string, string>();
  const recorders = new Map<string, () => Received[]>();
  const listening: Client[] = [];
  for (const role of roles) {
    const token = await join(base, codes[role]);
    tokens.set(role, token);
    const c = await connect(base, { token });
    fixture.clients.push(c);
    listening.push(c);
    recorders.set(role, record(c));
  }
  expect(await director.ask('clock', { speed: 'max' })).toMatchObject({ ok: true });
  await until('the exercise to finish', () => director.clock?.status === 'finished', 600_000);
  // Let the last refresh reach everyone.
  // The role's own view (or a patch of its time) at the end, not an untimed message that only
  // borrows the time of what follows it (Infinity while nothing has followed yet), and not the
  // clock: that goes to every room at once, while the roles' refreshes may be spread over the
  // server's next turns on a busy machine, so a role can hear 'finished' before its last events.
  await until('the last view everywhere', () => [...recorders.values()].every((r) => r().some((m) => m.event !== 'clock' && timeOf(m.event, m.payload) !== null && m.t >= hours * 3600)), 60_000);
  // The server sends a refresh's view before its events; one round trip per socket after that view
  // makes sure the events sent with it have arrived too (the answer is written after them).
  await Promise.all(listening.map((c) => c.ask('events', { before: 1, limit: 1 })));
  const heard = new Map([...recorders].map(([role, r]) => [role, r()]));
  const text = (await api(base, 'GET', `/api/exercises/${id}/log.jsonl`, undefined, ADMIN)).body as string;
  const log = text.trim().split('\n').map((l) => JSON.parse(l)).slice(1) as any[];
  const secrets = [ADMIN, ...Object.values(codes), ...tokens.values()];
  return { scenario, codes, log, heard, secrets, roles };
}

/** The checks every role's messages must pass in any scenario. */
function checkCommon(run: Awaited<ReturnType<typeof playAndListen>>): void {
  const { scenario, log, heard, secrets } = run;
  const fired = new Map<string, number>();
  for (const e of log) if (e.entry === 'event' && e.kind === 'injectFired' && !fired.has(e.inject)) fired.set(e.inject, e.t);
  expect(fired.size, 'injects fired in the run').toBeGreaterThanOrEqual(3);
  const ids = new Set(scenario.injects.map((i) => i.id));
  const texts = scenario.injects.flatMap((i) => {
    const p = i.payload as { text?: Text; from?: Text; reason?: Text };
    return [p.text?.zh, p.reason?.zh].filter((s): s is string => !!s && s.length >= 8).map((s) => ({ inject: i, s }));
  });
  const expectedTexts = scenario.injects.map((i) => i.expected?.zh).filter((s): s is string => !!s);

  for (const [role, got] of heard) {
    expect(got.length, role).toBeGreaterThan(3);
    const told: number[] = [];
    for (const m of got) {
      walk(m.payload, (key, s) => {
        if (key !== null) expect(FORBIDDEN_KEYS.has(key), `${role} got a "${key}" in ${m.event}`).toBe(false);
        if (s === null) return;
        expect(ids.has(s) && s.includes('-'), `${role} got the inject id ${s} in ${m.event}`).toBe(false);
        for (const x of secrets) expect(s.includes(x), `${role} got a token or code in ${m.event}`).toBe(false);
        for (const x of expectedTexts) expect(s.includes(x), `${role} got an expected response in ${m.event}`).toBe(false);
        for (const { inject, s: msg } of texts) {
          if (!s.includes(msg)) continue;
          const mayHear = inject.visibleTo.includes('all') || inject.visibleTo.includes(role);
          expect(mayHear, `${role} got inject ${inject.id}'s text, which is not for it`).toBe(true);
          expect(m.t, `${role} got inject ${inject.id}'s text before it fired`).toBeGreaterThanOrEqual(fired.get(inject.id) ?? Infinity);
        }
      });
      if (m.event === 'event') for (const e of (m.payload as { entries: { seq: number }[] }).entries) told.push(e.seq);
      // Its plan checklist names a requirement only once it was triggered, by then.
      if (m.event === 'checklist') {
        const c = m.payload as { facts: { triggerAt: number | null; triggerSeq: number | null }[]; requirements?: unknown[] };
        expect(c.requirements, `${role}'s checklist comes with its requirements`).toHaveLength(c.facts.length);
        for (const f of c.facts) {
          expect(f.triggerAt !== null && f.triggerAt <= m.t, `${role} heard of a requirement not triggered by ${m.t}`).toBe(true);
          expect(f.triggerSeq, `${role}'s checklist names a log number`).toBeNull();
        }
      }
      // Its reports likewise, numbered in its own list: the view's last is number reportsTotal.
      if (m.event === 'view') {
        const v = (m.payload as { view: { reports: { seq: number }[]; reportsTotal: number } }).view;
        expect(v.reports.map((r) => r.seq), `${role}'s report numbers`).toEqual(v.reports.map((_r, k) => v.reportsTotal - v.reports.length + k + 1));
      }
    }
    // Its events are numbered 1, 2, 3 … in the order it was told: no gap counts a hidden entry.
    const distinct = [...new Set(told)].sort((a, b) => a - b);
    expect(distinct, `${role}'s event numbers`).toEqual(distinct.map((_s, k) => k + 1));
  }
}

describe('nothing learned before it is told', () => {
  it('the storm: no player hears of the script, and Hupan hears of the roof only by the call', async () => {
    const run = await playAndListen('demo-district', 6);
    checkCommon(run);
    const { log, heard, scenario } = run;
    const call = log.find((e) => e.entry === 'event' && e.kind === 'injectFired' && e.inject === 'trapped-call');
    const roof = log.find((e) => e.entry === 'event' && e.kind === 'injectFired' && e.inject === 'trapped-roof');
    expect(call && roof, 'the roof and the call both fired').toBeTruthy();
    expect(roof.t).toBeLessThan(call.t);
    const held = scenario.injects.find((i) => i.id === 'trapped-roof')!;
    const village = (held.target as { place: string }).place;
    for (const [role, got] of heard) {
      for (const m of got) {
        if (m.event !== 'event') continue;
        for (const e of (m.payload as { entries: any[] }).entries) {
          // The scripted trapping itself is told to nobody; the call is the channel.
          expect(e.kind === 'peopleTrapped' && e.village === village && e.cause === 'cutOff', `${role} heard of the roof at ${e.t}`).toBe(false);
        }
      }
    }
    // Hupan's own picture leaves the roof out until the call; the township hears the call.
    const hupan = heard.get('township:hupan')!;
    expect(hupan.some((m) => m.event === 'event' && (m.payload as { entries: any[] }).entries.some((e) => e.kind === 'message' && e.t >= call.t))).toBe(true);
    // No township gets another's private figures: a township's views name only its own places' outages and floods.
    const own = (tw: string) => new Set([...scenario.villages, ...scenario.shelters].filter((p) => (p as { township?: string }).township === tw).map((p) => p.id));
    for (const tw of ['hupan', 'shimen']) {
      const mine = own(tw);
      for (const m of heard.get(`township:${tw}`)!) {
        if (m.event !== 'view') continue;
        const v = (m.payload as { view: any }).view;
        for (const f of v.flooded ?? []) expect(mine.has(f.place) || !scenario.villages.some((x) => x.id === f.place), `township:${tw} sees ${f.place} flooded`).toBe(true);
        expect(v.situation?.source, `township:${tw}'s picture`).toBe('own');
      }
    }
  }, 900_000);

  it('the fire day: no player sees the fire before it is detected', async () => {
    const run = await playAndListen('demo-district-fire', 4);
    checkCommon(run);
    const { log, heard } = run;
    const ignited = log.find((e) => e.entry === 'event' && e.kind === 'fireIgnited');
    const detected = log.find((e) => e.entry === 'event' && e.kind === 'fireDetected');
    expect(ignited, 'the fire started').toBeTruthy();
    expect(detected, 'the fire was detected').toBeTruthy();
    expect(detected.t).toBeGreaterThan(ignited.t);
    for (const [role, got] of heard) {
      for (const m of got) {
        if (m.t >= detected.t) continue;
        // (A fire's id may also be a team's — the district's fire crews are fire-1 … — so look for it as a fire.)
        expect(JSON.stringify(m.payload ?? null).includes(`"fire":"${ignited.fire}"`), `${role} named the fire in ${m.event} at ${m.t}, before detection at ${detected.t}`).toBe(false);
        if (m.event === 'raster') {
          const r = m.payload as { layer: string; cells: Uint8Array | ArrayBuffer };
          const bytes = r.cells instanceof ArrayBuffer ? r.cells.byteLength : r.cells.byteLength;
          if (r.layer === 'fire') expect(bytes, `${role} got fire cells at ${m.t}, before detection at ${detected.t}`).toBe(0);
        }
        if (m.event === 'view') expect((m.payload as { view: any }).view.fires ?? [], role).toEqual([]);
      }
    }
  }, 900_000);

  it('the quake: nobody playing has the intensity map before it is published, teams and the observer never', async () => {
    const run = await playAndListen('demo-district-quake', 2);
    checkCommon(run);
    const { heard, scenario } = run;
    const published = scenario.earthquake!.intensityMapAt!;
    for (const [role, got] of heard) {
      let had = false;
      for (const m of got) {
        let map: unknown;
        if (m.event === 'view') map = (m.payload as { view: { intensityMap?: unknown } }).view.intensityMap;
        if (m.event === 'patch') for (const p of (m.payload as { patches?: { path?: unknown[]; value?: unknown }[] }).patches ?? []) if (p.path?.[0] === 'intensityMap' && p.value !== undefined) map = p.value;
        if (map === undefined || map === null) continue;
        expect(m.t, `${role} had the intensity map at ${m.t}, before ${published}`).toBeGreaterThanOrEqual(published);
        had = true;
      }
      expect(had, `${role} has the intensity map by the end`).toBe(role === 'chief' || role.startsWith('township:'));
    }
  }, 900_000);
});
