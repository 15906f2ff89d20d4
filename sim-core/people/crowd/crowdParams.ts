// Parameters of the crowd model. The social-force terms follow Helbing & Molnár (1995) and
// Helbing, Farkas & Vicsek (2000), starting from JuPedSim's defaults (REFERENCES.md: m 80 kg,
// τ 0.5 s, A 2000 N, B 0.08 m, r 0.3 m, cutoff 2.5 m). Departures, each for a measured reason:
//
// 1. Agent–agent repulsion (A 75 N, B 0.62 m, anisotropy λ 0.4). With B = 0.08 m the force is
//    negligible beyond ~0.9 m between centres, so people at 1 P/m² walk at their free speed,
//    far above Weidmann's 1.06 m/s (and at 2–3 P/m² the stiff term instead stops the crowd
//    dead). A longer, weaker range with Helbing & Johansson's (2009) anisotropy — people react
//    mostly to who is ahead — is fitted jointly to two sets of measurements: the speed–density
//    relation in a corridor (Weidmann 1993; RiMEA test 4, tests/models/crowd.test.ts) and the
//    specific flow of about 1.9 P/(m·s) through 0.9–1.0 m bottlenecks (Seyfried et al. 2009;
//    tests/models/crowdBottleneck.test.ts). A and λ pull the two apart: a larger λ (more weight
//    on who is beside and behind, so the push of the queue reaches the door) raises the door's
//    flow about 3.5 times as much as the corridor's speed at 2 P/m², a larger A lowers the flow
//    only 1.8 times as much. The earlier fit to the corridor alone (A 55 N, λ 0.2) left the
//    doors at 1.6–1.76 P/(m·s); single levers that brought 1 m doors to 1.9 (τ 0.4 s, λ 0.35 or
//    B 0.5 m alone) put the corridor 0.15–0.19 m/s above Weidmann at 2–3 P/m².
//    The desired speed never depends on density: the diagram comes from the interactions.
// 2. Body contact in two layers. The incompressible core is rapier's: a frictionless ball that
//    cannot be overlapped, of radius 0.77 r: at r = 0.3 m that is 0.231 m, the radius at which
//    hexagonally packed discs reach Weidmann's jam density of 5.4 P/m² (½·√(2 / (√3 · 5.4))).
//    Between the core and r lies a compressible shell — clothing, flesh, shoulders that turn
//    in a squeeze — on which Helbing et al.'s (2000) body force k (2r − d) n_ij acts
//    (shellStiffness below). Unlike the social term it is isotropic: a push from behind is felt
//    as much as one from ahead, which is how pressure crosses a packed crowd to the door. Without
//    it, people pressed into a door met only rapier's hard cores, and at doors of 0.8 m two
//    cores wedged against the jambs made arches that never broke (the model then let 19 and 32
//    of 180 people out, in two seeds, and nobody after); a shell under load lets the arch members slide past one
//    another, as real bodies do (tests/models/crowdBottleneck.test.ts).
//    Friction between bodies (Helbing's κ term) is left out on purpose: sliding friction is what
//    makes Helbing et al.'s arches stable ("faster is slower"), and the calm crowds of the
//    bottleneck experiments (Seyfried et al. 2009) show no lasting clogs.
// 3. Wall repulsion (A_w 55 N, B_w 0.05 m). Helbing et al. (2000) give walls the same strength
//    A as people; with ours, 55 N, the wall term at the body radius is 55 N and reaches the full
//    driving force m v₀ / τ ≈ 214 N just where the core meets the wall (55 e^(0.069/0.05) ≈ 219
//    N) — a person pressed against a door jamb compresses the shell there as against another
//    person. The earlier 300 N held everyone's full radius off the jambs, which took ~0.14 m off
//    every door and kept two people from passing a 1 m door abreast (1.57 P/(m·s) there, against
//    ~1.9 measured); JuPedSim's 2000 N / 0.08 m holds a person ~0.5 m off the wall and narrows a
//    1 m door to a slot. Contact itself is rapier's job.

export interface CrowdParams {
  /** simulation step, s */
  dt: number;
  /** body mass, kg */
  mass: number;
  /** relaxation time of the driving term, s */
  tau: number;
  /** agent–agent repulsion strength A (N) and range B (m) */
  agentA: number;
  agentB: number;
  /** anisotropy λ: weight of a neighbour straight behind relative to one straight ahead */
  lambda: number;
  /** wall repulsion strength (N) and range (m) */
  wallA: number;
  wallB: number;
  /** neighbours farther than this (between centres) are ignored, m */
  cutoff: number;
  /** walls farther than this from the centre are ignored, m */
  wallCutoff: number;
  /** speed limit as a multiple of the desired speed (Helbing et al. 2000: v_max = 1.3 v₀) */
  maxSpeedFactor: number;
  /** radius of the disc on which the local density is counted, m (a 4 m² disc) */
  densityRadius: number;
  /** radius of the incompressible core (the rapier ball) as a fraction of the body radius */
  coreFraction: number;
  /** rapier substeps per step (its solver iterations) */
  solverIterations: number;
}

export const DEFAULT_CROWD_PARAMS: CrowdParams = {
  dt: 0.05,
  mass: 80,
  tau: 0.5,
  agentA: 75,
  agentB: 0.62,
  lambda: 0.4,
  wallA: 55,
  wallB: 0.05,
  cutoff: 2.5,
  wallCutoff: 1,
  maxSpeedFactor: 1.3,
  densityRadius: Math.sqrt(4 / Math.PI),
  coreFraction: 0.77,
  solverIterations: 2,
};

/**
 * Stiffness of the compressible shell between the core and the body radius (N/m): the body
 * force k (2r − d) of Helbing, Farkas & Vicsek (2000) acts on the overlap of two bodies, and k
 * is set so that one person pushing with the full driving force m v₀ / τ (at Weidmann's free
 * speed) presses both shells flat, down to the cores: k = (m v₀ / τ) / (2 r (1 − coreFraction)).
 * At r = 0.3 m that is 214 N over 0.138 m, 1.55 kN/m. Helbing's own 1.2·10⁵ kg/s² (a bone-hard
 * body) is rapier's core here; it would also be unstable in an explicit step of 0.05 s.
 */
export function shellStiffness(p: CrowdParams, radius: number): number {
  return (p.mass * DEFAULT_SPEED) / p.tau / (2 * radius * (1 - p.coreFraction));
}

/** Desired speed when the case gives none: Weidmann's free walking speed, m/s. */
export const DEFAULT_SPEED = 1.34;
/** Body radius when the case gives none, m. */
export const DEFAULT_RADIUS = 0.3;
