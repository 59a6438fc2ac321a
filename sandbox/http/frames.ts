/**
 * What the browser loads: the Custom UI frames (each resource in manifest.yml, served from its build folder
 * with the bridge client injected before the app's bundle) and the shell, a single-page app whose index.html
 * answers every other GET (client-side routes).
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { REPO_ROOT } from '../config';
import { resourcePaths } from '../manifest-modules';

const SHELL_BUILD = path.join(REPO_ROOT, 'sandbox', 'shell', 'build');
const BRIDGE_CLIENT = path.join(REPO_ROOT, 'sandbox', 'shell', 'bridge-client.js');
const BRIDGE_SCRIPT = '<script src="/__sandbox/bridge-client.js"></script>';

/** The bridge client and every resource's frame under /__sandbox/frames/<resource key>/. */
export function customUiFrames(manifest: unknown): express.Router {
  const router = express.Router();
  router.get('/__sandbox/bridge-client.js', (_req, res) => {
    res.type('application/javascript').sendFile(BRIDGE_CLIENT);
  });
  for (const [resourceKey, dir] of Object.entries(resourcePaths(manifest))) {
    const root = path.join(REPO_ROOT, dir);
    // @forge/bridge looks up window.__bridge when it is imported, so the bridge must load first.
    const sendIndex = (_req: express.Request, res: express.Response) => {
      const indexFile = path.join(root, 'index.html');
      if (!fs.existsSync(indexFile)) {
        res.status(503).type('text/plain').send(`Resource ${resourceKey} is not built: run npm run build`);
        return;
      }
      const html = fs.readFileSync(indexFile, 'utf8');
      res.type('html').send(html.replace('<head>', `<head>${BRIDGE_SCRIPT}`));
    };
    router.get(`/__sandbox/frames/${resourceKey}/`, sendIndex);
    router.get(`/__sandbox/frames/${resourceKey}/index.html`, sendIndex);
    router.use(`/__sandbox/frames/${resourceKey}`, express.static(root, { index: false }));
  }
  return router;
}

/** The shell's files, then its index.html for any other GET; mounted last, after every API. */
export function shellSpa(): express.Router {
  const router = express.Router();
  router.use(express.static(SHELL_BUILD, { index: false }));
  router.use((req, res) => {
    const indexFile = path.join(SHELL_BUILD, 'index.html');
    if (req.method !== 'GET' || !fs.existsSync(indexFile)) {
      res.status(404).type('text/plain').send('Not found (is the shell built? run npm run build)');
      return;
    }
    res.sendFile(indexFile);
  });
  return router;
}
