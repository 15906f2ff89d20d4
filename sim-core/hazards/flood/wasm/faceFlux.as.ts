// AssemblyScript source of the flood kernel's WebAssembly passes (`npm run build:flood-wasm`
// compiles it into faceFluxWasmBytes.ts). The same updates as faceFlux.ts and cellBalance.ts,
// operation for operation, so the results are bit-identical: wasm's f64 add/sub/mul/div/abs
// are IEEE's, never fused, and every `a > b ? a : b` of the JavaScript is a compare-and-select
// here, lane by lane. Two faces at a time in f64x2 lanes (SIMD, not relaxed SIMD); the odd face
// at a row's end, and a pair whose h_f is outside ∛'s normal range, go through the scalar code.
//
// Memory (imported, laid out by floodWasm.ts): the ∛ tables at `tables` (2048 f64 of
// 2^−(e−1023), then 2048 of ∛(2^(e−1023)), from sim-core/math/cbrt.ts), and the arrays given
// by byte address. Addresses are in bytes; a crest address of 0 means "no levees".

// sim-core/math/cbrt.ts, the same constants and steps.
const G0: f64 = 0.6263522077797512;
const G1: f64 = 0.4335672380068696;
const G2: f64 = -0.05863781317614534;
const TWO_54: f64 = 18014398509481984;
const NORMAL_MIN: f64 = 2.2250738585072014e-308;
const NORMAL_MAX: f64 = 1e300;

// @ts-ignore: decorator
@inline
function cbrtNormal(a: f64, tables: usize): f64 {
  const e = <usize>((reinterpret<u64>(a) >> 52) & 0x7ff);
  const m = a * load<f64>(tables + (e << 3));
  let t = load<f64>(tables + 16384 + (e << 3)) * (G0 + m * (G1 + m * G2));
  let t3 = t * t * t;
  t *= (t3 + a + a) / (t3 + t3 + a);
  t3 = t * t * t;
  return t + t * ((a - t3) / (t3 + t3 + a));
}

function cbrt(x: f64, tables: usize): f64 {
  if (x > 0 && x < Infinity) {
    if (x >= NORMAL_MIN && x < NORMAL_MAX) return cbrtNormal(x, tables);
    return x < 1 ? cbrtNormal(x * TWO_54, tables) * (1.0 / 262144.0) : cbrtNormal(x * (1.0 / TWO_54), tables) * 262144.0;
  }
  if (x < 0 && x > -Infinity) return -cbrt(-x, tables);
  return x;
}

// ∛ of both lanes, each in [NORMAL_MIN, NORMAL_MAX): cbrtNormal lane by lane.
// @ts-ignore: decorator
@inline
function cbrtNormal2(a: v128, tables: usize): v128 {
  const e0 = <usize>((i64x2.extract_lane(a, 0) >>> 52) & 0x7ff);
  const e1 = <usize>((i64x2.extract_lane(a, 1) >>> 52) & 0x7ff);
  const unscale = f64x2.replace_lane(f64x2.splat(load<f64>(tables + (e0 << 3))), 1, load<f64>(tables + (e1 << 3)));
  const root = f64x2.replace_lane(f64x2.splat(load<f64>(tables + 16384 + (e0 << 3))), 1, load<f64>(tables + 16384 + (e1 << 3)));
  const m = f64x2.mul(a, unscale);
  let t = f64x2.mul(root, f64x2.add(f64x2.splat(G0), f64x2.mul(m, f64x2.add(f64x2.splat(G1), f64x2.mul(m, f64x2.splat(G2))))));
  let t3 = f64x2.mul(f64x2.mul(t, t), t);
  t = f64x2.mul(t, f64x2.div(f64x2.add(f64x2.add(t3, a), a), f64x2.add(f64x2.add(t3, t3), a)));
  t3 = f64x2.mul(f64x2.mul(t, t), t);
  return f64x2.add(t, f64x2.mul(t, f64x2.div(f64x2.sub(a, t3), f64x2.add(f64x2.add(t3, t3), a))));
}

// ∛ of both lanes for any values: the vector path when both are normal, else lane by lane.
// @ts-ignore: decorator
@inline
function cbrt2(hf: v128, tables: usize): v128 {
  const h0 = f64x2.extract_lane(hf, 0), h1 = f64x2.extract_lane(hf, 1);
  if (h0 >= NORMAL_MIN && h0 < NORMAL_MAX && h1 >= NORMAL_MIN && h1 < NORMAL_MAX) return cbrtNormal2(hf, tables);
  return f64x2.replace_lane(f64x2.splat(cbrt(h0, tables)), 1, cbrt(h1, tables));
}

