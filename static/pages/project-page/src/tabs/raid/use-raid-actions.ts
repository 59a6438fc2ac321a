/**
 * The register's one-click actions: add a detected risk, close a risk whose signal cleared, export CSV. Each
 * answers the refreshed register (shown at once) or says why not; what happened is announced for screen readers.
 */
import { useCallback, useState } from 'react';
import { downloadText } from '../../../../../shared/export/download';
import { callProjectPage, type RaidItemView, type RaidView } from '../../project-page-api';

function isRaidView(value: unknown): value is RaidView {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}

export function useRaidActions(replace: (view: RaidView) => void) {
  const [promoting, setPromoting] = useState<string | null>(null);
  const [promoteErrors, setPromoteErrors] = useState<Record<string, string>>({});
  const [closingId, setClosingId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<{ text: string; tone: 'done' | 'problem' } | null>(null);

  const promote = useCallback(
    async (signalKey: string) => {
      setPromoting(signalKey);
      setPromoteErrors((current) => ({ ...current, [signalKey]: '' }));
      const answer = await callProjectPage('promoteDetection', { signalKey });
      setPromoting(null);
      if (answer.ok) {
        replace(answer.data);
        const tracking = answer.data.detected.find((d) => d.signalKey === signalKey)?.trackedBy;
        setAnnouncement({ text: tracking ? `Added to the register as ${tracking}.` : 'Added to the register.', tone: 'done' });
        return;
      }
      if (isRaidView(answer.error.details)) replace(answer.error.details);
      setPromoteErrors((current) => ({ ...current, [signalKey]: answer.error.message }));
    },
    [replace],
  );

  const closeItem = useCallback(
    async (item: RaidItemView) => {
      setClosingId(item.item.id);
      const answer = await callProjectPage('updateRaidItem', { itemId: item.item.id, patch: { version: item.item.version, status: 'closed' } });
      setClosingId(null);
      if (answer.ok) {
        replace(answer.data);
        setAnnouncement({ text: `${item.label} is closed.`, tone: 'done' });
        return;
      }
      if (isRaidView(answer.error.details)) replace(answer.error.details);
      setAnnouncement({ text: `${item.label} was not closed: ${answer.error.message}`, tone: 'problem' });
    },
    [replace],
  );

  const exportCsv = useCallback(async () => {
    setExporting(true);
    setExportError(null);
    const answer = await callProjectPage('exportRaidCsv', {});
    setExporting(false);
    if (answer.ok) downloadText(answer.data.fileName, answer.data.csv);
    else setExportError(`The register could not be exported: ${answer.error.message}`);
  }, []);

  return {
    promote,
    promoting,
    promoteErrors: Object.fromEntries(Object.entries(promoteErrors).filter(([, message]) => message !== '')),
    closeItem,
    closingId,
    exportCsv,
    exporting,
    exportError,
    announcement,
    announce: setAnnouncement,
  };
}
