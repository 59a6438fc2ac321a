import { describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  checkReadiness,
  defaultRubric,
  parseRubric,
  readinessFingerprint,
  rubricSchema,
  type ReadinessResult,
  type Rubric,
} from '../../../src/domain/readiness';
import { READY_CRITERIA, READY_STORY, ticket } from './ticket-factory';

function rubric(input: unknown): Rubric {
  const parsed = parseRubric(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rubric;
}

describe('score and ready', () => {
  it('takes each failing check weight once, however many findings it has', () => {
    // Three vague terms (one check, weight 10) and no estimate (weight 15).
    const result = checkReadiness(ticket({ storyPoints: null, description: `${READY_STORY}\n\nFast, easy and intuitive.\n\n${READY_CRITERIA}` }));
    expect(result.findings.filter((item) => item.check === 'text.vague')).toHaveLength(3);
    expect(result.score).toBe(100 - 10 - 15);
    expect(result.ready).toBe(true);
  });

  it('is not ready below the threshold', () => {
    const result = checkReadiness(ticket({ storyPoints: null, description: READY_STORY }));
    expect(result.score).toBe(100 - 25 - 15); // ac.missing + estimate.missing
    expect(result.ready).toBe(false);
  });

  it('is not ready without acceptance criteria, by default, however good the rest is', () => {
    const result = checkReadiness(ticket({ description: READY_STORY }));
    expect(result.findings.map((item) => [item.check, item.severity])).toEqual([['ac.missing', 'blocker']]);
    expect(result.score).toBe(75);
    expect(result.ready).toBe(false);
    // A team whose Definition of Ready allows it can say so in its rubric.
    expect(checkReadiness(ticket({ description: READY_STORY }), rubric({ checks: { 'ac.missing': { severity: 'major' } } })).ready).toBe(true);
  });

  it('is not ready with a blocker finding even when the score is high', () => {
    const result = checkReadiness(ticket({ links: [{ relation: 'is blocked by', issueKey: 'ACC-7', statusCategory: 'new' }] }));
    expect(result.score).toBe(70);
    expect(result.ready).toBe(false);
  });

  it('clamps at 0 and stays an integer', () => {
    const result = checkReadiness(ticket({ summary: 'Fix', description: null, storyPoints: null, links: [{ relation: 'is blocked by', issueKey: 'A-1', statusCategory: 'new' }] }));
    expect(result.score).toBe(0);
    expect(Number.isInteger(result.score)).toBe(true);
  });

  it('honours weights, severities, disabled checks and the threshold from the rubric', () => {
    const snapshot = ticket({ storyPoints: null });
    expect(checkReadiness(snapshot, rubric({ checks: { 'estimate.missing': { weight: 40 } } })).score).toBe(60);
    expect(checkReadiness(snapshot, rubric({ checks: { 'estimate.missing': { enabled: false } } })).findings).toEqual([]);
    expect(checkReadiness(snapshot, rubric({ checks: { 'estimate.missing': { severity: 'blocker' } } })).ready).toBe(false);
    expect(checkReadiness(snapshot, rubric({ threshold: 90 })).ready).toBe(false);
    expect(checkReadiness(snapshot, rubric({ threshold: 85 })).ready).toBe(true);
  });

  it('reports findings in check order', () => {
    const result = checkReadiness(ticket({ summary: 'Fix', description: 'TBD', storyPoints: null }));
    const order = result.findings.map((item) => CHECK_IDS.indexOf(item.check));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('every finding names its check, severity, message, evidence and fix', () => {
    const result = checkReadiness(ticket({ summary: 'Fix', description: 'As a <role> I want it fast (soon). TBD', storyPoints: null }));
    expect(result.findings.length).toBeGreaterThan(4);
    for (const item of result.findings) {
      expect(CHECK_IDS).toContain(item.check);
      expect(['blocker', 'major', 'minor']).toContain(item.severity);
      expect(item.message.length).toBeGreaterThan(5);
      expect(item.fix.length).toBeGreaterThan(5);
      expect(item.evidence.length).toBeLessThanOrEqual(200);
    }
  });

  it('does not throw on a malformed snapshot', () => {
    const bad = { summary: 42, description: { type: 'doc', content: [{ type: 'paragraph', content: 'x' }] }, issueType: null, links: 'nope' };
    expect(() => checkReadiness(bad as never)).not.toThrow();
    expect(checkReadiness(bad as never).findings.map((item) => item.check)).toContain('description.missing');
  });
});

describe('parseRubric', () => {
  it('returns the defaults for undefined or null, as a copy', () => {
    const parsed = rubric(undefined);
    expect(parsed).toEqual(defaultRubric);
    expect(parsed).not.toBe(defaultRubric);
    expect(rubric(null)).toEqual(defaultRubric);
    expect(defaultRubric.threshold).toBe(70);
    expect(defaultRubric.storyIssueTypes).toEqual(['Story']);
  });

  it('merges a partial rubric over the defaults, per check and per field', () => {
    const parsed = rubric({ threshold: 80, checks: { 'text.vague': { weight: 3 } }, storyIssueTypes: ['Story', 'Feature'] });
    expect(parsed.threshold).toBe(80);
    expect(parsed.checks['text.vague']).toEqual({ enabled: true, weight: 3, severity: 'minor' });
    expect(parsed.checks['ac.missing']).toEqual(defaultRubric.checks['ac.missing']);
    expect(parsed.storyIssueTypes).toEqual(['Story', 'Feature']);
    expect(parsed.vagueTerms).toEqual(defaultRubric.vagueTerms);
    expect(rubricSchema.safeParse(parsed).success).toBe(true);
  });

  it.each([
    ['a threshold above 100', { threshold: 101 }, 'threshold'],
    ['an unknown check', { checks: { 'story.magic': { enabled: true } } }, 'checks'],
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['a bad severity', { checks: { 'ac.missing': { severity: 'critical' } } }, 'severity'],
    ['a too-long vague term', { vagueTerms: ['x'.repeat(61)] }, 'vagueTerms'],
    ['too many vague terms', { vagueTerms: Array.from({ length: 301 }, (_, i) => `term${i}`) }, 'vagueTerms'],
    ['a non-object', 'strict please', 'object'],
  ])('rejects %s with a clear error', (_name, input, mentions) => {
    const parsed = parseRubric(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.toLowerCase()).toContain(mentions.toLowerCase());
  });

  it('keeps the defaults frozen so no caller can change them for everyone', () => {
    expect(Object.isFrozen(defaultRubric)).toBe(true);
    expect(Object.isFrozen(defaultRubric.checks['ac.missing'])).toBe(true);
  });

  it('applies a changed rubric object even after the defaults were used (compiled per rubric)', () => {
    const text = `${READY_STORY}\n\nA blazing export.\n\n${READY_CRITERIA}`;
    expect(checkReadiness(ticket({ description: text })).findings).toEqual([]);
    expect(checkReadiness(ticket({ description: text }), rubric({ vagueTerms: ['blazing'] })).findings.map((item) => item.check)).toEqual(['text.vague']);
  });
});

describe('readinessFingerprint', () => {
  const result = (score: number, ready: boolean, checks: string[]): ReadinessResult => ({
    score,
    ready,
    findings: checks.map((check) => ({ check: check as never, severity: 'minor', message: `m ${Math.random()}`, evidence: '', fix: '' })),
  });

  it('is stable across finding order, repeats and wording', () => {
    expect(readinessFingerprint(result(80, true, ['text.vague', 'estimate.missing', 'text.vague']))).toBe(
      readinessFingerprint(result(80, true, ['estimate.missing', 'text.vague'])),
    );
    expect(readinessFingerprint(result(80, true, ['text.vague']))).toBe('80|ready|text.vague');
  });

  it('changes when the score, readiness or failing checks change', () => {
    const base = readinessFingerprint(result(80, true, ['text.vague']));
    expect(readinessFingerprint(result(79, true, ['text.vague']))).not.toBe(base);
    expect(readinessFingerprint(result(80, false, ['text.vague']))).not.toBe(base);
    expect(readinessFingerprint(result(80, true, ['text.vague', 'ac.untestable']))).not.toBe(base);
  });

  it('gives the same fingerprint for the same ticket checked twice', () => {
    const snapshot = ticket({ storyPoints: null });
    expect(readinessFingerprint(checkReadiness(snapshot))).toBe(readinessFingerprint(checkReadiness(snapshot)));
  });
});
