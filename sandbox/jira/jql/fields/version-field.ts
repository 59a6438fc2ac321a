import { jqlErrors } from '../errors';
import { refuseFunction } from '../functions';
import { operatorSets, type FieldDefinition, type Operator } from '../field-definition';
import type { FunctionTerm } from '../operand-term';
import type { JqlContext, JqlVersion } from '../types';

/**
 * The version functions. Released and unreleased versions leave archived ones out; the earliest unreleased
 * and latest released version go by the project's version order (sequence), not by release dates.
 */
const VERSION_FUNCTIONS: Record<string, (versions: JqlVersion[]) => JqlVersion[]> = {
  releasedversions: (versions) => versions.filter((version) => version.released && !version.archived),
  unreleasedversions: (versions) => versions.filter((version) => !version.released && !version.archived),
  earliestunreleasedversion: (versions) => firstPerProject(versions.filter((version) => !version.released && !version.archived), 1),
  latestreleasedversion: (versions) => firstPerProject(versions.filter((version) => version.released && !version.archived), -1),
};

/** The first version of each project in sequence order (direction -1: the last). */
function firstPerProject(versions: JqlVersion[], direction: 1 | -1): JqlVersion[] {
  const chosen = new Map<string, JqlVersion>();
  for (const version of versions) {
    const current = chosen.get(version.projectId);
    if (!current || direction * (version.sequence - current.sequence) < 0) chosen.set(version.projectId, version);
  }
  return [...chosen.values()];
}

/** The versions a function's project arguments name (key, id or name); all visible projects without any. */
function inProjects(term: FunctionTerm, ctx: JqlContext, versions: JqlVersion[]): JqlVersion[] {
  if (term.args.length === 0) return versions;
  const ids = term.args.map((arg) => {
    const wanted = arg.toLowerCase();
    const project = (ctx.projects ?? []).find((candidate) => candidate.key.toLowerCase() === wanted || candidate.id === arg || candidate.name.toLowerCase() === wanted);
    if (!project) throw jqlErrors.badFunctionArguments(term.name, `could not find the project '${arg}'.`);
    return project.id;
  });
  return versions.filter((version) => ids.includes(version.projectId));
}

/**
 * fixVersion: multi-valued, by version id or name (case-insensitive; every visible version of that name),
 * or a version function. Jira also orders versions for <, >, which the sandbox refuses.
 */
export function versionField(name: string, ctx: JqlContext): FieldDefinition {
  const versions = ctx.versions ?? [];
  return {
    name,
    operators: operatorSets.ordered,
    operatorsUnsupportedBySandbox: new Set<Operator>(['<', '<=', '>', '>=']),
    values: (issue) => issue.fixVersionIds ?? [],
    resolve: (term) => {
      if (term.kind === 'function') {
        const pick = VERSION_FUNCTIONS[term.name.toLowerCase()];
        if (!pick) refuseFunction(term, name);
        return pick(inProjects(term, ctx, versions)).map((version) => version.id);
      }
      const value = term.value.trim();
      if (/^\d+$/.test(value)) {
        const byId = versions.find((version) => version.id === Number(value));
        if (byId) return [byId.id];
      }
      const byName = versions.filter((version) => version.name.toLowerCase() === value.toLowerCase());
      if (byName.length === 0) throw jqlErrors.valueDoesNotExist(term.value, name);
      return byName.map((version) => version.id);
    },
    // Jira sorts by the versions' order in their project, which this evaluator does not see per issue.
    sortUnsupportedBySandbox: true,
  };
}
