/** The section message behind `Notice`, in its own chunk (see notice.tsx). */
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { NoticeProps } from './notice-props';

export default function NoticeSectionMessage({ appearance, title, children, actions, testId }: NoticeProps) {
  return (
    <SectionMessage
      appearance={appearance}
      title={title}
      testId={testId}
      actions={actions?.map((action) => (
        <SectionMessageAction key={action.text} onClick={action.onClick}>
          {action.text}
        </SectionMessageAction>
      ))}
    >
      {children}
    </SectionMessage>
  );
}
