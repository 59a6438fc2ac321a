/**
 * Hours per epic, most first, "No epic" last: each epic row opens to its tickets with their hours, and a
 * small bar shows its share of all hours. Epic rows are buttons with aria-expanded, the tickets rows below.
 */
import { Fragment, useState } from 'react';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import { TicketLink } from '../../../../../shared/ui/ticket-link';
import { FigureCell, FigureRow, FigureTable } from '../../common/figure-table';
import { formatHours } from '../../common/format-hours';
import type { HoursView } from '../../project-page-api';
import { ExpandToggle } from './expand-toggle';

type Epic = HoursView['epics'][number];

const bar = xcss({ width: '6rem', height: '0.5rem', borderRadius: 'radius.full', backgroundColor: 'color.background.neutral', overflow: 'hidden' });
const fill = xcss({ height: '100%', backgroundColor: 'color.background.brand.bold' });
const indent = xcss({ paddingInlineStart: 'space.400' });

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

function ShareBar({ percent }: { percent: number }) {
  return (
    <Inline space="space.100" alignBlock="center" alignInline="end">
      <Box xcss={bar} aria-hidden>
        <Box xcss={fill} style={{ width: `${Math.min(100, percent)}%` }} />
      </Box>
      <Text size="small">{percent.toLocaleString(undefined, { maximumFractionDigits: 1 })} %</Text>
    </Inline>
  );
}

/** "ACC-2 Invoices and payments", or "No epic". */
function EpicName({ epic }: { epic: Epic }) {
  return epic.key === null ? (
    <Text color="color.text.subtle">{epic.summary}</Text>
  ) : (
    <Inline space="space.100" alignBlock="center">
      <TicketLink issueKey={epic.key} />
      <Text>{epic.summary}</Text>
    </Inline>
  );
}

export function EpicHoursTable({ epics, totalHours }: { epics: HoursView['epics']; totalHours: number }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const id = (epic: Epic) => epic.key ?? 'no-epic';
  const toggle = (epic: Epic) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id(epic))) next.delete(id(epic));
      else next.add(id(epic));
      return next;
    });

  return (
    <FigureTable caption="Hours per epic, each with its tickets" testId="epic-hours-table">
      <thead>
        <FigureRow>
          <FigureCell header="column">
            <span>Epic</span>
          </FigureCell>
          <FigureCell header="column" numeric>
            Tickets
          </FigureCell>
          <FigureCell header="column" numeric>
            Hours
          </FigureCell>
          <FigureCell header="column" numeric>
            Share of all hours
          </FigureCell>
        </FigureRow>
      </thead>
      <tbody>
        {epics.map((epic) => {
          const expanded = open.has(id(epic));
          return (
            <Fragment key={id(epic)}>
              <FigureRow testId="epic-row">
                <FigureCell header="row">
                  <Inline space="space.050" alignBlock="center">
                    <ExpandToggle expanded={expanded} what={`the tickets of ${epic.key === null ? '' : `${epic.key} `}${epic.summary}`} onToggle={() => toggle(epic)} testId="epic-toggle" />
                    <EpicName epic={epic} />
                  </Inline>
                </FigureCell>
                <FigureCell numeric>{epic.issues.length}</FigureCell>
                <FigureCell numeric emphasis testId="epic-hours">
                  {formatHours(epic.hours)}
                </FigureCell>
                <FigureCell numeric>
                  <ShareBar percent={share(epic.hours, totalHours)} />
                </FigureCell>
              </FigureRow>
              {expanded &&
                epic.issues.map((issue) => (
                  <FigureRow key={`${id(epic)}-${issue.key}`} testId="epic-issue-row">
                    <FigureCell>
                      <Box xcss={indent}>
                        <Inline space="space.100" alignBlock="center">
                          <TicketLink issueKey={issue.key} />
                          <Text size="small">{issue.summary}</Text>
                        </Inline>
                      </Box>
                    </FigureCell>
                    <FigureCell numeric />
                    <FigureCell numeric testId="epic-issue-hours">
                      {formatHours(issue.hours)}
                    </FigureCell>
                    <FigureCell numeric>
                      <Text size="small" color="color.text.subtle">
                        {share(issue.hours, epic.hours).toLocaleString(undefined, { maximumFractionDigits: 1 })} % of the epic
                      </Text>
                    </FigureCell>
                  </FigureRow>
                ))}
            </Fragment>
          );
        })}
      </tbody>
    </FigureTable>
  );
}
