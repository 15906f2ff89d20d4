// The effective-wind-speed limit of Rothermel's model, as a choice (Andrews, Cruz & Rothermel
// 2013, "Examination of the wind speed limit function in the Rothermel surface fire spread
// model", Int. J. Wildland Fire 22: 959–969):
//   - 'none': no limit. The default of firelab/behave, the library behind BehavePlus
//     (surfaceFire.cpp: `isWindLimitEnabled_ = false`, since commit e6d2b8a, 2025), and what
//     Andrews et al. found the evidence supports: both the original and the revised limits are
//     too restrictive, and recent grass-fire data do not show a limit.
//   - 'rothermel1972': U_eff ≤ 0.9·I_R (U in ft/min, I_R in Btu/ft²/min; Rothermel 1972,
//     eq. 87), capping the head rate at R₀(1 + φ_w(limit)) — what BehavePlus 5 applied, and
//     why short grass at high wind ran up to half as fast as BehavePlus does now.
//   - 'spreadRate2013': the head rate is at most the effective midflame wind speed (R ≤ U_eff,
//     same units), the replacement Andrews et al. (2013) recommend; as BehavePlus applies it,
//     only above 1 mi/h of effective wind.
// Both limits act on the head after wind and slope are combined, as behave applies them.

export const WIND_LIMITS = ['none', 'rothermel1972', 'spreadRate2013'] as const;
export type WindLimit = (typeof WIND_LIMITS)[number];

/** BehavePlus's (behave's) default: no limit. */
export const DEFAULT_WIND_LIMIT: WindLimit = 'none';

export function isWindLimit(v: unknown): v is WindLimit {
  return typeof v === 'string' && (WIND_LIMITS as readonly string[]).includes(v);
}
