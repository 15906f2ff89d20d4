// Sim time is an integer count of seconds since the exercise start (t = 0).
// Durations in files and on the command line read like `90s`, `45m`, `6h`, `1d`, `2h30m`.

const UNIT_SECONDS: Record<string, number> = { d: 86_400, h: 3_600, m: 60, s: 1 };
const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Parses a duration into whole seconds; a bare number is seconds. Returns null when malformed. */
export function parseDuration(text: string | number): number | null {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 0 ? text : null;
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = DURATION.exec(s);
  if (!m || s.length === 0) return null;
  const [, d, h, min, sec] = m;
  return (Number(d ?? 0) * UNIT_SECONDS.d + Number(h ?? 0) * UNIT_SECONDS.h +
    Number(min ?? 0) * UNIT_SECONDS.m + Number(sec ?? 0));
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
