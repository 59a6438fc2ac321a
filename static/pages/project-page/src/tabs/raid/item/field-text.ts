/** A field's value in words, for the details, the history ("Impact: 4 – Major → 5 – Severe") and the conflict notice. */
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { categoryLabel, impactLabel, likelihoodLabel, RESPONSE_LABEL, SEVERITY_LABEL, statusLabel } from '../../../common/raid-words';
import { formatDay } from '../../../common/calendar-dates';

type Value = string | number | readonly string[] | null | undefined;

const isScale = (value: unknown): value is Scale => value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

/** "—" for nothing; names for account ids; words for scales, statuses, responses and severities; days for dates. */
export function valueText(field: string, value: Value, people: readonly PersonView[]): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) return value.join(', ');
  switch (field) {
    case 'likelihood':
    case 'residualLikelihood':
      return isScale(value) ? likelihoodLabel(value) : String(value);
    case 'impact':
    case 'residualImpact':
      return isScale(value) ? impactLabel(value) : String(value);
    case 'status':
      return statusLabel(String(value));
    case 'category':
      return categoryLabel(String(value));
    case 'response':
      return RESPONSE_LABEL[value as keyof typeof RESPONSE_LABEL] ?? String(value);
    case 'severity':
      return SEVERITY_LABEL[value as keyof typeof SEVERITY_LABEL] ?? String(value);
    case 'owner':
    case 'decidedBy':
      return people.find((p) => p.accountId === value)?.displayName ?? 'A former member';
    case 'dueDate':
    case 'nextReviewDate':
    case 'validateBy':
    case 'decidedAt':
      return formatDay(String(value));
    default:
      return String(value);
  }
}
