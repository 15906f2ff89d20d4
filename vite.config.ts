import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./client/scenario/source.ts', import.meta.url));
const BUNDLED = fileURLToPath(new URL('./client/scenario/bundledSource.ts', import.meta.url));

// The drill client asks the server for scenarios (client/scenario/source.ts) and so carries no
// script (issue 15). Only the practice build (`vite build --mode practice`) swaps in
// bundledSource.ts, which bundles every scenario with its MSEL for practising with no server.
export function practiceScenarios(): Plugin {
  return {
    name: 'tuiyan-practice-scenarios',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id === SOURCE ? BUNDLED : null;
    },
  };
}

// The browser client lives in client/; sim-core is bundled from source for offline play.
// `npm run build` writes dist/client (the drill client), which `tuiyan serve` serves;
// `npm run build:practice` writes dist/practice.
export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: '/',
  plugins: mode === 'practice' ? [practiceScenarios()] : [],
  build: {
    outDir: fileURLToPath(new URL(mode === 'practice' ? './dist/practice' : './dist/client', import.meta.url)),
    emptyOutDir: true,
    // Phaser alone is over a megabyte; the app is one page.
    chunkSizeWarningLimit: 2500,
    // Two pages: the client (index.html) and the director's admin page (admin.html).
    rolldownOptions: { input: { main: fileURLToPath(new URL('./client/index.html', import.meta.url)), admin: fileURLToPath(new URL('./client/admin.html', import.meta.url)) } },
  },
  worker: { format: 'es', plugins: () => (mode === 'practice' ? [practiceScenarios()] : []) },
}));
