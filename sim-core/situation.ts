// The situation picture (灾情) a role holds. The truth roles see the real figures; a township
// sees its own villages (their responders call in every change, but not people held by a
// scripted trapping, which the script tells); the chief sees only what has
// been reported to it — for each sender the figures of its latest report that gave them, summed
// — so a late, missing or wrong report (迟报、漏报、谎报) shows in the chief's picture.
import type { SimContext } from './context.ts';
import type { Role } from './commands/roles.ts';
import type { ReportFigures } from './report.ts';
import { peopleKpis } from './people/peopleKpis.ts';
import { compareStrings, sortedKeys } from './order.ts';

export interface Situation {
  source: 'truth' | 'own' | 'reports';
  figures: ReportFigures;
  /** For the chief: each sender's latest figures and when they came. */
  reportedBy?: { from: string; t: number; figures: ReportFigures }[];
}

export function situationFor(ctx: SimContext, role: Role, roleName: string): Situation | null {
  const ent = ctx.state.entities;
  if (role.kind === 'director' || role.kind === 'evaluator') {
    const p = peopleKpis(ctx.scenario, ent);
    return { source: 'truth', figures: { dead: p.dead, injured: p.injured, trapped: p.trapped, evacuated: p.evacuated, missing: 0 } };
  }
  if (role.kind === 'township') {
    const f = { dead: 0, injured: 0, trapped: 0, evacuated: 0 };
    const own = new Set(ctx.scenario.villages.filter((v) => v.township === role.id).map((v) => v.id));
    for (const id of own) {
      const c = ent.casualties.villages[id];
      // People held by a scripted trapping are not phoned in by the responders: the township
      // hears of them only by what the script tells it (exposure.ts trapPeople), so they are not
      // in its own picture.
      if (c) { f.dead += c.dead; f.injured += c.injured; f.trapped += Math.max(0, c.trapped - c.heldByInject); f.evacuated += c.rescued; }
    }
    for (const id of sortedKeys(ent.evacuation.groups)) {
      const g = ent.evacuation.groups[id];
      if (own.has(g.village) && g.status === 'sheltered') f.evacuated += g.people;
    }
    return { source: 'own', figures: f };
  }
  if (role.kind === 'chief') {
    const latest = new Map<string, { t: number; figures: ReportFigures }>();
    for (const r of ent.reports) if (r.to === roleName && r.figures) latest.set(r.from, { t: r.t, figures: r.figures });
    const reportedBy = [...latest.keys()].sort(compareStrings).map((from) => ({ from, ...latest.get(from)! }));
    const figures: ReportFigures = {};
    for (const r of reportedBy) for (const [k, n] of Object.entries(r.figures)) figures[k as keyof ReportFigures] = (figures[k as keyof ReportFigures] ?? 0) + n;
    return { source: 'reports', figures, reportedBy };
  }
  return null;
}
