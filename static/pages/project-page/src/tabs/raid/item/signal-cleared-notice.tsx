/** A risk added from a detected signal that no longer fires: the page suggests closing it, in one click. */
import { Notice } from '../../../../../../shared/ui/notice';

interface Props {
  label: string;
  onClose: () => void;
  closing: boolean;
}

export function SignalClearedNotice({ label, onClose, closing }: Props) {
  return (
    <Notice
      appearance="success"
      title="The signal behind this risk has cleared"
      actions={closing ? [] : [{ text: `Close ${label}`, onClick: onClose }]}
      testId="raid-signal-cleared"
    >
      <p>{closing ? `Closing ${label}…` : 'The last snapshot no longer finds what this risk was added for. Close it if the risk is gone.'}</p>
    </Notice>
  );
}
