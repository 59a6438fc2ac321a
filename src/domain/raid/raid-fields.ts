import { z } from 'zod';
import { boundedText, normalIssueKey, type TextLimit } from '../text';
import { validLocalDate } from '../weeks';
import { IMPACT_WORDS, ISSUE_SEVERITIES, LIKELIHOOD_WORDS, RISK_RESPONSES, type Scale } from './raid-kinds';
import { longTextLimit, MAX_ACCOUNT_ID_CHARACTERS, MAX_LINKED_ISSUES, shortTextLimit, titleLimit } from './raid-limits';

/** Field schemas shared by the create and update inputs: each cleans its value and says what is wrong. */

function textField(limit: TextLimit) {
  return z.unknown().transform((value, ctx): string => {
    const checked = boundedText(value, limit);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.error.message });
    return z.NEVER;
  });
}

export const titleField = textField(titleLimit);
export const longTextField = (label: string) => textField(longTextLimit(label));
export const shortTextField = (label: string) => textField(shortTextLimit(label));

export function scaleField(label: string, low: string, high: string) {
  return z.unknown().transform((value, ctx): Scale => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value as Scale;
    const got = value === undefined ? ' and is required' : `; got ${JSON.stringify(value)}`;
    ctx.addIssue({ code: 'custom', message: `${label} is a whole number from 1 (${low}) to 5 (${high})${got}.` });
    return z.NEVER;
  });
}

export const likelihoodField = scaleField('Likelihood', LIKELIHOOD_WORDS[1], LIKELIHOOD_WORDS[5]);
export const impactField = scaleField('Impact', IMPACT_WORDS[1], IMPACT_WORDS[5]);
export const residualLikelihoodField = scaleField('Residual likelihood', LIKELIHOOD_WORDS[1], LIKELIHOOD_WORDS[5]).nullable();
export const residualImpactField = scaleField('Residual impact', IMPACT_WORDS[1], IMPACT_WORDS[5]).nullable();

export function dateField(label: string) {
  return z
    .unknown()
    .transform((value, ctx): string | null => {
      if (value === null || value === '') return null;
      const checked = validLocalDate(value, label);
      if (checked.ok) return checked.value;
      ctx.addIssue({ code: 'custom', message: checked.error.message });
      return z.NEVER;
    });
}

export function accountField(label: string) {
  return z.unknown().transform((value, ctx): string | null => {
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
    if (typeof value === 'string' && value.trim().length <= MAX_ACCOUNT_ID_CHARACTERS) return value.trim();
    ctx.addIssue({ code: 'custom', message: `${label} must be a Jira account id, or empty for nobody.` });
    return z.NEVER;
  });
}

/** Issue keys, upper-cased and each kept once, in the order given. */
export const linkedIssuesField = z.unknown().transform((value, ctx): string[] => {
  if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'Linked issues must be a list of issue keys such as ACC-12.' });
    return z.NEVER;
  }
  const keys: string[] = [];
  for (const raw of value) {
    const key = normalIssueKey(raw);
    if (key === null) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(raw)} is not a Jira issue key such as ACC-12.` });
      return z.NEVER;
    }
    if (!keys.includes(key)) keys.push(key);
  }
  if (keys.length > MAX_LINKED_ISSUES) {
    ctx.addIssue({
      code: 'custom',
      message: `An item can link at most ${MAX_LINKED_ISSUES} issues; this lists ${keys.length}. Remove ${keys.length - MAX_LINKED_ISSUES}.`,
    });
    return z.NEVER;
  }
  return keys;
});

export function enumField<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.unknown().transform((value, ctx): T[number] => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T[number];
    const got = value === undefined ? ' and is required' : `; got ${JSON.stringify(value)}`;
    ctx.addIssue({ code: 'custom', message: `${label} is one of ${values.join(', ')}${got}.` });
    return z.NEVER;
  });
}

export const responseField = enumField('The response', RISK_RESPONSES).nullable();
export const severityField = enumField('The severity', ISSUE_SEVERITIES);

export const detectorField = z.strictObject({ id: z.string().min(1).max(100), signalKey: z.string().min(1).max(500) });
