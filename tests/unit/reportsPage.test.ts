// A view never carries an unbounded list of reports: the latest VIEW_REPORTS, the total, and
// older ones a page at a time (views.ts reportsPage).
import { describe, expect, it } from 'vitest';
import { createSim } from '../../sim-core/sim.ts';
import { VIEW_REPORTS } from '../../sim-core/views.ts';
import { miniScenario } from '../fixtures/miniScenario.ts';

describe('report history', () => {
  it('is paged: the view holds the latest, pages walk back through every older one once', () => {
    const sim = createSim(miniScenario(), { seed: 1 });
    const N = VIEW_REPORTS * 2 + 37;
    for (let i = 0; i < N; i++) {
      const r = sim.apply({ type: 'sendReport', role: 'township:town1', to: 'chief', kind: 'update', text: { zh: `续报${i}` } });
      expect(r.ok).toBe(true);
    }
    sim.apply({ type: 'sendReport', role: 'township:town2', to: 'chief', kind: 'update', text: { zh: '另一镇' } });
    const view = sim.viewFor('township:town1')!;
    expect(view.reports).toHaveLength(VIEW_REPORTS);
    expect(view.reportsTotal).toBe(N);
    expect(view.reports.at(-1)!.text.zh).toBe(`续报${N - 1}`);
    expect(sim.viewFor('chief')!.reportsTotal).toBe(N + 1);
    expect(sim.viewFor('township:town2')!.reports.map((r) => r.text.zh)).toEqual(['另一镇']);

    const seen = view.reports.map((r) => r.text.zh);
    // By position in the role's own list: the view holds numbers total-100 … total-1.
    let before = view.reportsTotal - view.reports.length;
    for (;;) {
      const page = sim.reportsPage('township:town1', before, 50)!;
      expect(page.total).toBe(N);
      expect(page.reports.length).toBeLessThanOrEqual(50);
      if (!page.reports.length) break;
      expect(page.from).toBe(before - page.reports.length);
      seen.unshift(...page.reports.map((r) => r.text.zh));
      before = page.from;
    }
    expect(seen).toEqual(Array.from({ length: N }, (_, i) => `续报${i}`));
    expect(sim.reportsPage('township:nowhere', 1e9, 10)).toBeNull();
    expect(sim.reportsPage('township:town2', 1e9, 10)!.reports.map((r) => r.text.zh)).toEqual(['另一镇']);
  });
});
