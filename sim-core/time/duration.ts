// Sim time is an integer count of seconds since the exercise start (t = 0).
// Durations in files and on the command line read like `90s`, `45m`, `6h`, `1d`, `2h30m`.

const UNIT_SECONDS: Record<string, number> = { d: 86_400, h: 3_600, m: 60, s: 1 };
const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** The longest duration accepted anywhere: a year of sim time. */
export const MAX_DURATION = 366 * 86_400;

/** Parses a duration into whole seconds; a bare number is seconds. Null when malformed or over a year. */
export function parseDuration(text: unknown): number | null {
  let seconds: number;
  if (typeof text === 'number') {
    seconds = text;
  } else if (typeof text === 'string') {
    const s = text.trim();
    const m = /^\d+$/.test(s) ? null : DURATION.exec(s);
    if (/^\d+$/.test(s)) seconds = Number(s);
    else if (!m || s.length === 0) return null;
    else {
      const [, d, h, min, sec] = m;
      seconds = Number(d ?? 0) * UNIT_SECONDS.d + Number(h ?? 0) * UNIT_SECONDS.h + Number(min ?? 0) * UNIT_SECONDS.m + Number(sec ?? 0);
    }
  } else {
    return null;
  }
  return Number.isSafeInteger(seconds) && seconds >= 0 && seconds <= MAX_DURATION ? seconds : null;
}

/** `D1 06:05:09` style clock for people: day number from 1, then hh:mm:ss. */
export function formatClock(t: number): string {
  const day = Math.floor(t / 86_400) + 1;
  const rest = t % 86_400;
  const hh = Math.floor(rest / 3600), mm = Math.floor((rest % 3600) / 60), ss = rest % 60;
  const two = (n: number) => (n < 10 ? '0' : '') + n;
  return `D${day} ${two(hh)}:${two(mm)}:${two(ss)}`;
}

/** Compact duration for people: `1h05m`, `45s`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  if (h === 0) return r ? `${m}m${r < 10 ? '0' : ''}${r}s` : `${m}m`;
  return `${h}h${m < 10 ? '0' : ''}${m}m`;
}
