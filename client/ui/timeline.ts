// The requirement timeline (要求时间线) as inline SVG: per triggered requirement a bar from its
// trigger to its deadline, a dot when it was done (green on time, orange late), a cross when it
// is overdue, and a line at the current time.
import { lt } from '../i18n.ts';
import type { Plan } from '../../sim-core/plan/plan.ts';
import type { RequirementFacts } from '../../sim-core/plan/tracker.ts';
import { verdictOf } from '../plan/verdict.ts';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]!));

export function timelineSvg(plan: Plan, facts: readonly (RequirementFacts | null)[], now: number, end: number, hourLabel: (h: number) => string): string {
  const rows = plan.requirements.map((req, k) => ({ req, f: facts[k] })).filter((r): r is { req: typeof r.req; f: RequirementFacts } => !!r.f && r.f.triggerAt !== null);
  const W = 560, left = 170, rowH = 16, top = 18;
  const span = Math.max(3600, end);
  const x = (t: number) => left + ((W - left - 8) * Math.min(t, span)) / span;
  const H = top + rows.length * rowH + 8;
  const parts: string[] = [];
  const stepH = span > 12 * 3600 ? 4 : span > 4 * 3600 ? 2 : 1;
  for (let hr = 0; hr * 3600 <= span; hr += stepH) {
    parts.push(`<line x1="${x(hr * 3600)}" y1="${top - 4}" x2="${x(hr * 3600)}" y2="${H - 6}" stroke="#e3e7eb"/>`);
    parts.push(`<text x="${x(hr * 3600)}" y="11" font-size="9" text-anchor="middle" fill="#667">${esc(hourLabel(hr))}</text>`);
  }
  rows.forEach(({ req, f }, i) => {
    const y = top + i * rowH;
    const v = verdictOf(req, f, now);
    const due = f.triggerAt! + req.within;
    const name = lt(req.name);
    const short = name.length > 13 ? `${name.slice(0, 12)}…` : name;
    parts.push(`<text x="2" y="${y + 11}" font-size="10" fill="#333"><title>${esc(name)}</title>${esc(short)}</text>`);
    parts.push(`<rect x="${x(f.triggerAt!)}" y="${y + 3}" width="${Math.max(2, x(due) - x(f.triggerAt!))}" height="9" fill="#bbdefb" rx="2"><title>${esc(req.id)}</title></rect>`);
    parts.push(`<line x1="${x(due)}" y1="${y + 1}" x2="${x(due)}" y2="${y + 14}" stroke="#1565c0" stroke-width="1.5"/>`);
    if (f.doneAt !== null) parts.push(`<circle cx="${x(f.doneAt)}" cy="${y + 7.5}" r="4.5" fill="${v === 'onTime' ? '#2e7d32' : '#ef6c00'}"/>`);
    else if (v === 'overdue') parts.push(`<text x="${x(Math.min(now, span))}" y="${y + 12}" font-size="12" text-anchor="middle" fill="#c62828">✕</text>`);
  });
  parts.push(`<line x1="${x(now)}" y1="${top - 6}" x2="${x(now)}" y2="${H}" stroke="#c62828" stroke-dasharray="3 2"/>`);
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="100%" role="img">${parts.join('')}</svg>`;
}
