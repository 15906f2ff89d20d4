// Small SVG charts for the after-action report, written by hand so the report needs no
// library and prints as vectors.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TimelineRow {
  label: string;
  trigger: number;
  deadline: number;
  done: number | null;
  verdict: 'onTime' | 'late' | 'notDone';
}

const COLOURS = { onTime: '#2e7d32', late: '#ef6c00', notDone: '#c62828' };

/** Requirement timeline: a bar from trigger to deadline, a mark where it was done. */
/** Hours between axis labels: at most about a dozen labels, whatever the span (a 72-h quake drill). */
export function hourStep(end: number): number {
  const hours = end / 3600;
  return [1, 2, 3, 6, 12, 24].find((step) => hours / step <= 12) ?? 48;
}

/** A row label cut to what fits left of the chart (full text in its tooltip). */
function fitLabel(label: string, maxChars: number): string {
  const chars = [...label];
  return chars.length <= maxChars ? esc(label) : `${esc(chars.slice(0, maxChars - 1).join(''))}…`;
}

export function timelineSvg(rows: TimelineRow[], end: number, hourLabel: (h: number) => string): string {
  const W = 960, left = 280, right = 20, rowH = 20, top = 24;
  const H = top + rows.length * rowH + 10;
  const x = (t: number) => left + ((W - left - right) * Math.min(Math.max(t, 0), end)) / Math.max(1, end);
  const parts: string[] = [];
  for (let h = 0; h * 3600 <= end; h += hourStep(end)) {
    parts.push(`<line x1="${x(h * 3600)}" y1="${top - 6}" x2="${x(h * 3600)}" y2="${H - 6}" stroke="#ddd"/>`);
    parts.push(`<text x="${x(h * 3600)}" y="${top - 10}" font-size="10" text-anchor="middle" fill="#555">${esc(hourLabel(h))}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    // 11-px CJK glyphs are about 11 px wide: the label column holds (left − 6) / 11 of them.
    parts.push(`<text x="${left - 6}" y="${y + 13}" font-size="11" text-anchor="end"><title>${esc(r.label)}</title>${fitLabel(r.label, Math.floor((left - 6) / 11))}</text>`);
    parts.push(`<rect x="${x(r.trigger)}" y="${y + 4}" width="${Math.max(2, x(r.deadline) - x(r.trigger))}" height="10" fill="#bbdefb"/>`);
    parts.push(`<line x1="${x(r.deadline)}" y1="${y + 2}" x2="${x(r.deadline)}" y2="${y + 16}" stroke="#1565c0"/>`);
    if (r.done !== null) parts.push(`<circle cx="${x(r.done)}" cy="${y + 9}" r="5" fill="${COLOURS[r.verdict]}"/>`);
    else parts.push(`<text x="${x(end) - 2}" y="${y + 13}" font-size="12" text-anchor="end" fill="${COLOURS.notDone}">✕</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img">${parts.join('')}</svg>`;
}

export interface Series {
  label: string;
  colour: string;
  points: [number, number][];
}

/** Measures over time: one line per series, hours on x. */
export function linesSvg(series: Series[], end: number, hourLabel: (h: number) => string, unit: string): string {
  const W = 960, H = 260, left = 60, right = 150, top = 14, bottom = 28;
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const x = (t: number) => left + ((W - left - right) * t) / Math.max(1, end);
  const y = (v: number) => H - bottom - ((H - top - bottom) * v) / max;
  const parts: string[] = [`<line x1="${left}" y1="${H - bottom}" x2="${W - right}" y2="${H - bottom}" stroke="#999"/>`];
  for (let h = 0; h * 3600 <= end; h += hourStep(end)) {
    parts.push(`<text x="${x(h * 3600)}" y="${H - 10}" font-size="10" text-anchor="middle" fill="#555">${esc(hourLabel(h))}</text>`);
  }
  for (const f of [0, 0.5, 1]) {
    parts.push(`<text x="${left - 6}" y="${y(max * f) + 4}" font-size="10" text-anchor="end" fill="#555">${Math.round(max * f)}</text>`);
    parts.push(`<line x1="${left}" y1="${y(max * f)}" x2="${W - right}" y2="${y(max * f)}" stroke="#eee"/>`);
  }
  series.forEach((s, k) => {
    if (s.points.length) parts.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${s.points.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`);
    parts.push(`<rect x="${W - right + 10}" y="${top + k * 18}" width="12" height="4" fill="${s.colour}"/><text x="${W - right + 28}" y="${top + k * 18 + 6}" font-size="11">${esc(s.label)}</text>`);
  });
  parts.push(`<text x="${left}" y="${top - 2}" font-size="10" fill="#555">${esc(unit)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img">${parts.join('')}</svg>`;
}
