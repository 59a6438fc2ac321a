/**
 * Bad input, property-based (fast-check, fixed seed printed with the figures): ADF documents valid per
 * @atlaskit/adf-schema and malformed ones, through every reader of descriptions and through the sandbox; every
 * resolver's payload broken in every way a client could break it (wrong types, missing fields, huge and
 * invisible strings, deep nesting, __proto__ keys, extra keys, not an object at all); and the command line's input
 * lines. Nothing may crash; a refusal says what is wrong in words; a refused call changes nothing.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLines } from '../../src/cli/check-lines';
import { definitions } from '../../src/entry/resolvers';
import type { PanelView } from '../../src/contract/issue-panel';
import { adfToPlainText } from '../../src/domain/adf';
import { importCriteriaFromDescription } from '../../src/domain/criteria';
import { CONTENT_HASH_PATTERN, contentHash } from '../../src/domain/criteria/content-hash';
import { emptyIssueRecord, withCurrentContent } from '../../src/domain/issue-record';
import { checkReadiness, type TicketSnapshot } from '../../src/domain/readiness';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import { keysOf } from '../support/seed-tickets';
import { adfSchemaErrors, deeplyNestedJson, malformedAdf, nodesOf, validAdf } from './support/adf-arbitraries';
import { fixtureFor, MATRIX, type Fixture } from './support/resolver-matrix';
import { DEV, PANEL, PM, PO, dataOf, openTrustHarness, type Answer, type TrustHarness } from './support/trust-harness';
import { printTrustLine, trustSeed } from './support/trust-line';

const SEED = trustSeed(424_242);
const RUNS = { validAdf: 250, malformedAdf: 250, adfThroughSandbox: 30, payloadsPerResolver: 25, cliLines: 600, cliProcessLines: 200 };
const counts = { validAdf: 0, malformedAdf: 0, adfThroughSandbox: 0, payloads: 0, payloadsAccepted: 0, payloadsRefused: 0, refusedByForgeLimit: 0, cliLines: 0, cliBadLines: 0, cliProcessLines: 0 };
const codes: Record<string, number> = {};
const KNOWN_CODES = ['invalid-payload', 'not-found', 'forbidden', 'conflict', 'limit-exceeded', 'invalid-state', 'jira-unavailable'];

afterAll(() => {
  printTrustLine({
    suite: 'bad-input',
    cases: counts.validAdf + counts.malformedAdf + counts.adfThroughSandbox + counts.payloads + counts.cliLines + counts.cliProcessLines,
    seed: SEED,
    numRuns: RUNS,
    ...counts,
    refusalCodes: codes,
  });
});

const ticket = (description: unknown): TicketSnapshot => ({ summary: 'Export invoices', description: description as TicketSnapshot['description'], issueType: 'Story', storyPoints: 3, priority: null, links: [], acceptanceCriteria: null });

/** Every reader of a description the app has, on one document: none may throw, each answers its own shape. */
function readAll(doc: unknown, asText = JSON.stringify(doc)): { hash: string; criteria: string[]; score: number; text: string } {
  const hash = contentHash({ criteria: ['A criterion'], description: doc });
  const criteria = importCriteriaFromDescription(doc as never).criteria.map((c) => c.text);
  const result = checkReadiness(ticket(doc));
  const text = adfToPlainText(doc);
  withCurrentContent(emptyIssueRecord(), doc, { at: '2026-01-01T00:00:00.000Z' });
  const cli = checkLines({ firstLine: 1, lines: [`{"id":"T-1","summary":"Export invoices","description":${asText ?? 'null'}}`] }, undefined);
  expect(cli.output.split('\n').filter(Boolean).length + cli.badLines).toBe(1);
  return { hash, criteria, score: result.score, text };
}

