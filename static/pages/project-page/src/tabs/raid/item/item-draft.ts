/**
 * What the item form holds while a person edits, and how it becomes a new item or a patch. Pure, so the rules
 * (which fields belong to which kind, what counts as a change, which keys are issue keys) are tested alone.
 * The server checks every limit again and says what to shorten; the form only catches what it can see at once.
 */
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { RaidItem } from '../../../../../../../src/domain/raid/raid-item';
import { INITIAL_STATUS, type RaidKind, type Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { normalIssueKey } from '../../../../../../../src/domain/text/issue-key';

export interface ItemDraft {
  kind: RaidKind;
  title: string;
  description: string;
  owner: PersonView | null;
  /** Issue keys as typed: "ACC-12, ACC-15". */
  linkedIssues: string;
  status: string;
  cause: string;
  category: string;
  likelihood: Scale | null;
  impact: Scale | null;
  response: string | null;
  actions: string;
  trigger: string;
  dueDate: string;
  nextReviewDate: string;
  residualLikelihood: Scale | null;
  residualImpact: Scale | null;
  validateBy: string;
  severity: string;
  resolution: string;
  rationale: string;
  decidedBy: PersonView | null;
  decidedAt: string;
}

export type DraftField = Exclude<keyof ItemDraft, 'kind'>;

/** The fields each kind has, in the order the form and the conflict notice name them. */
export const FIELDS_OF: Readonly<Record<RaidKind, readonly DraftField[]>> = {
  risk: [
    'title',
    'status',
    'likelihood',
    'impact',
    'residualLikelihood',
    'residualImpact',
    'response',
    'category',
    'owner',
    'dueDate',
    'nextReviewDate',
    'description',
    'cause',
    'actions',
    'trigger',
    'linkedIssues',
  ],
  assumption: ['title', 'status', 'validateBy', 'owner', 'description', 'linkedIssues'],
  issue: ['title', 'status', 'severity', 'owner', 'resolution', 'description', 'linkedIssues'],
  decision: ['title', 'status', 'decidedBy', 'decidedAt', 'rationale', 'owner', 'description', 'linkedIssues'],
};

export function emptyDraft(kind: RaidKind): ItemDraft {
  return {
    kind,
    title: '',
    description: '',
    owner: null,
    linkedIssues: '',
    status: INITIAL_STATUS[kind],
    cause: '',
    category: '',
    likelihood: null,
    impact: null,
    response: null,
    actions: '',
    trigger: '',
    dueDate: '',
    nextReviewDate: '',
    residualLikelihood: null,
    residualImpact: null,
    validateBy: '',
    severity: 'medium',
    resolution: '',
    rationale: '',
    decidedBy: null,
    decidedAt: '',
  };
}

function personOf(accountId: string | null, people: readonly PersonView[]): PersonView | null {
  if (accountId === null) return null;
  return people.find((p) => p.accountId === accountId) ?? { accountId, displayName: 'Former user' };
}

/** The form filled with an item as it is stored. */
export function draftOf(item: RaidItem, people: readonly PersonView[]): ItemDraft {
  const draft: ItemDraft = {
    ...emptyDraft(item.kind),
    title: item.title,
    description: item.description,
    owner: personOf(item.owner, people),
    linkedIssues: item.linkedIssues.join(', '),
    status: item.status,
  };
  switch (item.kind) {
    case 'risk':
      return {
        ...draft,
        cause: item.cause,
        category: item.category,
        likelihood: item.likelihood,
        impact: item.impact,
        response: item.response,
        actions: item.actions,
        trigger: item.trigger,
        dueDate: item.dueDate ?? '',
        nextReviewDate: item.nextReviewDate ?? '',
        residualLikelihood: item.residualLikelihood,
        residualImpact: item.residualImpact,
      };
    case 'assumption':
      return { ...draft, validateBy: item.validateBy ?? '' };
    case 'issue':
      return { ...draft, severity: item.severity, resolution: item.resolution };
    case 'decision':
      return { ...draft, rationale: item.rationale, decidedBy: personOf(item.decidedBy, people), decidedAt: item.decidedAt ?? '' };
  }
}

/** Issue keys from what was typed (commas, spaces or lines between them), upper-cased, each once; and what is not a key. */
export function issueKeys(text: string): { keys: string[]; invalid: string[] } {
  const keys: string[] = [];
  const invalid: string[] = [];
  for (const word of text.split(/[\s,;]+/u).filter((w) => w !== '')) {
    const key = normalIssueKey(word);
    if (key === null) invalid.push(word);
    else if (!keys.includes(key)) keys.push(key);
  }
  return { keys, invalid };
}

type Value = string | number | string[] | null;

/** A draft field as the server stores it: "" dates and nobody are null, people are account ids. */
export function storedValue(draft: ItemDraft, field: DraftField): Value {
  const value = draft[field];
  if (field === 'linkedIssues') return issueKeys(draft.linkedIssues).keys;
  if (field === 'dueDate' || field === 'nextReviewDate' || field === 'validateBy' || field === 'decidedAt') return value === '' ? null : (value as string);
  if (value !== null && typeof value === 'object') return value.accountId;
  return value;
}

/** The new item to send: the kind and its own fields only. */
export function createInput(draft: ItemDraft): { kind: RaidKind } & Record<string, Value> {
  return { ...Object.fromEntries(FIELDS_OF[draft.kind].map((field) => [field, storedValue(draft, field)])), kind: draft.kind };
}

function same(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changed against the item as read: the version it was read at and the changed fields only. */
export function patchOf(draft: ItemDraft, base: RaidItem): Record<string, Value> {
  const stored = draftOf(base, []);
  const changed = FIELDS_OF[draft.kind].filter((field) => !same(storedValue(draft, field), storedValue(stored, field)));
  return Object.fromEntries([['version', base.version], ...changed.map((field) => [field, storedValue(draft, field)])]);
}

/** The fields whose stored value differs between two versions of an item (what someone else changed). */
export function changedFields(before: RaidItem, after: RaidItem): DraftField[] {
  const a = draftOf(before, []);
  const b = draftOf(after, []);
  return FIELDS_OF[after.kind].filter((field) => !same(storedValue(a, field), storedValue(b, field)));
}

/** The fields the person changed in the form, against the item as they read it. */
export function editedFields(draft: ItemDraft, read: RaidItem): DraftField[] {
  const stored = draftOf(read, []);
  return FIELDS_OF[draft.kind].filter((field) => !same(storedValue(draft, field), storedValue(stored, field)));
}

/**
 * The form after someone else saved first: their version, with the person's own edits laid over it. A field
 * only they changed shows their value; a field the person changed keeps the person's value.
 */
export function rebasedDraft(draft: ItemDraft, read: RaidItem, theirs: RaidItem, people: readonly PersonView[]): ItemDraft {
  const edited = new Set(editedFields(draft, read));
  const next = draftOf(theirs, people);
  const kept = Object.fromEntries(FIELDS_OF[draft.kind].filter((field) => edited.has(field)).map((field) => [field, draft[field]]));
  return { ...next, ...kept };
}

export type FieldErrors = Partial<Record<DraftField, string>>;

/** What the form can tell before sending: a missing title or score, a word that is not an issue key, half a residual. */
export function draftProblems(draft: ItemDraft): FieldErrors {
  const problems: FieldErrors = {};
  if (draft.title.trim() === '') problems.title = draft.kind === 'decision' ? 'Say what was decided.' : 'Give the item a title.';
  if (draft.kind === 'risk') {
    if (draft.likelihood === null) problems.likelihood = 'Choose how likely the risk is.';
    if (draft.impact === null) problems.impact = 'Choose how much it would hurt.';
    if ((draft.residualLikelihood === null) !== (draft.residualImpact === null)) {
      problems[draft.residualLikelihood === null ? 'residualLikelihood' : 'residualImpact'] = 'Residual likelihood and impact go together: set both or neither.';
    }
  }
  const { invalid } = issueKeys(draft.linkedIssues);
  if (invalid.length > 0) problems.linkedIssues = `${invalid.map((w) => `"${w}"`).join(', ')} ${invalid.length === 1 ? 'is not an issue key' : 'are not issue keys'}; write keys such as ACC-12.`;
  return problems;
}

/**
 * The server's refusal, field by field: a payload refused by its schema names fields as "item.title", the
 * register's own checks as "title". Messages for fields the form does not show are returned apart.
 */
export function serverProblems(details: unknown, kind: RaidKind): { fields: FieldErrors; other: string[] } {
  const list = (details as { fields?: unknown } | null | undefined)?.fields;
  const fields: FieldErrors = {};
  const other: string[] = [];
  if (!Array.isArray(list)) return { fields, other };
  for (const entry of list as Array<{ field?: unknown; message?: unknown }>) {
    if (typeof entry.message !== 'string') continue;
    const name = typeof entry.field === 'string' ? entry.field.replace(/^(item|patch)\./u, '').split('.')[0] ?? '' : '';
    if ((FIELDS_OF[kind] as readonly string[]).includes(name)) {
      const key = name as DraftField;
      fields[key] = fields[key] ? `${fields[key]} ${entry.message}` : entry.message;
    } else other.push(entry.message);
  }
  return { fields, other };
}
