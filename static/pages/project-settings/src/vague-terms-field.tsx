/** The words the vague-terms check flags, one per line, with a way back to Accord's list. */
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import TextArea from '@atlaskit/textarea';
import { Inline, Stack } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';
import { vagueTermList } from './settings-draft';

interface Props {
  value: string;
  defaults: string[];
  error?: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

export function VagueTermsField({ value, defaults, error, isDisabled, onChange }: Props) {
  const count = vagueTermList(value).length;
  const isDefault = vagueTermList(value).join('\n') === defaults.join('\n');
  return (
    <Stack space="space.050">
      <Inline spread="space-between" alignBlock="end">
        <Label htmlFor="vague-terms">Vague words and phrases</Label>
        <Button appearance="subtle" spacing="compact" isDisabled={isDisabled || isDefault} onClick={() => onChange(defaults.join('\n'))} testId="reset-vague-terms">
          Reset to defaults
        </Button>
      </Inline>
      <TextArea
        id="vague-terms"
        testId="vague-terms"
        value={value}
        minimumRows={8}
        maxHeight="40vh"
        resize="vertical"
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        spellCheck={false}
        aria-describedby="vague-terms-message"
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <FieldMessage
        id="vague-terms-message"
        error={error}
        helper={`One word or phrase per line (${count} now). Matched as whole words, in any case.`}
      />
    </Stack>
  );
}
