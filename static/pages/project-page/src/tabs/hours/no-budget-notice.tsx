/** Without an hour budget the tab still shows the hours, and says where a project admin sets the budget. */
import { Notice } from '../../../../../shared/ui/notice';

export function NoBudgetNotice() {
  return (
    <Notice appearance="information" title="No hour budget is set for this project" testId="no-budget">
      <p>
        To compare the hours with a budget, a project admin sets the total hours, the period and, if wanted, a plan week by week in{' '}
        <strong>Project settings → Apps → Accord</strong>, under &quot;Hour budget&quot;. The burn chart, the run-out date and the warnings appear here after that.
      </p>
    </Notice>
  );
}
