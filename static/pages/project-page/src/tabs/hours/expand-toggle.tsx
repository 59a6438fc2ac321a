/** The chevron that opens and closes a row's details: the shared icon button, with aria-expanded and a spoken name. */
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';
import { IconAction } from '../../../../../shared/ui/icon-action';

interface Props {
  expanded: boolean;
  /** What opens, e.g. "the tickets of ACC-2 Invoices and payments". */
  what: string;
  onToggle: () => void;
  testId?: string;
}

export function ExpandToggle({ expanded, what, onToggle, testId }: Props) {
  return <IconAction icon={expanded ? ChevronDownIcon : ChevronRightIcon} label={`${expanded ? 'Hide' : 'Show'} ${what}`} expanded={expanded} onClick={onToggle} {...(testId ? { testId } : {})} />;
}
