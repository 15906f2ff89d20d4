import { defineConfig } from 'vite';

// The browser client lives in client/; sim-core is imported from source for offline play.
export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true },
});
