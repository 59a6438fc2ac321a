import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildTestBundle, runBundleScript } from './test-bundle';

const repoRoot = path.resolve(__dirname, '../../..');
const bin = path.join(repoRoot, 'bin/accord.js');
/** The project's own backlog of tickets to check (see test/fixtures/stories/README.md). */
const backlogFile = path.join(repoRoot, 'test/fixtures/stories/backlog.jsonl');
/** The fixture's damaged export line (1-based), reported and skipped. */
const BAD_LINE = 32;

interface OutputLine {
  id: number | string;
  score: number;
  ready: boolean;
  findings: { check: string; severity: string; message: string }[];
}

interface BacklogTicket {
  id: string;
  summary: string;
  description: string | object | null;
  issueType?: string;
}

let dir: string;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return { code: result.status, stderr: result.stderr, output: lines.map((line) => JSON.parse(line) as OutputLine) };
}

/** The fixture's tickets by id, in file order (the damaged and blank lines left out). */
function backlogTickets(): Map<string, BacklogTicket> {
  const tickets = new Map<string, BacklogTicket>();
  readFileSync(backlogFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || index + 1 === BAD_LINE) return;
      const ticket = JSON.parse(line) as BacklogTicket;
      tickets.set(ticket.id, ticket);
    });
  return tickets;
}

/** The description as text to search (ADF documents as their JSON, which holds their text). */
const descriptionOf = (ticket: BacklogTicket | undefined) =>
  typeof ticket?.description === 'string' ? ticket.description : JSON.stringify(ticket?.description ?? '');

const checksOf = (line: OutputLine | undefined) => line?.findings.map((item) => item.check) ?? [];
const messagesOf = (line: OutputLine | undefined, check: string) => line?.findings.filter((item) => item.check === check).map((item) => item.message) ?? [];

/**
 * What the checker must find on each ticket of the fixture, with the default rubric: score, ready, and
 * the checks of its findings in output order (a check appears once per finding).
 */
