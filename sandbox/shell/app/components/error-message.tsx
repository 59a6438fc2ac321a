/** Jira's inline error: a section message listing the server's messages. */
import SectionMessage from '@atlaskit/section-message';

export function ErrorMessage({ title, messages, testId }: { title: string; messages: string[] | null | undefined; testId?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <SectionMessage appearance="error" title={title} testId={testId}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </SectionMessage>
  );
}
