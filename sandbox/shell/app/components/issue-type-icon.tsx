/** The small coloured square Jira shows before an issue key for its type. */
import BugIcon from '@atlaskit/icon/core/bug';
import EpicIcon from '@atlaskit/icon/core/epic';
import StoryIcon from '@atlaskit/icon/core/story';
import SubtasksIcon from '@atlaskit/icon/core/subtasks';
import TaskIcon from '@atlaskit/icon/core/task';
import { token } from '@atlaskit/tokens';

const STYLES: Record<string, { background: string; Icon: typeof TaskIcon }> = {
  story: { background: '#63BA3C', Icon: StoryIcon },
  bug: { background: '#E5493A', Icon: BugIcon },
  epic: { background: '#904EE2', Icon: EpicIcon },
  subtask: { background: '#4BADE8', Icon: SubtasksIcon },
  'sub-task': { background: '#4BADE8', Icon: SubtasksIcon },
  task: { background: '#4BADE8', Icon: TaskIcon },
};

export function IssueTypeIcon({ name }: { name: string | undefined }) {
  const style = STYLES[(name ?? 'task').toLowerCase()] ?? STYLES.task;
  if (!style) return null;
  const { Icon, background } = style;
  return (
    <span title={name} style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 16, height: 16, borderRadius: 3, background, flexShrink: 0 }}>
      <Icon label={name ?? 'Issue'} size="small" color={token('color.icon.inverse', '#FFFFFF')} />
    </span>
  );
}
