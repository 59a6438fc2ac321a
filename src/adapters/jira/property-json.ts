/** Jira's limit on an entity property value (characters of JSON; FORGE-FACTS §4). */
const MAX_PROPERTY_CHARS = 32_768;

/** The JSON Jira stores for an entity property (issue or project), refused before calling when Jira would refuse it. */
export function propertyJson(propertyKey: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error(`Property "${propertyKey}" needs a JSON value, got ${typeof value}`);
  if (json.length > MAX_PROPERTY_CHARS) {
    throw new Error(`Property "${propertyKey}" is ${json.length} characters; Jira allows ${MAX_PROPERTY_CHARS}`);
  }
  return json;
}
