/**
 * The shell, a single-page app: its built files, then its index.html for every other GET (client-side routes).
 * Mounted last on the shell's listener, after every API.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { REPO_ROOT } from '../config';
import type { SandboxOrigins } from './frames';

const SHELL_BUILD = path.join(REPO_ROOT, 'sandbox', 'shell', 'build');

export function shellSpa(origins: SandboxOrigins): express.Router {
  const router = express.Router();
  router.use(express.static(SHELL_BUILD, { index: false }));
  router.use((req, res) => {
    const indexFile = path.join(SHELL_BUILD, 'index.html');
    // Frames and the bridge client live on the frame origin only; the shell never renders in their place.
    if (req.method !== 'GET' || req.path.startsWith('/__sandbox/') || !fs.existsSync(indexFile)) {
      res.status(404).type('text/plain').send('Not found (is the shell built? run npm run build)');
      return;
    }
    // The frames' policy and the bridge trust one shell origin: the URL npm start prints, not 127.0.0.1.
    const shell = new URL(origins.shell);
    if (req.headers.host !== shell.host) {
      res.redirect(307, `${origins.shell}${req.originalUrl}`);
      return;
    }
    res.sendFile(indexFile);
  });
  return router;
}
