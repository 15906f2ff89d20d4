// The situation map (态势图): a Phaser scene over the store. Terrain and roads are one static
// texture; water and fire one overlay texture rebuilt when a raster layer changes; closed roads,
// places and their states redrawn when the view changes; units drawn every frame, eased toward
// their latest positions. Only what the shown role's view holds is drawn (the static map of the
// scenario is public). Drag pans, the wheel zooms at the pointer, a click picks a feature.
import Phaser from 'phaser';
import type { Scenario } from '../../sim-core/world/scenario.ts';
import type { FeedView as View } from '../../runtime/feed.ts';
import type { Store } from '../session/store.ts';
import { drawBase, floodFromCm } from './drawMap.ts';
import { overlayPixels } from '../../presentation/map/layers.ts';
import { damBreakZonePixels } from '../../presentation/map/damBreakZone.ts';
import { intensityMapPixels } from '../../presentation/map/intensityMap.ts';
import { crossPoints } from '../../presentation/map/situationMap.ts';
import { homeArea } from '../../presentation/map/homeArea.ts';
import { ALARM_RGB, BRIDGE_DOWN, CHEMICAL_SITE, CLOSED, CLOSED_MARK, hex, SHELTER, UNIT_RGB, ZONE_RGB } from '../../presentation/map/palette.ts';
import { RESERVOIR_STATES, reservoirState } from '../../presentation/text/reservoirState.ts';
import { PlaceStatus, VILLAGE_COLOURS } from './placeStatus.ts';
import { drawWaterOutages } from './waterOutageLayer.ts';
import { drawTyphoon } from './typhoonLayer.ts';
import { currentLang, lt } from '../i18n.ts';
import { roadLabelAnchors, roadShortName } from '../../presentation/text/roadNames.ts';
import { PlotLayer, type Draft } from './plotLayer.ts';

import { WORLD } from './worldSize.ts';

/** Milliseconds without change after which the render loop sleeps. */
const IDLE_MS = 1500;

export { WORLD };

export type Pick =
  | { kind: 'unit'; id: string }
  | { kind: 'convoy'; id: string }
  | { kind: 'place'; id: string; placeKind: string }
  | { kind: 'fire'; id: string }
  | { kind: 'edge'; edge: number; x: number; y: number }
  | { kind: 'point'; x: number; y: number; node: number };

export const UNIT_COLOURS: Record<string, number> = Object.fromEntries(Object.entries(UNIT_RGB).map(([k, c]) => [k, hex(c)]));

export interface Layers { water: boolean; fire: boolean; roads: boolean; villages: boolean; shelters: boolean; units: boolean; cameras: boolean; labels: boolean; plots?: boolean; damBreakZone?: boolean; typhoon?: boolean; intensityMap?: boolean }

interface UnitSprite { x: number; y: number; tx: number; ty: number }

class MapScene extends Phaser.Scene {
  private s!: Scenario;
  private k = 1;
  private overlayCanvas!: HTMLCanvasElement;
  private overlayTex!: Phaser.Textures.CanvasTexture;
  private overlayPixels!: Uint8ClampedArray<ArrayBuffer>;
  private zoneImage: Phaser.GameObjects.Image | null = null;
  private intensityImage: Phaser.GameObjects.Image | null = null;
  private overlayImage!: Phaser.GameObjects.Image;
  private baseImage!: Phaser.GameObjects.Image;
  private closuresG!: Phaser.GameObjects.Graphics;
  private placesG!: Phaser.GameObjects.Graphics;
  private unitsG!: Phaser.GameObjects.Graphics;
  private selectG!: Phaser.GameObjects.Graphics;
  private townLabels: Phaser.GameObjects.Text[] = [];
  private villageLabels: Phaser.GameObjects.Text[] = [];
  private villageRank: number[] | null = null;
  private roadLabels: Phaser.GameObjects.Text[] = [];
  private roadLabelEdges: number[] = [];
  private units = new Map<string, UnitSprite>();
  private lastView: View | null = null;
  private lastZoom = 0;
  private lastStatus = -1;
  private rasterVersion = '';
  private dirtyPlaces = true;
  private dirtyClosures = true;
  private plotLayer!: PlotLayer;
  private dirtyPlots = true;
  /** The plot being drawn (态势标绘 tool). */
  draft: Draft | null = null;
  /** While set (the 标绘 tool is drawing), a click gives its map point here instead of picking. */
  onMapClick: ((x: number, y: number) => void) | null = null;
  private drag: { x: number; y: number; sx: number; sy: number; moved: boolean } | null = null;
  status!: PlaceStatus;
  selection: Pick | null = null;
  pickedEdges: number[] = [];
  layers: Layers = { water: true, fire: true, roads: true, villages: true, shelters: true, units: true, cameras: true, labels: true };
  onPick: (p: Pick | null) => void = () => {};
  /** Frame times (ms) of the last frames, for the frame-time benchmark. */
  readonly frameTimes: number[] = [];
  /** Wall time (ms) of the last change to show; the loop sleeps a while after it. */
  lastActivity = performance.now();
  private justWoke = false;
  /** Frames drawn since the scene started. */
  framesDrawn = 0;
  /** Never sleep (the frame-time benchmark measures the loop). */
  awake = false;

  constructor(private readonly store: Store) { super('map'); }

  // ── coordinates ───────────────────────────────────────────────────────────────────────

