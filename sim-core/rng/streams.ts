// Named PRNG streams (seedrandom's alea). Each subsystem draws from its own stream so adding
// draws in one subsystem never shifts another's sequence. Stream states belong to the sim state:
// they are hashed, snapshotted and restored, and never shown in any role's view.
import seedrandom from 'seedrandom';

export type AleaState = seedrandom.State.Alea;
type Alea = seedrandom.StatefulPRNG<AleaState>;

/** The streams a sim owns; a subsystem adds its name here rather than sharing another's. */
export const STREAM_NAMES = ['injects', 'forces', 'people', 'hazards', 'autopilot'] as const;
export type StreamName = typeof STREAM_NAMES[number];

export class RngStreams {
  private readonly streams = new Map<StreamName, Alea>();

  private constructor() {}

  /** Seeds every stream from the run seed and the stream's name. */
  static fromSeed(seed: number): RngStreams {
    const r = new RngStreams();
    for (const name of STREAM_NAMES) r.streams.set(name, seedrandom.alea(`tuiyan:${seed}:${name}`, { state: true }));
    return r;
  }

  static fromStates(states: Record<StreamName, AleaState>): RngStreams {
    const r = new RngStreams();
    for (const name of STREAM_NAMES) r.streams.set(name, seedrandom.alea('', { state: { ...states[name] } }));
    return r;
  }

  /** Uniform in [0, 1). */
  uniform(name: StreamName): number {
    return this.streams.get(name)!();
  }

  /** Uniform in [lo, hi). */
  between(name: StreamName, lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform(name);
  }

  /** Integer in [lo, hi] inclusive. */
  intBetween(name: StreamName, lo: number, hi: number): number {
    return lo + Math.floor(this.uniform(name) * (hi - lo + 1));
  }

  states(): Record<StreamName, AleaState> {
    const out = {} as Record<StreamName, AleaState>;
    for (const name of STREAM_NAMES) out[name] = this.streams.get(name)!.state();
    return out;
  }
}
