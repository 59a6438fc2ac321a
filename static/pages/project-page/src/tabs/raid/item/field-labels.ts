/** Each field of a RAID item in words, as the form, the details, the history and the conflict notice name it. */
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';

const LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  linkedIssues: 'Linked issues',
  status: 'Status',
  cause: 'Cause',
  category: 'Category',
  likelihood: 'Likelihood',
  impact: 'Impact',
  score: 'Score',
  response: 'Response',
  actions: 'Actions',
  trigger: 'Warning signs (trigger)',
  dueDate: 'Due date',
  nextReviewDate: 'Next review',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  residualScore: 'Residual score',
  validateBy: 'Validate by',
  severity: 'Severity',
  resolution: 'Resolution',
  rationale: 'Why (rationale)',
  decidedBy: 'Decided by',
  decidedAt: 'Decided on',
  detector: 'Detected risk',
};

/** A decision's title is what was decided, and its description the context. */
export function fieldLabel(field: string, kind: RaidKind): string {
  if (kind === 'decision' && field === 'title') return 'What was decided';
  if (kind === 'decision' && field === 'description') return 'Context';
  return LABELS[field] ?? field;
}