  wx(m: number): number { return (m / this.s.grid.cellSize) * this.k; }
  wy(m: number): number { return (this.s.grid.height - m / this.s.grid.cellSize) * this.k; }
  mx(w: number): number { return (w / this.k) * this.s.grid.cellSize; }
  my(w: number): number { return (this.s.grid.height - w / this.k) * this.s.grid.cellSize; }

  create(): void {
    this.s = this.store.scenario!;
    const { width: w, height: h } = this.s.grid;
    this.k = WORLD / Math.max(w, h);
    const base = document.createElement('canvas');
    base.width = WORLD; base.height = Math.round(WORLD * (h / w));
    drawBase(base.getContext('2d')!, this.s, WORLD);
    this.textures.addCanvas('base', base);
    // A half-size copy for the zoomed-out view: scaling the full texture down every frame is
    // most of a frame's work without a GPU.
    const half = document.createElement('canvas');
    half.width = base.width / 2; half.height = base.height / 2;
    const hctx = half.getContext('2d')!;
    hctx.imageSmoothingQuality = 'high';
    hctx.drawImage(base, 0, 0, half.width, half.height);
    this.textures.addCanvas('base-half', half);
    this.baseImage = this.add.image(0, 0, 'base-half').setOrigin(0, 0).setDisplaySize(WORLD, WORLD * (h / w));
    // The intensity map (烈度分布), drawn once and shown only once the role's view says it has been
    // published to it (sim-core/hazards/quake/intensityMap.ts), under the dam-break zone and the water.
    const intensity = intensityMapPixels(this.s);
    if (intensity) {
      const ic = document.createElement('canvas');
      ic.width = w; ic.height = h;
      ic.getContext('2d')!.putImageData(new ImageData(intensity, w, h), 0, 0);
      this.textures.addCanvas('intensity', ic);
      this.intensityImage = this.add.image(0, 0, 'intensity').setOrigin(0, 0).setDisplaySize(WORLD, WORLD * (h / w));
      this.showIntensity();
    }
    // The dam-break zone (a planning map, the same for every role), drawn once under the water.
    const zone = damBreakZonePixels(this.s);
    if (zone) {
      const zc = document.createElement('canvas');
      zc.width = w; zc.height = h;
      zc.getContext('2d')!.putImageData(new ImageData(zone, w, h), 0, 0);
      this.textures.addCanvas('dambreak', zc);
      this.zoneImage = this.add.image(0, 0, 'dambreak').setOrigin(0, 0).setDisplaySize(WORLD, WORLD * (h / w));
    }
    this.overlayCanvas = document.createElement('canvas');
    this.overlayCanvas.width = w; this.overlayCanvas.height = h;
    this.overlayPixels = new Uint8ClampedArray(w * h * 4);
    this.overlayTex = this.textures.addCanvas('overlay', this.overlayCanvas)!;
    this.overlayImage = this.add.image(0, 0, 'overlay').setOrigin(0, 0).setDisplaySize(WORLD, WORLD * (h / w));
    this.closuresG = this.add.graphics();
    this.placesG = this.add.graphics();
    this.unitsG = this.add.graphics();
    this.selectG = this.add.graphics();
    this.plotLayer = new PlotLayer(this, (m) => this.wx(m), (m) => this.wy(m));
    this.status = new PlaceStatus(this.s);
    for (const t of this.s.townships) {
      this.townLabels.push(this.add.text(this.wx(t.x), this.wy(t.y) - 6, lt(t.name), {
        fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', fontSize: '15px', color: '#1b1b1b', stroke: '#ffffff', strokeThickness: 4,
      }).setOrigin(0.5, 1).setDepth(10));
    }
    const cam = this.cameras.main;
    cam.setBackgroundColor('#dfe6ea');
    this.fitHome();
    this.setupInput();
    this.scale.on('resize', () => this.fitHome());
    for (const topic of ['view', 'events'] as const) this.store.on(topic, () => { this.dirtyPlaces = true; this.poke(); });
    this.store.on('view', () => { this.dirtyClosures = true; this.dirtyPlots = true; this.showIntensity(); });
    this.store.on('raster', () => this.poke());
    // Input reaches Phaser only while its loop runs: DOM events wake it first.
    for (const ev of ['pointerdown', 'pointermove', 'wheel', 'keydown'] as const) this.game.canvas.addEventListener(ev, () => this.poke(), { passive: true });
    this.scale.on('resize', () => this.poke());
    this.lastActivity = performance.now();
  }

  /** Shows the whole district. */
  fit(): void {
    this.poke();
    const cam = this.cameras.main;
    const { width, height } = this.scale;
    const zoom = Math.min(width / WORLD, height / (WORLD * (this.s.grid.height / this.s.grid.width))) * 0.98;
    cam.setZoom(zoom);
    cam.centerOn(WORLD / 2, (WORLD * (this.s.grid.height / this.s.grid.width)) / 2);
  }

  /** Opens on the role's own area (a township's villages, a team's base); the whole district for the others. */
  fitHome(): void {
    const a = homeArea(this.s, this.store.role);
    if (!a) { this.fit(); return; }
    this.poke();
    const cam = this.cameras.main;
    const w = this.wx(a.x1) - this.wx(a.x0), h = this.wy(a.y0) - this.wy(a.y1);
    cam.setZoom(Math.min(this.scale.width / w, this.scale.height / h) * 0.98);
    cam.centerOn((this.wx(a.x0) + this.wx(a.x1)) / 2, (this.wy(a.y0) + this.wy(a.y1)) / 2);
  }

