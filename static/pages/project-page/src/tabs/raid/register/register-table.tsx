/**
 * The register as a table like Jira's lists: sortable columns, a page of 20 rows at a time, one row per item
 * with its status, owner, score, movement since last week, dates and linked issues.
 */
import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import type { HeadType, RowType, SortOrderType } from '@atlaskit/dynamic-table/types';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import { RAID_KINDS } from '../../../../../../../src/domain/raid/raid-kinds';
import { TicketLink } from '../../../../../../shared/ui/ticket-link';
import { statusAppearance, statusLabel } from '../../../common/raid-words';
import type { RaidItemView } from '../../../project-page-api';
import { ItemDates } from './item-dates';
import { ItemRating } from './item-rating';
import { ItemTitleCell } from './item-title-cell';
import { MovementLabel } from './movement-label';
import { isRanked, ranks, type RegisterSort } from './register-sort';

export const ROWS_PER_PAGE = 20;
const LINKS_SHOWN = 3;

const HEAD: HeadType = {
  cells: [
    { key: 'id', content: 'ID', isSortable: true, width: 7 },
    { key: 'title', content: 'Title', isSortable: true, width: 31 },
    { key: 'status', content: 'Status', isSortable: true, width: 11 },
    { key: 'owner', content: 'Owner', isSortable: true, width: 12 },
    { key: 'score', content: 'Score', isSortable: true, width: 9 },
    { key: 'movement', content: 'This week', width: 8 },
    { key: 'dates', content: 'Dates', isSortable: true, width: 12 },
    { key: 'links', content: 'Linked issues', width: 10 },
  ],
};

interface Props {
  views: readonly RaidItemView[];
  canEdit: boolean;
  sort: RegisterSort;
  onSort: (sort: RegisterSort) => void;
  page: number;
  onSetPage: (page: number) => void;
  onOpen: (itemId: string) => void;
  onCloseItem: (view: RaidItemView) => void;
  closingId: string | null;
  label: string;
}

function linkCell(keys: readonly string[]) {
  if (keys.length === 0) return <Text color="color.text.subtlest">—</Text>;
  return (
    <Inline space="space.075" shouldWrap alignBlock="center">
      {keys.slice(0, LINKS_SHOWN).map((key) => (
        <TicketLink key={key} issueKey={key} />
      ))}
      {keys.length > LINKS_SHOWN && (
        <Text size="small" color="color.text.subtle">
          +{keys.length - LINKS_SHOWN}
        </Text>
      )}
    </Inline>
  );
}

export function RegisterTable({ views, canEdit, sort, onSort, page, onSetPage, onOpen, onCloseItem, closingId, label }: Props) {
  const rank = ranks(views, sort);
  // Columns sorted by the domain's rule get each item's rank; the others sort by their own text.
  const ranked = (view: RaidItemView, key: string, fallback: string | number) => (sort.key === key && isRanked(key) ? (rank.get(view.item.id) ?? 0) : fallback);
  const rows: RowType[] = views.map((view) => {
    const { item } = view;
    return {
      key: item.id,
      testId: 'raid-row',
      cells: [
        { key: ranked(view, 'id', RAID_KINDS.indexOf(item.kind) * 1_000_000 + item.number), content: <Text weight="medium">{view.label}</Text> },
        {
          key: item.title.toLowerCase(),
          content: <ItemTitleCell view={view} onOpen={() => onOpen(item.id)} canEdit={canEdit} onCloseItem={() => onCloseItem(view)} closing={closingId === item.id} />,
        },
        { key: statusLabel(item.status), content: <Lozenge appearance={statusAppearance(item.status)}>{statusLabel(item.status)}</Lozenge> },
        { key: view.owner?.displayName.toLowerCase() ?? '~', content: view.owner ? <Text>{view.owner.displayName}</Text> : <Text color="color.text.subtlest">Unassigned</Text> },
        { key: ranked(view, 'score', item.kind === 'risk' ? item.score : -1), content: <ItemRating item={item} /> },
        { key: view.movement ?? '', content: <MovementLabel movement={view.movement} /> },
        { key: ranked(view, 'dates', 0), content: <ItemDates view={view} /> },
        { key: item.linkedIssues.join(' '), content: linkCell(item.linkedIssues) },
      ],
    };
  });
  return (
    <div data-testid="raid-register-table">
      <DynamicTableStateless
        label={label}
        head={HEAD}
        rows={rows}
        sortKey={sort.key}
        sortOrder={sort.order}
        onSort={(data: { key: string; sortOrder: SortOrderType }) => onSort({ key: data.key, order: data.sortOrder })}
        rowsPerPage={ROWS_PER_PAGE}
        page={page}
        onSetPage={onSetPage}
      />
    </div>
  );
}
