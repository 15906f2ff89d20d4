// Version numbers for views and rasters. One counter for the whole process, started from the
// wall clock, so a version is never reused — not by another role, not after a restart — and a
// client that reconnects with a version from before a restart is simply not recognised (it gets
// a full view) instead of being patched from the wrong base.
import { epochMs } from './wallClock.ts';

let next = Math.floor(epochMs()) * 1000;

export function nextVersion(): number {
  return next++;
}
