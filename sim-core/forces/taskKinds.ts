// What a team's task label asks of it. Orders carry a free label (the player's words, e.g.
// "扑救 suppress", "协助转移"); the core reads the kind of work from it. A label can name one
// kind only; the first match in this order wins.
export type TaskKind = 'suppress' | 'rescue' | 'evacuate' | 'clear' | 'medical' | 'recon' | 'patrol' | 'deliver' | 'reinforce';

const PATTERNS: [TaskKind, RegExp][] = [
  ['suppress', /suppress|扑|灭火|洒水/i],
  ['rescue', /rescue|营救|搜救|解救|救援/i],
  ['evacuate', /evacuat|转移/i],
  ['clear', /clear|抢通|清障/i],
  ['medical', /medic|\btreat|医疗|救护|伤员/i],
  ['recon', /recon|侦察|查看|核实/i],
  ['patrol', /patrol|巡查|巡逻|巡护/i],
  ['deliver', /deliver|运送|配送|物资/i],
  ['reinforce', /reinforce|sandbag|加固|沙袋|抢险/i],
];

export function taskKind(task: string | null): TaskKind | null {
  if (task === null) return null;
  for (const [kind, re] of PATTERNS) if (re.test(task)) return kind;
  return null;
}
