// Who hears of trapped people, and when (issue 15; DOMAIN.md: truth reaches a player only by
// report or detection). Water or fire at a village is phoned in to its township by the village
// responder at once; a scripted trapping (the storm's `trapped-roof`, 8 people on a roof at
// Xiachang) is the director's truth, told only to the inject's own audience — here nobody — so
// Hupan learns of it from the villager's call the script sends later (`trapped-call`).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { runHeadless } from '../../server/run/headless.ts';

const storm = loadScenario('scenarios/demo-district');

describe('trapped people are told, not guessed', () => {
  it('Hupan hears of the Xiachang roof only by the call', () => {
    const roof = storm.injects.find((i) => i.id === 'trapped-roof')!;
    expect(roof.visibleTo).toEqual([]);
    // Just after the roof inject, before the call can come (5h30m, at the earliest 5h15m).
    const { sim } = runHeadless(storm, 1, roof.t + 600, []);
    const log = sim.state.log;
    const fired = log.find((e) => e.entry === 'event' && e.kind === 'peopleTrapped' && e.cause === 'cutOff');
    expect(fired, 'the roof inject traps people').toBeDefined();
    if (fired?.entry !== 'event') return;
    expect(fired.visibleTo).toEqual([]);
    const truth = sim.viewFor('director')!;
    const hupan = sim.viewFor('township:hupan')!;
    expect(truth.events.some((e) => e.seq === fired.seq)).toBe(true);
    expect(hupan.events.some((e) => e.kind === 'peopleTrapped' && e.cause === 'cutOff')).toBe(false);
    // Its own picture leaves out the people the script holds: the truth counts them, it does not.
    const held = sim.state.entities.casualties.villages['hupan-xiachang'].heldByInject;
    expect(held).toBe(8);
    expect(truth.situation!.figures.trapped! - hupan.situation!.figures.trapped!).toBeGreaterThanOrEqual(held);
    // No other player heard of it either.
    for (const role of ['chief', 'township:shimen', 'observer']) {
      expect(sim.viewFor(role)!.events.some((e) => e.kind === 'peopleTrapped' && e.cause === 'cutOff'), role).toBe(false);
    }
  });
});
