// A binary min-heap of (key, item) pairs on typed arrays, for Dijkstra/A* over the road graph.
// Equal keys pop by ascending item, so the pop order is a total order on the pairs and a
// route never depends on the order pushes happened to arrive in.

export class MinHeap {
  private keys: Float64Array;
  private items: Int32Array;
  /** number of entries held */
  size = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest key held; Infinity when empty. */
  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  /** The item with the smallest key held; -1 when empty. */
  peekItem(): number {
    return this.size > 0 ? this.items[0] : -1;
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) this.grow();
    this.siftUp(this.size++, key, item);
  }

  /** Moves parents down from hole i until (key, item) fits there. */
  private siftUp(i: number, key: number, item: number): void {
    const keys = this.keys;
    const items = this.items;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p];
      if (pk < key || (pk === key && items[p] <= item)) break;
      keys[i] = pk;
      items[i] = items[p];
      i = p;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Removes the smallest (key, item) and returns its item; -1 when empty. Read its key with
   *  `peekKey()` first if it is needed. */
  pop(): number {
    if (this.size === 0) return -1;
    const keys = this.keys;
    const items = this.items;
    const top = items[0];
    const n = --this.size;
    if (n === 0) return top;
    // Floyd's bottom-up deletion: walk the hole down to a leaf along the smaller children
    // (one comparison a level), then sift the last entry up from there; it rarely rises far.
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r] < keys[c] || (keys[r] === keys[c] && items[r] < items[c]))) c = r;
      keys[i] = keys[c];
      items[i] = items[c];
      i = c;
    }
    this.siftUp(i, keys[n], items[n]);
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const items = new Int32Array(this.items.length * 2);
    keys.set(this.keys);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}
