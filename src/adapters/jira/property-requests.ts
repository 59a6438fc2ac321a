import { route } from '@forge/api';
import { JiraError, JiraUnavailableError, type JiraPort } from '../../ports/jira';
import { planBulkPropertyRequests, taskIdFromLocation } from './bulk-properties';
import type { ClientContext } from './client-context';
import { readJson } from './read-json';
import { taskSchema } from './schemas';
import type { z } from 'zod';
import { propertyJson } from './property-json';
import { ACCEPT_JSON, SEND_JSON, type JiraResponse } from './transport';

type Task = z.output<typeof taskSchema>;

const TASK_POLL_MS = 1_000;
const FINISHED_TASK_STATES = new Set(['COMPLETE', 'FAILED', 'CANCEL_REQUESTED', 'CANCELLED', 'DEAD']);

type PropertyRequests = Pick<JiraPort, 'setIssueProperty' | 'setIssuePropertiesBulk'>;

export function propertyRequests(context: ClientContext): PropertyRequests {
  const { requestJira } = context;

  async function readTask(response: JiraResponse, taskId: string): Promise<Task> {
    return readJson(response, taskSchema, `get task ${taskId}`);
  }

  async function waitForTask(taskId: string, first?: Task): Promise<void> {
    const startedAt = context.now();
    let known = first;
    for (;;) {
      const task =
        known ?? (await readTask(await requestJira(route`/rest/api/3/task/${taskId}`, { method: 'GET', headers: ACCEPT_JSON }), taskId));
      known = undefined;
      if (task.status === 'COMPLETE') return;
      if (FINISHED_TASK_STATES.has(task.status)) {
        throw new JiraError(`Jira's bulk property task ${taskId} ended ${task.status}${task.message ? `: ${task.message}` : ''}`, {
          status: 200,
          operation: 'set issue properties in bulk',
          errorMessages: task.message ? [task.message] : [],
        });
      }
      if (context.now() - startedAt + TASK_POLL_MS > context.retryBudgetMs) {
        throw new JiraUnavailableError(`Jira's bulk property task ${taskId} is still ${task.status}`, {
          status: 200,
          operation: 'set issue properties in bulk',
          retryAfterSeconds: Math.ceil(TASK_POLL_MS / 1000),
        });
      }
      await context.sleep(TASK_POLL_MS);
    }
  }

  return {
    async setIssueProperty(keyOrId, propertyKey, value) {
      await requestJira(route`/rest/api/3/issue/${keyOrId}/properties/${propertyKey}`, {
        method: 'PUT',
        headers: SEND_JSON,
        body: propertyJson(propertyKey, value),
      });
    },

    async setIssuePropertiesBulk(updates, options = {}) {
      const wait = options.waitForCompletion ?? true;
      for (const update of updates) {
        for (const [key, value] of Object.entries(update.properties)) propertyJson(key, value);
      }
      for (const issues of planBulkPropertyRequests(updates)) {
        const response = await requestJira(route`/rest/api/3/issue/properties/multi`, {
          method: 'POST',
          headers: SEND_JSON,
          body: JSON.stringify({ issues }),
          // The 303 points at the task; follow it here, through route, rather than let fetch chase an absolute URL.
          redirect: 'manual',
        });
        if (!wait) continue;
        if (response.status === 303) {
          const taskId = taskIdFromLocation(response.headers.get('location'));
          if (!taskId) {
            throw new JiraError('Jira accepted the bulk property update but gave no task location to follow', {
              status: 303,
              operation: 'set issue properties in bulk',
            });
          }
          await waitForTask(taskId);
        } else if (response.status === 200) {
          // A runtime that followed the redirect itself hands over the task directly.
          const task = await readTask(response, 'of the bulk property update');
          await waitForTask(task.id, task);
        }
      }
    },
  };
}
