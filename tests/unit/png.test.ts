import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../server/render/png.ts';

describe('PNG encoder for situation maps', () => {
  it('writes a valid signature, header and the pixels back out', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 1, 2, 3, 255, 4, 5, 6, 255]);
    const png = encodePng(3, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([3, 2, 8, 6]);
    // IHDR CRC over type + data, checked against zlib's own crc32.
    expect(view.getUint32(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLen = view.getUint32(33);
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLen));
    expect(raw.length).toBe(2 * (3 * 4 + 1));
    expect([...raw.subarray(1, 13)]).toEqual([...rgba.subarray(0, 12)]);
    expect(raw[13]).toBe(0); // filter byte of row 2
    expect([...raw.subarray(14)]).toEqual([...rgba.subarray(12)]);
  });
});
