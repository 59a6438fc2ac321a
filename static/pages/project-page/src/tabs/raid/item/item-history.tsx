/**
 * The item's history, newest first: who changed it, when, and each field from → to. Read a page at a time
 * (getRaidHistory); read again whenever the item gets a new version.
 */
import { useEffect, useState } from 'react';
import Heading from '@atlaskit/heading';
import Pagination from '@atlaskit/pagination';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { ErrorMessage } from '../../../../../../shared/ui/error-message';
import { Loading } from '../../../../../../shared/ui/loading';
import { callProjectPage, type RaidItemHistoryView } from '../../../project-page-api';
import { formatInstant } from '../../../common/calendar-dates';
import { fieldLabel } from './field-labels';
import { valueText } from './field-text';

const entryStyle = xcss({ paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });
const changes = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });
const LONG = 160;

function shortened(text: string): string {
  const chars = Array.from(text);
  return chars.length > LONG ? `${chars.slice(0, LONG - 1).join('')}…` : text;
}

interface Props {
  itemId: string;
  kind: RaidKind;
  /** The item's version: a new one reads the history again. */
  version: number;
  people: readonly PersonView[];
}

export function ItemHistory({ itemId, kind, version, people }: Props) {
  const [page, setPage] = useState(0);
  const [history, setHistory] = useState<RaidItemHistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    void callProjectPage('getRaidHistory', { itemId, page }).then((answer) => {
      if (!live) return;
      if (answer.ok) setHistory(answer.data);
      else setError(answer.error.message);
    });
    return () => {
      live = false;
    };
  }, [itemId, page, version, attempt]);

  const entries = history ? [...history.entries].reverse() : [];
  return (
    <Box as="section" aria-labelledby="raid-history-heading" testId="raid-history">
      <Stack space="space.100">
        <Heading size="xsmall" as="h3" id="raid-history-heading">
          History
        </Heading>
        {error && <ErrorMessage title="The history could not be read" message={error} onRetry={() => setAttempt((n) => n + 1)} />}
        {!history && !error && <Loading label="Loading the history" />}
        {history && entries.length === 0 && <Text color="color.text.subtlest">No changes recorded.</Text>}
        {entries.length > 0 && (
          <Box role="list" aria-label="Changes, newest first">
            {entries.map((entry) => (
              <Box role="listitem" key={entry.version} xcss={entryStyle} testId="raid-history-entry">
                <Stack space="space.050">
                  <Inline space="space.075" shouldWrap>
                    <Text weight="medium">{entry.byName}</Text>
                    <Text>{entry.action === 'created' ? 'created it' : 'changed it'}</Text>
                    <Text color="color.text.subtlest">
                      {formatInstant(entry.at)} · version {entry.version}
                    </Text>
                  </Inline>
                  <Box as="ul" xcss={changes}>
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        <Text size="small">
                          {fieldLabel(change.field, kind)}: {entry.action === 'created' ? '' : `${shortened(valueText(change.field, change.from, people))} → `}
                          {shortened(valueText(change.field, change.to, people))}
                        </Text>
                      </li>
                    ))}
                  </Box>
                </Stack>
              </Box>
            ))}
          </Box>
        )}
        {history && history.pages > 1 && (
          <Pagination
            pages={Array.from({ length: history.pages }, (_, i) => i + 1)}
            selectedIndex={page}
            onChange={(_event, selected) => setPage(selected - 1)}
            label="History pages, newest first"
            testId="raid-history-pages"
          />
        )}
      </Stack>
    </Box>
  );
}
