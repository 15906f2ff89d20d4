// An RGBA raster to paint situation maps on (pixels, lines, filled discs, rings): plain typed
// arrays, so the same painting runs in Node, a page and a worker.
import type { Rgb } from './palette.ts';

export class Raster {
  readonly rgba: Uint8ClampedArray<ArrayBuffer>;
  constructor(readonly width: number, readonly height: number) {
    this.rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  }

  set(x: number, y: number, c: Rgb, alpha = 1): void {
    x = Math.round(x); y = Math.round(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const o = (y * this.width + x) * 4;
    for (let k = 0; k < 3; k++) this.rgba[o + k] = Math.round(this.rgba[o + k] * (1 - alpha) + c[k] * alpha);
    this.rgba[o + 3] = 255;
  }

  line(x0: number, y0: number, x1: number, y1: number, c: Rgb, width = 1): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps, y = y0 + ((y1 - y0) * s) / steps;
      if (width <= 1) this.set(x, y, c);
      else this.disc(x, y, width / 2, c);
    }
  }

  /** Clipped to the raster, so a typhoon's wind circle hundreds of kilometres wide costs no more than the picture. */
  disc(cx: number, cy: number, r: number, c: Rgb, alpha = 1): void {
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(this.height - 1, Math.ceil(cy + r)); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(this.width - 1, Math.ceil(cx + r)); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.set(x, y, c, alpha);
      }
    }
  }

  ring(cx: number, cy: number, r: number, c: Rgb): void {
    for (let a = 0; a < 64; a++) this.set(cx + r * Math.cos((a * Math.PI) / 32), cy + r * Math.sin((a * Math.PI) / 32), c);
  }

  /** A circle's outline `width` pixels wide at any radius (ring's 64 points leave gaps on a large one), clipped to the raster. */
  circle(cx: number, cy: number, r: number, c: Rgb, width = 1, alpha = 1): void {
    const lo = Math.max(0, r - width / 2), hi = r + width / 2;
    for (let y = Math.max(0, Math.floor(cy - hi)); y <= Math.min(this.height - 1, Math.ceil(cy + hi)); y++) {
      for (let x = Math.max(0, Math.floor(cx - hi)); x <= Math.min(this.width - 1, Math.ceil(cx + hi)); x++) {
        const d2 = (x - cx) ** 2 + (y - cy) ** 2;
        if (d2 >= lo * lo && d2 <= hi * hi) this.set(x, y, c, alpha);
      }
    }
  }

  /**
   * A filled polygon (points in pixels, closed), even-odd, sampled at pixel centres and clipped to
   * the raster: a wind circle far wider than the picture costs a scan of the picture's rows only.
   */
  polygon(pts: readonly (readonly [number, number])[], c: Rgb, alpha = 1): void {
    let top = Infinity, bottom = -Infinity;
    for (const [, y] of pts) { if (y < top) top = y; if (y > bottom) bottom = y; }
    const xs: number[] = [];
    for (let y = Math.max(0, Math.ceil(top - 0.5)); y <= Math.min(this.height - 1, Math.floor(bottom - 0.5)); y++) {
      const yc = y + 0.5;
      xs.length = 0;
      for (let k = 0; k < pts.length; k++) {
        const [x0, y0] = pts[k], [x1, y1] = pts[(k + 1) % pts.length];
        if ((y0 <= yc) !== (y1 <= yc)) xs.push(x0 + ((yc - y0) * (x1 - x0)) / (y1 - y0));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        for (let x = Math.max(0, Math.ceil(xs[k] - 0.5)); x <= Math.min(this.width - 1, Math.floor(xs[k + 1] - 0.5)); x++) this.set(x, y, c, alpha);
      }
    }
  }

  /** A closed polygon's outline `width` pixels wide. */
  outline(pts: readonly (readonly [number, number])[], c: Rgb, width = 1): void {
    for (let k = 0; k < pts.length; k++) {
      const [x0, y0] = pts[k], [x1, y1] = pts[(k + 1) % pts.length];
      if (x0 === x1 && y0 === y1) continue;
      this.line(x0, y0, x1, y1, c, width);
    }
  }

  /** A filled square of half-side `half`. */
  square(cx: number, cy: number, half: number, c: Rgb): void {
    for (let y = Math.round(cy - half); y <= Math.round(cy + half); y++) for (let x = Math.round(cx - half); x <= Math.round(cx + half); x++) this.set(x, y, c);
  }
}
