// A refused save of a scenario's script as the script editor shows it: the server's scenario
// check names problems by JSON path ("injects[3].when.village"); the editor names the row (by the
// inject at that index) and the field, in Chinese. Other refusals (a folder that exists, a
// scenario exercises were made from) come as the page's sentence.
import { ApiError, errorText } from './api.ts';
import type { EditAnswer } from '../ui/script/scriptEditor.ts';
import type { Inject } from '../../sim-core/injects/inject.ts';

interface CheckProblem { path: string; message: string }

/** The check names what is missing by the field it is in (its message is for `tuiyan check`'s English readers). */
const MISSING: Record<string, string> = {
  village: 'noVillage', place: 'noPlace', reservoir: 'noReservoir', gauge: 'noGauge', zone: 'noZone', levee: 'noLevee',
  township: 'noTownship', edges: 'noEdge', edge: 'noEdge', inject: 'noInject', visibleTo: 'noRole', role: 'noRole',
};

/** A refusal of the save as the editor shows it: the first problem's row and field ("injects[3].when.village"). */
export function saveRefusal(err: unknown, script: readonly Inject[]): EditAnswer {
  const problems = err instanceof ApiError ? (err.body as { problems?: CheckProblem[] } | null)?.problems : undefined;
  const first = problems?.find((p) => /^injects\[\d+\]/.test(p.path));
  if (first) {
    const m = /^injects\[(\d+)\]\.?(.*)$/.exec(first.path)!;
    const row = script[Number(m[1])]?.id ?? m[1];
    return { ok: false, error: 'badScript', message: `${first.path}: ${first.message}`, problem: { row, field: m[2] || 'inject', code: MISSING[m[2].split('.').pop()!.replace(/\[\d+\]$/, '')] ?? 'invalid' } };
  }
  return { ok: false, message: err instanceof Error ? err.message : String(err), said: errorText(err) };
}
