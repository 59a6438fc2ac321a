import { describe, expect, it } from 'vitest';
import { acceptanceLabelLine, isAcceptanceLabel, isOtherSectionLabel } from '../../../src/domain/criteria/section-labels';

describe('acceptance-criteria labels', () => {
  it.each([
    'Acceptance Criteria',
    'acceptance criteria',
    'ACCEPTANCE CRITERIA:',
    'Acceptance criterion',
    'Acceptance-Criteria',
    'Acceptance tests',
    'Acceptance test:',
    'AC',
    'AC:',
    'ACs',
    'A/C',
    'A.C.',
    'Acceptance Criteria (AC)',
    '✅ Acceptance criteria',
    '3. Acceptance criteria',
    '**Acceptance Criteria:**',
    'Akzeptanzkriterien',
    "Critères d'acceptation",
    'Criterios de aceptación',
  ])('accepts %j', (label) => {
    expect(isAcceptanceLabel(label)).toBe(true);
  });

  it.each([
    'Definition of done',
    'DoD',
    'The acceptance criteria are below',
    'We still need acceptance criteria',
    'ACME integration',
    'Account',
    'Criteria',
    'Acceptance',
  ])('rejects %j', (label) => {
    expect(isAcceptanceLabel(label)).toBe(false);
  });

  it('splits a label line from its criterion', () => {
    expect(acceptanceLabelLine('AC: exports are CSV')).toEqual({ rest: 'exports are CSV' });
    expect(acceptanceLabelLine('Acceptance Criteria:')).toEqual({ rest: '' });
    expect(acceptanceLabelLine('Acceptance criteria: see below')).toEqual({ rest: '' });
    expect(acceptanceLabelLine('Acceptance criteria: as follows:')).toEqual({ rest: '' });
    expect(acceptanceLabelLine('Note: AC: later')).toBeNull();
    expect(acceptanceLabelLine('Acceptance criteria are missing')).toBeNull();
  });

  it('knows the sections that end an AC section', () => {
    expect(isOtherSectionLabel('Out of scope:')).toBe(true);
    expect(isOtherSectionLabel('Definition of Done')).toBe(true);
    expect(isOtherSectionLabel('Technical notes')).toBe(true);
    expect(isOtherSectionLabel('Users can log in')).toBe(false);
  });
});
