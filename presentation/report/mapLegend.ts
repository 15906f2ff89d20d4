// A situation map's legend (situationLegend.ts) as a small SVG under the map in the report: one
// swatch drawn the way the map draws the layer, and its label, flowing in rows.
import { css } from '../map/palette.ts';
import type { LegendEntry, LegendGroup } from '../map/situationLegend.ts';
import { esc } from './svg.ts';

const W = 720, ROW = 20, GAP = 18;

function swatch(e: LegendEntry, x: number, y: number): string {
  const c = css(e.rgb);
  switch (e.shape) {
    case 'wash': return `<rect x="${x}" y="${y - 9}" width="18" height="12" fill="${css(e.rgb, 0.35)}" stroke="${c}" stroke-width="2"/>`;
    case 'hatch': return `<rect x="${x}" y="${y - 9}" width="18" height="12" fill="${css(e.rgb, 0.25)}" stroke="${c}"/><line x1="${x}" y1="${y + 3}" x2="${x + 12}" y2="${y - 9}" stroke="${c}"/><line x1="${x + 6}" y1="${y + 3}" x2="${x + 18}" y2="${y - 9}" stroke="${c}"/>`;
    case 'ring': return `<circle cx="${x + 9}" cy="${y - 3}" r="6" fill="${css(e.rgb, 0.15)}" stroke="${c}" stroke-width="2.5"/>`;
    case 'line': return `<line x1="${x}" y1="${y - 3}" x2="${x + 18}" y2="${y - 3}" stroke="${c}" stroke-width="2"/><circle cx="${x + 18}" cy="${y - 3}" r="4" fill="#d50000" stroke="#fff"/>`;
    case 'bridgeDown': return `<rect x="${x + 3}" y="${y - 9}" width="12" height="12" fill="${c}"/><path d="M${x + 5} ${y - 7}L${x + 13} ${y + 1}M${x + 5} ${y + 1}L${x + 13} ${y - 7}" stroke="#fff" stroke-width="1.5"/>`;
    case 'inset': return `<rect x="${x + 1}" y="${y - 10}" width="16" height="14" fill="#fff" stroke="#212121"/><rect x="${x + 6}" y="${y - 6}" width="6" height="6" fill="${c}"/>`;
    case 'bridgeOpen': return `<rect x="${x + 3}" y="${y - 9}" width="12" height="12" fill="${c}" stroke="#fff"/>`;
  }
}

/** Width in px of a 12-px label: CJK glyphs about 12 px, others about 7. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += ch.charCodeAt(0) > 0x2e80 ? 12 : 7;
  return w;
}

/** The legend as inline SVG, or '' when the map has no layer to explain. Entries flow left to right and wrap. */
export function mapLegendSvg(groups: readonly LegendGroup[]): string {
  const parts: string[] = [];
  let row = 0;
  for (const g of groups) {
    let x = 0;
    if (g.title) { parts.push(`<text x="0" y="${row * ROW + 14}" font-size="12" font-weight="700">${esc(g.title)}</text>`); x = labelWidth(g.title) + GAP; }
    for (const e of g.entries) {
      const wide = 24 + labelWidth(e.label);
      if (x > 0 && x + wide > W) { x = 0; row++; }
      const y = row * ROW + 14;
      parts.push(`<g data-legend="${esc(e.key)}">${swatch(e, x, y)}<text x="${x + 24}" y="${y}" font-size="12">${esc(e.label)}</text></g>`);
      x += wide + GAP;
    }
    row++;
  }
  if (parts.length === 0) return '';
  return `<svg class="map-legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${row * ROW + 4}" width="100%" style="max-width:${W}px" role="img">${parts.join('')}</svg>`;
}
