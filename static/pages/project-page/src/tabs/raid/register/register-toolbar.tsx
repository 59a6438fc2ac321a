/**
 * The register's filters, in one row like Jira's list filters: words, kind, status, owner, overdue only; a
 * heat-map cell chosen on the map shows as a tag that removes it; "Clear filters" resets everything.
 */
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SearchIcon from '@atlaskit/icon/core/search';
import { Box, Inline, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Tag from '@atlaskit/tag';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import { RAID_KINDS, STATUSES_OF, type RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { KIND_PLURAL, statusLabel } from '../../../common/raid-words';
import { isFiltered, NO_FILTER, NOBODY, type RegisterFilter } from './register-filter';

interface Option<V> {
  label: string;
  value: V;
}

const searchBox = xcss({ width: '16rem' });
const selectBox = xcss({ minWidth: '10rem', maxWidth: '22rem' });
const iconBox = xcss({ paddingInlineStart: 'space.100', display: 'flex', alignItems: 'center' });

const KINDS: Array<Option<RaidKind>> = RAID_KINDS.map((kind) => ({ value: kind, label: KIND_PLURAL[kind] }));

function statusOptions(kinds: readonly RaidKind[]): Array<Option<string>> {
  const statuses = [...new Set((kinds.length > 0 ? kinds : RAID_KINDS).flatMap((kind) => STATUSES_OF[kind]))];
  return statuses.map((status) => ({ value: status, label: statusLabel(status) }));
}

interface Props {
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
  /** Owners of items in the register, for the owner filter. */
  owners: readonly PersonView[];
}

export function RegisterToolbar({ filter, onChange, owners }: Props) {
  const set = (change: Partial<RegisterFilter>) => onChange({ ...filter, ...change });
  const statuses = statusOptions(filter.kinds);
  const ownerOptions: Array<Option<string>> = [{ value: NOBODY, label: 'Unassigned' }, ...owners.map((p) => ({ value: p.accountId, label: p.displayName }))];
  const cell = filter.cell;
  return (
    <Inline space="space.150" alignBlock="center" shouldWrap testId="raid-filters">
      <Box xcss={searchBox}>
        <Textfield
          aria-label="Search the register"
          placeholder="Search the register"
          value={filter.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
          elemBeforeInput={
            <Box xcss={iconBox}>
              <SearchIcon label="" color={token('color.icon.subtle')} size="small" />
            </Box>
          }
          testId="raid-search"
        />
      </Box>
      <Box xcss={selectBox}>
        <Select<Option<RaidKind>, true>
          isMulti
          aria-label="Kind"
          inputId="raid-filter-kind"
          testId="raid-filter-kind"
          placeholder="Kind"
          options={KINDS}
          value={KINDS.filter((o) => filter.kinds.includes(o.value))}
          onChange={(chosen) => {
            const kinds = chosen.map((o) => o.value);
            const allowed = new Set(statusOptions(kinds).map((o) => o.value));
            set({ kinds, statuses: filter.statuses.filter((s) => allowed.has(s)) });
          }}
          isSearchable={false}
        />
      </Box>
      <Box xcss={selectBox}>
        <Select<Option<string>, true>
          isMulti
          aria-label="Status"
          inputId="raid-filter-status"
          testId="raid-filter-status"
          placeholder="Status"
          options={statuses}
          value={statuses.filter((o) => filter.statuses.includes(o.value))}
          onChange={(chosen) => set({ statuses: chosen.map((o) => o.value) })}
          isSearchable={false}
        />
      </Box>
      <Box xcss={selectBox}>
        <Select<Option<string>>
          aria-label="Owner"
          inputId="raid-filter-owner"
          testId="raid-filter-owner"
          placeholder="Owner"
          options={ownerOptions}
          value={ownerOptions.find((o) => o.value === filter.owner) ?? null}
          onChange={(chosen) => set({ owner: chosen ? chosen.value : null })}
          isClearable
        />
      </Box>
      <Checkbox label="Overdue only" isChecked={filter.overdueOnly} onChange={(event) => set({ overdueOnly: event.currentTarget.checked })} testId="raid-filter-overdue" />
      <Checkbox label="Show closed" isChecked={filter.showClosed} onChange={(event) => set({ showClosed: event.currentTarget.checked })} testId="raid-show-closed" />
      {cell && (
        <Tag
          text={`${cell.basis === 'residual' ? 'Residual' : 'Inherent'} likelihood ${cell.likelihood} × impact ${cell.impact}`}
          onAfterRemoveAction={() => set({ cell: null })}
          removeButtonLabel="Remove the heat-map cell filter"
          testId="raid-cell-filter"
        />
      )}
      {isFiltered(filter) && (
        <Button appearance="subtle" onClick={() => onChange({ ...NO_FILTER, showClosed: filter.showClosed })} testId="raid-clear-filters">
          Clear filters
        </Button>
      )}
    </Inline>
  );
}
