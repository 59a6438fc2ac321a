/**
 * The RAID tab: the register of risks, assumptions, issues and decisions, where the risks sit (heat map,
 * inherent or residual) and how exposure moved week by week, and the risks Accord detected in Jira. Reads
 * one view (getRaid); every change answers the refreshed register, so the page never shows a stale one.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { HeatBasis } from '../../../../../../src/domain/raid/heat-map';
import { ErrorMessage } from '../../../../../shared/ui/error-message';
import { Loading } from '../../../../../shared/ui/loading';
import { Notice } from '../../../../../shared/ui/notice';
import type { RaidView } from '../../project-page-api';
import { SnapshotStatusLine } from '../../snapshot-status-line';
import type { TabProps } from '../../tab-ids';
import { useTabView } from '../../use-tab-view';
import { DetectedRisks } from './detected/detected-risks';
import { ExposureTrend } from './exposure/exposure-trend';
import { HeatMapSection } from './heat-map/heat-map-section';
import { ItemDetail } from './item/item-detail';
import { ItemDialog } from './item/item-dialog';
import type { ItemFormMode } from './item/use-item-form';
import { RaidSummary } from './raid-summary';
import { NO_FILTER, type HeatCellChoice, type RegisterFilter } from './register/register-filter';
import { RegisterSection } from './register/register-section';
import { DEFAULT_SORT, type RegisterSort } from './register/register-sort';
import { useRaidActions } from './use-raid-actions';

const mapBox = xcss({ flexShrink: 0 });
const trendBox = xcss({ flexGrow: 1, flexBasis: '22rem', minWidth: '0' });
const section = xcss({ paddingBlockStart: 'space.300', borderBlockStartWidth: 'border.width', borderBlockStartStyle: 'solid', borderBlockStartColor: 'color.border' });

export function RaidTab(_props: TabProps) {
  const tab = useTabView('getRaid', {});
  const { view, replace } = tab;
  const actions = useRaidActions(replace);
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [basis, setBasis] = useState<HeatBasis>('inherent');
  const [sort, setSort] = useState<RegisterSort>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<ItemFormMode | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const register = useRef<HTMLDivElement>(null);

  const changeFilter = useCallback((next: RegisterFilter) => {
    setFilter(next);
    setPage(1);
  }, []);

  const chooseCell = useCallback(
    (cell: HeatCellChoice) => {
      changeFilter({ ...NO_FILTER, cell });
      register.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [changeFilter],
  );

  const knownIds = useMemo(() => new Set(view?.items.map((v) => v.item.id) ?? []), [view]);
  const opened = openId === null ? null : (view?.items.find((v) => v.item.id === openId) ?? null);

  const saved = useCallback(
    (next: RaidView | null, itemId: string | null) => {
      const wasNew = form?.action === 'create';
      setForm(null);
      if (!next) return;
      replace(next);
      const label = next.items.find((v) => v.item.id === itemId)?.label;
      if (label) actions.announce({ text: wasNew ? `${label} was added to the register.` : `${label} was saved.`, tone: 'done' });
    },
    [form, replace, actions],
  );

  if (!view) {
    return (
      <Box testId="raid-tab">
        {tab.error ? <ErrorMessage title="The RAID register could not be loaded" message={tab.error} onRetry={() => void tab.reload()} /> : <Loading label="Loading the RAID register" />}
      </Box>
    );
  }

  return (
    <Box testId="raid-tab">
      <Stack space="space.300">
        <Stack space="space.100">
          <Text color="color.text.subtle">Risks, assumptions, issues and decisions of this project, where the risks sit, and what Accord sees coming.</Text>
          <SnapshotStatusLine status={view.status} onRefresh={tab.refresh} refreshError={tab.refreshError} />
        </Stack>
        {tab.error && <ErrorMessage title="The register could not be read again" message={tab.error} onRetry={() => void tab.reload()} />}
        {!view.canEdit && (
          <Notice appearance="information" title="Read only" testId="raid-read-only">
            <p>{view.readOnlyReason ?? 'Changing it needs more permissions in this project.'}</p>
          </Notice>
        )}

        <RaidSummary view={view} />

        <Box as="section" aria-labelledby="raid-exposure-heading" xcss={section}>
          <Stack space="space.200">
            <Heading size="small" as="h2" id="raid-exposure-heading">
              Risk exposure
            </Heading>
            <Inline space="space.400" shouldWrap alignBlock="start">
              <Box xcss={mapBox}>
                <HeatMapSection heatMap={view.heatMap} basis={basis} onBasisChange={setBasis} selected={filter.cell} onSelect={chooseCell} />
              </Box>
              <Box xcss={trendBox}>
                <ExposureTrend exposure={view.exposure} />
              </Box>
            </Inline>
          </Stack>
        </Box>

        <Box as="section" aria-labelledby="raid-register-heading" xcss={section} ref={register} testId="raid-register">
          <Stack space="space.150">
            {actions.announcement && (
              <Box role="status" testId="raid-announcement">
                <Text color={actions.announcement.tone === 'done' ? 'color.text.success' : 'color.text.danger'}>{actions.announcement.text}</Text>
              </Box>
            )}
            <RegisterSection
              view={view}
              filter={filter}
              onFilter={changeFilter}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setPage(1);
              }}
              page={page}
              onSetPage={setPage}
              onAdd={() => setForm({ action: 'create', kind: 'risk' })}
              onOpen={setOpenId}
              onCloseItem={(item) => void actions.closeItem(item)}
              closingId={actions.closingId}
              onExport={() => void actions.exportCsv()}
              exporting={actions.exporting}
              exportError={actions.exportError}
            />
          </Stack>
        </Box>

        <Box as="section" aria-labelledby="raid-detected-heading" xcss={section} testId="raid-detected-section">
          <DetectedRisks
            detected={view.detected}
            hasSnapshot={view.status.asOf !== null}
            canEdit={view.canEdit}
            promoting={actions.promoting}
            errors={actions.promoteErrors}
            onPromote={(signalKey) => void actions.promote(signalKey)}
            onOpenTracking={(label) => setOpenId(view.items.find((v) => v.label === label)?.item.id ?? null)}
          />
        </Box>
      </Stack>

      {opened && form === null && (
        <ItemDetail
          view={opened}
          people={view.people}
          canEdit={view.canEdit}
          readOnlyReason={view.readOnlyReason}
          onEdit={() => setForm({ action: 'edit', item: opened.item })}
          onClose={() => setOpenId(null)}
          onCloseItem={() => void actions.closeItem(opened)}
          closing={actions.closingId === opened.item.id}
        />
      )}
      {form && <ItemDialog mode={form} people={view.people} knownIds={knownIds} onClose={() => setForm(null)} onSaved={saved} onStale={replace} />}
    </Box>
  );
}
