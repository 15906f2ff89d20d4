// The district raster. Row-major from the south-west corner: cell [i, j] is column i (x east)
// and row j (y north), at index j·width + i; coordinates are metres from the south-west corner.
export interface Grid {
  width: number;
  height: number;
  /** Cell edge in metres. */
  cellSize: number;
}

export function cellIndex(g: Grid, i: number, j: number): number {
  return j * g.width + i;
}

/** The cell containing point (x, y), or -1 off the grid. */
export function cellAt(g: Grid, x: number, y: number): number {
  const i = Math.floor(x / g.cellSize), j = Math.floor(y / g.cellSize);
  if (i < 0 || j < 0 || i >= g.width || j >= g.height) return -1;
  return j * g.width + i;
}

export function onGrid(g: Grid, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < g.width * g.cellSize && y < g.height * g.cellSize;
}
