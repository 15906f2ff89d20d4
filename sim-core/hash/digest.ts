// A fast non-cryptographic 64-bit digest (two 32-bit lanes, cyrb53-style multiply-xorshift
// mixing). Used for state hashes: determinism tests compare them, so it must be identical on
// every engine — only integer ops (Math.imul, xor, shifts) are used.
export class Digest {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  string(s: string): this {
    let h1 = this.h1, h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1; this.h2 = h2;
    return this;
  }

  /** Feeds the raw bytes of a typed array, four at a time where aligned. */
  bytes(a: ArrayBufferView): this {
    let h1 = this.h1, h2 = this.h2;
    const n = a.byteLength, words = n >>> 2;
    if ((a.byteOffset & 3) === 0) {
      const w = new Uint32Array(a.buffer, a.byteOffset, words);
      for (let i = 0; i < words; i++) {
        const v = w[i];
        h1 = Math.imul(h1 ^ v, 2654435761);
        h2 = Math.imul(h2 ^ v, 1597334677);
      }
    } else {
      const b = new Uint8Array(a.buffer, a.byteOffset, n);
      for (let i = 0; i < words * 4; i++) {
        h1 = Math.imul(h1 ^ b[i], 2654435761);
        h2 = Math.imul(h2 ^ b[i], 1597334677);
      }
    }
    const tail = new Uint8Array(a.buffer, a.byteOffset + words * 4, n - words * 4);
    for (let i = 0; i < tail.length; i++) {
      h1 = Math.imul(h1 ^ tail[i], 2654435761);
      h2 = Math.imul(h2 ^ tail[i], 1597334677);
    }
    // The length goes in too, so [] and [0] differ.
    h1 = Math.imul(h1 ^ n, 2654435761);
    this.h1 = h1; this.h2 = h2;
    return this;
  }

  /** 16 hex digits. */
  hex(): string {
    let h1 = this.h1, h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}
