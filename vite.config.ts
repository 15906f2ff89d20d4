import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser client lives in client/; sim-core (and the scenarios, as text) are bundled from
// source for offline play. `npm run build` writes dist/client, which `tuiyan serve` serves.
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // Phaser alone is over a megabyte; the app is one page.
    chunkSizeWarningLimit: 2500,
    // Two pages: the client (index.html) and the director's admin page (admin.html).
    rolldownOptions: { input: { main: fileURLToPath(new URL('./client/index.html', import.meta.url)), admin: fileURLToPath(new URL('./client/admin.html', import.meta.url)) } },
  },
  worker: { format: 'es' },
});
