/** The audit trail of sign-off decisions, collapsed until asked for. */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { SignoffEntryView } from '../../../../src/contract/issue-panel';
import { formatWhen, personName, plural } from './format';
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

export function HistorySection({ history }: { history: SignoffEntryView[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (history.length === 0) return null;
  // Newest first: the latest decision is the one people look for.
  const entries = [...history].sort((a, b) => b.at.localeCompare(a.at));
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
          {`History (${plural(entries.length, 'decision')})`}
        </Button>
      </Box>
      {open && (
        <Box as="ul" id={listId} xcss={listStyle}>
          {entries.map((entry, i) => (
            <Entry key={`${entry.at}-${i}`} entry={entry} />
          ))}
        </Box>
      )}
    </Stack>
    </Box>
  );
}
