// Benchmark row "crowded sites": what emptying the crowded sites costs inside an exercise. The
// quake scenario when it has sites (else the default scenario with a school of 320 added: eight
// classrooms, scenarios/generate/schoolPlan.ts), run to 15 min after the sites' alarm with the
// sites and without them; the difference is the wall time the crowd model adds, which is all
// it adds to the 72 h run (a site is stepped only while it empties). Wall time is read here.
import { existsSync } from 'node:fs';
import { createSim } from '../../sim-core/sim.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import { schoolPlan } from '../../scenarios/generate/schoolPlan.ts';
import { loadScenario } from '../scenarioFiles.ts';
import { QUAKE_ALARM_DELAY } from '../../sim-core/people/sites/siteEgress.ts';

const QUAKE = 'scenarios/demo-district-quake';
const ALARM = 600;

function withSchool(base: Scenario): Scenario {
  const town = base.townships[0];
  const alarm: Inject = { id: 'bench-school-alarm', t: ALARM, jitter: 0, visibleTo: [], kind: 'siteAlarm', target: { site: 'bench-school' }, payload: {} };
  return {
    ...base,
    injects: [...base.injects, alarm].sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    sites: [{
      id: 'bench-school', name: { zh: '测试小学', en: 'Bench school' }, kind: 'school', x: town.x + 200, y: town.y + 200, township: town.id,
      plan: schoolPlan(4), occupancy: [{ from: 0, to: 86_399, people: 320 }], receiver: false, speed: 1.34, reaction: [5, 30], maxDuration: 1800,
    }],
  };
}

function timeTo(scenario: Scenario, until: number): { seconds: number; people: number } {
  const start = performance.now();
  const sim = createSim(scenario, { seed: 1 });
  sim.advanceTo(until);
  const people = Object.values(sim.state.entities.sites ?? {}).reduce((a, s) => a + s.people, 0);
  return { seconds: (performance.now() - start) / 1000, people };
}

export function benchSites(): { scenario: string; people: number; withSites: number; without: number; added: number } {
  const quake = existsSync(QUAKE) ? loadScenario(QUAKE) : null;
  const own = quake?.sites?.length ? quake : null;
  const scenario = own ?? withSchool(loadScenario('scenarios/demo-district'));
  const eq = scenario.earthquake;
  const until = (own && eq ? eq.t + QUAKE_ALARM_DELAY : ALARM) + 900;
  const { sites: _sites, ...bare } = scenario;
  const a = timeTo(scenario, until);
  const b = timeTo(bare as Scenario, until);
  return { scenario: scenario.id, people: a.people, withSites: a.seconds, without: b.seconds, added: Math.max(0, a.seconds - b.seconds) };
}
