/** A centred spinner with a label for screen readers while a page loads its first view. */
import { Box, Flex, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

const area = xcss({ paddingBlock: 'space.300' });

export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <Box xcss={area} role="status" aria-live="polite">
      <Flex justifyContent="center">
        <Spinner size="medium" label={label} />
      </Flex>
    </Box>
  );
}
