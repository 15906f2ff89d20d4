// 台风 on the live map: the 七级/十级/十二级风圈 round the centre now (yellow, orange, red, filled
// faintly and outlined, the way the weather service's typhoon maps draw them: four quarter arcs
// at the bulletin's NE/SE/SW/NW radii, presentation/map/windQuadrants.ts), the track of the
// fixes announced so far and the centre's mark. The view carries it (sim-core/hazards/typhoon/
// typhoonView.ts): public, redrawn with every view, so the circles move as the storm does.
import type Phaser from 'phaser';
import type { TyphoonView } from '../../sim-core/hazards/typhoon/typhoonView.ts';
import { hex, TYPHOON_TRACK, WIND_CIRCLE_RGB } from '../../presentation/map/palette.ts';
import { windCircleOutline } from '../../presentation/map/windQuadrants.ts';

type Graphics = Phaser.GameObjects.Graphics;
type At = (v: number) => number;

export function drawTyphoon(g: Graphics, ty: TyphoonView | undefined, wx: At, wy: At, px: At): void {
  if (!ty) return;
  const cx = wx(ty.x), cy = wy(ty.y);
  // Widest first, so the stronger circles lie on top.
  for (const c of [...ty.circles].sort((a, b) => a.force - b.force)) {
    if (c.radii === null) continue;
    const rgb = WIND_CIRCLE_RGB[c.force] ?? WIND_CIRCLE_RGB[12];
    const pts = windCircleOutline(ty.x, ty.y, c.radii);
    g.beginPath();
    g.moveTo(wx(pts[0][0]), wy(pts[0][1]));
    for (let k = 1; k < pts.length; k++) g.lineTo(wx(pts[k][0]), wy(pts[k][1]));
    g.closePath();
    g.fillStyle(hex(rgb), 0.12); g.fillPath();
    g.lineStyle(px(2.5), hex(rgb), 0.95); g.strokePath();
  }
  const pts = [...ty.track, [ty.x, ty.y] as [number, number]];
  g.lineStyle(px(2), hex(TYPHOON_TRACK), 0.9);
  for (let k = 1; k < pts.length; k++) g.lineBetween(wx(pts[k - 1][0]), wy(pts[k - 1][1]), wx(pts[k][0]), wy(pts[k][1]));
  g.fillStyle(hex(TYPHOON_TRACK), 1);
  for (const [x, y] of ty.track) g.fillCircle(wx(x), wy(y), px(3));
  // The centre: a red disc with a white ring (台风中心).
  g.fillStyle(0xd50000, 1); g.fillCircle(cx, cy, px(7));
  g.lineStyle(px(2), 0xffffff, 1); g.strokeCircle(cx, cy, px(7));
}
