/**
 * The issue panel's first render, in a real Chromium against the sandbox: how many resolver invokes it
 * makes (target: one) and how long until the panel shows its content, over several issues.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';
import { launchBrowser } from '../test/e2e/browser';

const ISSUES = ['ACC-1', 'ACC-21', 'ACC-42', 'ACC-49', 'ACC-56', 'ACC-60'];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-bench-panel-'));
  const sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
  const browser = await launchBrowser();
  const rows: Array<{ issue: string; invokes: number; functions: string; ms: number }> = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(sandbox.url);
    await page.evaluate("window.localStorage.setItem('accord-sandbox.user', 'demo-po')");
    for (const key of ISSUES) {
      const before = sandbox.runtime.invocations().length;
      const started = Date.now();
      await page.goto(`${sandbox.url}/browse/${key}`);
      const frame = page.frameLocator('[data-testid="app-frame-accord-issue-panel"]');
      await frame.locator('[data-testid="criteria-section"]').waitFor({ timeout: 30_000 });
      const ms = Date.now() - started;
      await page.waitForTimeout(500); // anything the panel would call after its first paint
      const calls = sandbox.runtime.invocations().slice(before).filter((i) => i.moduleKey === 'accord-issue-panel');
      rows.push({ issue: key, invokes: calls.length, functions: [...new Set(calls.map((c) => c.functionKey))].join(','), ms });
    }
  } finally {
    await browser.close();
    await sandbox.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('issue    invokes  function         ms to content');
  for (const r of rows) console.log(`${r.issue.padEnd(8)} ${String(r.invokes).padStart(7)}  ${r.functions.padEnd(16)} ${String(r.ms).padStart(6)}`);
  const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(`BENCH ${JSON.stringify({ bench: 'panel-first-render', issues: rows.length, maxInvokes: Math.max(...rows.map((r) => r.invokes)), medianMsToContent: median })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
