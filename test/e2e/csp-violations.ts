/**
 * Every page the browser tests open records the Content-Security-Policy violations of all its frames: a
 * `securitypolicyviolation` listener installed before any script of every document (an init script), and the
 * browser's console messages about the policy ("Refused to …", "… violates the following Content Security
 * Policy directive …"). Violations are sent to the test process as they happen, so closing a page loses
 * none. A test that provokes a violation on purpose takes it with takeCspViolations(); any other fails the
 * test after it ends (csp-setup.ts, the e2e project's setup file).
 */
import type { BrowserContext } from 'playwright-core';

export interface CspViolation {
  source: 'event' | 'console';
  /** The document the violation happened in. */
  url: string;
  /** The directive and what it blocked, or the console message. */
  detail: string;
}

interface ViolationEvent {
  documentURI: string;
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

const BINDING = '__accordCspViolation';
const recorded: CspViolation[] = [];

/** Runs in every document of the page, before its scripts (the page's types are not the test's). */
function listenForViolations(binding: string): void {
  const w = globalThis as unknown as {
    document: { addEventListener(type: string, listener: (event: ViolationEvent) => void, capture: boolean): void };
  } & Record<string, unknown>;
  w.document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = w[binding];
      if (typeof report !== 'function') return;
      const { documentURI, effectiveDirective, blockedURI, sourceFile, lineNumber, sample } = event;
      void (report as (details: ViolationEvent) => Promise<void>)({ documentURI, effectiveDirective, blockedURI, sourceFile, lineNumber, sample });
    },
    true,
  );
}

const CSP_CONSOLE = /Content[- ]Security[- ]Policy|^Refused to /i;

/** Installs the recording on a context before any of its pages exists. */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.exposeBinding(BINDING, (_source, event: ViolationEvent) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    recorded.push({ source: 'event', url: event.documentURI, detail: `${event.effectiveDirective} blocked ${event.blockedURI || '(nothing named)'}${where}${event.sample ? `: ${event.sample}` : ''}` });
  });
  await context.addInitScript(listenForViolations, BINDING);
  context.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) recorded.push({ source: 'console', url: message.location().url, detail: message.text() });
  });
}

/** The violations recorded since the last take, which are then forgotten. */
export function takeCspViolations(): CspViolation[] {
  return recorded.splice(0);
}

/** Throws naming every violation recorded since the last take. */
export function expectNoCspViolations(): void {
  const violations = takeCspViolations();
  if (violations.length === 0) return;
  const lines = violations.map((v) => `- [${v.source}] ${v.url}: ${v.detail}`);
  throw new Error(`The pages broke their Content-Security-Policy ${violations.length} time(s):\n${lines.join('\n')}`);
}
