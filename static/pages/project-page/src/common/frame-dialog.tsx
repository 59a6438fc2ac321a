/**
 * Atlaskit's modal dialog (focus kept inside and returned, Escape, labelled), opened where the person is
 * looking: Jira grows the frame to its content, so the dialog is moved down to the visible part of the frame
 * instead of the frame's top, and kept as tall as that part, its body scrolling, so its buttons stay in view.
 */
import Modal, { type ModalDialogProps } from '@atlaskit/modal-dialog';
import { useEffect, useState } from 'react';
import { measureVisibleFrameArea, visibleFrameArea } from './visible-frame-area';

/** Atlaskit's own distance between the edges of the viewport and a dialog. */
const GAP = 60;
/** Below this a dialog is not worth squeezing into view: it keeps Atlaskit's own height. */
const MIN_HEIGHT = 320;

type Props = Omit<ModalDialogProps, 'testId'> & { testId: string };

/** Moves smaller than this are not worth a jump of the dialog. */
const SETTLE = 24;

export function FrameDialog({ testId, children, ...props }: Props) {
  // Where the person looks when the dialog opens (checked again at once, in case a scroll was not reported
  // yet); it does not follow later scrolling, as a dialog would not.
  const [area, setArea] = useState(visibleFrameArea);
  useEffect(
    () =>
      measureVisibleFrameArea((now) =>
        setArea((before) => (Math.abs(now.top - before.top) > SETTLE || Math.abs(now.height - before.height) > SETTLE ? now : before)),
      ),
    [],
  );
  const maxHeight = Math.max(MIN_HEIGHT, area.height - 2 * GAP);
  return (
    <>
      {/* The dialog's own test id, which Atlaskit documents, places it: no prop reaches its position or its
          height limit, which Atlaskit sets from the frame's height (the whole page here). */}
      <style>{`[data-testid="${CSS.escape(testId)}"] { margin-block-start: ${area.top}px; max-height: ${maxHeight}px !important; }`}</style>
      <Modal {...props} testId={testId}>
        {children}
      </Modal>
    </>
  );
}
