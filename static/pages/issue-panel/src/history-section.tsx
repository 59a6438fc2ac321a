/** The audit trail of sign-off decisions, collapsed until asked for. */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SignoffEntryView } from '../../../../src/contract/issue-panel';
import { formatWhen, personName, plural } from './format';
import { callPanel } from './panel-api';
import { Quote } from './quote';
import { SIGNOFF_DECISIONS } from '../../../shared/signoff/signoff-states';

const listStyle = xcss({ paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const entryStyle = xcss({ listStyle: 'none', paddingBlock: 'space.075', paddingInlineStart: 'space.300' });
const hashStyle = xcss({ fontFamily: 'font.family.code' });

function Entry({ entry }: { entry: SignoffEntryView }) {
  const decision = SIGNOFF_DECISIONS[entry.decision];
  return (
    <Box as="li" xcss={entryStyle} testId="history-entry">
      <Stack space="space.050">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Lozenge appearance={decision.appearance}>{decision.text}</Lozenge>
          <Text size="small">{personName(entry.by)}</Text>
          <Text size="small" color="color.text.subtlest">
            {formatWhen(entry.at)}
          </Text>
          <Box as="span" xcss={hashStyle}>
            <Text size="small" color="color.text.subtlest">
              <abbr title="Content hash the decision was bound to">#{entry.hash}</abbr>
            </Text>
          </Box>
        </Inline>
        {entry.feedback && <Quote>{entry.feedback}</Quote>}
      </Stack>
    </Box>
  );
}

interface Props {
  history: SignoffEntryView[];
  /** Entries in all, archived ones included. */
  total: number;
  /** The archive page with the next older entries, or null when the panel shows them all. */
  nextPage: number | null;
}

export function HistorySection({ history, total, nextPage }: Props) {
  const [open, setOpen] = useState(false);
  const [older, setOlder] = useState<{ entries: SignoffEntryView[]; nextPage: number | null; error: string | null; loading: boolean }>({
    entries: [],
    nextPage,
    error: null,
    loading: false,
  });
  const listId = useId();
  if (history.length === 0) return null;
  // Newest first: the latest decision is the one people look for.
  const entries = [...history, ...older.entries].sort((a, b) => b.at.localeCompare(a.at));
  const page = older.nextPage;
  const loadOlder = async () => {
    if (page === null) return;
    setOlder((o) => ({ ...o, loading: true, error: null }));
    const answer = await callPanel('getSignoffHistory', { page });
    setOlder((o) =>
      answer.ok
        ? { entries: [...o.entries, ...answer.data.entries], nextPage: page + 1 < answer.data.pages ? page + 1 : null, error: null, loading: false }
        : { ...o, error: answer.error.message, loading: false },
    );
  };
  return (
    <Box as="section" aria-label="Sign-off history" testId="history-section">
      <Stack space="space.050">
      <Box>
        <Button
          appearance="subtle"
          spacing="compact"
          iconBefore={open ? ChevronDownIcon : ChevronRightIcon}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
          testId="history-toggle"
        >
          {`History (${plural(total, 'decision')})`}
        </Button>
      </Box>
      {open && (
        <Box as="ul" id={listId} xcss={listStyle}>
          {entries.map((entry, i) => (
            <Entry key={`${entry.at}-${i}`} entry={entry} />
          ))}
        </Box>
      )}
      {open && page !== null && (
        <Box>
          <Button appearance="subtle" spacing="compact" isDisabled={older.loading} onClick={() => void loadOlder()} testId="history-older">
            {older.loading ? 'Loading earlier decisions…' : `Show earlier decisions (${total - entries.length} more)`}
          </Button>
        </Box>
      )}
      {older.error && (
        <Text size="small" color="color.text.danger" testId="history-error">
          {older.error}
        </Text>
      )}
    </Stack>
    </Box>
  );
}
