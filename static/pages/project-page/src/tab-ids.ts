/** The page's tabs, in the order they are shown; the Overview links into the others by id. */
export const TAB_IDS = ['overview', 'raid', 'scope', 'hours', 'milestones', 'readiness'] as const;
export type TabId = (typeof TAB_IDS)[number];

export const TAB_LABELS: Readonly<Record<TabId, string>> = {
  overview: 'Overview',
  raid: 'RAID',
  scope: 'Scope',
  hours: 'Hours & budget',
  milestones: 'Milestones',
  readiness: 'Readiness',
};

/** What every tab receives: a way to open another tab (the Overview's links, a risk's ticket list). */
export interface TabProps {
  openTab: (tab: TabId) => void;
}
