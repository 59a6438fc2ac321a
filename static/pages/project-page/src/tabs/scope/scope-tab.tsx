// Placeholder until the tab is built on its branch; never merged to main as is.
import type { TabProps } from '../../tab-ids';

export function ScopeTab(_props: TabProps) {
  return <p>Not built yet.</p>;
}
