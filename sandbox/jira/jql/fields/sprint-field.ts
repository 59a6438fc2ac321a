import { jqlErrors } from '../errors';
import { refuseFunction } from '../functions';
import { operatorSets, type FieldDefinition } from '../field-definition';
import type { JqlContext, JqlSprint } from '../types';

const SPRINT_FUNCTIONS: Record<string, JqlSprint['state']> = {
  opensprints: 'active',
  futuresprints: 'future',
  closedsprints: 'closed',
};

/**
 * Sprint: multi-valued (Jira keeps closed sprints on carried-over issues). A number is a sprint
 * id; otherwise a sprint name (case-insensitive, every sprint of that name). openSprints() are
 * the active sprints.
 */
export function sprintField(name: string, ctx: JqlContext): FieldDefinition {
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => issue.sprintIds,
    resolve: (term) => {
      if (term.kind === 'function') {
        const state = SPRINT_FUNCTIONS[term.name.toLowerCase()];
        if (!state) refuseFunction(term, name);
        if (term.args.length > 0) throw jqlErrors.badFunctionArguments(term.name, 'takes no arguments.');
        return ctx.sprints.filter((sprint) => sprint.state === state).map((sprint) => sprint.id);
      }
      const value = term.value.trim();
      if (/^\d+$/.test(value)) {
        const byId = ctx.sprints.find((sprint) => sprint.id === Number(value));
        if (byId) return [byId.id];
      }
      const byName = ctx.sprints.filter((sprint) => sprint.name.toLowerCase() === value.toLowerCase());
      if (byName.length === 0) throw jqlErrors.valueDoesNotExist(term.value, name);
      return byName.map((sprint) => sprint.id);
    },
    // Jira sorts sprints by their sequence on the board; the sandbox does not model it.
    sortUnsupportedBySandbox: true,
  };
}
