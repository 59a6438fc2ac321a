/**
 * The bodies the control API accepts, as zod schemas. Objects are strict: a misspelt field would otherwise
 * be ignored without a word (`{"latency": 500}` changing nothing). Each refusal names the field and what it
 * must be, and becomes one of the 400's errorMessages.
 */
import { z } from 'zod';

export const MAX_SPEED = 100_000;
export const MAX_MARKDOWN_CHARS = 100_000;

/** The same message for a wrong type and a value out of range. */
const must = (what: string) => ({ error: `must be ${what}` });

function strictBody<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}; this control takes ${fields}.`
        : `The request body must be a JSON object with ${fields}.`,
  });
}

const milliseconds = () => z.number(must('a number of milliseconds, 0 or more')).min(0, must('a number of milliseconds, 0 or more'));
const whole = (what: string) => z.number(must(`a whole number, 0 or more (${what})`)).int(must(`a whole number, 0 or more (${what})`)).min(0, must(`a whole number, 0 or more (${what})`));

export const invokeBody = strictBody({
  moduleKey: z.string(must('a string: the UI module whose resolver is called')),
  functionKey: z.string(must('a string: the resolver function key')),
  payload: z.unknown().optional(),
  extension: z.looseObject({ type: z.string(must('a string: the module type')) }, must('an object: the extension context Jira gives the module')),
});

/** `key` must name a scheduledTrigger in manifest.yml; without it every trigger runs. */
export function scheduledRunBody(triggerKeys: string[]) {
  const known = triggerKeys.join(', ') || 'none';
  return strictBody({
    key: z
      .string(must('a string: a scheduledTrigger key from manifest.yml'))
      .refine((key) => triggerKeys.includes(key), { error: (issue) => `manifest.yml declares no scheduledTrigger '${String(issue.input)}' (it has ${known})` })
      .optional(),
  });
}

const speedRange = must(`a number from 1 to ${MAX_SPEED.toLocaleString('en-US')}`);
export const clockBody = strictBody({
  advanceMs: milliseconds().optional(),
  speed: z.number(speedRange).min(1, speedRange).max(MAX_SPEED, speedRange).optional(),
});

export const faultsBody = strictBody({
  latencyMs: milliseconds().optional(),
  rateLimitNext: whole('how many requests answer 429').optional(),
  retryAfterSeconds: whole('the Retry-After seconds; null sends none').nullable().optional(),
  unavailableNext: whole('how many requests answer 503').optional(),
  pathPrefix: z.string(must('a string (the path the faults apply to) or null')).nullable().optional(),
});

const markdownLimit = must(`a string of at most ${MAX_MARKDOWN_CHARS.toLocaleString('en-US')} characters`);
export const markdownBody = strictBody({
  markdown: z.string(markdownLimit).max(MAX_MARKDOWN_CHARS, markdownLimit),
});

/** One message per problem: `field: what it must be`, or the root-level message alone. */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}
