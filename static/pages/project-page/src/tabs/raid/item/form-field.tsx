/**
 * One labelled field of the item form: the label (with the required mark), the control, and under it the
 * error (the form's own or the server's, word for word) or a hint, which the control points to.
 */
import type { ReactNode } from 'react';
import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import { Box, Stack, xcss } from '@atlaskit/primitives';

const field = xcss({ minWidth: '0' });

export interface ControlProps {
  id: string;
  /** The id of the message under the field, for aria-describedby. */
  describedBy: string | undefined;
  isInvalid: boolean;
}

interface Props {
  id: string;
  label: string;
  isRequired?: boolean;
  helper?: string;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

export function FormField({ id, label, isRequired = false, helper, error, children }: Props) {
  const messageId = `${id}-message`;
  const hasMessage = Boolean(error ?? helper);
  return (
    <Box xcss={field}>
      <Stack space="space.050">
        <Label htmlFor={id}>
          {label}
          {isRequired && <RequiredAsterisk />}
        </Label>
        {children({ id, describedBy: hasMessage ? messageId : undefined, isInvalid: Boolean(error) })}
        {hasMessage && (
          <div id={messageId} data-testid={error ? `${id}-error` : undefined}>
            {error ? <ErrorMessage>{error}</ErrorMessage> : <HelperMessage>{helper}</HelperMessage>}
          </div>
        )}
      </Stack>
    </Box>
  );
}
