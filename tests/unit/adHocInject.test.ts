// 临机导调: the director makes up an inject during the exercise; only the director may; every
// field is checked, and a bad one is refused with its path.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';
import { LAND_COVER } from '../../sim-core/world/landCover.ts';

const events = (sim: ReturnType<typeof createSim>, kind: string) =>
  sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && e.kind === kind) as any[];

describe('ad-hoc injects', () => {
  it('fire at once, hidden from players unless the director says who perceives them', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    sim.advanceTo(600);
    const r = sim.apply({ type: 'injectNow', role: 'director', kind: 'trapped', target: { place: 'v1' }, payload: { people: 6 }, visibleTo: [], expected: { zh: '乡镇应组织营救' } });
    expect(r.ok).toBe(true);
    const fired = events(sim, 'injectFired');
    expect(fired).toMatchObject([{ inject: `adhoc-${(r as any).seq}`, injectKind: 'trapped', t: 600, visibleTo: [], expected: { zh: '乡镇应组织营救' } }]);
    expect(events(sim, 'peopleTrapped')[0]).toMatchObject({ village: 'v1', people: 6 });
    const msg = sim.apply({ type: 'injectNow', role: 'director', kind: 'message', payload: { from: { zh: '群众' }, text: { zh: '桥被冲垮了' } }, visibleTo: ['township:town1'] });
    expect(msg.ok).toBe(true);
    expect(sim.viewFor('township:town1')!.events.some((e: any) => e.kind === 'message' && e.text.zh === '桥被冲垮了')).toBe(true);
    expect(sim.viewFor('township:town2')!.events.some((e: any) => e.kind === 'message')).toBe(false);
  });

  it('are the director\'s alone, and bad fields are refused with their path', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    const inj = (fields: Record<string, unknown>, role = 'director') => sim.apply({ type: 'injectNow', role, visibleTo: [], ...fields });
    expect(inj({ kind: 'ignite', target: { x: 500, y: 500 } }, 'chief')).toMatchObject({ ok: false, reason: 'notPermitted' });
    expect(inj({ kind: 'ignite', target: { x: -5, y: 500 } })).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('target') });
    expect(inj({ kind: 'trapped', target: { place: 'v1' }, payload: { people: 0 } })).toMatchObject({ ok: false, message: expect.stringContaining('payload.people') });
    expect(inj({ kind: 'rain', target: { zone: 'nowhere' }, payload: { series: [[0, 10]] } })).toMatchObject({ ok: false, message: expect.stringContaining('target.zone') });
    expect(inj({ kind: 'closeRoad', target: { edges: [99] } })).toMatchObject({ ok: false, message: expect.stringContaining('target.edges') });
    expect(inj({ kind: 'volcano' })).toMatchObject({ ok: false, reason: 'malformed', message: expect.stringContaining('kind') });
    expect(inj({ kind: 'message', payload: { from: { zh: 'x' }, text: { zh: 'y' } }, visibleTo: ['township:atlantis'] })).toMatchObject({ ok: false, reason: 'unknownRole' });
    expect(sim.state.log.filter((e) => e.entry === 'command')).toHaveLength(0);
    expect(inj({ kind: 'closeRoad', target: { edges: [1] }, payload: { reason: { zh: '塌方' } }, visibleTo: ['all'] }).ok).toBe(true);
    expect(sim.state.fields.edgeClosed[1]).not.toBe(0);
  });

  it('an ignition that cannot take effect is refused with the reason, not logged as fired', () => {
    // Forest on the left half of the map, water on the right.
    const cover = new Uint8Array(30 * 30);
    for (let c = 0; c < cover.length; c++) cover[c] = c % 30 < 15 ? LAND_COVER.forest : LAND_COVER.water;
    const sim = createSim(miniScenario(undefined, { landCover: cover }), { seed: 1 });
    sim.advanceTo(60);
    const water = sim.apply({ type: 'injectNow', role: 'director', kind: 'ignite', target: { x: 2550, y: 1550 }, visibleTo: [] });
    expect(water).toMatchObject({ ok: false, reason: 'noChange', message: expect.stringContaining('cannot burn') });
    expect(events(sim, 'injectFired')).toHaveLength(0);
    expect(sim.state.log.filter((e) => e.entry === 'command')).toHaveLength(0);
    const forest = sim.apply({ type: 'injectNow', role: 'director', kind: 'ignite', target: { x: 550, y: 1550 }, visibleTo: [] });
    expect(forest.ok).toBe(true);
    expect(events(sim, 'fireIgnited')).toHaveLength(1);
    // The same cell again: it is already burning.
    expect(sim.apply({ type: 'injectNow', role: 'director', kind: 'ignite', target: { x: 550, y: 1550 }, visibleTo: [] })).toMatchObject({ ok: false, message: expect.stringContaining('already') });
  });
});
