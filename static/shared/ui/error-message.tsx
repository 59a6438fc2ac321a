/** A failed load or action, in the words the resolver chose, with an optional retry. */
import Button from '@atlaskit/button/default/button';
import { Notice } from './notice';

interface Props {
  title?: string;
  message: string;
  onRetry?: () => void;
}

export function ErrorMessage({ title = 'Something went wrong', message, onRetry }: Props) {
  return (
    <Notice appearance="error" title={title} testId="error-message">
      <p>{message}</p>
      {onRetry && (
        <p>
          <Button onClick={onRetry}>Try again</Button>
        </p>
      )}
    </Notice>
  );
}
