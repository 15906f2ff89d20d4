// The door of /api/join: per client address, a token bucket (a burst, then so many a minute)
// and, after a few failed codes, a wait that doubles with each further failure. Guessing a live
// code then takes longer than any exercise lasts (docs/security.md has the arithmetic).
import { nowMs } from './wallClock.ts';
import type { Limits } from './limits.ts';

interface AddressState {
  tokens: number;
  last: number;
  failures: number;
  lastFailure: number;
  blockedUntil: number;
}

/** Addresses remembered at most (an attacker spraying addresses cannot grow the map forever). */
const MAX_ADDRESSES = 50_000;

export class JoinGuard {
  private readonly byAddress = new Map<string, AddressState>();

  constructor(private readonly limits: Limits) {}

  private state(address: string, now: number): AddressState {
    let s = this.byAddress.get(address);
    if (s && s.failures && now - s.lastFailure > this.limits.joinFailureMemoryS * 1000) { s.failures = 0; s.blockedUntil = 0; }
    if (!s) {
      if (this.byAddress.size >= MAX_ADDRESSES) this.forgetIdle(now);
      s = { tokens: this.limits.joinBurst, last: now, failures: 0, lastFailure: 0, blockedUntil: 0 };
      this.byAddress.set(address, s);
    }
    return s;
  }

  /** Seconds the address must wait before trying again, or 0 when it may try now (and this try is counted). */
  admit(address: string): number {
    const now = nowMs();
    const s = this.state(address, now);
    if (now < s.blockedUntil) return Math.ceil((s.blockedUntil - now) / 1000);
    s.tokens = Math.min(this.limits.joinBurst, s.tokens + ((now - s.last) / 60_000) * this.limits.joinPerMinute);
    s.last = now;
    if (s.tokens < 1) return Math.max(1, Math.ceil(((1 - s.tokens) * 60) / this.limits.joinPerMinute));
    s.tokens -= 1;
    return 0;
  }

  /** A code that opened nothing: past the free ones, the address waits twice as long each time. */
  failed(address: string): void {
    const now = nowMs();
    const s = this.state(address, now);
    s.failures++;
    s.lastFailure = now;
    const over = s.failures - this.limits.joinFreeFailures;
    if (over > 0) {
      const wait = Math.min(this.limits.joinBackoffMaxS, this.limits.joinBackoffBaseS * 2 ** Math.min(over - 1, 30));
      s.blockedUntil = now + wait * 1000;
    }
  }

  private forgetIdle(now: number): void {
    for (const [a, s] of this.byAddress) {
      if (now >= s.blockedUntil && s.tokens >= this.limits.joinBurst - 1 && (!s.failures || now - s.lastFailure > this.limits.joinFailureMemoryS * 1000)) this.byAddress.delete(a);
    }
    // Still full: the oldest half goes (their holders just start afresh).
    if (this.byAddress.size >= MAX_ADDRESSES) {
      let n = this.byAddress.size / 2;
      for (const a of this.byAddress.keys()) { if (n-- <= 0) break; this.byAddress.delete(a); }
    }
  }
}
