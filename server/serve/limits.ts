// What one participant may cost the server (issue 15: one careless or hostile participant must
// not slow an exercise for the others). Every number is a default the operator can override
// through startServer's `limits`; docs/security.md gives the arithmetic behind the join ones.

export interface Limits {
  /** Join attempts per client address: a burst of this many… */
  joinBurst: number;
  /** …then this many a minute. */
  joinPerMinute: number;
  /** Failed joins (unknown or revoked code) an address may make before it must wait. */
  joinFreeFailures: number;
  /** The first wait after them (seconds); each further failure doubles it… */
  joinBackoffBaseS: number;
  /** …up to this (seconds). */
  joinBackoffMaxS: number;
  /** An address's failures are forgotten after this long without one (seconds). */
  joinFailureMemoryS: number;
  /** Player tokens one join code hands out (people of a role on their devices, rejoins). */
  tokensPerCode: number;
  /** Sockets open at once on one token. */
  socketsPerToken: number;
  /** Commands one role may give per wall second (all its sockets together), as a burst of twice that. */
  commandsPerRoleSecond: number;
  /** Commands one role may give per sim minute. */
  commandsPerRoleSimMinute: number;
  /** Characters of any one free-text field (a report's text, an annotation, a name). */
  textChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  joinBurst: 30,
  joinPerMinute: 30,
  joinFreeFailures: 10,
  joinBackoffBaseS: 2,
  joinBackoffMaxS: 900,
  joinFailureMemoryS: 3600,
  tokensPerCode: 50,
  socketsPerToken: 4,
  commandsPerRoleSecond: 20,
  commandsPerRoleSimMinute: 30,
  textChars: 2000,
};

export function limitsWith(overrides: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...(overrides ?? {}) };
}
