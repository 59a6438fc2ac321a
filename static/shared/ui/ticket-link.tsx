/**
 * A ticket key that opens the issue in Jira. The frame lives on another origin than Jira, so the click
 * goes through the bridge's router; the href (on the site's URL) keeps copy-link and new-tab working.
 */
import type { MouseEvent } from 'react';
import Link from '@atlaskit/link';
import { router } from '@forge/bridge';
import { useForgeContext } from '../frame/context';

export function TicketLink({ issueKey }: { issueKey: string }) {
  const context = useForgeContext();
  const site = context.status === 'ready' ? (context.context.siteUrl ?? '') : '';
  const path = `/browse/${encodeURIComponent(issueKey)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const inNewTab = event.metaKey || event.ctrlKey || event.shiftKey;
    void (inNewTab ? router.open(path) : router.navigate(path)).catch(() => undefined);
  };
  return (
    <Link href={`${site}${path}`} onClick={onClick} testId="ticket-link">
      {issueKey}
    </Link>
  );
}
