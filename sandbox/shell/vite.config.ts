import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The shell is served by sandbox/server.ts from ./build; `base: '/'` because the server routes every
// non-API path to index.html (client-side routing).
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'app'),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.join(here, 'build'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
