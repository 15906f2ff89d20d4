// Placeholder until the fire subsystem lands: records the ignition for director and evaluator.
import type { SimContext } from '../context.ts';

export function ignite(_ctx: SimContext, _x: number, _y: number, _inject: string): void {}
