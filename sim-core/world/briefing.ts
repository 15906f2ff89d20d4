// 情况通报 — what every role reads before the clock starts: the scenario's background, the
// initial situation (想定), and per role its task and the forces it has. Written in the scenario
// file; keys of `roles` are a role (`chief`, `township:ID`, `team:ID`, `director` …) or a kind
// (`township`, `team`) that stands for every role of that kind without its own entry.
import type { LocalText } from './localText.ts';

export interface RoleBriefing {
  task: LocalText;
  forces?: LocalText;
}

export interface Briefing {
  background: LocalText;
  situation: LocalText;
  roles: Record<string, RoleBriefing>;
}

/** The briefing part for `role`: its own entry, else its kind's (`township`, `team`), else none. */
export function roleBriefing(b: Briefing | undefined, role: string): RoleBriefing | null {
  if (!b) return null;
  const kind = role.includes(':') ? role.slice(0, role.indexOf(':')) : role;
  return b.roles[role] ?? b.roles[kind] ?? null;
}
