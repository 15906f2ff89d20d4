// The token a join code gave this browser, kept so that opening the console's link again (a
// reload, a second tab) reuses it instead of joining anew: each code hands out a limited number
// of tokens (issue 15, codeUsedUp). Kept per code in localStorage; the code stands for one role
// of one exercise, and the stored answer names both.
import type { Joined } from './online.ts';

const PREFIX = 'tuiyan.join.';

/** The code as the server looks it up: one case, no spaces or dashes. */
function keyOf(code: string): string {
  return PREFIX + code.toUpperCase().replace(/[\s-]+/g, '');
}

function storage(): Storage | null {
  try { return globalThis.localStorage ?? null; } catch { return null; }
}

export function rememberedJoin(code: string): Joined | null {
  try {
    const j = JSON.parse(storage()?.getItem(keyOf(code)) ?? 'null') as Joined | null;
    return j && typeof j.token === 'string' && typeof j.role === 'string' && typeof j.exerciseId === 'string' ? j : null;
  } catch { return null; }
}

export function rememberJoin(code: string, joined: Joined): void {
  try { storage()?.setItem(keyOf(code), JSON.stringify({ token: joined.token, role: joined.role, exerciseId: joined.exerciseId })); } catch { /* private mode: join anew next time */ }
}

export function forgetJoin(code: string): void {
  try { storage()?.removeItem(keyOf(code)); } catch { /* nothing kept */ }
}
