// The inbox's older pages: a role's feed hands out the events it may see logged before a given
// sequence number, a page at a time, oldest first — together exactly the role's events.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { RoleFeed, toldAs } from '../../runtime/feed.ts';
import { seesEvent } from '../../sim-core/views.ts';
import type { EventEntry } from '../../sim-core/log.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

describe('event pages', () => {
  it('walk back through every event a role may see, once, and nothing else', () => {
    const sim = createSim(miniScenario(), { seed: 2 });
    for (let i = 0; i < 120; i++) {
      sim.advanceTo(sim.state.t + 30);
      expect(sim.apply({ type: 'sendReport', role: 'chief', to: i % 2 ? 'township:town1' : 'township:town2', kind: 'instruction', text: { zh: `指示${i}` } }).ok).toBe(true);
    }
    let v = 0;
    const feed = new RoleFeed('township:town1', sim, { nextVersion: () => ++v });
    // As the township is told them: numbered 1, 2, 3 … in its own order.
    const mine = sim.state.log.filter((e): e is EventEntry => e.entry === 'event' && seesEvent('township:town1', false, e)).map((e, i) => toldAs(e, i + 1));
    expect(mine.length).toBeGreaterThanOrEqual(60);
    const backlog = feed.backlog(sim, 25);
    expect(backlog).toEqual(mine.slice(-25));
    const seen = [...backlog];
    for (;;) {
      const page = feed.eventsBefore(sim, seen[0].seq, 20);
      expect(page.length).toBeLessThanOrEqual(20);
      if (!page.length) break;
      seen.unshift(...page);
    }
    expect(seen).toEqual(mine);
    expect(seen.map((e) => e.seq)).toEqual(mine.map((_, i) => i + 1));

    // The director (the truth) pages by the log's own numbers.
    const truth = new RoleFeed('director', sim, { nextVersion: () => ++v });
    const all = sim.state.log.filter((e): e is EventEntry => e.entry === 'event');
    const last = truth.backlog(sim, 10);
    expect(last).toEqual(all.slice(-10));
    expect(truth.eventsBefore(sim, last[0].seq, 10)).toEqual(all.slice(-20, -10));
  });
});
