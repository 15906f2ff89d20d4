// Snapshots in the database: the core's Snapshot with its typed arrays stored as raw bytes
// instead of base64 text (the core's JSON codec takes ~0.6 s for the district; this ~20 ms),
// then deflated. The walk is generic — any typed array anywhere in the snapshot is carried as
// bytes — so a field the core adds later is stored without a change here.
import { deflate, inflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { Snapshot } from '../../sim-core/snapshot.ts';

const MAGIC = Buffer.from('TYSNAP1\n');
const BIN = '\u0000bin';

type TypedArray = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array | Int8Array;
const TYPED: Record<string, new (b: ArrayBuffer) => TypedArray> = {
  Float64Array, Float32Array, Int32Array, Uint32Array, Int16Array, Uint16Array, Uint8Array, Int8Array,
};

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** The snapshot as uncompressed bytes: magic, JSON length, JSON, then 8-aligned array bytes. */
export function encodeSnapshot(snap: Snapshot): Buffer {
  const segments: Buffer[] = [];
  let offset = 0;
  const json = JSON.stringify(snap, (_key, value) => {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const type = value.constructor.name;
      if (!(type in TYPED)) throw new Error(`snapshot: cannot store a ${type}`);
      const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      const ref = { [BIN]: segments.length, type, offset, length: bytes.length };
      segments.push(bytes);
      const gap = pad8(bytes.length);
      if (gap) segments.push(Buffer.alloc(gap));
      offset += bytes.length + gap;
      return ref;
    }
    return value;
  });
  const head = Buffer.from(json, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const headPad = Buffer.alloc(pad8(MAGIC.length + 4 + head.length));
  return Buffer.concat([MAGIC, len, head, headPad, ...segments]);
}

export function decodeSnapshot(raw: Buffer): Snapshot {
  if (raw.length < 12 || !raw.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a tuiyan snapshot blob');
  const jsonLen = raw.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const json = raw.toString('utf8', jsonStart, jsonStart + jsonLen);
  const dataStart = jsonStart + jsonLen + pad8(jsonStart + jsonLen);
  return JSON.parse(json, (_key, value) => {
    if (value && typeof value === 'object' && BIN in value) {
      const Ctor = TYPED[value.type as string];
      if (!Ctor) throw new Error(`snapshot: unknown array type ${value.type}`);
      const start = dataStart + value.offset;
      const copy = new Uint8Array(value.length);
      copy.set(raw.subarray(start, start + value.length));
      return new Ctor(copy.buffer);
    }
    return value;
  }) as Snapshot;
}

const deflateAsync = promisify(deflate);

/** Compresses on libuv's thread pool, so a snapshot never blocks the event loop for long. */
export async function packSnapshot(snap: Snapshot): Promise<Buffer> {
  return deflateAsync(encodeSnapshot(snap), { level: 1 });
}

export function unpackSnapshot(blob: Buffer): Snapshot {
  return decodeSnapshot(inflateSync(blob));
}