// `x > y ? x : y` per lane.
// @ts-ignore: decorator
@inline
function larger(x: v128, y: v128): v128 {
  return v128.bitselect(x, y, f64x2.gt(x, y));
}

/** One face, as faceFlux.ts computes it. qLeft and qRight are the neighbours' old discharges. */
// @ts-ignore: decorator
@inline
function face(q0: f64, qLeft: f64, qRight: f64, za: f64, zb: f64, ea: f64, eb: f64, crest: f64, hasCrest: bool, nn: f64,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, tables: usize): f64 {
  let zf = za > zb ? za : zb;
  if (hasCrest && crest > zf) zf = crest;
  const hf = (ea > eb ? ea : eb) - zf;
  if (hf <= dry) return 0;
  let qw = theta * q0 + halfRest * (qLeft + qRight);
  if (qw * q0 < 0) qw = q0;
  const num = qw - gdtOverDx * hf * (eb - ea);
  if (q0 == 0) return num;
  return num / (1 + (gdt * nn * Math.abs(q0)) / (hf * hf * cbrt(hf, tables)));
}

/** Two faces in lanes; the same as face() per lane. */
// @ts-ignore: decorator
@inline
function face2(q0: v128, qLeft: v128, qRight: v128, za: v128, zb: v128, ea: v128, eb: v128, crest: v128, hasCrest: bool, nn: v128,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, tables: usize): v128 {
  let zf = larger(za, zb);
  if (hasCrest) zf = larger(crest, zf);
  const hf = f64x2.sub(larger(ea, eb), zf);
  let qw = f64x2.add(f64x2.mul(f64x2.splat(theta), q0), f64x2.mul(f64x2.splat(halfRest), f64x2.add(qLeft, qRight)));
  qw = v128.bitselect(q0, qw, f64x2.lt(f64x2.mul(qw, q0), f64x2.splat(0)));
  const num = f64x2.sub(qw, f64x2.mul(f64x2.mul(f64x2.splat(gdtOverDx), hf), f64x2.sub(eb, ea)));
  // Not (h_f ≤ dry) rather than h_f > dry: a NaN counts as wet, as in face().
  const wet = v128.not(f64x2.le(hf, f64x2.splat(dry)));
  const moving = f64x2.ne(q0, f64x2.splat(0));
  let q = num;
  if (v128.any_true(v128.and(wet, moving))) {
    const friction = f64x2.div(f64x2.mul(f64x2.mul(f64x2.splat(gdt), nn), f64x2.abs(q0)), f64x2.mul(f64x2.mul(hf, hf), cbrt2(hf, tables)));
    q = v128.bitselect(f64x2.div(num, f64x2.add(f64x2.splat(1), friction)), num, moving);
  }
  return v128.and(q, wet);
}

/** faceFlux.ts fluxXRow: x-faces first..last of row j. */
function fluxXRow(depth: usize, qx: usize, z: usize, n2: usize, crest: usize, tables: usize, w: i32, j: i32, first: i32, last: i32,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, uniformN: bool, n2Uniform: f64): void {
  const fBase = j * (w + 1), cBase = j * w - 1;
  const hasCrest = crest != 0;
  let qPrevOld = load<f64>(qx + (<usize>(fBase + first - 1) << 3));
  let i = first;
  // Pairs: faces f, f + 1 between cells a, a + 1 and b = a + 1, a + 2.
  let prev = f64x2.splat(qPrevOld);
  for (; i + 1 <= last; i += 2) {
    const f = <usize>(fBase + i) << 3, a = <usize>(cBase + i) << 3, b = a + 8;
    const q0 = v128.load(qx + f);
    const qLeft = v128.shuffle<f64>(prev, q0, 1, 2);
    const qRight = v128.load(qx + f + 8);
    prev = q0;
    const za = v128.load(z + a), zb = v128.load(z + b);
    const ea = f64x2.add(za, v128.load(depth + a)), eb = f64x2.add(zb, v128.load(depth + b));
    const cr = hasCrest ? v128.load(crest + f) : f64x2.splat(0);
    const nn = uniformN ? f64x2.splat(n2Uniform) : f64x2.mul(f64x2.splat(0.5), f64x2.add(v128.load(n2 + a), v128.load(n2 + b)));
    v128.store(qx + f, face2(q0, qLeft, qRight, za, zb, ea, eb, cr, hasCrest, nn, theta, halfRest, dry, gdt, gdtOverDx, tables));
  }
  qPrevOld = f64x2.extract_lane(prev, 1);
  for (; i <= last; i++) {
    const f = <usize>(fBase + i) << 3, a = <usize>(cBase + i) << 3, b = a + 8;
    const q0 = load<f64>(qx + f);
    const qLeft = qPrevOld;
    qPrevOld = q0;
    const za = load<f64>(z + a), zb = load<f64>(z + b);
    const nn = uniformN ? n2Uniform : 0.5 * (load<f64>(n2 + a) + load<f64>(n2 + b));
    store<f64>(qx + f, face(q0, qLeft, load<f64>(qx + f + 8), za, zb, za + load<f64>(depth + a), zb + load<f64>(depth + b),
      hasCrest ? load<f64>(crest + f) : 0, hasCrest, nn, theta, halfRest, dry, gdt, gdtOverDx, tables));
  }
}