describe('ADF documents', () => {
  it(`valid per @atlaskit/adf-schema: every reader answers (${RUNS.validAdf} documents)`, () => {
    fc.assert(
      fc.property(validAdf, (doc) => {
        counts.validAdf += 1;
        expect(adfSchemaErrors(doc), 'the generator makes documents the schema accepts').toBeNull();
        const read = readAll(doc);
        expect(read.hash).toMatch(CONTENT_HASH_PATTERN);
        expect(Number.isInteger(read.score) && read.score >= 0 && read.score <= 100).toBe(true);
        for (const criterion of read.criteria) expect(criterion.trim().length).toBeGreaterThan(0);
        // Nothing a person wrote is lost on the way to the checker: every text of the document is in its plain text.
        const plain = read.text.replace(/\s+/gu, ' ');
        for (const node of nodesOf(doc)) if (node.type === 'text' && node.text!.trim() !== '') expect(plain).toContain(node.text!.replace(/\s+/gu, ' ').trim());
      }),
      { seed: SEED, numRuns: RUNS.validAdf },
    );
  });

  it(`malformed: every reader answers without throwing (${RUNS.malformedAdf} documents)`, () => {
    fc.assert(
      fc.property(malformedAdf, (doc) => {
        counts.malformedAdf += 1;
        const read = readAll(doc);
        expect(read.hash).toMatch(CONTENT_HASH_PATTERN);
        expect(Number.isInteger(read.score)).toBe(true);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { seed: SEED + 1, numRuns: RUNS.malformedAdf },
    );
    // Far deeper than JSON.stringify can go: read from text.
    for (const depth of [10_000, 100_000]) expect(readAll(JSON.parse(deeplyNestedJson(depth)) as unknown, deeplyNestedJson(depth)).hash).toMatch(CONTENT_HASH_PATTERN);
  });
});

let h: TrustHarness;
let issue: ExtensionContext;
let fx: Fixture;
beforeAll(async () => {
  h = await openTrustHarness();
  const [key] = await keysOf(h, ['profile-photo']);
  issue = await h.issueExtension(key);
  fx = fixtureFor(h, PM, () => issue, () => 'ACC');
  dataOf(await h.call<PanelView>(PO, PANEL, 'saveCriteria', { version: null, criteria: [{ text: 'A photo of up to 5 MB can be uploaded' }] }, issue));
});
afterAll(async () => {
  await h?.close();
});

/** The runtime failed the call (a crash), or the resolver answered a Result that is not a clear, known refusal. */
function problemWith(answer: Answer<unknown>): string | null {
  if ('crash' in answer) return answer.crash.startsWith('413 ') ? null : `crash: ${answer.crash}`;
  if (answer.ok) return null;
  const { code, message } = answer.error;
  codes[code] = (codes[code] ?? 0) + 1;
  if (!KNOWN_CODES.includes(code)) return `${code}: ${message}`;
  if (/Something went wrong/u.test(message) || message.length < 15) return `unclear: ${message}`;
  return null;
}

async function storedState(): Promise<string> {
  await h.sandbox.runtime.drainQueues();
  return JSON.stringify([...h.records().entries()].filter(([, row]) => row.kind !== 'fields' && row.kind !== 'job').sort(([a], [b]) => a.localeCompare(b)));
}

describe('ADF descriptions through Jira and the app', () => {
  // Jira refuses a description that is not valid ADF (the sandbox's Jira is laxer), so only valid ones are written
  // to an issue; a transition screen's changed description reaches the validator as it is, valid or not.
  it(`a description Jira keeps is read by the panel, the import, the validator and the triggers (${RUNS.adfThroughSandbox} documents)`, async () => {
    const since = h.sandbox.runtime.clock.now().toISOString();
    await fc.assert(
      fc.asyncProperty(validAdf, malformedAdf, async (doc, screen) => {
        counts.adfThroughSandbox += 1;
        const put = await h.rest('PUT', `/rest/api/3/issue/${issue.issue!.key}`, { fields: { description: doc } }, PO);
        expect(put.status).toBe(204);
        await h.sandbox.runtime.drainQueues();
        const view = await h.call<PanelView>(DEV, PANEL, 'getPanel', {}, issue);
        expect(problemWith(view)).toBeNull();
        const panel = dataOf(view);
        expect(panel.contentHash).toMatch(CONTENT_HASH_PATTERN);
        const imported = await h.call<PanelView>(DEV, PANEL, 'importCriteria', { version: panel.version, mode: 'append' }, issue);
        expect(problemWith(imported)).toBeNull();
        for (const description of [doc, screen]) {
          const verdict = await h.sandbox.runtime.runWorkflowValidator('requires-po-signoff', { issue: { key: issue.issue!.key }, configuration: {}, transition: { from: { id: '1' }, to: { id: '4' }, modifiedFields: { description: description as Record<string, unknown> } } });
          expect(typeof verdict.result).toBe('boolean');
          expect(verdict.errorMessage ?? 'approved').not.toMatch(/The validator failed/u);
        }
      }),
      { seed: SEED + 2, numRuns: RUNS.adfThroughSandbox },
    );
    expect((await h.rest('PUT', `/rest/api/3/issue/${issue.issue!.key}`, { fields: { description: 'Upload a photo from the profile page.' } }, PO)).status).toBe(204);
    // The triggers the edits fired (issue updated: stale marks, readiness re-checks) did not fail either.
    expect(h.sandbox.runtime.invocations().filter((i) => !i.ok && i.at >= since).map((i) => `${i.functionKey}: ${i.error}`)).toEqual([]);
  });
});

/** Ways to break a valid payload. */
const invisible = fc.constantFrom('', ' ', '\u200b\u200c\u200d', '\ufeff', '\u202e', '\u0000', '\t\n\r', '\u2060'.repeat(500), '\u0301\u0301', '\ud800', '\udfff\ud800');
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }), fc.object({ maxDepth: 2 }), fc.string({ maxLength: 20 }));
const deep = fc.integer({ min: 30, max: 1_500 }).map((depth) => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown);
const huge = fc.constantFrom(150_000, 300_000, 600_000).map((n) => 'é'.repeat(n / 2));
type Breakage = { kind: string; apply(payload: unknown): unknown };
const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.tuple(fc.nat(), wrongType).map(([at, value]) => ({ kind: 'wrong type', apply: (p: unknown) => setAt(p, at, value) })),
  fc.nat().map((at) => ({ kind: 'missing field', apply: (p: unknown) => dropAt(p, at) })),
  fc.tuple(fc.nat(), huge).map(([at, value]) => ({ kind: 'huge string', apply: (p: unknown) => setAt(p, at, value, true) })),
  fc.tuple(fc.nat(), invisible).map(([at, value]) => ({ kind: 'invisible string', apply: (p: unknown) => setAt(p, at, value, true) })),
  fc.tuple(fc.nat(), deep).map(([at, value]) => ({ kind: 'deep nesting', apply: (p: unknown) => setAt(p, at, value) })),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => ({ kind: '__proto__ key', apply: (p: unknown) => ({ ...(p as object), ...(JSON.parse(`{"${key}": {"polluted": true}}`) as object) }) })),
  fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({ kind: 'extra key', apply: (p: unknown) => ({ ...(p as object), [`x${key}`]: 1 }) })),
  fc.oneof(fc.constant(null), fc.constant([]), fc.string(), fc.integer(), fc.constant('{"version":1}')).map((value) => ({ kind: 'not an object', apply: () => value })),
);

