// 态势标绘 on the live map: the plots of the shown role's view and the one being drawn, in the
// shared style (presentation/map/plotStyle.ts). Shapes on one Graphics; names and symbol glyphs
// as Text objects kept in a pool, so a redraw on a view change creates nothing new.
import Phaser from 'phaser';
import type { Plot, MapPoint } from '../../sim-core/plots/plotState.ts';
import type { PlotKind } from '../../sim-core/plots/plotKinds.ts';
import { plotGeometry } from '../../sim-core/plots/plotKinds.ts';
import { PLOT_STYLE, plotAnchor, plotSegments } from '../../presentation/map/plotStyle.ts';
import { css, hex } from '../../presentation/map/palette.ts';

const FONT = 'system-ui, "Noto Sans CJK SC", sans-serif';
/** The draft's colour: the selection cyan of the map. */
const DRAFT = 0x00b8d4;

export interface Draft { kind: PlotKind; points: MapPoint[] }

export class PlotLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly wx: (m: number) => number, private readonly wy: (m: number) => number) {
    this.g = scene.add.graphics().setDepth(8);
  }

  private text(i: number): Phaser.GameObjects.Text {
    while (this.texts.length <= i) {
      this.texts.push(this.scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '13px', color: '#1b1b1b', stroke: '#ffffff', strokeThickness: 3 }).setDepth(11));
    }
    return this.texts[i];
  }

  /** Draws `plots` and the draft at camera zoom `z` (sizes stay constant on the screen). */
  draw(plots: readonly Plot[], draft: Draft | null, z: number, visible: boolean): void {
    const g = this.g;
    g.clear();
    let used = 0;
    const px = (n: number) => n / z;
    const label = (x: number, y: number, s: string, colour: string, size: number, originY: number, stroke = '#ffffff') => {
      const t = this.text(used++);
      t.setText(s).setPosition(x, y).setOrigin(0.5, originY).setScale(1 / z).setColor(colour).setStroke(stroke, stroke === '#ffffff' ? 3 : 0).setFontSize(size).setVisible(true);
    };
    if (visible) {
      for (const p of plots) {
        const st = PLOT_STYLE[p.kind];
        const colour = hex(st.rgb);
        const geometry = plotGeometry(p.kind);
        const pts = p.points.map(([x, y]) => new Phaser.Math.Vector2(this.wx(x), this.wy(y)));
        if (geometry === 'area' && st.fill) { g.fillStyle(colour, st.fill); g.fillPoints(pts, true); }
        g.lineStyle(px(st.width), colour, 0.95);
        for (const [x0, y0, x1, y1] of plotSegments(p.kind, p.points.map(([x, y]) => [this.wx(x), this.wy(y)] as MapPoint), px(1))) g.lineBetween(x0, y0, x1, y1);
        const [ax, ay] = plotAnchor(p.kind, p.points);
        const x = this.wx(ax), y = this.wy(ay);
        if (geometry === 'point') {
          g.fillStyle(colour, 1); g.fillCircle(x, y, px(9));
          g.lineStyle(px(2), 0xffffff, 1); g.strokeCircle(x, y, px(9));
          label(x, y, st.glyph ?? '', '#ffffff', 12, 0.5, css(st.rgb));
          label(x, y + px(11), p.name, '#1b1b1b', 12, 0);
        } else if (geometry === 'label') {
          label(x, y, p.name, '#1b1b1b', 15, 0.5);
        } else {
          label(x, y, p.name, css(st.rgb), 13, 0.5);
        }
      }
    }
    if (draft && draft.points.length) {
      const pts = draft.points.map(([x, y]) => [this.wx(x), this.wy(y)] as MapPoint);
      g.lineStyle(px(2.5), DRAFT, 1);
      for (let i = 0; i + 1 < pts.length; i++) g.lineBetween(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1]);
      if (plotGeometry(draft.kind) === 'area' && pts.length > 2) g.lineBetween(pts[pts.length - 1][0], pts[pts.length - 1][1], pts[0][0], pts[0][1]);
      g.fillStyle(DRAFT, 1);
      for (const [x, y] of pts) g.fillCircle(x, y, px(4));
    }
    for (let i = used; i < this.texts.length; i++) this.texts[i].setVisible(false);
  }
}
