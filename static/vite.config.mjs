// One Vite config for every Custom UI page: ACCORD_PAGE names the page's folder under static/pages/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const page = process.env.ACCORD_PAGE;
if (!page) throw new Error('Set ACCORD_PAGE to the page folder under static/pages/ (e.g. issue-panel)');
const pageDir = path.join(here, 'pages', page);
if (!fs.existsSync(path.join(pageDir, 'index.html'))) throw new Error(`ACCORD_PAGE=${page}: static/pages/${page}/index.html does not exist`);

export default defineConfig({
  root: pageDir,
  // Forge serves each resource from its own path: relative asset URLs work there and in the sandbox.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(pageDir, 'build'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
});