/** The paths of a payload's fields (and their nested fields), in a fixed order. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function setAt(payload: unknown, at: number, value: unknown, stringsOnly = false): unknown {
  const copy = structuredClone(payload);
  const all = paths(copy).filter((p) => !stringsOnly || typeof get(copy, p) === 'string');
  if (all.length === 0) return stringsOnly ? { ...(copy as object), text: value } : value;
  const target = all[at % all.length]!;
  (get(copy, target.slice(0, -1)) as Record<string | number, unknown>)[target.at(-1)!] = value;
  return copy;
}

function dropAt(payload: unknown, at: number): unknown {
  const copy = structuredClone(payload);
  const all = paths(copy).filter((p) => typeof p.at(-1) === 'string');
  if (all.length === 0) return copy;
  const target = all[at % all.length]!;
  delete (get(copy, target.slice(0, -1)) as Record<string, unknown>)[target.at(-1) as string];
  return copy;
}

function get(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

describe('every resolver payload, broken', () => {
  const writers = new Set(['saveCriteria', 'importCriteria', 'verifyCriterion', 'approve', 'requestChanges', 'saveSettings', 'createRaidItem', 'updateRaidItem', 'promoteDetection', 'checkSprintReadiness', 'refreshSnapshot']);

  it('covers every resolver the app defines', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(definitions).sort());
  });

  for (const name of Object.keys(MATRIX)) {
    it(`${name}: ${RUNS.payloadsPerResolver} broken payloads, no crash, clear refusals, nothing changed by a refusal`, async () => {
      const spec = MATRIX[name]!;
      const user = spec.needs === 'sign-off' ? PO : PM;
      const context = spec.on === 'issue' ? issue : await h.projectExtension(spec.module, 'ACC');
      await fc.assert(
        fc.asyncProperty(breakage, async (broken) => {
          counts.payloads += 1;
          const payload = broken.apply(await spec.payload(fx));
          const before = writers.has(name) ? await storedState() : '';
          const answer = await h.call(user, spec.module, name, payload, context);
          expect(problemWith(answer), `${name} with ${broken.kind}`).toBeNull();
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          if ('crash' in answer) {
            counts.refusedByForgeLimit += 1;
            return;
          }
          if (answer.ok) {
            // Only what a schema could take as valid goes through: never a hostile key, an unknown field or absurd nesting.
            expect(['__proto__ key', 'extra key', 'deep nesting']).not.toContain(broken.kind);
            counts.payloadsAccepted += 1;
            return;
          }
          counts.payloadsRefused += 1;
          if (['__proto__ key', 'extra key', 'deep nesting'].includes(broken.kind)) expect(answer.error.code, broken.kind).toBe('invalid-payload');
          if (writers.has(name)) expect(await storedState(), `${name} refused (${answer.error.code}) but changed the stored records`).toBe(before);
        }),
        { seed: SEED + name.length, numRuns: RUNS.payloadsPerResolver },
      );
    });
  }
});

/** CLI input lines: any text, any JSON, tickets broken like payloads, descriptions as Markdown, ADF or junk. */
const ticketLine = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.integer()), fc.string({ maxLength: 300 }), fc.oneof(fc.string({ maxLength: 2000 }), validAdf as fc.Arbitrary<unknown>, malformedAdf, fc.constant(null)), fc.option(breakage, { nil: undefined }))
      .map(([id, summary, description, broken]) => {
        const line = { id, summary, description, issueType: 'Story', storyPoints: 3 };
        return JSON.stringify(broken ? broken.apply(line) : line) ?? 'undefined';
      }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((depth) => `{"id":1,"summary":"s","description":${deeplyNestedJson(depth)}}`) },
);

