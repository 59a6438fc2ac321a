/**
 * "Weekly report": opens the report dialog. The dialog (modal, select, the report's text) is its own chunk,
 * loaded on the first click, so the tabs that carry the button stay light.
 */
import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import ModalTransition from '@atlaskit/modal-dialog/modal-transition';

const WeeklyReportDialog = lazy(() => import('./weekly-report-dialog'));

export function WeeklyReportButton({ appearance = 'default' }: { appearance?: 'default' | 'primary' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance={appearance} onClick={() => setOpen(true)} testId="open-weekly-report">
        Weekly report
      </Button>
      <Suspense fallback={null}>
        <ModalTransition>{open && <WeeklyReportDialog onClose={() => setOpen(false)} />}</ModalTransition>
      </Suspense>
    </>
  );
}
