import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The shell is served by sandbox/http/shell-spa.ts from ./build; `base: '/'` because the server routes every
// non-API path to index.html (client-side routing).
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(({ command }) => {
  // Builds started from tests inherit NODE_ENV=test, which would ship React's development build
  // (with StrictMode double effects); the shell is always served as a production build.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: path.join(here, 'app'),
    base: '/',
    plugins: [react()],
    logLevel: 'warn',
    build: {
      outDir: path.join(here, 'build'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
    },
  };
});
