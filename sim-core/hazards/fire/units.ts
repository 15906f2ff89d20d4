// Unit conversions at the edge of the fire model: Rothermel's equations run in ft, lb, Btu, min;
// the simulator speaks SI. The Btu is the International Table Btu (1055.05585262 J).

export const FT = 0.3048; // m per ft
export const MPS_TO_FT_PER_MIN = 60 / FT; // 196.85…
export const FT_PER_MIN_PER_MPH = 5280 / 60; // 88
const BTU = 1055.05585262; // J
/** Btu/ft/s → kW/m (fireline intensity) */
export const BTU_FT_S_TO_KW_M = BTU / FT / 1000; // 3.4615…
/** Btu/ft²/min → kW/m² (reaction intensity) */
export const BTU_FT2_MIN_TO_KW_M2 = BTU / (FT * FT) / 60 / 1000; // 0.18927…
