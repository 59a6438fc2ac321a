/**
 * Where the shared data sets live: `shared/datasets` beside the repository (a clone next to shared/,
 * as on CI), or two levels up (a worktree in a folder of worktrees). ACCORD_DATASETS overrides both.
 * The data is never copied into the repository (see ../shared/datasets/README.md).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

export function datasetDirs(): string[] {
  const fromEnv = process.env['ACCORD_DATASETS'];
  const candidates = [path.resolve(repoRoot, '../shared/datasets'), path.resolve(repoRoot, '../../shared/datasets')];
  return fromEnv !== undefined && fromEnv !== '' ? [path.resolve(fromEnv), ...candidates] : candidates;
}

/** The path of a shared data set file, or null when it is not there (callers skip with a message). */
export function datasetFile(name: string): string | null {
  for (const dir of datasetDirs()) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return null;
}

/** The message a benchmark prints when it skips for want of a data set. */
export function missingDataset(name: string): string {
  return `SKIP data set ${name} not found (looked in ${datasetDirs().join(', ')}; set ACCORD_DATASETS to its folder)`;
}
