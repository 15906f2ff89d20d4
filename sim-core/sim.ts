// The simulation: createSim(scenario, {seed}) → apply(command) / advanceTo(t) / snapshot() /
// hash() / viewFor(role). One pure reducer that the CLI, the server and the browser all run.
import { freeze, produce } from 'immer';
import { phaseOrder, type Subsystem } from './clock.ts';
import { reject, type ApplyResult } from './commands/command.ts';
import { execute } from './commands/execute.ts';
import { mayOrder } from './commands/permissions.ts';
import { parseRole } from './commands/roles.ts';
import { validateShape } from './commands/validate.ts';
import type { SimContext } from './context.ts';
import type { SimEvent } from './events.ts';
import { movement } from './forces/movement.ts';
import { metricsSampler } from './metricsSampler.ts';
import { copyFields, createFields, hashFields } from './fields.ts';
import { flood } from './hazards/floodStep.ts';
import { fire } from './hazards/fireStep.ts';
import { landslides } from './hazards/landslides.ts';
import { typhoon } from './hazards/typhoon/typhoonStep.ts';
import { damSafety } from './hazards/dam/breachRisk.ts';
import { damShaking } from './hazards/dam/damShakingStep.ts';
import { earthquake, quakeAftermath } from './hazards/quake/quakeStep.ts';
import { warnings } from './people/warnings.ts';
import { doorToDoor, evacuation } from './people/evacuation.ts';
import { exposure } from './people/exposure.ts';
import { teamWork } from './forces/teamWork.ts';
import { floodPlaces, floodRoads } from './hazards/floodConsequences.ts';
import { supplyConvoys } from './supplies/convoys.ts';
import { supplySites } from './supplies/sites.ts';
import { initialSupplies } from './supplies/supplyState.ts';
import { initialHazards } from './hazards/initialHazards.ts';
import { canonicalJson } from './hash/canonicalJson.ts';
import { Digest } from './hash/digest.ts';
import { drawInjectTimes, injects } from './injects/schedule.ts';
import { conditionalInjects } from './injects/conditionalInjects.ts';
import { chemical } from './hazards/chemical/chemicalStep.ts';
import { newChemicalEntities } from './hazards/chemical/chemicalState.ts';
import type { LogEntry } from './log.ts';
import { RngStreams } from './rng/streams.ts';
import type { Snapshot } from './snapshot.ts';
import type { Entities, SimState } from './state.ts';
import type { UnitState } from './forces/unitState.ts';
import { reportsPage, viewFor, type View } from './views.ts';
import { MAX_DURATION } from './time/duration.ts';
import type { Scenario } from './world/scenario.ts';
import { placeIndex } from './world/placeIndex.ts';
import { roadsChangedStep } from './roadsChanged.ts';
import { createSimScratch } from './simScratch.ts';
import { siteEgress } from './people/sites/siteEgress.ts';
import { hashSiteCrowds, requireCrowdEngine, restoreSiteCrowds, snapshotSiteCrowds } from './people/sites/siteCrowds.ts';
import { waterMain } from './hazards/waterMain/waterMainStep.ts';
import { streetFlood } from './hazards/waterMain/streetFlood.ts';

interface SimOptions {
  seed: number;
}

/** The subsystems in phase order; later issues add hazards, people, the autopilot. */
const SUBSYSTEMS: Subsystem[] = phaseOrder([metricsSampler, movement, evacuation, doorToDoor, injects, warnings, flood, streetFlood, damSafety, fire, typhoon, damShaking, earthquake, landslides, floodRoads, floodPlaces, supplyConvoys, supplySites, exposure, teamWork, quakeAftermath, waterMain, conditionalInjects, siteEgress, chemical]);

export class Sim implements SimContext {
  private pending: { event: SimEvent; visibleTo: readonly string[] }[] = [];
  readonly scratch = createSimScratch();

  constructor(readonly scenario: Scenario, public seed: number, public state: SimState) {}

  emit(event: SimEvent, visibleTo: readonly string[]): void {
    this.pending.push({ event, visibleTo });
  }

  update(recipe: (draft: import('immer').Draft<Entities>) => void): void {
    this.state.entities = produce(this.state.entities, recipe);
  }

  /** Validates and applies a command at the current sim time; never throws on bad input. */
  apply(input: unknown): ApplyResult {
    const cmd = validateShape(input);
    if ('ok' in cmd) return cmd;
    const role = parseRole(cmd.role, this.scenario);
    if (!role) return reject('unknownRole', `no role ${JSON.stringify(cmd.role)} in this scenario`);
    if (cmd.t !== undefined && cmd.t !== this.state.t) {
      return reject('wrongTime', `the command is for t=${cmd.t} but the sim is at t=${this.state.t}`);
    }
    const denied = mayOrder(role, cmd, this.scenario);
    if (denied) return reject('notPermitted', denied);
    const seq = this.state.seq;
    this.pending = [];
    const rejection = execute(this, cmd, seq);
    if (rejection) { this.pending = []; return rejection; }
    roadsChangedStep(this);
    this.append({ ...cmd, entry: 'command', t: this.state.t, seq } as LogEntry);
    this.flush();
    return { ok: true, t: this.state.t, seq };
  }

  /** Runs what is due at t = 0 (an inject timed for the very start fires then, not a tick later). */
  start(): void {
    for (const s of SUBSYSTEMS) if (s.name === 'injects' && s.isDue(this, 0)) this.step(s);
  }

