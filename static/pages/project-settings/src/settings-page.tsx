/**
 * The project settings page "Accord": the Definition of Ready, when the readiness check runs, which
 * comments Accord writes, and the project page's weeks, RAID editors, hour budget and detected risks.
 * Everyone can read what applies; only project admins can change it.
 */
import { useEffect, useRef, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import type { CheckId } from '../../../../src/domain/readiness/types';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { Loading } from '../../../shared/ui/loading';
import { Notice } from '../../../shared/ui/notice';
import { BudgetFields } from './budget-fields';
import { DetectionFields } from './detection-fields';
import { NumberField } from './number-field';
import { RaidEditorsField } from './raid-editors-field';
import { RubricTable } from './rubric-table';
import { ScheduleField } from './schedule-field';
import { LIMITS, type CheckDraft, type SettingsDraft } from './settings-draft';
import { SettingsSection } from './settings-section';
import { StoryTypesField } from './story-types-field';
import { TimeZoneField } from './time-zone-field';
import { ToggleField } from './toggle-field';
import { useSettings, type SaveOutcome } from './use-settings';
import { VagueTermsField } from './vague-terms-field';

const page = xcss({ paddingInline: 'space.100', paddingBlock: 'space.100', maxWidth: '960px' });
const footer = xcss({
  position: 'sticky',
  insetBlockEnd: 'space.0',
  paddingBlock: 'space.100',
  backgroundColor: 'elevation.surface',
  borderBlockStartWidth: 'border.width',
  borderBlockStartStyle: 'solid',
  borderBlockStartColor: 'color.border',
});

function OutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'saved':
      return (
        <Notice appearance="success" title="Settings saved" testId="settings-saved">
          <p>The next readiness check and the project page use them.</p>
        </Notice>
      );
    case 'conflict':
      return (
        <Notice appearance="warning" title="Not saved: the settings changed meanwhile" testId="settings-conflict">
          <p>{outcome.message}</p>
          <p>Make your changes again on top of theirs, then save.</p>
        </Notice>
      );
    case 'invalid':
      return (
        <Notice appearance="error" title="Some values need fixing" testId="settings-invalid">
          <p>Nothing was saved. The fields to fix are marked below.</p>
        </Notice>
      );
    case 'error':
      return <ErrorMessage title="The settings were not saved" message={outcome.message} />;
  }
}

