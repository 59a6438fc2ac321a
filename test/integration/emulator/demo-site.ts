/** A seeded emulator over in-memory SQLite, and a terse way to call it as a user or as the app. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { createJiraEmulator, parseManifestBits } from '../../../sandbox/jira';
import type { Actor, IssueEvent, JiraEmulator, ProductEvent } from '../../../sandbox/jira/emulator-types';
import { seedDemoSite } from '../../../sandbox/seed';

export const NOW = new Date('2026-03-10T09:00:00.000Z');
export const APP_ID = '6f1b0c1e-6a43-4a53-9d3e-acc0d0000001';
export const ENVIRONMENT_ID = 'test-env';
export const SIGN_OFF_KEY = `ari:cloud:ecosystem::extension/${APP_ID}/${ENVIRONMENT_ID}/static/sign-off-work-results`;

export interface Answer {
  status: number;
  headers: Record<string, string>;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary Jira JSON
}

export interface DemoSite {
  db: Database.Database;
  jira: JiraEmulator;
  events: ProductEvent[];
  /** Moves the emulator's clock (the site stays as seeded). */
  advance(ms: number): void;
  call(method: string, urlPath: string, options?: { as?: string; body?: unknown; rawBody?: string; fromApp?: boolean }): Promise<Answer>;
}

export function loadManifest(): unknown {
  return parse(fs.readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8'));
}

export function demoSite(now: Date = NOW): DemoSite {
  const db = new Database(':memory:');
  let clock = now;
  const jira = createJiraEmulator({ db, now: () => clock, manifest: parseManifestBits(loadManifest()), appId: APP_ID, environmentId: ENVIRONMENT_ID });
  seedDemoSite(db, now);
  const events: ProductEvent[] = [];
  jira.onProductEvent((event) => events.push(event));
  return {
    db,
    jira,
    events,
    advance(ms) {
      clock = new Date(clock.getTime() + ms);
    },
    async call(method, urlPath, options = {}) {
      const actor: Actor = options.as ? { kind: 'user', accountId: options.as } : { kind: 'app' };
      const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const response = await jira.handle({ method, path: urlPath, headers: { 'content-type': 'application/json' }, body, actor, fromApp: options.fromApp ?? !options.as });
      return { status: response.status, headers: response.headers, json: response.body ? JSON.parse(response.body) : undefined };
    },
  };
}

/** The event, which must be an issue event (created, updated, deleted); throws naming what it was otherwise. */
export function issueEvent(event: ProductEvent | undefined): IssueEvent {
  if (!event || !('issue' in event)) throw new Error(`Expected an issue event, got ${event ? event.eventType : 'none'}`);
  return event;
}
