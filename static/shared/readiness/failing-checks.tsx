/** The checks that fail most across the sprint, with how many tickets each holds back. */
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { checkInfo } from './check-names';

const list = xcss({ paddingInlineStart: 'space.0', marginBlock: 'space.0' });
const row = xcss({ listStyle: 'none', paddingBlock: 'space.075' });
const track = xcss({ height: '0.25rem', borderRadius: 'radius.full', backgroundColor: 'color.background.neutral', overflow: 'hidden' });
const fill = xcss({ height: '100%', backgroundColor: 'color.background.danger.bold' });

interface Props {
  checks: Array<{ check: string; tickets: number }>;
  total: number;
  /** How many to list; the rest are left to the table. */
  limit?: number;
}

export function FailingChecks({ checks, total, limit = 5 }: Props) {
  const shown = checks.slice(0, limit);
  return (
    <Box as="section" aria-labelledby="failing-heading" testId="failing-checks">
      <Stack space="space.100">
        <Heading size="xsmall" as="h3" id="failing-heading">
          Checks that fail most
        </Heading>
        {shown.length === 0 ? (
          <Text color="color.text.subtle">No check fails.</Text>
        ) : (
          <Stack as="ul" xcss={list}>
            {shown.map(({ check, tickets }) => {
              const info = checkInfo(check);
              return (
                <Box as="li" key={check} xcss={row} testId="failing-check">
                  <Stack space="space.050">
                    <Inline spread="space-between" space="space.100">
                      <Text>{info.failure}</Text>
                      <Text color="color.text.subtle">
                        {tickets} of {total} {total === 1 ? 'ticket' : 'tickets'}
                      </Text>
                    </Inline>
                    <Box xcss={track} aria-hidden>
                      <Box xcss={fill} style={{ width: `${total === 0 ? 0 : (tickets / total) * 100}%` }} />
                    </Box>
                  </Stack>
                </Box>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
