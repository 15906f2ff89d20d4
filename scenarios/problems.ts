// Problems found in a scenario or plan file, reported as `FILE:JSON.PATH: message` lines.
import { jsonErrorOffset } from './jsonErrorOffset.ts';
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** `villages[12].atRisk.people` from a zod/JSON path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '$';
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.path}: ${p.message}`;
}

/** Thrown by the loader (and caught by its callers) with every problem found at once. */
export class ScenarioError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ScenarioError';
  }
}

/** Parses JSON, turning a syntax error into a problem with line and column. */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const msg = (err as Error).message;
    const at = jsonErrorOffset(text);
    let where = '';
    if (at >= 0) {
      const upto = text.slice(0, at);
      const line = upto.split('\n').length;
      const col = upto.length - upto.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    const reason = msg.replace(/ in JSON at position \d+.*$/, '').replace(/, "[\s\S]*" is not valid JSON$/, '');
    return { ok: false, problem: { file, path: '$', message: `invalid JSON${where}: ${reason}` } };
  }
}
