// Sim times as people read them: the wall-clock label from the scenario's start, and durations.
import type { Scenario } from '../../sim-core/world/scenario.ts';
import { formatClock } from '../../sim-core/time/duration.ts';
import type { Lang } from './lang.ts';

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Wall-clock label of sim time t at the scenario's local time ("07-16 08:30", with `seconds`
 * "07-16 08:30:05"); the sim day clock when the start is not a full ISO time. The start's own
 * offset is kept, so a report reads in the district's time wherever it is rendered.
 */
export function clockLabel(s: Scenario | null, t: number, seconds = false): string {
  const m = s ? START.exec(s.start) : null;
  if (!m) return formatClock(t);
  const local = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) + t * 1000;
  const d = new Date(local);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ''}`;
}

/** "1 小时 5 分" / "1 h 5 min"; short spans (a drive across a town) to the second. */
export function durationText(sec: number, lang: Lang): string {
  const s = Math.max(0, Math.round(sec));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  if (lang === 'en') return h ? (m ? `${h} h ${m} min` : `${h} h`) : m >= 10 || (m && !r) ? `${m} min` : m ? `${m} min ${r} s` : `${r} s`;
  return h ? (m ? `${h} 小时 ${m} 分` : `${h} 小时`) : m >= 10 || (m && !r) ? `${m} 分钟` : m ? `${m} 分 ${r} 秒` : `${r} 秒`;
}
