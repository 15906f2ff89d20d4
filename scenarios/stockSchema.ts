// 房屋结构类型 shares (sim-core/hazards/quake/buildingStock.ts) as a scenario gives them: on a
// village row (what a bureau's village register carries, docs/import.md) or in the earthquake
// block's `stock` overrides. Each share is 0–1 and the four add to 1 (within STOCK_SUM_TOLERANCE,
// for shares a register rounds to two places); a sum that does not is refused with the place named.
import { z } from 'zod';
import { STRUCTURE_TYPES } from '../sim-core/hazards/quake/buildingStock.ts';

/** How far from 1 the four shares may add (a register's 0.33 + 0.33 + 0.33 + 0 is refused; 0.334 … passes). */
export const STOCK_SUM_TOLERANCE = 0.005;

const share = z.number().min(0, 'a share is 0–1').max(1, 'a share is 0–1');

export const stockShares = z.strictObject({ rc: share, brickConcrete: share, brickTimber: share, adobeTimber: share });

/** The problem with a set of shares (null when they add to 1); `where` names the place. */
export function stockSumProblem(s: Record<(typeof STRUCTURE_TYPES)[number], number>, where: string): string | null {
  const sum = STRUCTURE_TYPES.reduce((a, k) => a + s[k], 0);
  if (Math.abs(sum - 1) <= STOCK_SUM_TOLERANCE) return null;
  return `the building-stock shares of ${where} add to ${Math.round(sum * 1000) / 1000}, not 1 (钢混 rc + 砖混 brickConcrete + 砖木 brickTimber + 土木 adobeTimber)`;
}

/** Shares keyed by place id, each sum checked with the id named. */
export function stockByPlace(kind: 'village' | 'township') {
  return z.record(z.string(), stockShares).superRefine((rec, ctx) => {
    for (const [id, s] of Object.entries(rec)) {
      const p = stockSumProblem(s, `${kind} ${JSON.stringify(id)}`);
      if (p) ctx.addIssue({ code: 'custom', path: [id], message: p });
    }
  });
}
