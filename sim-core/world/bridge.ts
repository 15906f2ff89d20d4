// A road bridge (桥梁) of the scenario: the road edges that run over it, its HAZUS-MH bridge class
// (hazards/quake/bridgeFragility.ts) and the point where its shaking is taken (the middle of its
// edges, set when the scenario resolves).
import type { LocalText } from './localText.ts';
import type { HazusBridgeClass } from '../hazards/quake/bridgeFragility.ts';

export interface Bridge {
  id: string;
  name: LocalText;
  edges: number[];
  hazusClass: HazusBridgeClass;
  x: number;
  y: number;
}
