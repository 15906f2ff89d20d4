// A token bucket per socket: a burst of `capacity` messages, then `perSecond` on average.
// Messages over the limit get an error answer and are dropped.
import { nowMs } from './wallClock.ts';

export class TokenBucket {
  private tokens: number;
  private last = nowMs();
  /** Messages refused since the bucket was made (a socket that keeps flooding is cut off). */
  refused = 0;

  constructor(readonly capacity: number, readonly perSecond: number) {
    this.tokens = capacity;
  }

  take(): boolean {
    const now = nowMs();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) { this.tokens -= 1; return true; }
    this.refused++;
    return false;
  }
}