describe('command-line input lines', () => {
  it(`each line is checked or reported with its number, never a crash (${RUNS.cliLines} lines)`, () => {
    fc.assert(
      fc.property(fc.array(ticketLine, { minLength: 1, maxLength: 6 }), (lines) => {
        counts.cliLines += lines.length;
        const result = checkLines({ firstLine: 10, lines }, undefined);
        const out = result.output.split('\n').filter(Boolean);
        const errors = result.errors.split('\n').filter(Boolean);
        counts.cliBadLines += errors.length;
        expect(out.length + errors.length).toBe(lines.filter((l) => l.trim() !== '').length);
        expect(errors.length).toBe(result.badLines);
        for (const error of errors) expect(error).toMatch(/^line (1\d): \S.{5,}/u);
        for (const line of out) {
          const parsed = JSON.parse(line) as { score: number; ready: boolean; findings: unknown[] };
          expect(Number.isInteger(parsed.score) && typeof parsed.ready === 'boolean' && Array.isArray(parsed.findings)).toBe(true);
        }
      }),
      { seed: SEED + 3, numRuns: Math.ceil(RUNS.cliLines / 3.5) },
    );
  });

  it(`the accord command itself, on a file of ${RUNS.cliProcessLines} such lines: exit code 2, one answer per line`, () => {
    const lines = fc.sample(ticketLine.filter((l) => !l.includes('\n') && !l.includes('\r') && l.trim() !== '' && l.length < 1_000_000), { seed: SEED + 4, numRuns: RUNS.cliProcessLines });
    counts.cliProcessLines = lines.length;
    const dir = mkdtempSync(path.join(tmpdir(), 'accord-trust-cli-'));
    try {
      const file = path.join(dir, 'backlog.jsonl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const run = spawnSync(process.execPath, [path.resolve(__dirname, '../../bin/accord.js'), 'readiness', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const out = run.stdout.split('\n').filter(Boolean);
      const errors = run.stderr.split('\n').filter((l) => /^line \d+: /u.test(l));
      expect(run.status, run.stderr.slice(0, 500)).toBe(errors.length > 0 ? 2 : 0);
      expect(out.length + errors.length).toBe(lines.length);
      expect(run.stderr.split('\n').filter(Boolean).length, 'nothing on stderr but the bad lines').toBe(errors.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

