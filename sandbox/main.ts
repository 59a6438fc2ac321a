/**
 * `npm start`: starts the sandbox and prints its URL. `--reset` reseeds; `--no-serve` stops after seeding;
 * `--frame-port=N` (or FRAME_PORT) fixes the frames' port, otherwise a free one is picked; `--data-dir=PATH` (or
 * SANDBOX_DATA_DIR) keeps the site somewhere other than `.sandbox/`, so that two sandboxes can run side by side.
 */
import { DEFAULT_PORT } from './config';
import { startSandbox } from './server';

async function main() {
  const args = new Set(process.argv.slice(2));
  const portArg = process.argv.find((a) => a.startsWith('--port='));
  const port = portArg ? Number(portArg.slice('--port='.length)) : Number(process.env.PORT ?? DEFAULT_PORT);
  const framePortArg = process.argv.find((a) => a.startsWith('--frame-port='));
  const framePort = framePortArg ? Number(framePortArg.slice('--frame-port='.length)) : Number(process.env.FRAME_PORT ?? 0);
  const dataDirArg = process.argv.find((a) => a.startsWith('--data-dir='));
  const dataDir = dataDirArg ? dataDirArg.slice('--data-dir='.length) : process.env.SANDBOX_DATA_DIR || undefined;
  const sandbox = await startSandbox({ port, framePort, dataDir, reset: args.has('--reset'), serve: !args.has('--no-serve') });
  if (args.has('--no-serve')) {
    console.log(`Sandbox data reset and seeded in ${dataDir ?? '.sandbox/'}`);
    await sandbox.close();
    return;
  }
  console.log(`Accord sandbox running at ${sandbox.url}  (Ctrl+C to stop)`);
  const stop = async () => {
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
