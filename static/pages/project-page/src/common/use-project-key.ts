/** The key of the project the page is shown in (from the Forge context), for file names; "project" until known. */
import { useForgeContext } from '../../../../shared/frame/context';

export function useProjectKey(): string {
  const context = useForgeContext();
  if (context.status !== 'ready') return 'project';
  const project: unknown = context.context.extension?.project;
  const key = typeof project === 'object' && project !== null && 'key' in project ? project.key : null;
  return typeof key === 'string' && key !== '' ? key : 'project';
}
