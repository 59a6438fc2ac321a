import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { summarizeSprint } from '../../../src/domain/readiness-summary/summarize-sprint';
import { weeklyReportHtml, weeklyReportMarkdown, type WeeklyReport } from '../../../src/domain/report';
import { built, input, signal } from './report-fixtures';

const CELL_STYLE = /^border:1px solid #[0-9a-f]{6};padding:4px 8px;text-align:(left|right);vertical-align:top$/u;

/** Every tag name the fragment opens, lower case. */
function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/gu)].map((m) => m[1]!.toLowerCase()));
}

/** The fragment's elements of one tag, with their attributes and inner HTML. */
function elements(html: string, tag: string): Array<{ attributes: string; inner: string }> {
  return [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gu'))].map((m) => ({ attributes: m[1] ?? '', inner: m[2] ?? '' }));
}

const styleOf = (attributes: string): string => /style="([^"]*)"/u.exec(attributes)?.[1] ?? '';

/** A report whose Jira text (project and sprint names, a goal, an epic, a risk, a ticket summary) is `text`. */
function hostile(text: string, overrides: Parameters<typeof built>[0] = {}): WeeklyReport {
  const base = input();
  const [active, closed] = base.sprints;
  return built({
    project: { key: 'ACC', name: `Demo ${text}` },
    sprints: [{ ...active!, sprint: { ...active!.sprint, name: `Sprint ${text}` }, goal: `Ship ${text} soon` }, closed!],
    epicNames: new Map([['ACC-20', `Checkout ${text}`]]),
    newRisks: [{ ...signal, title: `Blocked ${text}` }],
    readiness: {
      sprint: { id: 13, name: `Next ${text}`, startDate: '2026-12-07' },
      summary: summarizeSprint([{ key: 'ACC-40', summary: `Export ${text}`, score: 35, ready: false, failedChecks: ['ac.missing'], signoff: null }]),
    },
    ...overrides,
  });
}

const ALLOWED_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'a']);