/** faceFlux.ts fluxYRow: y-faces lo..hi of face row j; old values of face row j − 1 in qyOld for columns pLo..pHi. */
function fluxYRow(depth: usize, qy: usize, z: usize, n2: usize, crest: usize, qyOld: usize, tables: usize, w: i32, j: i32, lo: i32, hi: i32, pLo: i32, pHi: i32,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, uniformN: bool, n2Uniform: f64): void {
  const fBase = j * w;
  const hasCrest = crest != 0;
  const row = <usize>w << 3;
  let i = lo;
  for (; i + 1 <= hi; i += 2) {
    const f = <usize>(fBase + i) << 3, o = <usize>i << 3;
    const q0 = v128.load(qy + f);
    const in0 = i >= pLo && i <= pHi, in1 = i + 1 >= pLo && i + 1 <= pHi;
    let qDown: v128;
    if (in0 && in1) qDown = v128.load(qyOld + o);
    else if (!in0 && !in1) qDown = v128.load(qy + f - row);
    else qDown = f64x2.replace_lane(f64x2.splat(load<f64>(in0 ? qyOld + o : qy + f - row)), 1, load<f64>(in1 ? qyOld + o + 8 : qy + f - row + 8));
    v128.store(qyOld + o, q0);
    const za = v128.load(z + f - row), zb = v128.load(z + f);
    const ea = f64x2.add(za, v128.load(depth + f - row)), eb = f64x2.add(zb, v128.load(depth + f));
    const cr = hasCrest ? v128.load(crest + f) : f64x2.splat(0);
    const nn = uniformN ? f64x2.splat(n2Uniform) : f64x2.mul(f64x2.splat(0.5), f64x2.add(v128.load(n2 + f - row), v128.load(n2 + f)));
    v128.store(qy + f, face2(q0, qDown, v128.load(qy + f + row), za, zb, ea, eb, cr, hasCrest, nn, theta, halfRest, dry, gdt, gdtOverDx, tables));
  }
  for (; i <= hi; i++) {
    const f = <usize>(fBase + i) << 3, o = <usize>i << 3;
    const q0 = load<f64>(qy + f);
    const qDown = i >= pLo && i <= pHi ? load<f64>(qyOld + o) : load<f64>(qy + f - row);
    store<f64>(qyOld + o, q0);
    const za = load<f64>(z + f - row), zb = load<f64>(z + f);
    const nn = uniformN ? n2Uniform : 0.5 * (load<f64>(n2 + f - row) + load<f64>(n2 + f));
    store<f64>(qy + f, face(q0, qDown, load<f64>(qy + f + row), za, zb, za + load<f64>(depth + f - row), zb + load<f64>(depth + f),
      hasCrest ? load<f64>(crest + f) : 0, hasCrest, nn, theta, halfRest, dry, gdt, gdtOverDx, tables));
  }
}

// cellBalance.ts, operation for operation: the outflow limiter and continuity of row j, cells
// lo..hi. `rain` is the per-cell rain's address, 0 when the rain is `rainScalar` everywhere.

/** cellBalance.ts limitOutflowRow. */
function limitOutflowRow(depth: usize, qx: usize, qy: usize, rain: usize, rainScalar: f64, dt: f64, dx: f64, w: i32, j: i32, lo: i32, hi: i32): void {
  const row = <usize>w << 3;
  for (let i = lo; i <= hi; i++) {
    const c = <usize>(j * w + i) << 3, fw = <usize>(j * (w + 1) + i) << 3;
    const qW = load<f64>(qx + fw), qE = load<f64>(qx + fw + 8), qS = load<f64>(qy + c), qN = load<f64>(qy + c + row);
    let out: f64 = 0;
    if (qW < 0) out -= qW;
    if (qE > 0) out += qE;
    if (qS < 0) out -= qS;
    if (qN > 0) out += qN;
    if (out == 0) continue;
    const r = rain != 0 ? load<f64>(rain + c) : rainScalar;
    const avail = (load<f64>(depth + c) + r * dt) * dx;
    if (out * dt <= avail) continue;
    const k = avail / (out * dt);
    if (qW < 0) store<f64>(qx + fw, qW * k);
    if (qE > 0) store<f64>(qx + fw + 8, qE * k);
    if (qS < 0) store<f64>(qy + c, qS * k);
    if (qN > 0) store<f64>(qy + c + row, qN * k);
  }
}

