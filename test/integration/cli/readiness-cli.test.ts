import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFile } from '../../../bench/_lib/datasets';

const repoRoot = path.resolve(__dirname, '../../..');
const bin = path.join(repoRoot, 'bin/accord.js');

interface OutputLine {
  id: number | string;
  score: number;
  ready: boolean;
  findings: { check: string; severity: string; message: string }[];
}

let dir: string;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return { code: result.status, stderr: result.stderr, output: lines.map((line) => JSON.parse(line) as OutputLine) };
}

/** The dataset as JSON lines: id = line number, summary = description = the story. */
function storiesFile(name: string): { file: string; stories: Map<number, string> } {
  // The files end lines with "\r\r\n"; a line number counts "\n"s.
  const source = datasetFile(name);
  if (source === null) throw new Error(`data set ${name} not found beside the repository (see bench/_lib/datasets.ts)`);
  const lines = readFileSync(source, 'utf8').split('\n');
  const stories = new Map<number, string>();
  const rows: string[] = [];
  lines.forEach((raw, index) => {
    const story = raw.replace(/\r/g, '').trim();
    if (story === '') return;
    stories.set(index + 1, story);
    rows.push(JSON.stringify({ id: index + 1, summary: story, description: story }));
  });
  const file = path.join(dir, name.replace(/\.txt$/, '.jsonl'));
  writeFileSync(file, `${rows.join('\n')}\n`);
  return { file, stories };
}

const checksOf = (line: OutputLine | undefined) => line?.findings.map((item) => item.check) ?? [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('accord readiness on the AQUSA g09 stories', () => {
  it('writes one well-formed line per story, in input order, and judges the story form', () => {
    const { file, stories } = storiesFile('aqusa-g09-stories.txt');
    const { code, stderr, output } = run(['readiness', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(output.map((line) => line.id)).toEqual([...stories.keys()]);
    for (const line of output) {
      expect(Object.keys(line)).toEqual(['id', 'score', 'ready', 'findings']);
      expect(Number.isInteger(line.score) && line.score >= 0 && line.score <= 100).toBe(true);
      for (const item of line.findings) expect(Object.keys(item)).toEqual(['check', 'severity', 'message']);
    }
    const byId = new Map(output.map((line) => [line.id, line]));
    // Every story with role, goal and benefit passes story.format ...
    const wellFormed = [...stories].filter(([, story]) => /^As an? .+, I want .+, So that .+/i.test(story));
    expect(wellFormed.length).toBeGreaterThan(70);
    for (const [id] of wellFormed) expect(checksOf(byId.get(id))).not.toContain('story.format');
    // ... and the three without a benefit fail it.
    for (const id of [12, 41, 44]) {
      expect(stories.get(id)).not.toMatch(/so that/i);
      expect(checksOf(byId.get(id))).toContain('story.format');
    }
    // "export or print", "backup and restore": two features in one story.
    expect(stories.get(25)).toContain('export or print');
    expect(checksOf(byId.get(25))).toContain('story.atomic');
    expect(checksOf(byId.get(76))).toContain('story.atomic');
    // "undesired and preferred terms" joins two objects, not two actions.
    expect(checksOf(byId.get(42))).not.toContain('story.atomic');
  });
});

describe('accord readiness on the AQUSA g14 stories', () => {
  it('passes the well-formed stories and flags the embedded example and the double action', () => {
    const { file, stories } = storiesFile('aqusa-g14-stories.txt');
    const { code, output } = run(['readiness', file]);
    expect(code).toBe(0);
    expect(output).toHaveLength(stories.size);
    expect(output.map((line) => line.id)).toEqual([...stories.keys()]);
    const byId = new Map(output.map((line) => [line.id, line]));
    for (const line of output) expect(checksOf(line)).not.toContain('story.format');
    expect(stories.get(63)).toContain('such as');
    expect(checksOf(byId.get(63))).toContain('story.minimal');
    expect(stories.get(51)).toContain('browse and find');
    expect(checksOf(byId.get(51))).toContain('story.atomic');
    // Stories have no estimates nor acceptance criteria in this export: none is ready.
    expect(output.every((line) => !line.ready && checksOf(line).includes('estimate.missing'))).toBe(true);
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
