// Web Worker of the engines test page: loads a bundled scenario (the client's catalog, as the
// offline worker does), folds its sample commands to a time and posts the state hash.
import { loadScenario } from '../../../client/scenario/catalog.ts';
import { fold } from './fold.ts';

const commandTexts = import.meta.glob('../../../scenarios/*/sample-commands.jsonl', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

self.onmessage = async (e: MessageEvent<{ folder: string; seed: number; until: number }>) => {
  const { folder, seed, until } = e.data;
  try {
    const scenario = await loadScenario(folder);
    const load = commandTexts[`../../../scenarios/${folder}/sample-commands.jsonl`];
    if (!load) throw new Error(`no sample commands for ${folder}`);
    const result = fold(scenario, seed, await load(), until);
    (self as unknown as Worker).postMessage({ folder, ...result });
  } catch (err) {
    (self as unknown as Worker).postMessage({ folder, error: String((err as Error).stack ?? err) });
  }
};
