// Parameters of the crowd model. The social-force terms follow Helbing & Molnár (1995) and
// Helbing, Farkas & Vicsek (2000), starting from JuPedSim's defaults (REFERENCES.md: m 80 kg,
// τ 0.5 s, A 2000 N, B 0.08 m, r 0.3 m, cutoff 2.5 m). Three departures, each for a measured
// reason:
//
// 1. Agent–agent repulsion (A 55 N, B 0.62 m, anisotropy λ 0.2). With B = 0.08 m the force is
//    negligible beyond ~0.9 m between centres, so people at 1 P/m² walk at their free speed,
//    far above Weidmann's 1.06 m/s (and at 2–3 P/m² the stiff term instead stops the crowd
//    dead). A longer, weaker range with Helbing & Johansson's (2009) anisotropy — people react
//    mostly to who is ahead — was fitted so that the speed–density relation emerging in a
//    corridor follows Weidmann (RiMEA test 4; tests/models/crowd.test.ts states the error).
//    The desired speed never depends on density: the diagram comes from the interactions.
// 2. Body contact (the k and κ terms) is rapier's: a frictionless ball that cannot be
//    overlapped. Its radius is the incompressible core, 0.77 r: at r = 0.3 m that is
//    0.231 m, the radius at which hexagonally packed discs reach Weidmann's jam density of
//    5.4 P/m² (½·√(2 / (√3 · 5.4))). Bodies of the full 0.3 m could pack to 3.2 P/m² only, and
//    two of them wedged side by side in a 1 m door formed arches that never broke; two cores
//    fit through together, as people do by turning their shoulders.
// 3. Wall repulsion (300 N, 0.05 m). JuPedSim's 2000 N / 0.08 m holds a person ~0.5 m off a
//    wall against the full driving force (m v₀ / τ ≈ 214 N), which narrows a 1 m door to a
//    slot: the flow through RiMEA 12's bottleneck fell to 0.8 P/s. Contact is rapier's job;
//    the wall term only keeps people from grazing walls they walk along.

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
  agentA: 55,
  agentB: 0.62,
  lambda: 0.2,
  wallA: 300,
  wallB: 0.05,
  cutoff: 2.5,
  wallCutoff: 1,
  maxSpeedFactor: 1.3,
  densityRadius: Math.sqrt(4 / Math.PI),
  coreFraction: 0.77,
  solverIterations: 2,
};

/** Desired speed when the case gives none: Weidmann's free walking speed, m/s. */
export const DEFAULT_SPEED = 1.34;
/** Body radius when the case gives none, m. */
export const DEFAULT_RADIUS = 0.3;
