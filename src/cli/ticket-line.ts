import { z } from 'zod';
import { isAdfDoc, markdownToBlocks, type AdfDoc } from '../domain/adf';
import type { TicketSnapshot } from '../domain/readiness';

const adfDocSchema = z.custom<AdfDoc>(isAdfDoc, { message: 'an ADF document must have type "doc" and a content array' });

/** One input line of `accord readiness`: a backlog export row. */
export const ticketLineSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]),
  summary: z.string().max(2_000),
  description: z.union([z.string().max(1_000_000), adfDocSchema, z.null()]).optional(),
  issueType: z.string().min(1).max(100).optional(),
  storyPoints: z.number().nonnegative().nullable().optional(),
  priority: z.string().max(100).nullable().optional(),
  acceptanceCriteria: z.array(z.string().max(5_000)).max(200).nullable().optional(),
  links: z
    .array(
      z.object({
        relation: z.string().min(1).max(100),
        issueKey: z.string().min(1).max(100),
        statusCategory: z.enum(['new', 'indeterminate', 'done', 'undefined']),
      }),
    )
    .max(500)
    .optional(),
});
export type TicketLine = z.infer<typeof ticketLineSchema>;

export type ParsedLine = { ok: true; id: string | number; snapshot: TicketSnapshot } | { ok: false; error: string };

/** Parses and validates one JSON line; a missing issue type means "Story" (backlog exports are mostly stories). */
export function parseTicketLine(line: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = ticketLineSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`);
    return { ok: false, error: problems.join('; ') };
  }
  const row = parsed.data;
  // Markdown is read straight into the checker's text blocks (no ADF document in between); ADF
  // descriptions, as Jira exports them, are read by the checker itself.
  const given = row.description ?? null;
  return {
    ok: true,
    id: row.id,
    snapshot: {
      summary: row.summary,
      description: typeof given === 'string' ? null : given,
      ...(typeof given === 'string' ? { descriptionBlocks: markdownToBlocks(given) } : {}),
      issueType: row.issueType ?? 'Story',
      storyPoints: row.storyPoints ?? null,
      priority: row.priority ?? null,
      links: row.links ?? [],
      acceptanceCriteria: row.acceptanceCriteria ?? null,
    },
  };
}
