/** The "Acceptance & sign-off" issue panel: sign-off, criteria, readiness and history in one view. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { Loading } from '../../../shared/ui/loading';
import { Notice } from '../../../shared/ui/notice';
import { Announcer } from './announcer';
import { ConflictMessage } from './conflict-message';
import { CriteriaSection } from './criteria-section';
import { HistorySection } from './history-section';
import { ReadinessSection } from './readiness-section';
import { SignoffBar } from './signoff-bar';
import { usePanel } from './use-panel';

// The dialogs are only needed by the people who sign off, and only when they do: loaded on demand.
const ApproveDialog = lazy(() => import('./approve-dialog'));
const RequestChangesDialog = lazy(() => import('./request-changes-dialog'));

type Dialog = { kind: 'approve' } | { kind: 'request-changes'; feedback: string } | null;

const panelStyle = xcss({ paddingBlock: 'space.100', paddingInline: 'space.025' });
// A modal is laid out inside this frame, which Jira sizes to its content: make room while one is open.
const roomForDialog = xcss({ minHeight: '34rem' });

export function IssuePanel() {
  const panel = usePanel();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { view, conflict } = panel;

  useEffect(() => {
    if (conflict) setDialog(null);
  }, [conflict]);

  if (panel.load.status === 'loading' && !view) return <Loading label="Loading acceptance criteria" />;
  if (panel.load.status === 'failed' && !view) {
    return <ErrorMessage title="The panel could not load" message={panel.load.message} onRetry={panel.reload} />;
  }
  if (!view) return null;

  const reapply = () => {
    if (conflict?.kind === 'approve') setDialog({ kind: 'approve' });
    else if (conflict?.kind === 'request-changes') setDialog({ kind: 'request-changes', feedback: conflict.feedback });
    else void panel.reapply();
  };

  return (
    <Box as="main" xcss={[panelStyle, dialog !== null && roomForDialog]} aria-label={`Acceptance and sign-off for ${view.issue.key}`} testId="issue-panel">
      <Stack space="space.200">
        {conflict && <ConflictMessage change={conflict} busy={panel.busy} onReapply={reapply} onDismiss={panel.dismissConflict} />}
        {panel.actionError && dialog === null && (
          <Notice appearance="error" title="That change was not saved" testId="action-error" actions={[{ text: 'Dismiss', onClick: panel.dismissError }]}>
            <Text as="p">{panel.actionError}</Text>
          </Notice>
        )}
        <SignoffBar
          view={view}
          busy={panel.busy}
          onApprove={() => {
            panel.dismissError();
            setDialog({ kind: 'approve' });
          }}
          onRequestChanges={() => {
            panel.dismissError();
            setDialog({ kind: 'request-changes', feedback: '' });
          }}
        />
        <CriteriaSection view={view} busy={panel.busy} apply={(change) => void panel.apply(change)} />
        {view.readiness && <ReadinessSection readiness={view.readiness} />}
        <HistorySection history={view.history} total={view.historyTotal} nextPage={view.historyNextPage} />
      </Stack>
      <Announcer message={panel.announcement} />
      <Suspense fallback={null}>
        {dialog?.kind === 'approve' && (
          <ApproveDialog view={view} error={panel.actionError} onClose={() => setDialog(null)} onConfirm={() => panel.apply({ kind: 'approve' })} />
        )}
        {dialog?.kind === 'request-changes' && (
          <RequestChangesDialog
            view={view}
            initialFeedback={dialog.feedback}
            error={panel.actionError}
            onClose={() => setDialog(null)}
            onConfirm={(feedback) => panel.apply({ kind: 'request-changes', feedback })}
          />
        )}
      </Suspense>
    </Box>
  );
}
