import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  CSV_SECTION_TITLES,
  DEFAULT_RAID_UNAVAILABLE_REASON,
  renderWeeklyReport,
  REPORT_FORMATS,
  weeklyReportCsv,
  weeklyReportHtml,
  weeklyReportJson,
  weeklyReportMarkdown,
  type WeeklyReport,
} from '../../../src/domain/report';
import { built, input } from './report-fixtures';

/** A report with nothing in any section. */
function empty(): WeeklyReport {
  return built({ hoursByPersonWeek: [], hoursByEpic: [], sprints: [], raid: { entries: [], items: [] }, newRisks: [], milestones: [], readiness: null });
}

/** The sections of the markdown, by "## " heading. */
function mdSections(markdown: string): Map<string, string> {
  const parts = markdown.split(/^## /mu).slice(1);
  return new Map(parts.map((p) => [p.slice(0, p.indexOf('\n')), p.slice(p.indexOf('\n') + 1).trim()]));
}

/** CSV sections: split on the blank line between them (a quoted cell's line breaks are LF, rows end CRLF). */
function csvSections(csv: string): string[][] {
  return csv.split('\r\n\r\n').map((section) => section.split('\r\n').filter((l) => l !== ''));
}

describe('Markdown', () => {
  const md = weeklyReportMarkdown(built());
  const sections = mdSections(md);

  it('a title, the period, and a section per part, in order', () => {
    expect(md.startsWith('# Weekly report: Accord Demo (ACC)\n\nWeek 2026-W48 (2026-11-23 to 2026-11-29). Times in Europe/Berlin. Generated 2026-11-30T08:00:00.000Z.\n')).toBe(true);
    expect([...sections.keys()]).toEqual(['Hours', 'Scope', 'RAID changes', 'New detected risks', 'Milestones', 'Next sprint readiness']);
    expect(md.endsWith('|\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/u);
  });

  it('hours per person and week, per person, per epic; unknown people by account id', () => {
    const hours = sections.get('Hours') ?? '';
    expect(hours).toContain('12.17 hours logged.');
    expect(hours).toContain('| Week | Person | Hours |\n| --- | --- | ---: |\n| 2026-W48 | Dana Developer | 10.5 |\n| 2026-W48 | Milo Manager | 1 |\n| 2026-W48 | acc-x | 0.67 |');
    expect(hours).toContain('### Per person\n\n| Person | Hours | Weeks |');
    expect(hours).toContain('| No epic | 0.33 | ACC-30 |');
  });

  it('escapes pipes and line breaks in cells with the text helper', () => {
    expect(md).toContain('| ACC-20 Checkout \\| Payments | 6 | ACC-2 |');
    expect(md).toContain('| ACC-21 Reports<br>and exports | 4 | ACC-1 |');
    expect(md).toContain('| R-1 | Vendor API \\| may change |');
    expect(md).toContain('| ACC-40 | Export \\| print | 35 | ac.missing, estimate.missing |  |');
    expect(md).toContain('| ACC-42 | Search<br>filters | 60 |');
    // Every row of a table has as many cell borders as its header: no escaped pipe or line break split a cell.
    const borders = (row: string) => row.replace(/\\\|/gu, '').split('|').length;
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThan(8);
    for (const block of tables) {
      const rows = block.split('\n').filter((r) => r !== '');
      for (const row of rows) expect(borders(row)).toBe(borders(rows[0] ?? ''));
    }
  });

  it('scope: the sprint table with points and ticket counts, then each sprint keys', () => {
    const scope = sections.get('Scope') ?? '';
    expect(scope).toContain('| Sprint 12 | active | 15 (3) | 3 (1) | 2 (1) | 5 (1) | 11 (2) |');
    expect(scope).toContain('### Sprint 12 (active, since 2026-11-23)');
    expect(scope).toContain('### Sprint 11 (closed, 2026-11-09 to 2026-11-20)');
    expect(scope).toContain('| Committed | ACC-1, ACC-10, ACC-11 |');
    expect(scope).toContain('| Added | none |');
  });

  it('a sprint goal on its own line right after the sprint heading, escaped so Markdown keeps it as plain text', () => {
    const scope = sections.get('Scope') ?? '';
    expect(scope).toContain('### Sprint 12 (active, since 2026-11-23)\n\nGoal: Take \\*card\\* payments \\| \\<b>live\\</b> # then refunds\n\n| Scope | Tickets |');
    // Sprint 11's goal is blank: no goal line.
    expect(scope).toContain('### Sprint 11 (closed, 2026-11-09 to 2026-11-20)\n\n| Scope | Tickets |');
    expect(scope.match(/^Goal: /gmu)).toHaveLength(1);
  });

  it('a goal renders as the text written in Jira, whatever Markdown characters it holds', () => {
    const goal = 'Pay *now* _or_ **later** | `code` [docs](docs.html) ![i](y.png) <b>bold</b> <script>x</script> &amp; ~~gone~~ C:\\temp\\*\n# Heading\n> quote';
    const [active] = input().sprints;
    const md = weeklyReportMarkdown(built({ sprints: [{ ...active!, goal }] }));
    const goalLine = md.split('\n').find((l) => l.startsWith('Goal: '))!;
    const html = marked.parse(goalLine, { async: false });
    // One paragraph of text: no emphasis, code, link, image, HTML, heading or quote; the text as written, on one line.
    expect(html.startsWith('<p>') && html.endsWith('</p>\n')).toBe(true);
    const inner = html.slice('<p>'.length, -'</p>\n'.length);
    expect(inner).not.toMatch(/</u);
    const text = inner.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
    expect(text).toBe(`Goal: ${goal.replace(/\s+/gu, ' ')}`);
  });

  it('project and sprint names render as the text written in Jira, also where a name opens a line', () => {
    const base = input();
    const [active] = base.sprints;
    const readiness = { ...base.readiness!, sprint: { ...base.readiness!.sprint, name: '- Sprint *13*' } };
    const md = weeklyReportMarkdown(
      built({ project: { key: 'ACC', name: 'Pay <b>now</b> _later_' }, sprints: [{ ...active!, sprint: { ...active!.sprint, name: '1. Sprint [12](x)' } }], readiness }),
    );
    const rendered = (text: string) => marked.parse(text, { async: false });
    const title = md.split('\n')[0]!;
    expect(rendered(title)).toBe('<h1>Weekly report: Pay &lt;b&gt;now&lt;/b&gt; _later_ (ACC)</h1>\n');
    const heading = md.split('\n').find((l) => l.startsWith('### 1'))!;
    expect(rendered(heading)).toBe('<h3>1. Sprint [12](x) (active, since 2026-11-23)</h3>\n');
    const sentence = md.split('\n').find((l) => l.includes('tickets ready'))!;
    expect(rendered(sentence)).toMatch(/^<p>- Sprint \*13\* \(starts 2026-12-07\): \d+ of 3 tickets ready/u);
  });

  it('RAID changes, risks, milestones and readiness as tables', () => {
    expect(sections.get('RAID changes')).toContain('| 2026-11-23 | R-1 | Vendor API \\| may change | status open → mitigating; likelihood 3 → 2; score 12 → 8; description changed | Dana Developer |');
    expect(sections.get('New detected risks')).toContain('| ACC-2 is blocked by ACC-9 | 16 | 4 | 4 | ACC-2 (In Progress, in Sprint 12) cannot move on until ACC-9 (To Do) is resolved. | ACC-2, ACC-9 |');
    expect(sections.get('Milestones')).toContain('| Release 2.0 | 2026-12-18 | 30 of 60 (50 %) | 2026-12-11 | 2026-12-25 | 2027-01-08 | 62 % | at risk |');
    expect(sections.get('Milestones')).toContain('| Someday | none |  |  |  |  |  | no forecast |');
    const readiness = sections.get('Next sprint readiness') ?? '';
    expect(readiness.startsWith('Sprint 13 (starts 2026-12-07): 1 of 3 tickets ready, average score 62.')).toBe(true);
    expect(readiness).toContain('### Most failing checks\n\n| Check | Tickets |\n| --- | ---: |\n| ac.missing | 2 |');
  });

  it('empty sections say so in a sentence', () => {
    const s = mdSections(weeklyReportMarkdown(empty()));
    expect(s.get('Hours')).toBe('No hours logged in this period.\n\n### Per epic\n\nNo hours logged against epics in this period.');
    expect(s.get('Scope')).toBe('No sprints in this period.');
    expect(s.get('RAID changes')).toBe('No changes to the RAID register in this period.');
    expect(s.get('New detected risks')).toBe('No new risks detected in this period.');
    expect(s.get('Milestones')).toBe('No versions are planned.');
    expect(s.get('Next sprint readiness')).toBe('No next sprint is planned.');
  });

  it('RAID history that could not be read: the reason instead of a table', () => {
    expect(mdSections(weeklyReportMarkdown(built({ raid: null }))).get('RAID changes')).toBe(DEFAULT_RAID_UNAVAILABLE_REASON);
  });

  it('a line break in the project name or a sprint name stays out of headings', () => {
    const md2 = weeklyReportMarkdown(built({ project: { key: 'ACC', name: 'Accord\nDemo' } }));
    expect(md2.split('\n')[0]).toBe('# Weekly report: Accord Demo (ACC)');
  });
});

describe('CSV', () => {
  const csv = weeklyReportCsv(built());
  const sections = csvSections(csv);

  it('one section per table with its title and header, a blank line between', () => {
    expect(sections.map((s) => s[0])).toEqual([...CSV_SECTION_TITLES]);
    expect(sections[1]?.[1]).toBe('Week,Account id,Person,Hours,Tickets');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n\r\n')).toHaveLength(CSV_SECTION_TITLES.length);
  });

  it('rows through the CSV helper: quoted when needed, names beside account ids, keys space-separated', () => {
    expect(sections[1]?.slice(2)).toEqual(['2026-W48,acc-dana,Dana Developer,10.5,ACC-1 ACC-2 ACC-10', '2026-W48,acc-milo,Milo Manager,1,ACC-2', '2026-W48,acc-x,,0.67,']);
    expect(csv).toContain('ACC-21,"Reports\nand exports",4,ACC-1,acc-dana acc-milo\r\n');
    expect(csv).toContain('12,Sprint 12,active,2026-11-23,,points,15,3,2,5,11,ACC-1 ACC-10 ACC-11,ACC-2,ACC-10,ACC-1,ACC-2 ACC-11,"Take *card* payments | <b>live</b>\n# then refunds"\r\n');
    expect(csv).toContain('"Hours are burning ahead of the work: 62 % used, 40 % done",burn-ahead,burn-ahead,3,3,9,');
    expect(csv).toContain('Release 2.0,2026-12-18,30,60,2026-12-11,2026-12-25,2027-01-08,0.62,at risk\r\n');
    expect(csv).toContain('13,Sprint 13,2026-12-07,3,1,2,62\r\n');
  });

  it('sprints end with their goal; a sprint without one has an empty Goal cell', () => {
    const sprints = sections.find((s) => s[0] === 'Sprints') ?? [];
    expect(sprints[1]?.split(',').at(-1)).toBe('Goal');
    expect(sprints[2]).toBe('11,Sprint 11,closed,2026-11-09,2026-11-20,points,2,0,0,2,0,ACC-7,,,ACC-7,,');
  });

  it('a cell that looks like a formula is defused', () => {
    const out = weeklyReportCsv(built({ project: { key: 'ACC', name: '=HYPERLINK("x")' } }));
    expect(out).toContain(`Project,"'=HYPERLINK(""x"")"\r\n`);
    const [active] = input().sprints;
    const goal = weeklyReportCsv(built({ sprints: [{ ...active!, goal: '=HYPERLINK("https://evil.test","Sprint goal")' }] }));
    expect(goal).toContain(`,ACC-2 ACC-11,"'=HYPERLINK(""https://evil.test"",""Sprint goal"")"\r\n`);
  });

  it('empty sections keep their title and header; unreadable RAID history is a note', () => {
    const emptySections = csvSections(weeklyReportCsv(empty()));
    expect(emptySections.map((s) => s[0])).toEqual([...CSV_SECTION_TITLES]);
    for (const s of emptySections.slice(1)) expect(s).toHaveLength(2);
    const raid = csvSections(weeklyReportCsv(built({ raid: null }))).find((s) => s[0] === 'RAID changes');
    expect(raid).toEqual(['RAID changes', 'Note', `"${DEFAULT_RAID_UNAVAILABLE_REASON}"`]);
  });
});

describe('JSON', () => {
  const json = JSON.parse(weeklyReportJson(built())) as Record<string, unknown> & { sprints: Record<string, unknown>[]; hours: Record<string, unknown>[] };

  it('the required shape: sprints with keys and points, hours per person per ISO week', () => {
    expect(json.format).toBe('accord-weekly-report');
    expect(json.version).toBe(1);
    const sprint = json.sprints.find((s) => s.id === 12);
    expect(sprint).toMatchObject({
      id: 12,
      name: 'Sprint 12',
      goal: 'Take *card* payments | <b>live</b>\n# then refunds',
      state: 'active',
      committed: ['ACC-1', 'ACC-10', 'ACC-11'],
      added: ['ACC-2'],
      removed: ['ACC-10'],
      completed: ['ACC-1'],
      notCompleted: ['ACC-2', 'ACC-11'],
      points: { committed: 15, added: 3, removed: 2, completed: 5 },
    });
    expect(json.sprints.find((s) => s.id === 11)).toMatchObject({ name: 'Sprint 11', goal: null });
    expect(json.hours).toEqual([
      { week: '2026-W48', accountId: 'acc-dana', displayName: 'Dana Developer', hours: 10.5, issueKeys: ['ACC-1', 'ACC-2', 'ACC-10'] },
      { week: '2026-W48', accountId: 'acc-milo', displayName: 'Milo Manager', hours: 1, issueKeys: ['ACC-2'] },
      { week: '2026-W48', accountId: 'acc-x', displayName: null, hours: 0.67, issueKeys: [] },
    ]);
    for (const key of ['project', 'period', 'hoursByPerson', 'totalHours', 'epics', 'raid', 'risks', 'milestones', 'readiness']) expect(json).toHaveProperty(key);
  });

  it('hours for all weeks carry every week; empty sections are empty arrays or null; text is kept as is', () => {
    const all = JSON.parse(weeklyReportJson(built({ range: 'all' }))) as { hours: { week: string }[] };
    expect([...new Set(all.hours.map((h) => h.week))]).toEqual(['2026-W47', '2026-W48']);
    const none = JSON.parse(weeklyReportJson(empty())) as Record<string, unknown>;
    expect(none).toMatchObject({ hours: [], sprints: [], epics: [], risks: [], milestones: [], readiness: null, raid: { available: true, changes: [] }, totalHours: 0 });
    expect(JSON.parse(weeklyReportJson(built({ raid: null })))).toMatchObject({ raid: { available: false, reason: DEFAULT_RAID_UNAVAILABLE_REASON } });
    expect(weeklyReportJson(built())).toContain('"epicName": "Checkout | Payments"');
  });
});

describe('renderWeeklyReport', () => {
  it('dispatches to the four renderers', () => {
    const report = built();
    expect(REPORT_FORMATS).toEqual(['markdown', 'html', 'csv', 'json']);
    expect(renderWeeklyReport(report, 'markdown')).toBe(weeklyReportMarkdown(report));
    expect(renderWeeklyReport(report, 'html')).toBe(weeklyReportHtml(report));
    expect(renderWeeklyReport(report, 'csv')).toBe(weeklyReportCsv(report));
    expect(renderWeeklyReport(report, 'json')).toBe(weeklyReportJson(report));
  });
});
