/** The register at a glance: live risks, exposure before and after the responses, what is overdue, open issues, size. */
import { Inline } from '@atlaskit/primitives';
import { riskBand } from '../../../../../../src/domain/raid/risk-band';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import type { RaidView } from '../../project-page-api';

const count = (n: number) => n.toLocaleString();

export function RaidSummary({ view }: { view: RaidView }) {
  const live = view.items.filter((v) => v.item.kind === 'risk' && v.item.status !== 'closed');
  const severe = live.filter((v) => v.item.kind === 'risk' && ['high', 'critical'].includes(riskBand(v.item.score))).length;
  const issues = view.items.filter((v) => v.item.kind === 'issue' && (v.item.status === 'open' || v.item.status === 'in-progress'));
  const urgent = issues.filter((v) => v.item.kind === 'issue' && (v.item.severity === 'high' || v.item.severity === 'critical')).length;
  const overdue = view.items.filter((v) => v.overdue).length;
  const { exposure, limits } = view;
  return (
    <Inline space="space.150" shouldWrap testId="raid-summary">
      <StatTile label="Live risks" value={count(live.length)} detail={severe > 0 ? `${count(severe)} high or critical` : 'None high or critical'} testId="raid-stat-live" />
      <StatTile
        label="Exposure"
        value={count(exposure.inherent)}
        detail={exposure.inherent === 0 ? 'No live risk' : exposure.residual === exposure.inherent ? 'No response lowers it yet' : `${count(exposure.residual)} after the responses`}
        testId="raid-stat-exposure"
      />
      <StatTile label="Overdue" value={count(overdue)} detail="Reviews and validations past their day" testId="raid-stat-overdue" />
      <StatTile label="Open issues" value={count(issues.length)} detail={urgent > 0 ? `${count(urgent)} high or critical` : 'None high or critical'} testId="raid-stat-issues" />
      <StatTile label="Items" value={count(limits.itemCount)} detail={`Of ${count(limits.maxItems)} a project can keep`} testId="raid-stat-items" />
    </Inline>
  );
}
