/**
 * The issue panel "Acceptance & sign-off": what its resolvers take and give. The UI imports only types
 * from here; the schemas validate payloads at runtime in the resolvers.
 */
import { z } from 'zod';
import { MAX_CRITERIA_PER_ISSUE, MAX_CRITERION_CHARACTERS } from '../domain/criteria/limits';
import { MAX_FEEDBACK_CHARACTERS } from '../domain/signoff/signoff';

import type { VerificationState } from '../domain/criteria/criterion';
import type { SignoffDecision, SignoffState } from '../domain/signoff/signoff';

// The state names are the domain's: one list, which the pages' labels and colours are typed against.
export type { SignoffDecision, SignoffState, VerificationState };

export interface PersonView {
  accountId: string;
  displayName: string;
}

export interface GherkinStepView {
  keyword: 'Given' | 'When' | 'Then' | 'And' | 'But';
  text: string;
}

export interface CriterionView {
  id: string;
  text: string;
  /** Set when the text is a Given/When/Then scenario, for laying it out as steps. */
  steps: GherkinStepView[] | null;
  verification: { state: VerificationState; by: PersonView | null; at: string | null };
}

export interface SignoffEntryView {
  decision: SignoffDecision;
  by: PersonView | null;
  at: string;
  feedback: string | null;
  /** Short form of the content hash the decision was bound to. */
  hash: string;
}

/** One page of older sign-off decisions (oldest first within the page). */
export interface HistoryPageView {
  page: number;
  /** Archived pages in all; page numbers count back from the newest (0). */
  pages: number;
  entries: SignoffEntryView[];
}

export interface FindingView {
  check: string;
  severity: 'blocker' | 'major' | 'minor';
  message: string;
  evidence: string | null;
  fix: string;
}

export interface ReadinessView {
  score: number;
  ready: boolean;
  threshold: number;
  findings: FindingView[];
}

export interface PanelView {
  issue: { id: string; key: string; summary: string; status: string; assignee: PersonView | null };
  criteria: CriterionView[];
  /** Version of the stored record; send it back with every change (null: nothing stored yet). */
  version: number | null;
  /** Hash of the criteria and description now; approvals are bound to it. */
  contentHash: string;
  signoff: {
    state: SignoffState;
    decidedBy: PersonView | null;
    decidedAt: string | null;
    feedback: string | null;
    /** Said while a decision's comment is not in the issue's activity yet (retrying) or could not be written. */
    commentNotice: string | null;
  };
  /** The newest decisions, oldest first (about 20, whole archive pages; `getSignoffHistory` pages through the older ones). */
  history: SignoffEntryView[];
  /** How many entries the history holds in all. */
  historyTotal: number;
  /** The archive page to ask `getSignoffHistory` for next (older than those shown), or null when all are shown. */
  historyNextPage: number | null;
  readiness: ReadinessView | null;
  /** Criteria found in the description that are not in the list yet. */
  importable: string[];
  permissions: {
    canEdit: boolean;
    canSignOff: boolean;
    /** Why the panel is read-only, in words for the reader; null when it is not. */
    readOnlyReason: string | null;
    /** Who holds "Sign off work results" on this project (display names), to tell others whom to ask. */
    signOffHolders: string[];
  };
  limits: { maxCriteria: number; maxCriterionChars: number; maxFeedbackChars: number };
}

const version = z.number().int().nonnegative().nullable();
const criterionText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'A criterion cannot be empty').max(MAX_CRITERION_CHARACTERS, `A criterion can have at most ${MAX_CRITERION_CHARACTERS} characters`));

export const panelPayloads = {
  getPanel: z.object({}).strict(),
  saveCriteria: z
    .object({
      version,
      criteria: z
        .array(z.object({ id: z.string().max(64).optional(), text: criterionText }).strict())
        .max(MAX_CRITERIA_PER_ISSUE, `An issue can have at most ${MAX_CRITERIA_PER_ISSUE} acceptance criteria`),
    })
    .strict(),
  importCriteria: z.object({ version, mode: z.enum(['append', 'replace']) }).strict(),
  verifyCriterion: z
    .object({ version, criterionId: z.string().min(1).max(64), state: z.enum(['passed', 'failed', 'unverified']) })
    .strict(),
  approve: z.object({ version, contentHash: z.string().min(1).max(128) }).strict(),
  getSignoffHistory: z.object({ page: z.int().min(0).max(100_000) }).strict(),
  requestChanges: z
    .object({
      version,
      contentHash: z.string().min(1).max(128),
      feedback: z
        .string()
        .transform((s) => s.trim())
        .pipe(z.string().min(1, 'Feedback is required when requesting changes').max(MAX_FEEDBACK_CHARACTERS, `Feedback can have at most ${MAX_FEEDBACK_CHARACTERS} characters`)),
    })
    .strict(),
} as const;

/** What the page sends. */
export type PanelPayloads = { [K in keyof typeof panelPayloads]: z.input<(typeof panelPayloads)[K]> };
/** What a resolver gets once the payload is validated (texts trimmed). */
export type PanelRequests = { [K in keyof typeof panelPayloads]: z.output<(typeof panelPayloads)[K]> };
/** Every panel resolver answers with the whole refreshed view: one round trip per action. */
export type PanelResolverKey = keyof typeof panelPayloads;