  zoomBy(factor: number, sx?: number, sy?: number): void {
    this.poke();
    const cam = this.cameras.main;
    const px = sx ?? this.scale.width / 2, py = sy ?? this.scale.height / 2;
    const before = cam.getWorldPoint(px, py);
    const min = Math.min(this.scale.width, this.scale.height) / WORLD * 0.6;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * factor, min, 12));
    const after = cam.getWorldPoint(px, py);
    cam.scrollX += before.x - after.x;
    cam.scrollY += before.y - after.y;
  }

  private setupInput(): void {
    this.input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomBy(dy > 0 ? 1 / 1.2 : 1.2, p.x, p.y);
    });
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.drag = { x: p.x, y: p.y, sx: this.cameras.main.scrollX, sy: this.cameras.main.scrollY, moved: false };
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (!this.drag || !p.isDown) return;
      const cam = this.cameras.main;
      const dx = p.x - this.drag.x, dy = p.y - this.drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) this.drag.moved = true;
      if (this.drag.moved) { cam.scrollX = this.drag.sx - dx / cam.zoom; cam.scrollY = this.drag.sy - dy / cam.zoom; }
    });
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => {
      const d = this.drag;
      this.drag = null;
      if (d && !d.moved) {
        const w = this.cameras.main.getWorldPoint(p.x, p.y);
        if (this.onMapClick) { this.onMapClick(this.mx(w.x), this.my(w.y)); return; }
        const pick = this.pickAt(w.x, w.y);
        this.selection = pick;
        this.onPick(pick);
      }
    });
  }

  // ── picking ───────────────────────────────────────────────────────────────────────────

  pickAt(wxp: number, wyp: number): Pick | null {
    const radius = 14 / this.cameras.main.zoom;
    const view = this.store.view;
    let best: Pick | null = null, bestD = radius;
    const consider = (x: number, y: number, p: Pick, bias = 0) => {
      const d = Math.hypot(this.wx(x) - wxp, this.wy(y) - wyp) - bias;
      if (d < bestD) { bestD = d; best = p; }
    };
    if (view) {
      for (const u of view.units) { const sp = this.units.get(u.id); consider(sp ? this.mx(sp.x) : u.x, sp ? this.my(sp.y) : u.y, { kind: 'unit', id: u.id }, 2 / this.cameras.main.zoom); }
      for (const c of view.supplies.convoys) consider(c.x, c.y, { kind: 'convoy', id: c.id });
      for (const f of view.fires) consider(f.x, f.y, { kind: 'fire', id: f.id });
    }
    const s = this.s;
    for (const list of [s.shelters, s.depots, s.townships, s.villages, s.reservoirs, s.gauges, s.teamBases, ...(this.layers.cameras ? [s.cameras] : [])]) {
      for (const p of list) consider(p.x, p.y, { kind: 'place', id: p.id, placeKind: p.kind });
    }
    if (best) return best;
    // A road edge under the pointer (the director closes and opens roads by picking them).
    const g = s.roads;
    const mxp = this.mx(wxp), myp = this.my(wyp);
    const tol = this.mx(radius);
    let edge = -1, ed = tol;
    for (let e = 0; e < g.edgeCount; e++) {
      const ax = g.nodeX[g.edgeFrom[e]], ay = g.nodeY[g.edgeFrom[e]], bx = g.nodeX[g.edgeTo[e]], by = g.nodeY[g.edgeTo[e]];
      if (mxp < Math.min(ax, bx) - tol || mxp > Math.max(ax, bx) + tol || myp < Math.min(ay, by) - tol || myp > Math.max(ay, by) + tol) continue;
      const vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy || 1;
      const q = Math.max(0, Math.min(1, ((mxp - ax) * vx + (myp - ay) * vy) / len2));
      const d = Math.hypot(ax + q * vx - mxp, ay + q * vy - myp);
      if (d < ed) { ed = d; edge = e; }
    }
    if (edge >= 0) return { kind: 'edge', edge, x: mxp, y: myp };
    let node = 0, nd = Infinity;
    for (let n = 0; n < g.nodeCount; n++) { const d = (g.nodeX[n] - mxp) ** 2 + (g.nodeY[n] - myp) ** 2; if (d < nd) { nd = d; node = n; } }
    return { kind: 'point', x: mxp, y: myp, node };
  }

  /** Centre of a pick in world units (for the selection ring). */
  private pickPos(p: Pick): { x: number; y: number } | null {
    const view = this.store.view;
    if (p.kind === 'unit') { const sp = this.units.get(p.id); return sp ? { x: sp.x, y: sp.y } : null; }
    if (p.kind === 'convoy') { const c = view?.supplies.convoys.find((x) => x.id === p.id); return c ? { x: this.wx(c.x), y: this.wy(c.y) } : null; }
    if (p.kind === 'fire') { const f = view?.fires.find((x) => x.id === p.id); return f ? { x: this.wx(f.x), y: this.wy(f.y) } : null; }
    if (p.kind === 'place') {
      const s = this.s;
      for (const list of [s.shelters, s.depots, s.townships, s.villages, s.reservoirs, s.gauges, s.teamBases, s.cameras]) {
        const q = (list as { id: string; x: number; y: number }[]).find((x) => x.id === p.id);
        if (q) return { x: this.wx(q.x), y: this.wy(q.y) };
      }
      return null;
    }
    return { x: this.wx(p.x), y: this.wy(p.y) };
  }

  focus(p: Pick): void {
    this.poke();
    const pos = this.pickPos(p);
    if (!pos) return;
    const cam = this.cameras.main;
    if (cam.zoom < 1.2) cam.setZoom(1.6);
    cam.centerOn(pos.x, pos.y);
    this.selection = p;
  }

  // ── drawing ───────────────────────────────────────────────────────────────────────────

  private redrawOverlay(): void {
    const water = this.layers.water ? this.store.water : null;
    const fire = this.layers.fire ? this.store.fire : null;
    const key = `${water?.version ?? -1}|${fire?.version ?? -1}|${this.layers.water}|${this.layers.fire}`;
    if (key === this.rasterVersion) return;
    this.rasterVersion = key;
    const { width: w, height: h } = this.s.grid;
    // The water layer is on the hydraulic grid; a size mismatch (another scenario) is ignored.
    const flood = water && water.cm.length === floodCells(this.s, water.grid) ? floodFromCm(water.cm) : null;
    overlayPixels(this.s, this.overlayPixels, flood, fire && fire.cells.length === w * h ? fire.cells : null);
    this.overlayCanvas.getContext('2d')!.putImageData(new ImageData(this.overlayPixels, w, h), 0, 0);
    this.overlayTex.refresh();
  }

  private redrawClosures(): void {
    const g = this.closuresG;
    g.clear();
    const view = this.store.view;
    const z = this.cameras.main.zoom;
    const roads = this.s.roads;
    if (view && this.layers.roads) {
      // Red and crossed: a closed road reads as closed even to someone who cannot tell colours.
      g.lineStyle(Math.max(4.5 / z, 1.2 * this.k), hex(CLOSED), 1);
      for (const c of view.closures) {
        const a = roads.edgeFrom[c.edge], b = roads.edgeTo[c.edge];
        g.lineBetween(this.wx(roads.nodeX[a]), this.wy(roads.nodeY[a]), this.wx(roads.nodeX[b]), this.wy(roads.nodeY[b]));
      }
      // Crosses about every 18 screen pixels along the closed stretches.
      const r = 3.5 / z;
      g.lineStyle(1.8 / z, hex(CLOSED_MARK), 1);
      const mid = (e: number): [number, number] => [(this.wx(roads.nodeX[roads.edgeFrom[e]]) + this.wx(roads.nodeX[roads.edgeTo[e]])) / 2, (this.wy(roads.nodeY[roads.edgeFrom[e]]) + this.wy(roads.nodeY[roads.edgeTo[e]])) / 2];
      for (const [cx, cy] of crossPoints(view.closures.map((c) => c.edge), mid, 18 / z)) {
        g.lineBetween(cx - r, cy - r, cx + r, cy + r);
        g.lineBetween(cx - r, cy + r, cx + r, cy - r);
      }
      // 桥梁震损: a dark square with a white cross at the bridge, as the report's map draws it.
      const q = 6 / z;
      for (const id of view.bridgesDown ?? []) {
        const b = this.s.bridges?.find((x) => x.id === id);
        if (!b) continue;
        const x = this.wx(b.x), y = this.wy(b.y);
        g.fillStyle(hex(BRIDGE_DOWN), 1);
        g.fillRect(x - q, y - q, 2 * q, 2 * q);
        g.lineStyle(1.6 / z, 0xffffff, 1);
        g.lineBetween(x - q * 0.6, y - q * 0.6, x + q * 0.6, y + q * 0.6);
        g.lineBetween(x - q * 0.6, y + q * 0.6, x + q * 0.6, y - q * 0.6);
      }
    }
    if (this.pickedEdges.length) {
      g.lineStyle(Math.max(5 / z, 1.5 * this.k), 0x00e5ff, 0.9);
      for (const e of this.pickedEdges) {
        const a = roads.edgeFrom[e], b = roads.edgeTo[e];
        g.lineBetween(this.wx(roads.nodeX[a]), this.wy(roads.nodeY[a]), this.wx(roads.nodeX[b]), this.wy(roads.nodeY[b]));
      }
    }
  }

  private redrawPlaces(): void {
    const g = this.placesG;
    g.clear();
    const view = this.store.view;
    const s = this.s;
    const z = this.cameras.main.zoom;
    const px = (n: number) => n / z; // screen pixels → world units
    const truth = view?.truth ?? false;
    const monitoring = truth || view?.role === 'chief';
    this.status.update(this.store.events);
    // The typhoon's wind circles and track, under everything else placed on the map.
    if (this.layers.typhoon !== false) drawTyphoon(g, view?.typhoon, (v) => this.wx(v), (v) => this.wy(v), px);
    if (this.layers.cameras && monitoring) {
      g.fillStyle(0x37474f, 0.85);
      for (const c of s.cameras) {
        const x = this.wx(c.x), y = this.wy(c.y), r = px(4);
        g.fillTriangle(x, y - r, x - r, y + r, x + r, y + r);
      }
    }
    if (this.layers.villages) {
      for (const v of s.villages) {
        const st = this.status.villageStatus(v.id, view);
        const x = this.wx(v.x), y = this.wy(v.y);
        const r = px(v.atRisk.people > 0 ? 4.5 : 3);
        g.fillStyle(VILLAGE_COLOURS[st], 1);
        g.fillCircle(x, y, r);
        g.lineStyle(px(1.2), st === 'inDanger' ? 0x7f0000 : 0x3e2723, 0.9);
        g.strokeCircle(x, y, r);
        if (st === 'inDanger') { g.lineStyle(px(2), 0xe53935, 0.9); g.strokeCircle(x, y, r + px(4)); }
      }
    }
    if (this.layers.shelters) {
      for (const sh of s.shelters) {
        const x = this.wx(sh.x), y = this.wy(sh.y), a = px(6);
        const occ = this.status.shelterOccupancy(sh.id, view);
        const share = Math.min(1, occ / Math.max(1, sh.capacity));
        const opened = this.store.events.some((e) => e.kind === 'shelterOpened' && e.shelter === sh.id) || occ > 0;
        g.fillStyle(0xffffff, 1); g.fillRect(x - a, y - a, 2 * a, 2 * a);
        g.fillStyle(share >= 0.95 ? 0xc62828 : hex(SHELTER), 1); g.fillRect(x - a, y + a - 2 * a * share, 2 * a, 2 * a * share);
        g.lineStyle(px(opened ? 2.2 : 1.4), 0x1b5e20, 1); g.strokeRect(x - a, y - a, 2 * a, 2 * a);
      }
      for (const d of s.depots) {
        const x = this.wx(d.x), y = this.wy(d.y), a = px(7);
        g.fillStyle(0x5d4037, 1);
        g.fillTriangle(x, y - a, x + a, y, x, y + a); g.fillTriangle(x, y - a, x - a, y, x, y + a);
        g.lineStyle(px(1.5), 0xffffff, 1); g.strokeTriangle(x, y - a, x + a, y, x - a, y);
      }
    }
    for (const t of s.townships) {
      const x = this.wx(t.x), y = this.wy(t.y);
      g.lineStyle(px(2.5), 0x212121, 1); g.strokeCircle(x, y, px(6));
      g.fillStyle(0xffffff, 1); g.fillCircle(x, y, px(2.5));
    }
    if (monitoring) {
      for (const gauge of s.gauges) {
        const gv = view?.gauges.find((x) => x.id === gauge.id);
        const x = this.wx(gauge.x), y = this.wy(gauge.y);
        g.fillStyle(gaugeColour(this.s, gauge.id, gv), 1);
        g.fillRect(x - px(2.5), y - px(8), px(5), px(11));
        g.lineStyle(px(1), 0xffffff, 1); g.strokeRect(x - px(2.5), y - px(8), px(5), px(11));
      }
    }
    if (view?.chemical && this.layers.fire) {
      // The threat zone this role knows (measured, or told by report; the truth for the director):
      // AEGL-2 then AEGL-3 on top, filled faintly and outlined.
      for (const z of view.chemical.zone?.tiers ?? []) {
        if (z.polygon.length < 3) continue;
        const c = hex(ZONE_RGB[z.tier] ?? ZONE_RGB['AEGL-3']);
        const pts = z.polygon.map(([x, y]) => new Phaser.Math.Vector2(this.wx(x), this.wy(y)));
        g.fillStyle(c, 0.18); g.fillPoints(pts, true);
        g.lineStyle(px(2), c, 1); g.strokePoints(pts, true);
      }
      for (const site of view.chemical.sites) {
        const x = this.wx(site.x), y = this.wy(site.y), a = px(7);
        g.fillStyle(hex(CHEMICAL_SITE), 1); g.fillRect(x - a, y - a, 2 * a, 2 * a);
        g.lineStyle(px(1.5), 0xffffff, 1); g.strokeRect(x - a, y - a, 2 * a, 2 * a);
      }
    }
    if (this.layers.villages) drawWaterOutages(g, s, view, this.store.events, (v) => this.wx(v), (v) => this.wy(v), px);
    if (view && this.layers.fire) {
      for (const f of view.fires) {
        const x = this.wx(f.x), y = this.wy(f.y), a = px(9);
        g.fillStyle(0xff3d00, 1);
        g.fillTriangle(x, y - a * 1.4, x - a * 0.8, y + a * 0.6, x + a * 0.8, y + a * 0.6);
        g.fillStyle(0xffd600, 1);
        g.fillTriangle(x, y - a * 0.5, x - a * 0.4, y + a * 0.6, x + a * 0.4, y + a * 0.6);
      }
    }
    this.lastStatus = this.status.version;
  }

  /**
   * Names on the map: townships always; villages once the map is zoomed in past about twice the
   * whole-district view; the numbered roads (国道/县道/乡道) past three times. Labels are laid out
   * greedily in screen space — townships, then villages with people at risk, then the rest by
   * population, then roads — and one that would overlap a label already placed is hidden, so
   * the names never pile up into an unreadable heap.
   */
  private updateLabels(): void {
    const z = this.cameras.main.zoom;
    const fitZoom = Math.min(this.scale.width / WORLD, this.scale.height / (WORLD * (this.s.grid.height / this.s.grid.width)));
    const on = this.layers.labels;
    const showVillages = on && z >= fitZoom * 1.9;
    const showRoads = on && z >= fitZoom * 2.8;
    if (showVillages && !this.villageLabels.length) {
      for (const v of this.s.villages) {
        this.villageLabels.push(this.add.text(this.wx(v.x), this.wy(v.y), lt(v.name), {
          fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', fontSize: '12px', color: '#3e2723', stroke: '#ffffff', strokeThickness: 3,
        }).setOrigin(0, 0.5).setDepth(9));
      }
    }
    if (showRoads && !this.roadLabels.length) {
      for (const a of roadLabelAnchors(this.s)) {
        this.roadLabels.push(this.add.text(this.wx(a.x), this.wy(a.y), roadShortName(this.s, a.edge, currentLang()), {
          fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', fontSize: '11px', color: '#ffffff', backgroundColor: '#5d4a8a', padding: { x: 3, y: 1 },
        }).setOrigin(0.5, 0.5).setDepth(8));
        this.roadLabelEdges.push(a.edge);
      }
    }
    const placed: [number, number, number, number][] = [];
    const fits = (x: number, y: number, w: number, h: number) => {
      for (const [a, b, c, d] of placed) if (x < c && x + w > a && y < d && y + h > b) return false;
      placed.push([x, y, x + w, y + h]);
      return true;
    };
    // Screen-space boxes: world units times the zoom.
    this.townLabels.forEach((t, i) => {
      t.setScale(1 / z); t.setVisible(on);
      const p = this.s.townships[i];
      if (on) fits(this.wx(p.x) * z - t.width / 2, (this.wy(p.y) - 6) * z - t.height, t.width, t.height);
    });
    for (const i of this.villageOrder()) {
      const l = this.villageLabels[i];
      if (!l) continue;
      const v = this.s.villages[i];
      const x = this.wx(v.x) * z + 7, y = this.wy(v.y) * z;
      const show = showVillages && fits(x, y - l.height / 2, l.width, l.height);
      l.setVisible(show);
      if (show) { l.setScale(1 / z); l.setPosition(x / z, y / z); }
    }
    this.roadLabels.forEach((l, k) => {
      const e = this.roadLabelEdges[k], g = this.s.roads;
      const mx = (g.nodeX[g.edgeFrom[e]] + g.nodeX[g.edgeTo[e]]) / 2, my = (g.nodeY[g.edgeFrom[e]] + g.nodeY[g.edgeTo[e]]) / 2;
      const x = this.wx(mx) * z, y = this.wy(my) * z;
      const show = showRoads && fits(x - l.width / 2, y - l.height / 2, l.width, l.height);
      l.setVisible(show);
      if (show) { l.setScale(1 / z); l.setPosition(x / z, y / z); }
    });
  }

  /** Villages in label priority: people at risk first, then by population (ties by index). */
  private villageOrder(): number[] {
    if (!this.villageRank) {
      const vs = this.s.villages;
      this.villageRank = vs.map((_, i) => i).sort((a, b) => (vs[b].atRisk.people > 0 ? 1 : 0) - (vs[a].atRisk.people > 0 ? 1 : 0) || vs[b].population - vs[a].population || a - b);
    }
    return this.villageRank;
  }

  /** Relabels after a language switch. */
  relabel(): void {
    this.townLabels.forEach((t, i) => t.setText(lt(this.s.townships[i].name)));
    this.villageLabels.forEach((t, i) => t.setText(lt(this.s.villages[i].name)));
    this.roadLabels.forEach((t, k) => t.setText(roadShortName(this.s, this.roadLabelEdges[k], currentLang())));
    this.updateLabels();
  }

  /** Draws the units, eased toward their latest positions; true while any is still moving. */
  private drawUnits(dt: number): boolean {
    const g = this.unitsG;
    g.clear();
    const view = this.store.view;
    if (!view || !this.layers.units) return false;
    let moving = false;
    const z = this.cameras.main.zoom;
    const px = (n: number) => n / z;
    const ease = 1 - Math.exp(-dt / 120);
    const seen = new Set<string>();
    const places = this.s;
    // Routes first, under the markers: a dashed line to where each moving unit goes.
    for (const u of view.units) {
      seen.add(u.id);
      let sp = this.units.get(u.id);
      const tx = this.wx(u.x), ty = this.wy(u.y);
      if (!sp) { sp = { x: tx, y: ty, tx, ty }; this.units.set(u.id, sp); }
      sp.tx = tx; sp.ty = ty;
      const far = Math.hypot(sp.tx - sp.x, sp.ty - sp.y) > 200;
      sp.x = far ? sp.tx : sp.x + (sp.tx - sp.x) * ease;
      sp.y = far ? sp.ty : sp.y + (sp.ty - sp.y) * ease;
      if (Math.abs(sp.tx - sp.x) + Math.abs(sp.ty - sp.y) > 0.05) moving = true;
      if ((u.status === 'enRoute' || u.status === 'turningOut' || u.status === 'stranded') && u.destination) {
        const dest = placeXY(places, u.destination);
        if (dest) {
          g.lineStyle(px(1.5), u.status === 'stranded' ? UNIT_COLOURS.stranded : 0x6a1b9a, 0.7);
          dashed(g, sp.x, sp.y, this.wx(dest.x), this.wy(dest.y), px(6), px(4));
        }
      }
    }
    // A team's own way ahead on the roads (its task's route), over the straight dashed line.
    const route = view.drill?.route ?? [];
    if (route.length) {
      // Yellow on a dark casing, as a navigation route: no road class or closure uses it.
      for (const [w, c] of [[5, 0x212121], [2.5, 0xffd600]] as const) {
        g.lineStyle(px(w), c, 0.95);
        g.beginPath();
        g.moveTo(this.wx(route[0][0]), this.wy(route[0][1]));
        for (let i = 1; i < route.length; i++) g.lineTo(this.wx(route[i][0]), this.wy(route[i][1]));
        g.strokePath();
      }
    }
    for (const id of [...this.units.keys()]) if (!seen.has(id)) this.units.delete(id);
    for (const u of view.units) {
      const sp = this.units.get(u.id)!;
      const r = px(u.status === 'atBase' ? 4 : 6);
      g.fillStyle(UNIT_COLOURS[u.status] ?? 0x000000, 1);
      if (u.type === 'aviation') g.fillTriangle(sp.x, sp.y - r * 1.3, sp.x - r, sp.y + r, sp.x + r, sp.y + r);
      else g.fillRect(sp.x - r, sp.y - r, 2 * r, 2 * r);
      g.lineStyle(px(1.5), 0xffffff, 1);
      if (u.type === 'aviation') g.strokeTriangle(sp.x, sp.y - r * 1.3, sp.x - r, sp.y + r, sp.x + r, sp.y + r);
      else g.strokeRect(sp.x - r, sp.y - r, 2 * r, 2 * r);
    }
    for (const c of view.supplies.convoys) {
      if (c.status === 'arrived') continue;
      const x = this.wx(c.x), y = this.wy(c.y), r = px(5);
      g.fillStyle(c.status === 'stranded' ? UNIT_COLOURS.stranded : 0x795548, 1);
      g.fillCircle(x, y, r);
      g.lineStyle(px(1.5), 0xffffff, 1); g.strokeCircle(x, y, r);
    }
    return moving;
  }

  private drawSelection(): void {
    const g = this.selectG;
    g.clear();
    if (!this.selection) return;
    const pos = this.pickPos(this.selection);
    if (!pos) return;
    const z = this.cameras.main.zoom;
    g.lineStyle(3 / z, 0x00e5ff, 1);
    g.strokeCircle(pos.x, pos.y, 13 / z);
    g.lineStyle(1.5 / z, 0x000000, 0.8);
    g.strokeCircle(pos.x, pos.y, 15 / z);
  }

  /** Something changed (a view, a raster, the camera, input): keep drawing for a while. */
  poke(): void {
    this.lastActivity = performance.now();
    const loop = this.game?.loop;
    if (loop && !loop.running) { this.justWoke = true; loop.wake(true); }
  }

  override update(_time: number, delta: number): void {
    this.framesDrawn++;
    if (this.frameTimes.length >= 4000) this.frameTimes.splice(0, 2000);
    // The first frame after a sleep spans the sleep: not a frame time.
    if (!this.justWoke) this.frameTimes.push(delta);
    this.justWoke = false;
    const z = this.cameras.main.zoom;
    const zoomChanged = Math.abs(z - this.lastZoom) > 1e-6;
    if (zoomChanged) {
      this.lastZoom = z; this.dirtyPlaces = true; this.dirtyClosures = true; this.dirtyPlots = true; this.updateLabels();
      const key = z * WORLD > 1.2 * WORLD / 2 ? 'base' : 'base-half';
      if (this.baseImage.texture.key !== key) this.baseImage.setTexture(key).setDisplaySize(WORLD, WORLD * (this.s.grid.height / this.s.grid.width));
    }
    if (this.store.view !== this.lastView) { this.lastView = this.store.view; this.dirtyPlaces = true; }
    this.redrawOverlay();
    if (this.dirtyClosures) { this.dirtyClosures = false; this.redrawClosures(); }
    if (this.dirtyPlaces) { this.dirtyPlaces = false; this.redrawPlaces(); }
    if (this.dirtyPlots) { this.dirtyPlots = false; this.plotLayer.draw(this.store.view?.plots ?? [], this.draft, z, this.layers.plots !== false); }
    const moving = this.drawUnits(delta);
    this.drawSelection();
    if (zoomChanged || moving) this.lastActivity = performance.now();
    // Nothing has changed for a while: stop the render loop until something does (a map that
    // sits still costs no CPU — laptops, projectors, a room full of consoles).
    if (!this.awake && performance.now() - this.lastActivity > IDLE_MS && !this.drag) this.game.loop.sleep();
  }

  setLayers(l: Partial<Layers>): void {
    this.poke();
    Object.assign(this.layers, l);
    this.rasterVersion = '';
    this.dirtyPlaces = true; this.dirtyClosures = true; this.dirtyPlots = true;
    this.overlayImage.setVisible(this.layers.water || this.layers.fire);
    this.zoneImage?.setVisible(this.layers.damBreakZone !== false);
    this.showIntensity();
    this.updateLabels();
  }

  /** The intensity map shows once the view has it (published to this role) and its layer is on. */
  private showIntensity(): void {
    this.intensityImage?.setVisible(!!this.store.view?.intensityMap && this.layers.intensityMap !== false);
  }

  markEdges(edges: number[]): void { this.pickedEdges = edges; this.dirtyClosures = true; this.poke(); }

  setDraft(d: Draft | null): void { this.draft = d; this.dirtyPlots = true; this.poke(); }
}

