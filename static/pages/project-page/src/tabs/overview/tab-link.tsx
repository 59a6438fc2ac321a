/** A link to another tab of the page ("Open RAID"): a real link to the tab's hash, opened in place. */
import type { MouseEvent, ReactNode } from 'react';
import Link from '@atlaskit/link';
import type { TabId } from '../../tab-ids';

interface Props {
  tab: TabId;
  openTab: (tab: TabId) => void;
  children: ReactNode;
  testId?: string;
}

export function TabLink({ tab, openTab, children, testId }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    openTab(tab);
  };
  return (
    <Link href={`#${tab}`} onClick={onClick} testId={testId}>
      {children}
    </Link>
  );
}
