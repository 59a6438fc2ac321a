import { describe, expect, it } from 'vitest';
import { criterionKind, parseGherkin } from '../../../src/domain/criteria/gherkin';

describe('parseGherkin', () => {
  it('lays out a scenario as steps, without the Scenario line', () => {
    expect(parseGherkin('Scenario: Pay\nGiven a cart\nWhen I pay\nThen I get a receipt\nAnd an email\nBut no SMS')).toEqual([
      { keyword: 'Given', text: 'a cart' },
      { keyword: 'When', text: 'I pay' },
      { keyword: 'Then', text: 'I get a receipt' },
      { keyword: 'And', text: 'an email' },
      { keyword: 'But', text: 'no SMS' },
    ]);
  });

  it('normalises keyword case and indentation', () => {
    expect(parseGherkin('  given a cart\n    WHEN I pay\n\tthen I get a receipt')).toEqual([
      { keyword: 'Given', text: 'a cart' },
      { keyword: 'When', text: 'I pay' },
      { keyword: 'Then', text: 'I get a receipt' },
    ]);
  });

  it('splits a one-line Given/When/Then sentence at when and then, not at and', () => {
    expect(parseGherkin('Given a user and a project, when I open the board, then I see both')).toEqual([
      { keyword: 'Given', text: 'a user and a project' },
      { keyword: 'When', text: 'I open the board' },
      { keyword: 'Then', text: 'I see both' },
    ]);
  });

  it('skips Feature, Background, tags, comments and Examples tables', () => {
    const text = '@smoke\nFeature: Cart\n# a comment\nScenario Outline: Pay <n>\nGiven <n> items\nThen I pay\nExamples:\n| n |\n| 1 |';
    expect(parseGherkin(text)).toEqual([
      { keyword: 'Given', text: '<n> items' },
      { keyword: 'Then', text: 'I pay' },
    ]);
  });

  it('appends a data table and a wrapped line to the step before', () => {
    expect(parseGherkin('Given these users:\n| name | role |\n| Ann | admin |\nThen each can log in\nwithout a second factor')).toEqual([
      { keyword: 'Given', text: 'these users:\n| name | role |\n| Ann | admin |' },
      { keyword: 'Then', text: 'each can log in\nwithout a second factor' },
    ]);
  });

  it('tolerates a colon after the keyword', () => {
    expect(parseGherkin('Given: a cart\nThen: a total')?.map((s) => s.text)).toEqual(['a cart', 'a total']);
  });

  it.each([
    ['a plain sentence', 'Users can export the report as CSV'],
    ['a single step', 'Given a logged-in user'],
    ['prose before the steps', 'Payment works\nGiven a cart\nThen I pay'],
    ['starting with And', 'And a cart\nThen I pay'],
    ['an empty text', ''],
    ['words that start like keywords', 'Thenceforth users may log in\nGivens are fine'],
  ])('returns null for %s', (_label, text) => {
    expect(parseGherkin(text)).toBeNull();
  });

  it('tells scenarios from sentences', () => {
    expect(criterionKind('Given a\nThen b')).toBe('scenario');
    expect(criterionKind('The report lists every team')).toBe('sentence');
  });
});
