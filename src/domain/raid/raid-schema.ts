import { z } from 'zod';
import { isLocalDate } from '../weeks';
import {
  ASSUMPTION_STATUSES,
  DECISION_STATUSES,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  RISK_RESPONSES,
  RISK_STATUSES,
  type Scale,
} from './raid-kinds';
import type { RaidItem } from './raid-item';

/**
 * The stored shape of a RAID item, checked on every read and on every item a transition produces. It checks
 * structure, not the input limits: an item stored under older limits still reads.
 */
const scale = z.int().min(1).max(5).transform((n) => n as Scale);
const date = z.string().refine(isLocalDate, { message: 'must be a date written YYYY-MM-DD' });

const common = {
  id: z.string().min(1),
  number: z.int().min(1),
  title: z.string().min(1),
  description: z.string(),
  owner: z.string().min(1).nullable(),
  linkedIssues: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  version: z.int().min(1),
  detector: z.object({ id: z.string(), signalKey: z.string() }).optional(),
};

export const riskSchema = z.object({
  ...common,
  kind: z.literal('risk'),
  status: z.enum(RISK_STATUSES),
  cause: z.string(),
  category: z.string(),
  likelihood: scale,
  impact: scale,
  score: z.int().min(1).max(25),
  response: z.enum(RISK_RESPONSES).nullable(),
  actions: z.string(),
  trigger: z.string(),
  dueDate: date.nullable(),
  nextReviewDate: date.nullable(),
  residualLikelihood: scale.nullable(),
  residualImpact: scale.nullable(),
  residualScore: z.int().min(1).max(25).nullable(),
});

export const assumptionSchema = z.object({ ...common, kind: z.literal('assumption'), status: z.enum(ASSUMPTION_STATUSES), validateBy: date.nullable() });

export const issueSchema = z.object({
  ...common,
  kind: z.literal('issue'),
  status: z.enum(ISSUE_STATUSES),
  severity: z.enum(ISSUE_SEVERITIES),
  resolution: z.string(),
});

export const decisionSchema = z.object({
  ...common,
  kind: z.literal('decision'),
  status: z.enum(DECISION_STATUSES),
  rationale: z.string(),
  decidedBy: z.string().min(1).nullable(),
  decidedAt: date.nullable(),
});

export const raidItemSchema: z.ZodType<RaidItem, unknown> = z.discriminatedUnion('kind', [riskSchema, assumptionSchema, issueSchema, decisionSchema]);
