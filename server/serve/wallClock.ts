// The one place the exercise server reads wall time (DESIGN.md: only server/ does, and the
// core never). Everything else asks here, so a test could stub it.
export function nowMs(): number {
  return performance.now();
}

export function wallIso(): string {
  return new Date().toISOString();
}

/** Milliseconds since the epoch (for numbers that must differ across restarts). */
export function epochMs(): number {
  return Date.now();
}
