// How many commands one role may give, whatever number of sockets and tokens it uses (issue 15:
// one township's token on 20 sockets sent 5,802 reports in 30 s). Two budgets: per wall second
// (a token bucket, so a burst of clicks passes) and per sim minute (so a paused or slow clock
// does not let orders pile up). The director, who runs the exercise, has none.
import { TokenBucket } from './rateLimit.ts';
import type { Limits } from './limits.ts';

export type QuotaRefusal = { ok: false; error: 'rateLimited' | 'simMinuteQuota'; message: string };

export class RoleQuota {
  private readonly perSecond = new Map<string, TokenBucket>();
  private readonly perMinute = new Map<string, { minute: number; n: number }>();

  constructor(private readonly limits: Limits) {}

  /** Counts one command of `role` at sim time `t`; a refusal (nothing counted) when over a budget. */
  take(role: string, t: number): QuotaRefusal | null {
    if (role === 'director') return null;
    const minute = Math.floor(t / 60);
    let m = this.perMinute.get(role);
    if (!m || m.minute !== minute) { m = { minute, n: 0 }; this.perMinute.set(role, m); }
    if (m.n >= this.limits.commandsPerRoleSimMinute) {
      return { ok: false, error: 'simMinuteQuota', message: `${role} has given ${this.limits.commandsPerRoleSimMinute} orders this sim minute, as many as a role may; wait for the exercise clock` };
    }
    let b = this.perSecond.get(role);
    if (!b) { b = new TokenBucket(2 * this.limits.commandsPerRoleSecond, this.limits.commandsPerRoleSecond); this.perSecond.set(role, b); }
    if (!b.take()) return { ok: false, error: 'rateLimited', message: `${role} may give at most ${this.limits.commandsPerRoleSecond} orders a second (all its connections together); slow down` };
    m.n++;
    return null;
  }
}