const EXPECTED: Record<string, [score: number, ready: boolean, checks: string[]]> = {
  // Well-formed stories; criteria under a Markdown heading (bullets, numbers, Gherkin), in Accord's own
  // list, under an ADF heading, after a plain "Acceptance criteria:" line; or none.
  'LIB-101': [100, true, []],
  'LIB-102': [100, true, []],
  'LIB-103': [100, true, []],
  'LIB-104': [75, false, ['ac.missing']],
  'LIB-105': [100, true, []],
  'LIB-106': [100, true, []],
  'LIB-107': [100, true, []],
  'LIB-108': [100, true, []],
  'LIB-109': [75, false, ['ac.missing']],
  'LIB-110': [100, true, []],
  // No benefit, or no story at all.
  'LIB-111': [85, true, ['story.format']],
  'LIB-112': [45, false, ['description.too-short', 'story.format', 'ac.missing']],
  'LIB-113': [85, true, ['story.format']],
  'LIB-114': [60, false, ['story.format', 'ac.missing']],
  // Two actions in one story; LIB-118 joins two objects, which is one feature.
  'LIB-115': [90, true, ['story.atomic']],
  'LIB-116': [65, false, ['story.atomic', 'ac.missing']],
  'LIB-117': [65, false, ['story.atomic', 'ac.missing']],
  'LIB-118': [75, false, ['ac.missing']],
  'LIB-119': [65, false, ['story.atomic', 'ac.missing']],
  'LIB-120': [65, false, ['story.atomic', 'ac.missing']],
  // Asides, examples and extra sentences on the story line.
  'LIB-121': [95, true, ['story.minimal']],
  'LIB-122': [70, false, ['story.minimal', 'ac.missing']],
  'LIB-123': [70, false, ['story.minimal', 'story.minimal', 'ac.missing']],
  'LIB-124': [70, false, ['story.minimal', 'ac.missing']],
  'LIB-125': [70, false, ['story.minimal', 'ac.missing']],
  // Vague terms in the text and in a criterion.
  'LIB-126': [90, true, ['text.vague', 'text.vague']],
  'LIB-127': [80, true, ['text.vague', 'ac.untestable']],
  'LIB-128': [90, true, ['text.vague', 'text.vague', 'text.vague']],
  'LIB-129': [90, true, ['text.vague']],
  // Bugs and tasks (no story checks), missing, empty, placeholder and short descriptions, blockers, estimates.
  'LIB-130': [75, false, ['ac.missing']],
  'LIB-131': [100, true, []],
  'LIB-132': [100, true, []],
  'LIB-133': [95, true, ['summary.vague']],
  'LIB-134': [20, false, ['description.missing', 'story.format', 'ac.missing']],
  'LIB-135': [20, false, ['description.missing', 'story.format', 'ac.missing']],
  'LIB-136': [35, false, ['description.placeholder', 'description.too-short', 'ac.missing']],
  'LIB-137': [65, false, ['description.placeholder', 'description.placeholder', 'description.placeholder', 'description.placeholder', 'ac.untestable']],
  'LIB-138': [60, false, ['description.too-short', 'ac.missing']],
  'LIB-139': [70, false, ['blockers.open']],
  'LIB-140': [100, true, []],
  'LIB-141': [85, true, ['estimate.missing']],
  // Criteria as a bare scenario, a scenario without Then, a bold "AC" line, an inline "AC:".
  'LIB-142': [100, true, []],
  'LIB-143': [90, true, ['ac.untestable']],
  'LIB-144': [100, true, []],
  'LIB-145': [100, true, []],
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('accord readiness on the fixture backlog', () => {
  const tickets = backlogTickets();
  let result: ReturnType<typeof run>;
  let byId: Map<string | number, OutputLine>;
  beforeAll(() => {
    result = run(['readiness', backlogFile]);
    byId = new Map(result.output.map((line) => [line.id, line]));
  });

  it('writes one well-formed line per ticket, in input order, and reports the damaged line', () => {
    expect(tickets.size).toBeGreaterThanOrEqual(40);
    expect(readFileSync(backlogFile, 'utf8').split('\n')[BAD_LINE - 1]).toMatch(/^\{"id": "LIB-999".*[^}]$/);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^line ${BAD_LINE}: invalid JSON \\([^\\n]+\\)\\n$`));
    expect(result.output.map((line) => line.id)).toEqual([...tickets.keys()]);
    for (const line of result.output) {
      expect(Object.keys(line)).toEqual(['id', 'score', 'ready', 'findings']);
      expect(Number.isInteger(line.score) && line.score >= 0 && line.score <= 100).toBe(true);
      for (const item of line.findings) expect(Object.keys(item)).toEqual(['check', 'severity', 'message']);
      // Ready means no blocker and a score at or above the default threshold.
      expect(line.ready).toBe(line.score >= 70 && line.findings.every((item) => item.severity !== 'blocker'));
    }
  });

  it('finds exactly the expected checks on every ticket', () => {
    expect(Object.keys(EXPECTED)).toEqual([...tickets.keys()]);
    const found = Object.fromEntries(result.output.map((line) => [line.id, [line.score, line.ready, checksOf(line)]]));
    expect(found).toEqual(EXPECTED);
  });

  it('judges the story form: well-formed stories pass, a missing benefit or story is named', () => {
    const stories = [...tickets.values()].filter((ticket) => (ticket.issueType ?? 'Story') === 'Story');
    const wellFormed = stories.filter((ticket) => /^(?:\{.*?"text":")?As an? [^\n]+?, I want [^\n]+?, so that /i.test(descriptionOf(ticket)));
    expect(wellFormed.length).toBeGreaterThan(25);
    for (const ticket of wellFormed) expect(checksOf(byId.get(ticket.id))).not.toContain('story.format');
    for (const id of ['LIB-111', 'LIB-112']) {
      expect(descriptionOf(tickets.get(id))).toMatch(/^As a /);
      expect(descriptionOf(tickets.get(id))).not.toMatch(/so that|in order to/i);
      expect(messagesOf(byId.get(id), 'story.format')).toEqual(['The user story has no benefit ("so that <benefit>").']);
    }
    for (const id of ['LIB-113', 'LIB-114', 'LIB-134', 'LIB-135']) {
      expect(messagesOf(byId.get(id), 'story.format')).toEqual(['No user story found: the summary and description do not start with "As a <role>, I want ...".']);
    }
    // Bugs and tasks are not user stories: no story check applies to them.
    const others = [...tickets.values()].filter((ticket) => ticket.issueType !== undefined && ticket.issueType !== 'Story');
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const ticket of others) expect(checksOf(byId.get(ticket.id)).filter((check) => check.startsWith('story.'))).toEqual([]);
  });

  it('flags a second action joined to the goal, and not two objects', () => {
    // The finding quotes the second action with its words, and the first action it is added to.
    const joins: [string, string, string][] = [
      ['LIB-115', 'and save a title to my', 'search the catalogue'],
      ['LIB-116', 'or print my loan history', 'export'],
      ['LIB-117', 'and unlock the staff terminal remotely', 'lock'],
      ['LIB-119', 'as well as to see my payment history', 'pay fines online'],
      ['LIB-120', '& review titles I have borrowed', 'rate'],
    ];
    for (const [id, second, first] of joins) {
      expect(descriptionOf(tickets.get(id))).toContain(second);
      expect(messagesOf(byId.get(id), 'story.atomic')).toEqual([`The story asks for more than one thing: "${second}" adds a second action to "${first}".`]);
    }
    // "new and returned books", "fast and intuitive", "email and/or text": one feature each.
    expect(descriptionOf(tickets.get('LIB-118'))).toContain('new and returned books');
    expect(descriptionOf(tickets.get('LIB-126'))).toContain('fast and intuitive');
    expect(descriptionOf(tickets.get('LIB-129'))).toContain('email and/or text');
    for (const id of ['LIB-118', 'LIB-126', 'LIB-129']) expect(checksOf(byId.get(id))).not.toContain('story.atomic');
  });

  it('flags bracketed asides, examples and further sentences on the story line', () => {
    expect(descriptionOf(tickets.get('LIB-121'))).toContain('(book, audiobook, DVD)');
    expect(messagesOf(byId.get('LIB-121'), 'story.minimal')).toEqual(['The story sentence carries a bracketed aside.']);
    expect(messagesOf(byId.get('LIB-122'), 'story.minimal')).toEqual(['The story sentence embeds an example ("such as").']);
    expect(messagesOf(byId.get('LIB-123'), 'story.minimal')).toEqual(['The story sentence carries a bracketed aside.', 'The story sentence embeds an example ("e.g.").']);
    expect(messagesOf(byId.get('LIB-124'), 'story.minimal')).toEqual(['The story sentence is followed by more sentences on the same line.']);
    expect(messagesOf(byId.get('LIB-125'), 'story.minimal')).toEqual(['The story sentence embeds an example ("for example").']);
  });

  it('names each vague term once, in the text and in a criterion', () => {
    const terms = (id: string) => messagesOf(byId.get(id), 'text.vague').map((message) => /"([^"]+)"/.exec(message)?.[1]);
    // "so that queues at the desk get shorter" is the benefit: why the story is wanted, not what is
    // built, so its comparative is not reported; the goal's vague terms are.
    expect(descriptionOf(tickets.get('LIB-126'))).toContain('so that queues at the desk get shorter');
    expect(terms('LIB-126')).toEqual(['fast', 'intuitive']);
    expect(terms('LIB-127')).toEqual(['quickly']);
    expect(messagesOf(byId.get('LIB-127'), 'ac.untestable')).toEqual(['Acceptance criterion cannot be tested: it uses the vague term "quickly".']);
    expect(terms('LIB-128')).toEqual(['some', 'several', 'etc.']);
    expect(terms('LIB-129')).toEqual(['and/or']);
  });

  it('reads criteria from Markdown, plain-text and ADF descriptions alike', () => {
    // Each shape of criteria the fixture holds is found (no ac.missing) ...
    const shapes: [string, string | RegExp][] = [
      ['LIB-101', '## Acceptance criteria\n- '],
      ['LIB-102', '## Acceptance criteria\n1. '],
      ['LIB-103', '### Acceptance Criteria\nGiven '],
      ['LIB-108', '"type":"heading"'],
      ['LIB-110', /^As a [^\n]+\n\nAcceptance criteria:\nThe /],
      ['LIB-131', '"type":"heading"'],
      ['LIB-142', /\n\nGiven [^\n]+\nWhen [^\n]+\nThen /],
      ['LIB-144', '**AC**\n- '],
      ['LIB-145', '\n\nAC: the phone menu'],
    ];
    for (const [id, shape] of shapes) {
      if (typeof shape === 'string') expect(descriptionOf(tickets.get(id))).toContain(shape);
      else expect(descriptionOf(tickets.get(id))).toMatch(shape);
      expect(checksOf(byId.get(id))).not.toContain('ac.missing');
    }
    // ... and a description without any (Markdown, ADF, plain text) is told so.
    for (const id of ['LIB-104', 'LIB-109', 'LIB-130']) {
      expect(descriptionOf(tickets.get(id))).not.toMatch(/acceptance|\bAC\b|\bGiven\b/i);
      expect(checksOf(byId.get(id))).toContain('ac.missing');
    }
  });
});

describe('accord readiness input handling', () => {
  const good = (id: string) => JSON.stringify({ id, summary: 'Export the rulebase as PDF', description: 'As a rule author, I want to export the rulebase, so that I can share it.', storyPoints: 2 });

  it('reports bad lines on stderr with their line numbers, skips them and exits 2', () => {
    const file = path.join(dir, 'mixed.jsonl');
    const lines = [good('A-1'), '{not json', '', JSON.stringify({ summary: 'no id' }), JSON.stringify({ id: 'A-4', summary: 7 }), JSON.stringify({ id: 'A-5', summary: 'x', storyPoints: 'three' }), good('A-6')];
    writeFileSync(file, lines.join('\n'));
    const { code, stderr, output } = run(['readiness', file]);
    expect(code).toBe(2);
    expect(output.map((line) => line.id)).toEqual(['A-1', 'A-6']);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^line 2: invalid JSON/);
    expect(errors[1]).toMatch(/^line 4: id/);
    expect(errors[2]).toMatch(/^line 5: summary/);
    expect(errors[3]).toMatch(/^line 6: storyPoints/);
  });

  it('reads standard input for "-"', () => {
    const { code, output } = run(['readiness', '-'], `${good('S-1')}\n\n${good('S-2')}\n`);
    expect(code).toBe(0);
    expect(output.map((line) => line.id)).toEqual(['S-1', 'S-2']);
    expect(checksOf(output[0])).toEqual(['ac.missing']);
  });

  it('accepts an ADF description and a missing issue type means Story', () => {
    const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Saving the profile fails with error 500 when the name has an emoji.' }] }] };
    const story = run(['readiness', '-'], JSON.stringify({ id: 1, summary: 'Profile save fails with emoji', description: adf, storyPoints: 1 }));
    expect(checksOf(story.output[0])).toContain('story.format');
    const bug = run(['readiness', '-'], JSON.stringify({ id: 1, summary: 'Profile save fails with emoji', description: adf, storyPoints: 1, issueType: 'Bug' }));
    expect(checksOf(bug.output[0])).not.toContain('story.format');
  });

  it('applies a rubric file', () => {
    const rubricFile = path.join(dir, 'rubric.json');
    writeFileSync(rubricFile, JSON.stringify({ checks: { 'ac.missing': { enabled: false } } }));
    const { output } = run(['readiness', '--rubric', rubricFile, '-'], good('R-1'));
    expect(output[0]).toMatchObject({ id: 'R-1', score: 100, ready: true, findings: [] });
  });

  it('exits 1 with a clear message for a missing file, a bad rubric or no arguments', () => {
    const missing = run(['readiness', path.join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const badRubric = path.join(dir, 'bad-rubric.json');
    writeFileSync(badRubric, JSON.stringify({ threshold: 'high' }));
    const rubric = run(['readiness', '--rubric', badRubric, '-'], good('X'));
    expect(rubric.code).toBe(1);
    expect(rubric.stderr).toContain('threshold');
    const none = run([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage');
  });

  it('prints usage for --help', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: accord readiness');
  });
});

describe('the prebuilt command', () => {
  it('answers exactly as the TypeScript sources do', () => {
    const { out, build, remove } = buildTestBundle();
    onTestFinished(remove);
    expect(build.status, build.stderr).toBe(0);
    const inputs = (JSON.parse(readFileSync(path.join(out, 'accord.inputs.json'), 'utf8')) as { inputs: string[] }).inputs;
    expect(inputs).toContain('src/cli/main.ts');
    expect(inputs).toContain('src/domain/readiness/check-readiness.ts');
    expect(inputs.some((file) => file.includes('node_modules'))).toBe(false);

    const bundled = spawnSync(process.execPath, ['-e', runBundleScript(out), 'readiness', backlogFile], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    const sources = spawnSync(process.execPath, [bin, 'readiness', backlogFile], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ACCORD_CLI_FROM_SOURCES: '1' } });
    expect(bundled.status).toBe(2); // the fixture's damaged line
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(40);
    expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([sources.status, sources.stdout, sources.stderr]);
  });
});
