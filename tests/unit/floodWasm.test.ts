// The flood kernel's WebAssembly module (sim-core/hazards/flood/wasm/): the committed bytes are
// what the build makes of the committed AssemblyScript source, and they use fixed SIMD only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileFloodWasm, floodWasmModuleText, FLOOD_WASM_MODULE } from '../../server/build/floodWasm.ts';
import { FACE_FLUX_WASM_BASE64 } from '../../sim-core/hazards/flood/wasm/faceFluxWasmBytes.ts';

describe('the flood kernel\'s WebAssembly module', () => {
  it('is what `npm run build:flood-wasm` makes of faceFlux.as.ts today', async () => {
    expect(readFileSync(FLOOD_WASM_MODULE, 'utf8')).toBe(await floodWasmModuleText());
  }, 120_000);

  it('uses fixed SIMD (f64x2) and no relaxed SIMD, and imports nothing but its memory', async () => {
    const { wasm, wat } = await compileFloodWasm();
    expect(WebAssembly.validate(wasm)).toBe(true);
    expect(wat).toMatch(/f64x2\.div/);
    expect(wat).not.toMatch(/relaxed/);
    expect(WebAssembly.Module.imports(new WebAssembly.Module(wasm))).toEqual([{ module: 'env', name: 'memory', kind: 'memory' }]);
    expect(Buffer.from(FACE_FLUX_WASM_BASE64, 'base64').equals(Buffer.from(wasm))).toBe(true);
  }, 120_000);
});