export function SettingsPage() {
  const state = useSettings();
  const { view, draft, errors, outcome } = state;
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Save sits at the bottom and the outcome at the top: bring the first field to fix, or the message, into view.
  useEffect(() => {
    if (!outcome) return;
    const invalid = outcome.kind === 'invalid' ? document.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    if (invalid) invalid.focus();
    else outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);

  if (!view || !draft) {
    if (state.loadError) return <ErrorMessage title="Accord settings could not be loaded" message={state.loadError} onRetry={() => void state.reload()} />;
    return <Loading label="Loading Accord settings" />;
  }

  const readOnly = !view.canAdminister;
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => state.change((d) => ({ ...d, [key]: value }));
  const setCheck = (id: CheckId, change: Partial<CheckDraft>) =>
    state.change((d) => {
      const current = d.checks[id];
      return current ? { ...d, checks: { ...d.checks, [id]: { ...current, ...change } } } : d;
    });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly) void state.save();
  };

  return (
    <Box xcss={page} testId="settings-page">
      <form onSubmit={onSubmit} noValidate aria-labelledby="settings-title">
        <Stack space="space.300">
          <Stack space="space.100">
            <Heading size="large" as="h1" id="settings-title">
              Accord
            </Heading>
            <Text color="color.text.subtle">
              How Accord judges whether this project&apos;s tickets are ready, when it checks them and what it comments; and how the &quot;Risk &amp; scope&quot; page counts
              weeks and hours, who edits its RAID register and when it flags a risk.
            </Text>
          </Stack>

          {readOnly && (
            <Notice appearance="information" title="Only project admins can change these settings" testId="settings-read-only">
              <p>You can see the settings that apply to this project. Ask a project admin to change them.</p>
            </Notice>
          )}
          {outcome && (
            <div ref={outcomeRef}>
              <OutcomeMessage outcome={outcome} />
            </div>
          )}

          <SettingsSection id="rubric" title="Definition of Ready" description="Each ticket starts at 100 points; every check that finds something takes its weight off. A blocker finding makes a ticket not ready whatever its score.">
            <Inline space="space.400" shouldWrap>
              <NumberField
                id="threshold"
                label="Ready from score"
                value={draft.threshold}
                min={LIMITS.threshold.min}
                max={LIMITS.threshold.max}
                unit="/ 100"
                helper="Tickets below this score are not ready."
                error={errors.threshold}
                isDisabled={readOnly}
                onChange={(value) => set('threshold', value)}
              />
              <NumberField
                id="min-description-length"
                label="Minimum description length"
                value={draft.minDescriptionLength}
                min={LIMITS.minDescriptionLength.min}
                max={LIMITS.minDescriptionLength.max}
                unit="characters"
                helper='Shorter descriptions fail "Enough detail".'
                error={errors.minDescriptionLength}
                isDisabled={readOnly}
                onChange={(value) => set('minDescriptionLength', value)}
              />
            </Inline>
            <RubricTable checks={draft.checks} errors={errors} isDisabled={readOnly} onChange={setCheck} />
            <StoryTypesField issueTypes={view.issueTypes} value={draft.storyIssueTypes} isDisabled={readOnly} onChange={(value) => set('storyIssueTypes', value)} />
            <VagueTermsField value={draft.vagueTerms} defaults={view.defaults.rubric.vagueTerms} error={errors.vagueTerms} isDisabled={readOnly} onChange={(value) => set('vagueTerms', value)} />
          </SettingsSection>

          <SettingsSection id="schedule" title="Planning schedule" description="The readiness check runs on its own before sprint planning, checks every ticket in future sprints and stores the results on the issues.">
            <ScheduleField value={draft} errors={errors} isDisabled={readOnly} onChange={(change) => state.change((d) => ({ ...d, ...change }))} />
          </SettingsSection>

          <SettingsSection id="comments" title="Comments" description="What Accord writes into the issue's activity.">
            <Stack space="space.200">
              <ToggleField
                id="comment-on-decision"
                label="Comment each sign-off decision"
                description="When a ticket is approved or changes are requested, comment the decision and mention the assignee."
                isChecked={draft.commentOnDecision}
                isDisabled={readOnly}
                onChange={(value) => set('commentOnDecision', value)}
              />
              <ToggleField
                id="comment-on-unready"
                label="Comment on unready tickets"
                description="Once per sprint, comment on each ticket the scheduled check finds not ready, mentioning reporter and assignee."
                isChecked={draft.commentOnUnready}
                isDisabled={readOnly}
                onChange={(value) => set('commentOnUnready', value)}
              />
            </Stack>
          </SettingsSection>

          <SettingsSection id="project-page" title="Risk & scope page" description="The weeks the project page counts hours in, and who keeps its RAID register.">
            <Stack space="space.300">
              <TimeZoneField value={draft.timeZone} error={errors.timeZone} isDisabled={readOnly} onChange={(value) => set('timeZone', value)} />
              <RaidEditorsField value={draft.raidEditors} isDisabled={readOnly} onChange={(value) => set('raidEditors', value)} />
            </Stack>
          </SettingsSection>

          <SettingsSection id="budget" title="Hour budget" description="The hours the project may use over a period, which the project page's Hours & budget tab and weekly report compare with the worklogs.">
            <BudgetFields value={draft} errors={errors} isDisabled={readOnly} onChange={(change) => state.change((d) => ({ ...d, ...change }))} />
          </SettingsSection>

          <SettingsSection id="detections" title="Detected risks" description="What Accord flags on the project page from Jira data, and from when. A flagged risk can be added to the RAID register in one click.">
            <DetectionFields value={draft} issueTypes={view.issueTypes} errors={errors} isDisabled={readOnly} onChange={(change) => state.change((d) => ({ ...d, ...change }))} />
          </SettingsSection>

          {!readOnly && (
            <Box xcss={footer}>
              <Inline space="space.100" alignBlock="center">
                <Button type="submit" appearance="primary" isLoading={state.isSaving} testId="save-settings">
                  Save
                </Button>
                <Button appearance="subtle" isDisabled={!state.isDirty || state.isSaving} onClick={state.discard} testId="discard-settings">
                  Discard changes
                </Button>
                {state.isDirty && (
                  <Text size="small" color="color.text.subtle">
                    Unsaved changes
                  </Text>
                )}
              </Inline>
            </Box>
          )}
        </Stack>
      </form>
    </Box>
  );
}
