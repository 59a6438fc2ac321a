// One Vite config for every Custom UI page: ACCORD_PAGE names the folder under static/ to build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const page = process.env.ACCORD_PAGE;
if (!page) throw new Error('Set ACCORD_PAGE to the page folder under static/ (e.g. issue-panel)');

export default defineConfig({
  root: path.join(here, page),
  // Forge serves each resource from its own path: relative asset URLs work there and in the sandbox.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, page, 'build'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
});