/**
 * cellBalance.ts continuityRow. The running sums live at `sums`: f64 hmax, f64 rainSum, then the
 * row's wet range as i32 lo, hi — read from the row's source range on entry, widened here.
 */
function continuityRow(depth: usize, qx: usize, qy: usize, rain: usize, rainScalar: f64, dt: f64, dx: f64, w: i32, j: i32, lo: i32, hi: i32, sums: usize): void {
  const row = <usize>w << 3;
  const dtOverDx = dt / dx;
  let hmax = load<f64>(sums), rainSum = load<f64>(sums + 8);
  let wl = load<i32>(sums + 16), wh = load<i32>(sums + 20);
  for (let i = lo; i <= hi; i++) {
    const c = <usize>(j * w + i) << 3, fw = <usize>(j * (w + 1) + i) << 3;
    const qW = load<f64>(qx + fw), qE = load<f64>(qx + fw + 8), qS = load<f64>(qy + c), qN = load<f64>(qy + c + row);
    const r = rain != 0 ? load<f64>(rain + c) : rainScalar;
    rainSum += r;
    let h = load<f64>(depth + c) + dtOverDx * (qW - qE + qS - qN) + r * dt;
    if (h < 0) h = 0;
    store<f64>(depth + c, h);
    if (h > hmax) hmax = h;
    if (h > 0 || qW != 0 || qE != 0 || qS != 0 || qN != 0) {
      if (i < wl) wl = i;
      if (i > wh) wh = i;
    }
  }
  store<f64>(sums, hmax);
  store<f64>(sums + 8, rainSum);
  store<i32>(sums + 16, wl);
  store<i32>(sums + 20, wh);
}

// The passes of one sub-step (localInertial.ts), each a loop over the rows with their active
// column ranges: one call per pass instead of one per row. The ranges are i32 arrays of the
// grid's height at rowLo, rowHi (active), srcLo, srcHi (sources), wetLo, wetHi (written by
// continuity).

// @ts-ignore: decorator
@inline
function at32(a: usize, j: i32): i32 {
  return load<i32>(a + (<usize>j << 2));
}

/** Every active row's inner x-faces (faces 0 and w are the edges'). */
export function fluxXPass(depth: usize, qx: usize, z: usize, n2: usize, crest: usize, tables: usize, w: i32, hgt: i32, rowLo: usize, rowHi: usize,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, uniformN: bool, n2Uniform: f64): void {
  for (let j = 0; j < hgt; j++) {
    const lo = at32(rowLo, j), hi = at32(rowHi, j);
    if (lo > hi) continue;
    const first = lo > 1 ? lo : 1;
    const last = hi + 1 < w - 1 ? hi + 1 : w - 1;
    if (first > last) continue;
    fluxXRow(depth, qx, z, n2, crest, tables, w, j, first, last, theta, halfRest, dry, gdt, gdtOverDx, uniformN, n2Uniform);
  }
}

/** Face rows 1..hgt − 1 south to north, each over the active ranges of the cell rows either side. */
export function fluxYPass(depth: usize, qy: usize, z: usize, n2: usize, crest: usize, qyOld: usize, tables: usize, w: i32, hgt: i32, rowLo: usize, rowHi: usize,
  theta: f64, halfRest: f64, dry: f64, gdt: f64, gdtOverDx: f64, uniformN: bool, n2Uniform: f64): void {
  let pLo = 1, pHi = 0;
  for (let j = 1; j < hgt; j++) {
    const lo = at32(rowLo, j - 1) < at32(rowLo, j) ? at32(rowLo, j - 1) : at32(rowLo, j);
    const hi = at32(rowHi, j - 1) > at32(rowHi, j) ? at32(rowHi, j - 1) : at32(rowHi, j);
    if (lo <= hi) fluxYRow(depth, qy, z, n2, crest, qyOld, tables, w, j, lo, hi, pLo, pHi, theta, halfRest, dry, gdt, gdtOverDx, uniformN, n2Uniform);
    pLo = lo; pHi = hi;
  }
}

