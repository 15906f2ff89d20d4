// Golden state hashes: the storm day and the fire day, at fixed seeds, with their sample command
// logs and the autopilot playing every other role by the shipped plan, hashed at 6 h and 24 h.
// These literals change only with a deliberate change of behaviour, in the same commit that makes
// it, whose message says why. A change nobody meant shows up here first.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../server/scenarioFiles.ts';
import { loadPlan } from '../../server/planFiles.ts';
import { readCommandsFile } from '../../server/run/commandsFile.ts';
import { runHeadless } from '../../server/run/headless.ts';

const HOUR = 3600;

const GOLDEN = {
  'demo-district': { seed: 1, at6h: '90394d46bfd03d19', at24h: 'fccecdcfeda23b23' },
  'demo-district-fire': { seed: 1, at6h: 'a429aec6762349ac', at24h: '22680c7532c08e31' },
} as const;

describe('golden state hashes', () => {
  for (const [name, golden] of Object.entries(GOLDEN)) {
    it(`${name}, seed ${golden.seed}, at 6 h and 24 h`, () => {
      const dir = `scenarios/${name}`;
      const scenario = loadScenario(dir);
      const plan = loadPlan(`${dir}/plan.json`, scenario);
      const commands = readCommandsFile(`${dir}/sample-commands.jsonl`);
      const seen: Record<number, string> = {};
      const { sim } = runHeadless(scenario, golden.seed, 24 * HOUR, commands, {
        plan,
        checkpoints: { times: [6 * HOUR], visit: (s) => { seen[s.state.t] = s.hash(); } },
      });
      expect({ at6h: seen[6 * HOUR], at24h: sim.hash() }).toEqual({ at6h: golden.at6h, at24h: golden.at24h });
    });
  }
});