/**
 * WebGL with a GPU; Phaser's Canvas renderer where WebGL is emulated in software (SwiftShader,
 * llvmpipe: headless Chromium, virtual machines, locked-down office PCs) — there Skia's CPU
 * rasteriser draws this map several times faster than emulated GL. `?renderer=webgl|canvas`
 * overrides.
 */
export function rendererType(): number {
  const asked = new URLSearchParams(location.search).get('renderer');
  if (asked === 'webgl') return Phaser.WEBGL;
  if (asked === 'canvas') return Phaser.CANVAS;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return Phaser.CANVAS;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}

/** A gauge's colour by how alarming its reading is (a reservoir's by its own lines). */
function gaugeColour(s: Scenario, id: string, gv: { level: number; state: string } | undefined): number {
  if (!gv) return hex(ALARM_RGB[0]);
  const g = s.gauges.find((x) => x.id === id);
  const severity = g?.on === 'reservoir' && g.reservoir
    ? RESERVOIR_STATES.indexOf(reservoirState(s, g.reservoir, gv.level))
    : gv.state === 'danger' ? 3 : gv.state === 'warning' ? 2 : 0;
  return hex(ALARM_RGB[Math.max(0, severity)]);
}

function floodCells(_s: Scenario, grid: { width: number; height: number }): number {
  return grid.width * grid.height;
}

