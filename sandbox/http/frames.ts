/**
 * The Custom UI frames, served by their own listener so that a frame's origin is not the shell's (on Forge
 * frames come from the Forge CDN, never from the product site): each resource in manifest.yml from its build
 * folder, with the bridge client injected before the app's bundle, and with the Content-Security-Policy Forge
 * sends for this manifest. The same listener takes the policy's violation reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { REPO_ROOT } from '../config';
import { resourcePaths } from '../manifest-modules';
import { contentSecurityPolicy } from '../runtime/content-security-policy';
import { cspReportRoute, type CspReportLog } from './csp-reports';

const BRIDGE_CLIENT = path.join(REPO_ROOT, 'sandbox', 'shell', 'bridge-client.js');
const BRIDGE_SCRIPT = '<script src="/__sandbox/bridge-client.js"></script>';
/** bridge-client.js posts to and accepts messages from this origin; the listener writes the shell's in. */
const SHELL_ORIGIN_PLACEHOLDER = '__ACCORD_SHELL_ORIGIN__';
export const CSP_REPORT_PATH = '/__sandbox/csp-report';

/** Both listeners' origins, known once both listen (the frames' policy names the shell, the shell the frames). */
export interface SandboxOrigins {
  shell: string;
  frames: string;
}

export interface FrameDeps {
  manifest: unknown;
  origins: SandboxOrigins;
  reports: CspReportLog;
}

/** The frame listener's app: the bridge client, every resource under /__sandbox/frames/<key>/, CSP reports. */
export function frameApp({ manifest, origins, reports }: FrameDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/__sandbox/bridge-client.js', (_req, res) => {
    const source = fs.readFileSync(BRIDGE_CLIENT, 'utf8').replace(SHELL_ORIGIN_PLACEHOLDER, origins.shell);
    res.type('application/javascript').setHeader('cache-control', 'no-store');
    res.send(source);
  });
  app.use(cspReportRoute(reports));
  for (const [resourceKey, dir] of Object.entries(resourcePaths(manifest))) {
    const root = path.join(REPO_ROOT, dir);
    // @forge/bridge looks up window.__bridge when it is imported, so the bridge must load first.
    const sendIndex = (_req: express.Request, res: express.Response) => {
      const indexFile = path.join(root, 'index.html');
      if (!fs.existsSync(indexFile)) {
        res.status(503).type('text/plain').send(`Resource ${resourceKey} is not built: run npm run build`);
        return;
      }
      const html = fs.readFileSync(indexFile, 'utf8').replace('<head>', `<head>${BRIDGE_SCRIPT}`);
      const policy = contentSecurityPolicy({ manifest, html, siteOrigin: origins.shell, reportUri: `${origins.frames}${CSP_REPORT_PATH}` });
      res.setHeader('content-security-policy', policy);
      res.type('html').send(html);
    };
    app.get(`/__sandbox/frames/${resourceKey}/`, sendIndex);
    app.get(`/__sandbox/frames/${resourceKey}/index.html`, sendIndex);
    app.use(`/__sandbox/frames/${resourceKey}`, express.static(root, { index: false }));
  }
  app.use((req, res) => {
    res.status(404).type('text/plain').send(`The frame origin serves only /__sandbox/frames/<resource>/, not ${req.method} ${req.path}`);
  });
  // Express's own handler would answer with an HTML stack trace.
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    res.status(status >= 400 && status < 600 ? status : 500).type('text/plain').send(err instanceof Error ? err.message : String(err));
  });
  return app;
}
