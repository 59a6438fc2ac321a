/** A titled group of controls in the Sandbox drawer. */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';

export function DrawerSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}
