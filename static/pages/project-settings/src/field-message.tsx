/** The helper or error line under a field, with an id the field points to (aria-describedby). */
import { ErrorMessage, HelperMessage } from '@atlaskit/form';

interface Props {
  id: string;
  error?: string;
  helper?: string;
}

export function FieldMessage({ id, error, helper }: Props) {
  if (!error && !helper) return null;
  return (
    <div id={id} data-testid={error ? `${id}-error` : undefined}>
      {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{helper}</HelperMessage>}
    </div>
  );
}
