/**
 * The web app's Vite config. Run from the repository root:
 * `vite --config packages/ui/vite.config.ts` (dev server on http://localhost:5173) or
 * `vite build --config packages/ui/vite.config.ts` (to packages/ui/dist).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset paths, so the built app also works from a sub-folder or a file server.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  // The simulation worker imports sim-core, so it must be an ES module worker (code-split).
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true, open: false },
  preview: { port: 4173, strictPort: false, open: false },
});
