/** The panel's resolvers, typed from the shared contract (types only: no schema code in the bundle). */
import type { HistoryPageView, PanelPayloads, PanelResolverKey, PanelView } from '../../../../src/contract/issue-panel';
import { createResolverClient, type ResolverCall } from '../../../shared/frame/invoke';

/** Every panel resolver answers the whole view, except the page of older decisions. */
export type PanelCalls = { [K in PanelResolverKey]: ResolverCall<PanelPayloads[K], K extends 'getSignoffHistory' ? HistoryPageView : PanelView> };

export const callPanel = createResolverClient<PanelCalls>();

/** A conflict carries the fresh view in `details`; anything else there is ignored. */
export function freshViewFrom(details: unknown): PanelView | null {
  if (typeof details !== 'object' || details === null) return null;
  const candidate = details as Partial<PanelView>;
  const looksLikeView =
    Array.isArray(candidate.criteria) &&
    typeof candidate.contentHash === 'string' &&
    typeof candidate.signoff === 'object' &&
    typeof candidate.permissions === 'object';
  return looksLikeView ? (details as PanelView) : null;
}
