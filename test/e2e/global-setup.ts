import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Browser tests run the built pages: build what changed once, before any test file starts. */
export default function buildUis(): void {
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build-ui.js')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The UIs did not build:\n${result.stdout}\n${result.stderr}`);
}