function placeXY(s: Scenario, label: string): { x: number; y: number } | null {
  if (label.startsWith('node:')) { const n = Number(label.slice(5)); return Number.isInteger(n) && n >= 0 && n < s.roads.nodeCount ? { x: s.roads.nodeX[n], y: s.roads.nodeY[n] } : null; }
  for (const list of [s.villages, s.shelters, s.townships, s.depots, s.teamBases, s.reservoirs, s.gauges, s.cameras]) {
    const p = (list as { id: string; x: number; y: number }[]).find((q) => q.id === label);
    if (p) return p;
  }
  return null;
}

function dashed(g: Phaser.GameObjects.Graphics, x0: number, y0: number, x1: number, y1: number, dash: number, gap: number): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len < 1e-6) return;
  const ux = (x1 - x0) / len, uy = (y1 - y0) / len;
  const steps = Math.min(200, Math.ceil(len / (dash + gap)));
  const step = len / steps;
  for (let i = 0; i < steps; i++) {
    const a = i * step, b = Math.min(len, a + step * (dash / (dash + gap)));
    g.lineBetween(x0 + ux * a, y0 + uy * a, x0 + ux * b, y0 + uy * b);
  }
}

/** The map in a DOM element. */
export class MapView {
  game: Phaser.Game | null = null;
  private scene: MapScene | null = null;
  private readonly ready: Promise<MapScene>;

