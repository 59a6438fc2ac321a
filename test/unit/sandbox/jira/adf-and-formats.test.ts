import { describe, expect, it } from 'vitest';
import { adfToHtml, adfToText, textToAdf } from '../../../../sandbox/jira/adf-text';
import { formatDuration, jiraDateTime, parseDuration } from '../../../../sandbox/jira/present/format';

const doc = {
  type: 'doc',
  version: 1,
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Acceptance criteria' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Given <x>', marks: [{ type: 'strong' }] }] }] }] },
    { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'demo-dev', text: '@Dana' } }, { type: 'text', text: ' ok' }] },
  ],
};

describe('ADF helpers', () => {
  it('turns ADF into one line per block of plain text', () => {
    expect(adfToText(doc)).toBe('Acceptance criteria\nGiven <x>\n@Dana ok');
    expect(adfToText(null)).toBe('');
    expect(adfToText({ type: 'doc', content: [{ nonsense: true }] })).toBe('');
  });

  it('renders escaped HTML', () => {
    const html = adfToHtml(doc);
    expect(html).toContain('<h2>Acceptance criteria</h2>');
    expect(html).toContain('<ul><li><p><b>Given &lt;x&gt;</b></p></li></ul>');
    expect(adfToHtml('not adf')).toBe('');
  });

  it('wraps plain text into a document', () => {
    expect(adfToText(textToAdf('hello'))).toBe('hello');
    expect(textToAdf('')).toEqual({ type: 'doc', version: 1, content: [] });
  });
});

describe('Jira wire formats', () => {
  it('formats date-times and durations as Jira does', () => {
    expect(jiraDateTime('2026-03-10T09:00:00.000Z')).toBe('2026-03-10T09:00:00.000+0000');
    expect(jiraDateTime(null)).toBeNull();
    expect(formatDuration(9000)).toBe('2h 30m');
    expect(formatDuration(8 * 3600 * 6)).toBe('1w 1d');
    expect(formatDuration(0)).toBe('0m');
  });

  it('parses durations and refuses nonsense', () => {
    expect(parseDuration('2h 30m')).toBe(9000);
    expect(parseDuration('1d')).toBe(8 * 3600);
    expect(parseDuration('90')).toBe(5400);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('2h and more')).toBeNull();
  });
});