/** The outflow limiter over every active row. */
export function limitOutflowPass(depth: usize, qx: usize, qy: usize, rain: usize, rainScalar: f64, dt: f64, dx: f64, w: i32, hgt: i32, rowLo: usize, rowHi: usize): void {
  for (let j = 0; j < hgt; j++) {
    const lo = at32(rowLo, j), hi = at32(rowHi, j);
    if (lo <= hi) limitOutflowRow(depth, qx, qy, rain, rainScalar, dt, dx, w, j, lo, hi);
  }
}

/**
 * Continuity over every row, rows in order (the rain sum's additions keep their order): the
 * deepest water and the rain sum of the step at sums (f64 hmax, f64 rainSum), and each row's wet
 * range — its sources' range where it has no active cell.
 */
export function continuityPass(depth: usize, qx: usize, qy: usize, rain: usize, rainScalar: f64, dt: f64, dx: f64, w: i32, hgt: i32, rowLo: usize, rowHi: usize,
  srcLo: usize, srcHi: usize, wetLo: usize, wetHi: usize, sums: usize): void {
  store<f64>(sums, 0);
  store<f64>(sums + 8, 0);
  for (let j = 0; j < hgt; j++) {
    const lo = at32(rowLo, j), hi = at32(rowHi, j);
    store<i32>(sums + 16, at32(srcLo, j));
    store<i32>(sums + 20, at32(srcHi, j));
    if (lo <= hi) continuityRow(depth, qx, qy, rain, rainScalar, dt, dx, w, j, lo, hi, sums);
    store<i32>(wetLo + (<usize>j << 2), load<i32>(sums + 16));
    store<i32>(wetHi + (<usize>j << 2), load<i32>(sums + 20));
  }
}

/**
 * localInertial.ts scanActive, up to its point inflows: per row the wet range and the range of
 * cells with rain, from a full scan; returns the deepest water.
 */
export function scanPass(depth: usize, qx: usize, qy: usize, rain: usize, rainScalar: f64, w: i32, hgt: i32, wetLo: usize, wetHi: usize, srcLo: usize, srcHi: usize): f64 {
  const row = <usize>w << 3;
  let hmax: f64 = 0;
  for (let j = 0; j < hgt; j++) {
    let lo = w, hi = -1;
    let sLo = w, sHi = -1;
    if (rainScalar > 0) { sLo = 0; sHi = w - 1; }
    for (let i = 0; i < w; i++) {
      const c = <usize>(j * w + i) << 3, fx = <usize>(j * (w + 1) + i) << 3;
      const h = load<f64>(depth + c);
      if (h > hmax) hmax = h;
      if (h > 0 || load<f64>(qx + fx) != 0 || load<f64>(qx + fx + 8) != 0 || load<f64>(qy + c) != 0 || load<f64>(qy + c + row) != 0) {
        if (i < lo) lo = i;
        hi = i;
      }
      if (rain != 0 && load<f64>(rain + c) > 0) {
        if (i < sLo) sLo = i;
        if (i > sHi) sHi = i;
      }
    }
    const r = <usize>j << 2;
    store<i32>(srcLo + r, sLo);
    store<i32>(srcHi + r, sHi);
    store<i32>(wetLo + r, lo < sLo ? lo : sLo);
    store<i32>(wetHi + r, hi > sHi ? hi : sHi);
  }
  return hmax;
}

/** localInertial.ts buildActiveRanges: each row's active range; returns the number of active cells. */
export function rangesPass(w: i32, hgt: i32, wetLo: usize, wetHi: usize, rowLo: usize, rowHi: usize): i32 {
  let cells = 0;
  for (let j = 0; j < hgt; j++) {
    let lo = at32(wetLo, j), hi = at32(wetHi, j);
    if (j > 0) { if (at32(wetLo, j - 1) < lo) lo = at32(wetLo, j - 1); if (at32(wetHi, j - 1) > hi) hi = at32(wetHi, j - 1); }
    if (j + 1 < hgt) { if (at32(wetLo, j + 1) < lo) lo = at32(wetLo, j + 1); if (at32(wetHi, j + 1) > hi) hi = at32(wetHi, j + 1); }
    const r = <usize>j << 2;
    if (lo > hi) { store<i32>(rowLo + r, w); store<i32>(rowHi + r, -1); continue; }
    lo = lo > 0 ? lo - 1 : 0;
    hi = hi < w - 1 ? hi + 1 : w - 1;
    store<i32>(rowLo + r, lo);
    store<i32>(rowHi + r, hi);
    cells += hi - lo + 1;
  }
  return cells;
}
