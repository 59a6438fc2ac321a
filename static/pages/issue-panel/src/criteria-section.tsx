/** "Acceptance criteria": the list, adding, importing from the description, and the limits. */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { PanelView } from '../../../../src/contract/issue-panel';
import { AddCriterion } from './add-criterion';
import { CriteriaList } from './criteria-list';
import { EmptyCriteria } from './empty-criteria';
import { plural } from './format';
import type { PanelChange } from './panel-change';

interface Props {
  view: PanelView;
  busy: boolean;
  apply: (change: PanelChange) => void;
}

export function CriteriaSection({ view, busy, apply }: Props) {
  const [adding, setAdding] = useState(false);
  const { criteria, importable, permissions, limits } = view;
  const passed = criteria.filter((c) => c.verification.state === 'passed').length;
  const overLimit = criteria.length > limits.maxCriteria;
  const room = Math.max(0, limits.maxCriteria - criteria.length);

  return (
    <Box as="section" aria-labelledby="criteria-heading" testId="criteria-section">
      <Stack space="space.100">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="xsmall" as="h2" id="criteria-heading">
          Acceptance criteria
        </Heading>
        {criteria.length > 0 && (
          <Text size="small" color="color.text.subtle" testId="criteria-summary">
            {passed} of {criteria.length} passed
          </Text>
        )}
      </Inline>

      {criteria.length === 0 && !adding ? (
        <EmptyCriteria
          importable={importable}
          canEdit={permissions.canEdit}
          busy={busy}
          onImport={() => apply({ kind: 'import', mode: 'append' })}
          onAdd={() => setAdding(true)}
        />
      ) : (
        <CriteriaList
          criteria={criteria}
          canEdit={permissions.canEdit}
          maxChars={limits.maxCriterionChars}
          onEdit={(criterionId, text) => apply({ kind: 'edit', criterionId, text })}
          onDelete={(criterionId) => apply({ kind: 'delete', criterionId })}
          onVerify={(criterionId, state) => apply({ kind: 'verify', criterionId, state })}
          onMove={(criterionId, toIndex) => apply({ kind: 'move', criterionId, toIndex })}
        />
      )}

      {overLimit && (
        <Text size="small" color="color.text.danger" testId="criteria-over-limit">
          This issue has {criteria.length} criteria; the limit is {limits.maxCriteria}. Delete{' '}
          {plural(criteria.length - limits.maxCriteria, 'criterion', 'criteria')} before saving other changes.
        </Text>
      )}

      {permissions.canEdit && (criteria.length > 0 || adding) && (
        <AddCriterion
          key={adding ? 'adding' : 'idle'}
          count={criteria.length}
          maxCriteria={limits.maxCriteria}
          maxChars={limits.maxCriterionChars}
          startOpen={adding}
          onClose={() => setAdding(false)}
          onAdd={(text) => apply({ kind: 'add', text })}
        />
      )}

      {permissions.canEdit && criteria.length > 0 && importable.length > 0 && (
        <Inline space="space.050" alignBlock="center" shouldWrap testId="import-more">
          <Text size="small" color="color.text.subtle">
            {plural(importable.length, 'more criterion', 'more criteria')} found in the description
            {importable.length > room ? ` (room for ${room})` : ''}.
          </Text>
          <Button appearance="subtle" spacing="compact" isDisabled={busy || room === 0} onClick={() => apply({ kind: 'import', mode: 'append' })}>
            Import
          </Button>
        </Inline>
      )}
    </Stack>
    </Box>
  );
}