  constructor(parent: HTMLElement, store: Store, onPick: (p: Pick | null) => void) {
    const scene = new MapScene(store);
    scene.onPick = onPick;
    // Phaser sizes its canvas from the parent: wait until the console is in the page.
    const boot = () => {
      if (!parent.isConnected || parent.clientWidth === 0 || parent.clientHeight === 0) { requestAnimationFrame(boot); return; }
      this.game = new Phaser.Game({
        type: rendererType(),
        parent,
        backgroundColor: '#dfe6ea',
        scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
        render: { antialias: true, powerPreference: 'high-performance', mipmapFilter: 'LINEAR_MIPMAP_LINEAR' },
        banner: false,
        audio: { noAudio: true },
        scene,
      });
    };
    boot();
    this.ready = new Promise((resolve) => {
      const check = () => (this.game && scene.sys?.settings?.status >= Phaser.Scenes.RUNNING ? resolve(scene) : setTimeout(check, 30));
      check();
    });
    void this.ready.then((s) => { this.scene = s; });
  }

  whenReady(): Promise<MapScene> { return this.ready; }
  fit(): void { this.scene?.fit(); }
  fitHome(): void { this.scene?.fitHome(); }
  /** The camera's view in world units (tests: which part of the district is on screen). */
  worldView(): { x: number; y: number; width: number; height: number } | null { const v = this.scene?.cameras.main.worldView; return v ? { x: v.x, y: v.y, width: v.width, height: v.height } : null; }
  zoomBy(f: number): void { this.scene?.zoomBy(f); }
  focus(p: Pick): void { this.scene?.focus(p); }
  select(p: Pick | null): void { if (this.scene) { this.scene.selection = p; this.scene.poke(); } }
  /** Keeps the map drawing every frame (the frame-time benchmark). */
  keepAwake(on: boolean): void { if (this.scene) this.scene.awake = on; }
  setLayers(l: Partial<Layers>): void { this.scene?.setLayers(l); }
  layers(): Layers | null { return this.scene?.layers ?? null; }
  markEdges(edges: number[]): void { this.scene?.markEdges(edges); }
  /** The 标绘 tool: the plot being drawn, and where its clicks go (null: clicks pick again). */
  setDraft(d: Draft | null): void { this.scene?.setDraft(d); }
  onMapClick(f: ((x: number, y: number) => void) | null): void { void this.ready.then((s) => { s.onMapClick = f; }); }
  relabel(): void { this.scene?.relabel(); }
  status(): PlaceStatus | null { return this.scene?.status ?? null; }
  frameTimes(): number[] { return this.scene?.frameTimes ?? []; }
  framesDrawn(): number { return this.scene?.framesDrawn ?? 0; }
  destroy(): void { this.game?.destroy(true); }
}
