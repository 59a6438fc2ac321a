/**
 * Adding or editing a RAID item in a dialog: the kind's fields, each refusal on its field, and when someone
 * else saved first, their version beside the person's own edits (kept, to save again).
 */
import Button from '@atlaskit/button/new';
import { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { useEffect, useRef } from 'react';
import { Box, Stack } from '@atlaskit/primitives';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import { itemLabel, RAID_KINDS, type RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { FrameDialog } from '../../../common/frame-dialog';
import { Notice } from '../../../../../../shared/ui/notice';
import { KIND_LABEL } from '../../../common/raid-words';
import type { RaidView } from '../../../project-page-api';
import { ChoiceSelect } from './choice-select';
import { ConflictNotice } from './conflict-notice';
import { FormColumns } from './form-columns';
import { FormField } from './form-field';
import { fieldId } from './fields-props';
import { ItemFields } from './item-fields';
import { FIELDS_OF } from './item-draft';
import { useItemForm, type ItemFormMode } from './use-item-form';

const KINDS = RAID_KINDS.map((kind) => ({ value: kind, label: KIND_LABEL[kind] }));

interface Props {
  mode: ItemFormMode;
  people: readonly PersonView[];
  knownIds: ReadonlySet<string>;
  onClose: () => void;
  onSaved: (view: RaidView | null, itemId: string | null) => void;
  onStale: (view: RaidView) => void;
}

export function ItemDialog({ mode, people, knownIds, onClose, onSaved, onStale }: Props) {
  const form = useItemForm({ mode, people, knownIds, onSaved, onStale });
  const { draft, errors, saving, isNew, conflict, formError, refusals } = form;
  const notices = useRef<HTMLDivElement>(null);

  // A refused save shows where: the notice above the form, else the first field with a message (focused, so
  // a screen reader reads its message too). The person may be at the bottom of a long form, by the buttons.
  useEffect(() => {
    if (refusals === 0) return;
    const field = FIELDS_OF[draft.kind].find((name) => errors[name]);
    if (conflict || formError || !field) notices.current?.scrollIntoView({ block: 'nearest' });
    else document.getElementById(fieldId(field))?.focus();
    // Only a new refusal moves the view (errors and notices are read as they are then); typing does not.
  }, [refusals]);
  const label = mode.action === 'edit' ? itemLabel(mode.item) : null;
  const title = label ? `Edit ${label}` : `Add a ${KIND_LABEL[draft.kind].toLowerCase()}`;
  return (
    <FrameDialog onClose={onClose} width="large" shouldCloseOnOverlayClick={false} label={title} testId="raid-item-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <ModalHeader hasCloseButton closeButtonLabel="Close without saving">
          <ModalTitle>{title}</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <Stack space="space.200">
            <Box ref={notices}>
              {conflict && label && <ConflictNotice conflict={conflict} label={label} />}
              {formError && (
                <Notice appearance="error" title="Not saved" testId="raid-form-error">
                  <p>{formError}</p>
                </Notice>
              )}
            </Box>
            {isNew && (
              <FormColumns count={3}>
                <FormField id={fieldId('kind')} label="Kind" isRequired>
                  {(control) => (
                    <ChoiceSelect<RaidKind> control={control} options={KINDS} value={draft.kind} onChange={(kind) => kind && form.changeKind(kind)} isDisabled={saving} />
                  )}
                </FormField>
              </FormColumns>
            )}
            <ItemFields draft={draft} errors={errors} onChange={form.change} isDisabled={saving} />
          </Stack>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={onClose} isDisabled={saving}>
            Cancel
          </Button>
          <Button appearance="primary" type="submit" isLoading={saving} testId="raid-save">
            {isNew ? 'Add to register' : conflict ? 'Save my edits again' : 'Save'}
          </Button>
        </ModalFooter>
      </form>
    </FrameDialog>
  );
}
