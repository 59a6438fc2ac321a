import { z } from 'zod';
import { parseRubric, rubricInputSchema, rubricSchema, type Rubric } from '../readiness/rubric';
import { projectManagerSettingsInputSchema, projectManagerSettingsSchema, withProjectManagerDefaults, type ProjectManagerSettings } from './project-manager-settings';

/** When the readiness check runs for a project. */
export type PlanningSchedule =
  | { mode: 'before-sprint'; daysBefore: number }
  | { mode: 'weekly'; weekday: number; hour: number };

/** Everything a project admin can set for Accord; each part has a default, so no setup is needed. */
export interface ProjectSettings {
  rubric: Rubric;
  schedule: PlanningSchedule;
  /** Comment each decision (approve, request changes) on the issue, mentioning the assignee. */
  commentOnDecision: boolean;
  /** Comment once per sprint on each unready ticket, mentioning reporter and assignee. */
  commentOnUnready: boolean;
  /** The project page: weeks' time zone, who edits the RAID register, the hour budget. */
  projectManager: ProjectManagerSettings;
}

const scheduleSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('before-sprint'), daysBefore: z.int().min(0).max(14) }),
  z.strictObject({ mode: z.literal('weekly'), weekday: z.int().min(0).max(6), hour: z.int().min(0).max(23) }),
]);

/** What a settings form may send, or what is stored: any subset of the settings, merged over defaults. */
export const projectSettingsInputSchema = z.strictObject({
  rubric: rubricInputSchema.optional(),
  schedule: scheduleSchema.optional(),
  commentOnDecision: z.boolean().optional(),
  commentOnUnready: z.boolean().optional(),
  projectManager: projectManagerSettingsInputSchema.optional(),
});
export type ProjectSettingsInput = z.infer<typeof projectSettingsInputSchema>;

export const DEFAULT_SCHEDULE: PlanningSchedule = { mode: 'before-sprint', daysBefore: 2 };

export type ParseSettingsResult = { ok: true; settings: ProjectSettings } | { ok: false; error: string };

/** Validates stored or submitted settings and fills the rest from the defaults; never throws. */
export function parseProjectSettings(input: unknown): ParseSettingsResult {
  const parsed = projectSettingsInputSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: `Invalid settings: ${z.prettifyError(parsed.error)}` };
  const rubric = parseRubric(parsed.data.rubric ?? null);
  if (!rubric.ok) return { ok: false, error: rubric.error };
  return {
    ok: true,
    settings: {
      rubric: rubric.rubric,
      schedule: parsed.data.schedule ?? DEFAULT_SCHEDULE,
      commentOnDecision: parsed.data.commentOnDecision ?? true,
      commentOnUnready: parsed.data.commentOnUnready ?? false,
      projectManager: withProjectManagerDefaults(parsed.data.projectManager),
    },
  };
}

/** Complete settings, as every feature reads them. */
export const projectSettingsSchema: z.ZodType<ProjectSettings> = z.strictObject({
  rubric: rubricSchema,
  schedule: scheduleSchema,
  commentOnDecision: z.boolean(),
  commentOnUnready: z.boolean(),
  projectManager: projectManagerSettingsSchema,
});

/**
 * How settings are stored: what an admin saved, read over the defaults, so a setting added later gets its
 * default on projects that saved before it existed.
 */
export const storedSettingsCodec = z.codec(projectSettingsInputSchema, projectSettingsSchema, {
  decode: (input, ctx) => {
    const parsed = parseProjectSettings(input);
    if (parsed.ok) return parsed.settings;
    ctx.issues.push({ code: 'custom', message: parsed.error, input });
    return defaultProjectSettings();
  },
  // Complete settings are a valid subset too: stored as they are.
  encode: (settings) => projectSettingsInputSchema.parse(settings),
});

/** The defaults, for a project nobody configured. */
export function defaultProjectSettings(): ProjectSettings {
  const result = parseProjectSettings({});
  if (!result.ok) throw new Error(result.error);
  return result.settings;
}
