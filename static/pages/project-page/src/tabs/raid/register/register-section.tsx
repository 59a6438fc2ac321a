/**
 * "Register": every risk, assumption, issue and decision, filtered and sorted, a page at a time, with
 * "Add item" and the CSV export of the whole register.
 */
import Badge from '@atlaskit/badge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { RaidItemView, RaidView } from '../../../project-page-api';
import { RegisterEmpty } from './register-empty';
import { filteredItems, isFiltered, NO_FILTER, type RegisterFilter } from './register-filter';
import type { RegisterSort } from './register-sort';
import { RegisterTable } from './register-table';
import { RegisterToolbar } from './register-toolbar';

interface Props {
  view: RaidView;
  filter: RegisterFilter;
  onFilter: (filter: RegisterFilter) => void;
  sort: RegisterSort;
  onSort: (sort: RegisterSort) => void;
  page: number;
  onSetPage: (page: number) => void;
  onAdd: () => void;
  onOpen: (itemId: string) => void;
  onCloseItem: (view: RaidItemView) => void;
  closingId: string | null;
  onExport: () => void;
  exporting: boolean;
  exportError: string | null;
}

export function RegisterSection(props: Props) {
  const { view, filter, onFilter, onAdd, onExport, exporting, exportError } = props;
  const shown = filteredItems(view.items, filter);
  const closedHidden = filter.showClosed ? 0 : filteredItems(view.items, { ...filter, showClosed: true }).length - shown.length;
  const owners: PersonView[] = view.people.filter((p) => view.items.some((v) => v.item.owner === p.accountId));
  const full = view.limits.itemCount >= view.limits.maxItems;
  return (
    <Stack space="space.150">
      <Inline spread="space-between" alignBlock="center" space="space.100" shouldWrap>
        <Inline space="space.100" alignBlock="center">
          <Heading size="small" as="h2" id="raid-register-heading">
            Register
          </Heading>
          <Badge testId="raid-item-count">{view.items.length}</Badge>
        </Inline>
        <Inline space="space.100" alignBlock="center">
          <Button onClick={onExport} isLoading={exporting} isDisabled={view.items.length === 0} testId="raid-export">
            Export CSV
          </Button>
          {view.canEdit && (
            <Button appearance="primary" onClick={onAdd} isDisabled={full} testId="raid-add">
              Add item
            </Button>
          )}
        </Inline>
      </Inline>
      {full && view.canEdit && (
        <Text color="color.text.warning">
          The register holds {view.limits.itemCount.toLocaleString()} items, the most a project can keep: no more can be added.
        </Text>
      )}
      {exportError && (
        <Text color="color.text.danger" testId="raid-export-error">
          {exportError}
        </Text>
      )}
      {view.items.length > 0 && <RegisterToolbar filter={filter} onChange={onFilter} owners={owners} />}
      {view.items.length > 0 && shown.length < view.items.length && (
        <Text size="small" color="color.text.subtle" testId="raid-shown-count">
          {shown.length === 1 ? 'Showing 1 item' : `Showing ${shown.length} items`} of {view.items.length}
          {closedHidden > 0 ? ` (${closedHidden} closed ${closedHidden === 1 ? 'is' : 'are'} hidden)` : ''}
        </Text>
      )}
      {shown.length === 0 ? (
        <RegisterEmpty filtered={view.items.length > 0} allClosed={view.items.length > 0 && !isFiltered(filter) && !filter.showClosed} hasDetected={view.detected.length > 0} canEdit={view.canEdit} readOnlyReason={view.readOnlyReason} onAdd={onAdd} onClearFilters={() => onFilter({ ...NO_FILTER, showClosed: true })} />
      ) : (
        <RegisterTable
          views={shown}
          canEdit={view.canEdit}
          sort={props.sort}
          onSort={props.onSort}
          page={props.page}
          onSetPage={props.onSetPage}
          onOpen={props.onOpen}
          onCloseItem={props.onCloseItem}
          closingId={props.closingId}
          label={isFiltered(filter) ? 'RAID items matching the filters' : 'RAID register'}
        />
      )}
    </Stack>
  );
}
