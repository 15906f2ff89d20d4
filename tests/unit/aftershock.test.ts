// 余震: an aftershock inject raises a village's damage only where its (effective) intensity passes
// the damage already reached, adds the people it hurts and buries, and a run with it replays bit
// for bit from a snapshot taken before it. The conditional-failure rule counts a failure once.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { createSim, restoreSim } from '../../sim-core/sim.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { shakingAt } from '../../sim-core/hazards/quake/shaking.ts';
import { DAMAGED_SHIFT, damagedShare, effectiveIntensity, villagersPresent } from '../../sim-core/hazards/quake/aftershock.ts';
import { villageDamage } from '../../sim-core/hazards/quake/villageDamage.ts';
import { villageStock } from '../../sim-core/hazards/quake/buildingStock.ts';
import { indoorShare, localHourAt } from '../../sim-core/hazards/quake/casualtyRates.ts';
import { groupsAway } from '../../sim-core/people/atHome.ts';
import { cellAt } from '../../sim-core/world/grid.ts';
import { conditionalChance } from '../../sim-core/hazards/quake/shockHistory.ts';
import { DEFAULT_STOCK } from '../../sim-core/hazards/quake/buildingStock.ts';
import { RngStreams } from '../../sim-core/rng/streams.ts';
import { buildAdHocInject } from '../../sim-core/injects/adHoc.ts';

const base = loadScenario('scenarios/demo-district-quake');
const AT = 7200;
/** A strong aftershock south-west of the main shock, under Hupan and Shimen, two hours in. */
const STRONG: Inject = { id: 'as-strong', t: AT, jitter: 0, kind: 'aftershock', target: { x: 21000, y: 22000 }, payload: { magnitude: 6.3, depth: 10_000 }, visibleTo: ['all'] };
const scenario: Scenario = { ...base, injects: [...base.injects.filter((i) => i.kind !== 'aftershock'), STRONG] };
const events = (sim: ReturnType<typeof createSim>, kind: string) => sim.state.log.filter((e) => e.entry === 'event' && e.kind === kind) as any[];

