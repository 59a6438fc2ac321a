import { z } from 'zod';
import { ASSUMPTION_STATUSES, DECISION_STATUSES, ISSUE_STATUSES, RISK_STATUSES, type RaidKind } from './raid-kinds';
import {
  accountField,
  dateField,
  detectorField,
  enumField,
  impactField,
  likelihoodField,
  linkedIssuesField,
  longTextField,
  residualImpactField,
  residualLikelihoodField,
  responseField,
  severityField,
  shortTextField,
  titleField,
} from './raid-fields';

/** The fields a person edits, per kind (not id, number, kind, score, the who/when or the version). */
const common = {
  title: titleField,
  description: longTextField('The description'),
  owner: accountField('The owner'),
  linkedIssues: linkedIssuesField,
};

export const EDITABLE_FIELDS = {
  risk: {
    ...common,
    status: enumField('A risk status', RISK_STATUSES),
    cause: longTextField('The cause'),
    category: shortTextField('The category'),
    likelihood: likelihoodField,
    impact: impactField,
    response: responseField,
    actions: longTextField('The actions'),
    trigger: longTextField('The warning signs (trigger)'),
    dueDate: dateField('The due date'),
    nextReviewDate: dateField('The next review date'),
    residualLikelihood: residualLikelihoodField,
    residualImpact: residualImpactField,
  },
  assumption: { ...common, status: enumField('An assumption status', ASSUMPTION_STATUSES), validateBy: dateField('The validate-by date') },
  issue: { ...common, status: enumField('An issue status', ISSUE_STATUSES), severity: severityField, resolution: longTextField('The resolution') },
  decision: {
    ...common,
    status: enumField('A decision status', DECISION_STATUSES),
    rationale: longTextField('The rationale (why)'),
    decidedBy: accountField('Who decided'),
    decidedAt: dateField('The decision date'),
  },
} as const;

/** Fields an item has but nobody edits: the store and the transitions keep them. */
export const READ_ONLY_FIELDS = ['id', 'number', 'score', 'residualScore', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'detector'] as const;

/** Fields that may be left out when creating (they get their defaults); the others are required. */
const REQUIRED_ON_CREATE: Readonly<Record<RaidKind, readonly string[]>> = {
  risk: ['title', 'likelihood', 'impact'],
  assumption: ['title'],
  issue: ['title'],
  decision: ['title'],
};

function optionalExcept<S extends Record<string, z.ZodType>>(shape: S, required: readonly string[]): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, required.includes(key) ? schema : schema.optional()]));
}

function createSchema<K extends RaidKind>(kind: K) {
  return z.strictObject({
    kind: z.literal(kind),
    ...optionalExcept(EDITABLE_FIELDS[kind], REQUIRED_ON_CREATE[kind]),
    detector: detectorField.optional(),
  });
}

/** A new item: the kind, a title, and for a risk likelihood and impact; everything else is optional. */
export const raidCreateSchema = z.discriminatedUnion(
  'kind',
  [createSchema('risk'), createSchema('assumption'), createSchema('issue'), createSchema('decision')],
  { error: 'The kind is one of risk, assumption, issue, decision.' },
);

/** An update of an item of `kind`: the version it was read at and the changed fields only. */
export function raidPatchSchema(kind: RaidKind) {
  return z.strictObject({
    version: z.int({ error: 'The version the item was read at is required (a whole number).' }).min(1),
    kind: z.literal(kind).optional(),
    ...optionalExcept(EDITABLE_FIELDS[kind], []),
  });
}

/** What a form sends to create an item (validated by createRaidItem; these types guide the caller). */
interface CommonInput {
  title: string;
  description?: string;
  owner?: string | null;
  linkedIssues?: string[];
  detector?: { id: string; signalKey: string };
}
export type RaidCreateInput =
  | (CommonInput & {
      kind: 'risk';
      status?: string;
      cause?: string;
      category?: string;
      likelihood: number;
      impact: number;
      response?: string | null;
      actions?: string;
      trigger?: string;
      dueDate?: string | null;
      nextReviewDate?: string | null;
      residualLikelihood?: number | null;
      residualImpact?: number | null;
    })
  | (CommonInput & { kind: 'assumption'; status?: string; validateBy?: string | null })
  | (CommonInput & { kind: 'issue'; status?: string; severity?: string; resolution?: string })
  | (CommonInput & { kind: 'decision'; status?: string; rationale?: string; decidedBy?: string | null; decidedAt?: string | null });

/** What a form sends to update an item: the version it read, and only the fields that changed. */
export type RaidPatch = { version: number; kind?: RaidKind } & Partial<Omit<Extract<RaidCreateInput, { kind: 'risk' }>, 'kind' | 'detector'>> &
  Partial<Omit<Extract<RaidCreateInput, { kind: 'assumption' }>, 'kind' | 'detector' | 'title'>> &
  Partial<Omit<Extract<RaidCreateInput, { kind: 'issue' }>, 'kind' | 'detector' | 'title'>> &
  Partial<Omit<Extract<RaidCreateInput, { kind: 'decision' }>, 'kind' | 'detector' | 'title'>>;
