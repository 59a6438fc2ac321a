/** A failed load or action, in the words the resolver chose, with an optional retry. */
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';

interface Props {
  title?: string;
  message: string;
  onRetry?: () => void;
}

export function ErrorMessage({ title = 'Something went wrong', message, onRetry }: Props) {
  return (
    <SectionMessage appearance="error" title={title}>
      <p>{message}</p>
      {onRetry && (
        <p>
          <Button onClick={onRetry}>Try again</Button>
        </p>
      )}
    </SectionMessage>
  );
}
