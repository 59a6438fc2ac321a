/**
 * The warning on a version whose P85 falls after its release date, worded to be sent as it is; "Copy
 * message" puts it on the clipboard for an email or a chat with the client.
 */
import { useState } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { RiskMessage } from './forecast-words';

type Copied = 'idle' | 'copied' | 'failed';

export function AtRiskMessage({ message }: { message: RiskMessage }) {
  const [copied, setCopied] = useState<Copied>('idle');
  const copy = () => {
    navigator.clipboard.writeText(`${message.title}\n\n${message.body}`).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  const action = copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy did not work: select the text instead' : 'Copy message';
  return (
    <SectionMessage appearance="warning" title={message.title} testId="at-risk-message" actions={[<SectionMessageAction key="copy" onClick={copy}>{action}</SectionMessageAction>]}>
      <p data-testid="at-risk-body">{message.body}</p>
    </SectionMessage>
  );
}