  /** Runs every tick up to and including t (whole seconds; earlier times are ignored). */
  advanceTo(t: number): void {
    if (!Number.isFinite(t) || t > MAX_DURATION) throw new RangeError(`advanceTo(${t}): sim time must be finite and at most ${MAX_DURATION} s`);
    const target = Math.floor(t);
    const ctx: SimContext = this;
    while (this.state.t < target) {
      let next = Infinity;
      for (const s of SUBSYSTEMS) next = Math.min(next, s.nextDue(ctx, this.state.t));
      if (next > target) { this.state.t = target; break; }
      this.state.t = next;
      for (const s of SUBSYSTEMS) if (s.isDue(ctx, next)) this.step(s);
    }
  }

  /** Digest of the whole truth: time, entities, fields, PRNG states and the log. */
  hash(): string {
    const s = this.state;
    const d = new Digest().string(`${s.t}|${s.seq}|`).string(canonicalJson(s.entities));
    hashFields(d, s.fields);
    hashSiteCrowds(d, s);
    return d.string(canonicalJson(s.rng.states())).string(canonicalJson(s.series)).string(s.logDigest).hex();
  }

  snapshot(): Snapshot {
    const s = this.state;
    return {
      format: 'tuiyan-snapshot/1', scenario: this.scenario.id, seed: this.seed, t: s.t, seq: s.seq,
      entities: s.entities, fields: copyFields(s.fields),
      rng: s.rng.states(), log: s.log.slice(), series: s.series.slice(), logDigest: s.logDigest,
      ...snapshotSiteCrowds(s),
    };
  }

  /** Rewinds (or forwards) this sim to a snapshot of the same scenario and seed. */
  restore(snap: Snapshot): void {
    this.state = restoreSim(this.scenario, snap).state;
    this.seed = snap.seed;
  }

  /** Older reports of a role than its view carries (views.ts reportsPage). */
  reportsPage(role: string, before: number, limit: number): ReturnType<typeof reportsPage> {
    return reportsPage(this, role, before, limit);
  }

  viewFor(role: string): View | null {
    return viewFor(this, role);
  }

  /** One subsystem's run, then the roads-changed step if it closed or opened roads. */
  private step(s: Subsystem): void {
    s.run(this);
    roadsChangedStep(this);
    this.flush();
  }

  private append(entry: LogEntry): void {
    this.state.log.push(entry);
    this.state.seq = entry.seq + 1;
    this.state.logDigest = new Digest().string(this.state.logDigest).string(canonicalJson(entry)).hex();
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = [];
    for (const { event, visibleTo } of pending) {
      this.append({ ...event, entry: 'event', t: this.state.t, seq: this.state.seq, visibleTo: [...visibleTo] } as LogEntry);
    }
  }
}

/** The run's rain factor: drawn only when the scenario marks the rain as uncertain. */
function drawRainScale(scenario: Scenario, rng: RngStreams): number {
  const [lo, hi] = scenario.rainScale;
  return lo === hi ? lo : rng.between('hazards', lo, hi);
}

function initialUnits(scenario: Scenario): Record<string, UnitState> {
  const units: Record<string, UnitState> = {};
  const places = placeIndex(scenario).place;
  for (const team of scenario.teams) {
    const node = places.get(team.base)!.node;
    units[team.id] = {
      id: team.id, status: 'atBase', node, destination: null, destinationNode: node, departAt: 0,
      trip: null, tripBlocked: false, discover: null, task: null, taskLabel: null, orderSeq: null,
      dutySince: null, restSince: null, fatigued: false,
    };
  }
  return units;
}

export function createSim(scenario: Scenario, options: SimOptions): Sim {
  requireCrowdEngine(scenario);
  const rng = RngStreams.fromSeed(options.seed);
  const entities: Entities = freeze({
    responseLevel: 'none',
    units: initialUnits(scenario),
    reports: [],
    script: scenario.injects.map((inj) => ({ ...inj })),
    injectTimes: drawInjectTimes(scenario.injects, rng),
    injectsFired: {},
    closures: {},
    weather: scenario.weather,
    hazards: { ...initialHazards(scenario), rainScale: drawRainScale(scenario, rng) },
    fire: { fires: {}, line: {}, threatened: {} },
    slides: {},
    outages: {},
    warnings: { townships: {}, villages: {}, hops: [], issued: 0 },
    evacuation: { groups: {}, orders: {}, occupancy: {}, opened: {} },
    supplies: initialSupplies(scenario),
    casualties: { villages: {} },
    ...(scenario.chemical ? { chemical: newChemicalEntities() } : {}),
  }, true);
  const state: SimState = {
    t: 0, seq: 0, entities,
    fields: createFields(scenario),
    rng, log: [], series: [], logDigest: '', roadsChanged: 0,
  };
  const sim = new Sim(scenario, options.seed, state);
  sim.start();
  return sim;
}

/** Rebuilds a sim from a snapshot of the same scenario; the rest of the log then replays exactly. */
export function restoreSim(scenario: Scenario, snap: Snapshot): Sim {
  // A programming error, not user input: callers pair snapshots with their own scenario.
  if (snap.scenario !== scenario.id) throw new Error(`snapshot of scenario ${snap.scenario}, not ${scenario.id}`);
  const state: SimState = {
    t: snap.t, seq: snap.seq, entities: freeze(structuredCloneJson(snap.entities), true),
    fields: copyFields(snap.fields),
    rng: RngStreams.fromStates(snap.rng), log: snap.log.slice(), series: snap.series.slice(), logDigest: snap.logDigest, roadsChanged: 0,
    ...restoreSiteCrowds(scenario, snap),
  };
  return new Sim(scenario, snap.seed, state);
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
