import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToAdf } from '../../../src/domain/adf';
import { importCriteriaFromDescription } from '../../../src/domain/criteria';

const repoRoot = path.resolve(__dirname, '../../..');
const STORY = 'As a librarian, I want to renew a loan for a member, so that they keep the book without a visit.';

/** The headings people write over acceptance criteria, in the languages the panel knows. */
const LABELS = ['Acceptance criteria', 'Acceptance tests', 'Akzeptanzkriterien', "Critères d'acceptation", 'Criterios de aceptación', 'AC'];

function description(label: string): string {
  return `${STORY}\n\n## ${label}\n- The new due date is shown to the member\n- A renewal of an overdue loan is refused with a message`;
}

describe('criteria headings give the same answer in the panel and in `accord readiness`', () => {
  it.each(LABELS)('"%s"', (label) => {
    const panel = importCriteriaFromDescription(markdownToAdf(description(label))).criteria.map((c) => c.text);
    expect(panel).toEqual(['The new due date is shown to the member', 'A renewal of an overdue loan is refused with a message']);

    const lines = [
      { id: 'with', summary: 'Renew a loan', description: description(label), issueType: 'Story', storyPoints: 2 },
      { id: 'without', summary: 'Renew a loan', description: STORY, issueType: 'Story', storyPoints: 2 },
    ];
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/accord.js'), 'readiness', '-'], {
      cwd: repoRoot,
      input: lines.map((l) => JSON.stringify(l)).join('\n'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: Array<{ check: string }> });
    const checks = (id: string) => out.find((o) => o.id === id)?.findings.map((f) => f.check);
    expect(checks('with')).not.toContain('ac.missing');
    expect(checks('without')).toContain('ac.missing');
  });
});
