/** Short fields side by side (two or three to a row), so the form fits a dialog without scrolling past empty space. */
import type { ReactNode } from 'react';
import { Grid } from '@atlaskit/primitives';

export function FormColumns({ count = 2, children }: { count?: 2 | 3; children: ReactNode }) {
  return (
    <Grid templateColumns={`repeat(${count}, minmax(0, 1fr))`} gap="space.200" alignItems="start">
      {children}
    </Grid>
  );
}
