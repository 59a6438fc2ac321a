import { z } from 'zod';
import type { JiraPort } from '../../ports/jira';
import type { JobDeps, ProjectRef } from '../jobs/project-job';
import { requestJobRun } from '../jobs/run-project-job';
import { projectSnapshotJob } from './project-snapshot-job';

const eventSchema = z.looseObject({
  eventType: z.string(),
  worklog: z.looseObject({ issueId: z.union([z.string(), z.number()]).transform(String) }).optional(),
  version: z.looseObject({ projectId: z.union([z.string(), z.number()]).transform(String) }).optional(),
  sprint: z.looseObject({ originBoardId: z.union([z.string(), z.number()]).transform(Number) }).optional(),
});

/** The project a worklog, version or sprint event is about, or null when the app cannot tell (or cannot see it). */
export async function projectOfEvent(jira: JiraPort, raw: unknown): Promise<ProjectRef | null> {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const event = parsed.data;
  if (event.worklog) {
    const issue = await jira.getIssue(event.worklog.issueId, { fields: ['project'] });
    return issue.fields.project ? { id: issue.fields.project.id, key: issue.fields.project.key } : null;
  }
  const projects = await jira.listProjects();
  if (event.version) {
    const project = projects.find((p) => p.id === event.version!.projectId);
    return project ? { id: project.id, key: project.key } : null;
  }
  if (event.sprint) {
    for (const project of projects) {
      if ((await jira.getBoardsForProject(project.key)).some((b) => b.id === event.sprint!.originBoardId)) return { id: project.id, key: project.key };
    }
  }
  return null;
}

/** A change the page shows happened in Jira: refresh the project's snapshot, unless a run is under way already. */
export async function snapshotOnEvent(deps: JobDeps, raw: unknown): Promise<'queued' | 'running' | 'ignored'> {
  const project = await projectOfEvent(deps.jira, raw);
  return project ? requestJobRun(deps, projectSnapshotJob, project) : 'ignored';
}

/** The hourly refresh: one snapshot run per project, each in its own queue delivery. */
export async function snapshotEveryProject(deps: JobDeps): Promise<Array<{ projectKey: string; outcome: 'queued' | 'running' }>> {
  const out: Array<{ projectKey: string; outcome: 'queued' | 'running' }> = [];
  for (const project of await deps.jira.listProjects()) out.push({ projectKey: project.key, outcome: await requestJobRun(deps, projectSnapshotJob, { id: project.id, key: project.key }) });
  return out;
}
