/**
 * The weekly report in a dialog: choose the week (the last complete one first), read the report as its
 * Markdown (shown as text, never rendered as HTML), copy it or download the CSV. Copying puts the report on
 * the clipboard formatted (HTML with tables, for an email or Confluence) and as the Markdown (for plain-text
 * places) at once; a browser that cannot copy HTML copies the Markdown, one that refuses both gets the text
 * selected for the keyboard.
 * Loaded on first open, so the Overview does not carry the dialog.
 */
import { useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { downloadText } from '../../../../shared/export/download';
import { ErrorMessage } from '../../../../shared/ui/error-message';
import { Loading } from '../../../../shared/ui/loading';
import { FrameDialog } from '../common/frame-dialog';
import { hoursText } from '../common/format-hours';
import { useProjectKey } from '../common/use-project-key';
import { copyFormatted, selectContents } from './copy-text';
import { reportHighlights } from './report-highlights';
import { useWeeklyReport } from './use-weekly-report';
import { reportFileName, weekOptions, type WeekOption } from './week-options';

type CopyOutcome = { kind: 'copied'; week: string; formatted: boolean } | { kind: 'selected' } | null;

const picker = xcss({ minWidth: '22rem' });
// A fixed height, not vh: Jira sizes the frame to its content, so the frame's viewport can be far taller than the screen.
const preview = xcss({
  maxHeight: '22rem',
  overflow: 'auto',
  padding: 'space.150',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'color.background.neutral.subtle',
  ':focus-visible': { outlineWidth: 'border.width.focused', outlineStyle: 'solid', outlineColor: 'color.border.focused' },
});
const markdown = xcss({ margin: 'space.0', font: 'font.code', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: 'color.text' });

export default function WeeklyReportDialog({ onClose }: { onClose: () => void }) {
  const { report, lastCompleteWeek, loading, error, load } = useWeeklyReport();
  const [copy, setCopy] = useState<CopyOutcome>(null);
  const text = useRef<HTMLPreElement>(null);
  const projectKey = useProjectKey();
  const options = lastCompleteWeek ? weekOptions(lastCompleteWeek) : [];
  const selected = options.find((o) => o.value === report?.week) ?? null;
  const highlights = report ? reportHighlights(report.json) : null;

  const chooseWeek = (option: WeekOption | null) => {
    if (!option) return;
    setCopy(null);
    void load(option.value);
  };
  const copyReport = async () => {
    if (!report) return;
    const copied = await copyFormatted(report.html, report.markdown);
    if (copied !== 'refused') setCopy({ kind: 'copied', week: report.week, formatted: copied === 'formatted' });
    else {
      if (text.current) selectContents(text.current);
      setCopy({ kind: 'selected' });
    }
  };
  const downloadCsv = () => report && downloadText(reportFileName(projectKey, report.week), report.csv);

  return (
    <FrameDialog onClose={onClose} width="x-large" label="Weekly report" testId="weekly-report-dialog">
      <ModalHeader>
        <ModalTitle>Weekly report</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <Stack space="space.200">
          <Text color="color.text.subtle">What to send the client: hours per person and epic, scope, RAID changes, new risks, milestones and the next sprint&apos;s readiness.</Text>
          <Inline space="space.300" alignBlock="end" shouldWrap>
            <Box xcss={picker}>
              <Stack space="space.050">
                <Label htmlFor="report-week-input">Week</Label>
                <Select<WeekOption>
                  inputId="report-week-input"
                  testId="report-week"
                  options={options}
                  value={selected}
                  isDisabled={options.length === 0}
                  isLoading={loading}
                  placeholder="Choose a week"
                  onChange={chooseWeek}
                  menuPortalTarget={document.body}
                  styles={{ menuPortal: (base) => ({ ...base, zIndex: 9999 }) }}
                />
              </Stack>
            </Box>
            {highlights && (
              <Text testId="report-highlights">
                <strong>{hoursText(highlights.totalHours)}</strong> logged
                {highlights.people.length > 0 ? `: ${highlights.people.map((p) => `${p.name} ${hoursText(p.hours)}`).join(' · ')}` : ''}
              </Text>
            )}
          </Inline>
          <div role="status" aria-live="polite" data-testid="copy-outcome">
            {copy?.kind === 'copied' && copy.formatted && (
              <Text color="color.text.success" weight="medium">
                Copied the report for {copy.week}. It pastes formatted, with headings and tables, into an email or Confluence; plain-text places such as Slack or a
                ticket get the Markdown.
              </Text>
            )}
            {copy?.kind === 'copied' && !copy.formatted && (
              <Text color="color.text.success" weight="medium">
                Copied the report for {copy.week} as Markdown: this browser could not copy it formatted. Paste it into Slack, a ticket or anywhere that reads
                Markdown.
              </Text>
            )}
            {copy?.kind === 'selected' && (
              <Text color="color.text.warning" weight="medium">
                Copying was not allowed here. The report text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
              </Text>
            )}
          </div>
          {error && <ErrorMessage title="The report could not be made" message={error} onRetry={() => void load(report?.week)} />}
          {!report && !error && <Loading label="Making the weekly report" />}
          {report && (
            <Box xcss={preview} tabIndex={0} aria-label={`The weekly report for ${report.week} as Markdown`} testId="report-preview">
              <Box as="pre" xcss={markdown} ref={text} testId="report-markdown">
                {report.markdown}
              </Box>
            </Box>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose} testId="close-report">
          Close
        </Button>
        <Button onClick={downloadCsv} isDisabled={!report || loading} testId="download-report-csv">
          Download CSV
        </Button>
        <Button appearance="primary" onClick={() => void copyReport()} isDisabled={!report || loading} testId="copy-report-markdown">
          Copy report
        </Button>
      </ModalFooter>
    </FrameDialog>
  );
}
