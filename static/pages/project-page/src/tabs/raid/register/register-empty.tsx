/** An empty register invites to add the first risk; a filter that hides everything offers to clear it. */
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';

interface Props {
  /** The register has items; only the filters hide them. */
  filtered: boolean;
  /** No filter is set: every item is closed, and closed items are hidden. */
  allClosed: boolean;
  /** The last snapshot found risks that could be added in one click. */
  hasDetected: boolean;
  canEdit: boolean;
  readOnlyReason: string | null;
  onAdd: () => void;
  onClearFilters: () => void;
}

export function RegisterEmpty({ filtered, allClosed, hasDetected, canEdit, readOnlyReason, onAdd, onClearFilters }: Props) {
  if (allClosed) {
    return (
      <EmptyState
        header="Every item in the register is closed"
        description="Closed risks and issues are hidden from the list; show them to look back."
        headingLevel={3}
        width="narrow"
        primaryAction={<Button onClick={onClearFilters}>Show closed items</Button>}
        testId="raid-all-closed"
      />
    );
  }
  if (filtered) {
    return (
      <EmptyState
        header="Nothing matches these filters"
        description="Change or clear the filters to see the rest of the register."
        headingLevel={3}
        width="narrow"
        primaryAction={<Button onClick={onClearFilters}>Clear filters</Button>}
        testId="raid-no-match"
      />
    );
  }
  return (
    <EmptyState
      header="Start the RAID register"
      description={
        canEdit
          ? `Write down the risk that worries you most: how likely it is, how much it would hurt, and who keeps an eye on it. Assumptions, issues and decisions go here too${hasDetected ? ', and the risks Accord detected below can be added in one click' : ''}.`
          : `No risks, assumptions, issues or decisions have been recorded for this project yet. ${readOnlyReason ?? ''}`
      }
      headingLevel={3}
      width="wide"
      primaryAction={
        canEdit ? (
          <Button appearance="primary" onClick={onAdd} testId="raid-add-first">
            Add the first risk
          </Button>
        ) : undefined
      }
      testId="raid-empty"
    />
  );
}