describe('weeklyReportHtml', () => {
  const report = built();
  const html = weeklyReportHtml(report);
  const md = weeklyReportMarkdown(report);

  it('headings from the Markdown as h1, h2 and h3, and a fragment with nothing around it', () => {
    expect(html.startsWith('<h1>Weekly report: Accord Demo (ACC)</h1>\n<p>Week 2026-W48 (2026-11-23 to 2026-11-29).')).toBe(true);
    expect(elements(html, 'h2').map((h) => h.inner)).toEqual(['Hours', 'Scope', 'RAID changes', 'New detected risks', 'Milestones', 'Next sprint readiness']);
    expect(elements(html, 'h3').map((h) => h.inner)).toEqual([
      'Per person',
      'Per epic',
      'Sprint 11 (closed, 2026-11-09 to 2026-11-20)',
      'Sprint 12 (active, since 2026-11-23)',
      'Furthest from ready',
      'Most failing checks',
    ]);
    expect(tagsOf(html)).toEqual(new Set([...ALLOWED_TAGS].filter((t) => t !== 'a')));
    expect(html).not.toMatch(/<(html|head|body|style)\b/iu);
  });

  it('a table for every table of the Markdown, each table and cell styled inline, numbers aligned right', () => {
    const tables = elements(html, 'table');
    expect(tables).toHaveLength(md.split('\n').filter((l) => /^\| (---:?)( \| ---:?)* \|$/u.test(l)).length);
    for (const table of tables) expect(styleOf(table.attributes)).toBe('border-collapse:collapse;border:1px solid #c1c7d0;margin:0 0 12px 0');
    const cells = [...elements(html, 'th'), ...elements(html, 'td')];
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      expect(cell.attributes).not.toContain('align=');
      expect(styleOf(cell.attributes)).toMatch(CELL_STYLE);
    }
    // The hours table: Week and Person left, Hours right, as the Markdown aligns them.
    const hours = tables[0]!.inner;
    expect(elements(hours, 'th').map((c) => [c.inner, styleOf(c.attributes).match(/text-align:(\w+)/u)?.[1]])).toEqual([
      ['Week', 'left'],
      ['Person', 'left'],
      ['Hours', 'right'],
    ]);
    expect(elements(hours, 'td').slice(0, 3).map((c) => c.inner)).toEqual(['2026-W48', 'Dana Developer', '10.5']);
  });

  it('a line break in a cell stays a line break, an escaped pipe a pipe', () => {
    expect(elements(html, 'td').map((c) => c.inner)).toEqual(expect.arrayContaining(['ACC-21 Reports<br>and exports', 'Search<br>filters', 'ACC-20 Checkout | Payments']));
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    // After an opening <script> or <pre> marked writes the following text as it is: a tag it does not read as one must still be escaped.
    ['<script> <img/src=x onerror=alert(2)>', '&lt;script&gt; &lt;img/src=x onerror=alert(2)&gt;'],
    ['<pre><svg/onload=alert(3)>', '&lt;pre&gt;&lt;svg/onload=alert(3)&gt;'],
  ])('Jira text %s shows as text in headings, sentences and table cells, never as a tag', (text, shown) => {
    const out = weeklyReportHtml(hostile(text));
    for (const tag of tagsOf(out)) expect(ALLOWED_TAGS).toContain(tag);
    expect(out).not.toMatch(/<(img|script|svg|pre)/iu);
    expect(elements(out, 'h1')[0]!.inner).toBe(`Weekly report: Demo ${shown} (ACC)`);
    expect(elements(out, 'h3').map((h) => h.inner)).toContain(`Sprint ${shown} (active, since 2026-11-23)`);
    const sentences = elements(out, 'p').map((p) => p.inner);
    expect(sentences).toContain(`Goal: Ship ${shown} soon`);
    expect(sentences.some((p) => p.startsWith(`Next ${shown} (starts 2026-12-07)`))).toBe(true);
    const cells = elements(out, 'td').map((c) => c.inner);
    expect(cells).toEqual(expect.arrayContaining([`ACC-20 Checkout ${shown}`, `Blocked ${shown}`, `Export ${shown}`]));
  });

  it('raw HTML that makes a block of its own shows as text too', () => {
    const out = weeklyReportHtml(built({ raid: null, raidUnavailableReason: '<div onclick="alert(1)">Not readable</div>' }));
    expect(out).toContain('<h2>RAID changes</h2>\n&lt;div onclick=&quot;alert(1)&quot;&gt;Not readable&lt;/div&gt;');
    expect(out).not.toContain('<div');
  });

  it('a link only to http, https or mailto; any other link is its text', () => {
    const links = (title: string): string => elements(weeklyReportHtml(hostile(title)), 'td').find((c) => c.inner.startsWith('Blocked '))!.inner;
    expect(links('[x](javascript:alert(1))')).toBe('Blocked x');
    expect(links('[x](JavaScript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) [z](&#106;avascript:alert(1)) [w](vbscript:x)')).toBe('Blocked x y z w');
    expect(links('<javascript:alert(1)>')).toBe('Blocked javascript:alert(1)');
    expect(links('[the spec](https://example.com/spec?a=1&b="2")')).toBe('Blocked <a href="https://example.com/spec?a=1&amp;b=%222%22">the spec</a>');
    expect(links('[docs](http://example.com "Docs <b>")')).toBe('Blocked <a href="http://example.com" title="Docs &lt;b&gt;">docs</a>');
    expect(links('<mailto:pm@example.com>')).toBe('Blocked <a href="mailto:pm@example.com">mailto:pm@example.com</a>');
    expect(links('see https://example.com/x')).toBe('Blocked see <a href="https://example.com/x">https://example.com/x</a>');
  });

  it('an image is its alt text', () => {
    const out = weeklyReportHtml(hostile('![logo <b>](https://evil.test/track.png)'));
    expect(out).not.toMatch(/<img/iu);
    expect(out).not.toContain('src=');
    expect(elements(out, 'td').map((c) => c.inner)).toContain('Blocked logo &lt;b&gt;');
  });

  it('leaves the global marked as it was: raw HTML still passes through it', () => {
    weeklyReportHtml(hostile('<b>x</b>'));
    expect(marked.parse('<b>x</b> [y](javascript:z)', { async: false })).toBe('<p><b>x</b> <a href="javascript:z">y</a></p>\n');
  });
});