describe('aftershocks', () => {
  it('raise damage only where the aftershock shakes harder than the damage reached, and add the people hurt and buried', () => {
    const sim = createSim(scenario, { seed: 4 });
    sim.advanceTo(AT - 1);
    const before = structuredClone(sim.state.entities.quake!.villages);
    const injuredBefore = Object.fromEntries(scenario.villages.map((v) => [v.id, sim.state.entities.casualties.villages[v.id]?.injured ?? 0]));
    const casualtiesBefore = structuredClone(sim.state.entities.casualties.villages);
    const awayBefore = groupsAway(sim.state.entities);
    sim.advanceTo(AT);
    const q = sim.state.entities.quake!;
    expect(q.aftershocks).toEqual([{ inject: 'as-strong', t: AT, magnitude: 6.3, x: 21000, y: 22000, depth: 10_000, strike: base.earthquake!.strike }]);
    const main = base.earthquake!;
    const aq = { magnitude: 6.3, epicentre: { x: 21000, y: 22000 }, depth: 10_000, strike: main.strike };
    let raised = 0, untouched = 0;
    for (const v of scenario.villages) {
      const was = before[v.id], now = q.villages[v.id];
      const ia = shakingAt(aq, v.x, v.y).intensity;
      const reached = was.reached ?? was.intensity;
      if (now.reached === undefined) {
        // Not raised: nothing about its houses or its injured changed.
        expect(now.damageIndex).toBe(was.damageIndex);
        expect(now.homeless).toBe(was.homeless);
        expect(sim.state.entities.casualties.villages[v.id]?.injured ?? 0).toBe(injuredBefore[v.id]);
        untouched++;
      } else {
        // Raised: to an effective intensity above what was reached, at most one shift above the aftershock's own.
        expect(now.reached).toBeGreaterThan(reached);
        expect(now.reached).toBeLessThanOrEqual(Math.round((ia + DAMAGED_SHIFT) * 100) / 100);
        expect(now.damageIndex).toBeGreaterThanOrEqual(was.damageIndex);
        raised++;
      }
      // A village the aftershock cannot reach even on a fully damaged stock is never raised.
      if (ia + DAMAGED_SHIFT <= reached) expect(now.reached).toBeUndefined();
    }
    expect(raised).toBeGreaterThan(0);
    expect(untouched).toBeGreaterThan(0);
    // Nobody is killed or buried twice: the rise's casualties are over the villagers still there,
    // not the register's population (the main shock's dead and buried are gone).
    const indoors = indoorShare(localHourAt(scenario.start, AT));
    let thinned = 0;
    for (const v of scenario.villages) {
      const now = q.villages[v.id], was = before[v.id];
      if (now.reached === undefined) continue;
      const present = villagersPresent(v.population, casualtiesBefore[v.id], awayBefore.get(v.id) ?? 0);
      if (present < v.population) thinned++;
      const urban = scenario.townships.find((tw) => tw.id === v.township)!.name.zh.endsWith('街道');
      const stock = villageStock(main.stock, v, urban, scenario.elevation[cellAt(scenario.grid, v.x, v.y)]);
      const rise = (f: 'dead' | 'buried') => Math.max(0, villageDamage(present, stock, now.reached!, indoors)[f] - villageDamage(present, stock, was.reached ?? was.intensity, indoors)[f]);
      const deadAdded = events(sim, 'casualties').filter((e) => e.t === AT && e.village === v.id).reduce((a, e) => a + e.dead, 0);
      const buriedAdded = events(sim, 'peopleTrapped').filter((e) => e.t === AT && e.village === v.id && e.cause === 'collapse').reduce((a, e) => a + e.people, 0);
      expect(deadAdded, v.id).toBe(rise('dead'));
      expect(buriedAdded, v.id).toBe(rise('buried'));
    }
    expect(thinned).toBeGreaterThan(0); // the check above could tell the two counts apart
    // The newly hurt and buried (events at the aftershock's time; the survival curve's deaths carry no injured).
    const hurt = events(sim, 'casualties').filter((e) => e.t === AT && e.injured > 0);
    const buried = events(sim, 'peopleTrapped').filter((e) => e.t === AT && e.cause === 'collapse');
    expect(hurt.length).toBeGreaterThan(0);
    expect(buried.reduce((a, e) => a + e.people, 0)).toBeGreaterThan(0);
    for (const e of [...hurt, ...buried]) expect(q.villages[e.village].reached).toBeDefined();
    // A raised village's word reaches its township again after the aftershock.
    sim.advanceTo(AT + 4 * 3600);
    const again = events(sim, 'quakeVillageReport').filter((e) => e.t > AT);
    expect(again.length).toBeGreaterThan(0);
    expect(events(sim, 'aftershock')).toHaveLength(1);
  }, 180_000);

  it('buries nobody twice: villagers gone in evacuee groups are out of their houses when the aftershock comes', () => {
    // The dam-break zone's villages are at risk whole (breakZone.ts wholeVillagesAtRisk): an
    // order there empties them. The same aftershock under them, with and without the order.
    const zone = base.damBreakZones![0].villages;
    const under: Inject = { ...STRONG, id: 'as-zone', target: { x: 20900, y: 14000 } };
    const sc: Scenario = { ...scenario, injects: [...base.injects.filter((i) => i.kind !== 'aftershock'), under] };
    const added = (evacuate: boolean) => {
      const sim = createSim(sc, { seed: 4 });
      sim.advanceTo(600);
      if (evacuate) expect(sim.apply({ type: 'orderEvacuation', role: 'chief', villages: zone, shelters: ['shelter-yuncheng-2', 'shelter-yuncheng-1', 'shelter-pingchuan-2', 'shelter-shuanghe-2', 'shelter-shimen-2', 'shelter-shuanghe-1', 'shelter-pingchuan-1', 'shelter-longquan-1', 'shelter-heyang-1', 'shelter-hupan-1', 'shelter-liuying-1', 'shelter-xingyuan-1'] }).ok).toBe(true);
      sim.advanceTo(AT - 1);
      const away = groupsAway(sim.state.entities);
      sim.advanceTo(AT);
      const hurt = events(sim, 'casualties').filter((e) => e.t === AT && zone.includes(e.village)).reduce((a, e) => a + e.dead + e.injured, 0);
      const buried = events(sim, 'peopleTrapped').filter((e) => e.t === AT && zone.includes(e.village) && e.cause === 'collapse').reduce((a, e) => a + e.people, 0);
      return { hurt: hurt + buried, away: zone.reduce((a, v) => a + (away.get(v) ?? 0), 0) };
    };
    const stayed = added(false), left = added(true);
    expect(stayed.away).toBe(0);
    const population = zone.reduce((a, id) => a + base.villages.find((v) => v.id === id)!.population, 0);
    expect(left.away).toBeGreaterThan(population / 2); // the whole village leaves, not only its 险户
    expect(stayed.hurt).toBeGreaterThan(20);
    // Those who left are not counted; the rest (refusers, the helpless) are, in proportion.
    expect(left.hurt).toBeLessThan(stayed.hurt * (1 - left.away / population) + 5);
  }, 180_000);

  it('a run with an aftershock replays bit for bit, and from a snapshot taken before it', () => {
    const straight = createSim(scenario, { seed: 9 });
    straight.advanceTo(AT - 600);
    const snap = straight.snapshot();
    const restored = restoreSim(scenario, snap);
    expect(restored.hash()).toBe(straight.hash());
    straight.advanceTo(AT + 3600);
    restored.advanceTo(AT + 3600);
    expect(straight.state.entities.quake!.aftershocks).toHaveLength(1);
    expect(restored.hash()).toBe(straight.hash());
    const again = createSim(scenario, { seed: 9 });
    again.advanceTo(AT + 3600);
    expect(again.hash()).toBe(straight.hash());
  }, 180_000);

  it('a damaged stock is shaken harder: the effective intensity adds one degree times the share at moderate damage or worse', () => {
    const stock = DEFAULT_STOCK.mountain;
    expect(damagedShare(stock, 5)).toBe(0);
    expect(effectiveIntensity(stock, 5, 6)).toBe(6);
    const d = damagedShare(stock, 8);
    expect(d).toBeGreaterThan(0.3);
    expect(d).toBeLessThan(1);
    expect(effectiveIntensity(stock, 8, 7)).toBeCloseTo(7 + DAMAGED_SHIFT * d, 12);
  });

  it('counts a failure once: main then aftershock fail with the stronger shock\'s chance, within sampling error', () => {
    expect(conditionalChance(0.3, 0.5)).toBe(0);
    expect(conditionalChance(0.7, 0.4)).toBeCloseTo(0.5, 12);
    const rng = RngStreams.fromSeed(1);
    const pm = 0.25, pa = 0.6, n = 20_000;
    let failed = 0;
    for (let k = 0; k < n; k++) {
      if (rng.uniform('hazards') < pm) { failed++; continue; }
      if (rng.uniform('hazards') < conditionalChance(pa, pm)) failed++;
    }
    const sd = Math.sqrt((pa * (1 - pa)) / n);
    expect(Math.abs(failed / n - pa)).toBeLessThan(4 * sd);
  });

  it('the inject is checked: it needs the main shock first, a magnitude and a depth', () => {
    const mk = (t: number, payload: unknown) => buildAdHocInject({ kind: 'aftershock', target: { x: 21000, y: 22000 }, payload, visibleTo: [] }, 'a', t, base);
    expect(mk(60, { magnitude: 5, depth: 9000 })).toMatchObject({ field: 't', code: 'beforeMainShock' });
    expect(mk(AT, { depth: 9000 })).toMatchObject({ field: 'payload.magnitude' });
    expect(mk(AT, { magnitude: 5 })).toMatchObject({ field: 'payload.depth' });
    expect(mk(AT, { magnitude: 5, depth: 9000 })).toMatchObject({ kind: 'aftershock', target: { x: 21000, y: 22000 }, payload: { magnitude: 5, depth: 9000 } });
    const noQuake = { ...base, earthquake: undefined };
    expect(buildAdHocInject({ kind: 'aftershock', target: { x: 1, y: 1 }, payload: { magnitude: 5, depth: 9000 }, visibleTo: [] }, 'a', AT, noQuake)).toMatchObject({ field: 'kind', code: 'noEarthquake' });
  });
});
