// Writes a small .osm.pbf for the tests (no real extract can be downloaded here): one header
// blob and one data blob holding dense nodes and ways, zlib-compressed, laid out as the OSM PBF
// format describes (fileformat.proto / osmformat.proto), encoded with the pbf library.
import { deflateSync } from 'node:zlib';
import { PbfWriter as Pbf } from 'pbf';

export interface OsmNodeOut { id: number; lon: number; lat: number }
export interface OsmWayOut { id: number; refs: number[]; tags: Record<string, string> }

function blob(type: string, payload: Uint8Array): Uint8Array {
  const body = new Pbf();
  body.writeVarintField(2, payload.length);            // Blob.raw_size
  body.writeBytesField(3, deflateSync(payload));       // Blob.zlib_data
  const blobBytes = body.finish();
  const head = new Pbf();
  head.writeStringField(1, type);                      // BlobHeader.type
  head.writeVarintField(3, blobBytes.length);          // BlobHeader.datasize
  const headBytes = head.finish();
  const out = new Uint8Array(4 + headBytes.length + blobBytes.length);
  new DataView(out.buffer).setInt32(0, headBytes.length, false);
  out.set(headBytes, 4);
  out.set(blobBytes, 4 + headBytes.length);
  return out;
}

const deltas = (values: number[]) => values.map((v, k) => v - (k ? values[k - 1] : 0));

export function osmPbfBytes(nodes: OsmNodeOut[], ways: OsmWayOut[]): Uint8Array {
  const header = new Pbf();
  header.writeStringField(4, 'OsmSchema-V0.6');        // HeaderBlock.required_features
  header.writeStringField(4, 'DenseNodes');
  header.writeStringField(16, 'tuiyan tests');         // writingprogram

  const strings = [''];
  const sid = (s: string) => { let k = strings.indexOf(s); if (k < 0) { k = strings.length; strings.push(s); } return k; };
  const wayTags = ways.map((w) => Object.entries(w.tags).map(([k, v]) => [sid(k), sid(v)]));
  const block = new Pbf();
  block.writeMessage(1, (list: string[], pbf: Pbf) => { for (const s of list) pbf.writeBytesField(1, new TextEncoder().encode(s)); }, strings);
  // Coordinates in units of 100 nanodegrees (the default granularity).
  block.writeMessage(2, (ns: OsmNodeOut[], pbf: Pbf) => {
    pbf.writeMessage(2, (d: OsmNodeOut[], q: Pbf) => {
      q.writePackedSVarint(1, deltas(d.map((n) => n.id)));
      q.writePackedSVarint(8, deltas(d.map((n) => Math.round(n.lat * 1e7))));
      q.writePackedSVarint(9, deltas(d.map((n) => Math.round(n.lon * 1e7))));
    }, ns);
  }, nodes);
  block.writeMessage(2, (ws: OsmWayOut[], pbf: Pbf) => {
    ws.forEach((w, k) => pbf.writeMessage(3, (way: OsmWayOut, q: Pbf) => {
      q.writeVarintField(1, way.id);
      q.writePackedVarint(2, wayTags[k].map((t) => t[0]));
      q.writePackedVarint(3, wayTags[k].map((t) => t[1]));
      q.writePackedSVarint(8, deltas(way.refs));
    }, w));
  }, ways);

  const parts = [blob('OSMHeader', header.finish()), blob('OSMData', block.finish())];
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
