import type { CheckId } from '../types';
import type { Check } from './check';
import { acMissing, acUntestable } from './criteria-checks';
import { descriptionMissing, descriptionPlaceholder, descriptionTooShort } from './description-checks';
import { blockersOpen, estimateMissing, priorityMissing } from './planning-checks';
import { storyObservable } from './story-observable-check';
import { storyAtomic, storyFormat, storyMinimal } from './story-checks';
import { summaryVague } from './summary-check';
import { textVague } from './vague-text-check';

/** Every check by id. The order of CHECK_IDS is the order findings are reported in. */
export const CHECKS: Readonly<Record<CheckId, Check>> = {
  'description.missing': descriptionMissing,
  'description.placeholder': descriptionPlaceholder,
  'description.too-short': descriptionTooShort,
  'summary.vague': summaryVague,
  'story.format': storyFormat,
  'story.atomic': storyAtomic,
  'story.minimal': storyMinimal,
  'story.observable': storyObservable,
  'text.vague': textVague,
  'ac.missing': acMissing,
  'ac.untestable': acUntestable,
  'estimate.missing': estimateMissing,
  'priority.missing': priorityMissing,
  'blockers.open': blockersOpen,
};
