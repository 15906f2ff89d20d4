// scenario.json layout: objects at the top two levels open, one line per array element
// (a road node, a village, a team …) and everything below that on its element's line. Short
// to diff and to read, and far smaller than indenting every number.
/** Objects whose JSON is at most this long stay on one line. */
const INLINE = 100;

export function formatScenarioJson(value: unknown): string {
  return format(value, 0) + '\n';
}

function format(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth + 1), close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[\n' + value.map((v) => pad + JSON.stringify(v)).join(',\n') + '\n' + close + ']';
  }
  const flat = JSON.stringify(value);
  if (value !== null && typeof value === 'object' && depth < 2 && flat.length > INLINE) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return '{\n' + entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${format(v, depth + 1)}`).join(',\n') + '\n' + close + '}';
  }
  return flat;
}
