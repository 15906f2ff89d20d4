// Pasquill–Gifford stability classes, A (very unstable) to F (moderately stable), and the
// σy/σz schemes a plume can use. Which class applies is the caller's (or the weather's) choice;
// this file only names them.

export const STABILITY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type StabilityClass = (typeof STABILITY_CLASSES)[number];

/** briggsRural / briggsUrban: Briggs (1973) as tabulated by Gifford (1976), all six classes.
 *  pasquillGifford: Turner's fits of the Pasquill–Gifford curves (PTDIS/PTMTP, as in ISC),
 *  classes A–D only — see sigmaPasquillGifford.ts for why. */
export const SIGMA_SCHEMES = ['briggsRural', 'briggsUrban', 'pasquillGifford'] as const;
export type SigmaScheme = (typeof SIGMA_SCHEMES)[number];

export const isStabilityClass = (v: unknown): v is StabilityClass => typeof v === 'string' && (STABILITY_CLASSES as readonly string[]).includes(v);
export const isSigmaScheme = (v: unknown): v is SigmaScheme => typeof v === 'string' && (SIGMA_SCHEMES as readonly string[]).includes(v);
