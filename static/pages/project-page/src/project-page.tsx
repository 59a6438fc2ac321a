/**
 * The project page "Risk & scope": one tab per question a project manager answers (Overview, RAID, Scope,
 * Hours & budget, Milestones, Readiness). Each tab is its own chunk, loaded when first opened, so the page
 * opens on the Overview without the chart library; the open tab is kept in the frame's URL hash.
 */
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Loading } from '../../../shared/ui/loading';
import { TAB_IDS, TAB_LABELS, type TabId, type TabProps } from './tab-ids';

const TABS: Readonly<Record<TabId, ComponentType<TabProps>>> = {
  overview: lazy(() => import('./tabs/overview/overview-tab').then((m) => ({ default: m.OverviewTab }))),
  raid: lazy(() => import('./tabs/raid/raid-tab').then((m) => ({ default: m.RaidTab }))),
  scope: lazy(() => import('./tabs/scope/scope-tab').then((m) => ({ default: m.ScopeTab }))),
  hours: lazy(() => import('./tabs/hours/hours-tab').then((m) => ({ default: m.HoursTab }))),
  milestones: lazy(() => import('./tabs/milestones/milestones-tab').then((m) => ({ default: m.MilestonesTab }))),
  readiness: lazy(() => import('./tabs/readiness/readiness-tab').then((m) => ({ default: m.ReadinessTab }))),
};

const page = xcss({ paddingInline: 'space.100', paddingBlock: 'space.100', maxWidth: '1280px' });
const panel = xcss({ paddingBlockStart: 'space.200', width: '100%' });

function tabFromHash(): TabId {
  const named = window.location.hash.replace(/^#/u, '');
  return (TAB_IDS as readonly string[]).includes(named) ? (named as TabId) : 'overview';
}

export function ProjectPage() {
  const [selected, setSelected] = useState<TabId>(tabFromHash);

  const openTab = useCallback((tab: TabId) => {
    setSelected(tab);
    window.history.replaceState(null, '', `#${tab}`);
  }, []);

  useEffect(() => {
    const follow = () => setSelected(tabFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const index = TAB_IDS.indexOf(selected);
  return (
    <Box xcss={page} testId="project-page">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          Risk &amp; scope
        </Heading>
        <Tabs id="project-page-tabs" selected={index} onChange={(i) => openTab(TAB_IDS[i] ?? 'overview')}>
          <TabList>
            {TAB_IDS.map((id) => (
              <Tab key={id} testId={`tab-${id}`}>
                {TAB_LABELS[id]}
              </Tab>
            ))}
          </TabList>
          {TAB_IDS.map((id) => {
            const Content = TABS[id];
            return (
              <TabPanel key={id} testId={`panel-${id}`}>
                <Box xcss={panel}>
                  {id === selected && (
                    <Suspense fallback={<Loading label={`Loading ${TAB_LABELS[id]}`} />}>
                      <Content openTab={openTab} />
                    </Suspense>
                  )}
                </Box>
              </TabPanel>
            );
          })}
        </Tabs>
      </Stack>
    </Box>
  );
}
