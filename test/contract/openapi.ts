/**
 * Atlassian's published OpenAPI descriptions of Jira, as a checker: which operation a request names,
 * whether its parameters and body are valid, whether a response body matches the documented schema.
 * OpenAPI 3.0 is close to JSON Schema; the differences that matter here (nullable, discriminator,
 * Jira's formats) are smoothed over once when the files are loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const repoRoot = path.resolve(__dirname, '../..');
/** Atlassian's files, kept in the repository unchanged (source, licence and refresh: openapi/README.md). */
export const openapiDir = path.resolve(__dirname, 'openapi');
export const specFiles = {
  platform: path.resolve(openapiDir, 'platform.v3.json'),
  software: path.resolve(openapiDir, 'software.v3.json'),
} as const;

type SpecName = keyof typeof specFiles;
type Json = Record<string, unknown>;

export interface OpenApiOperation {
  spec: SpecName;
  method: string;
  /** Path template as written in the spec, e.g. /rest/api/3/issue/{issueIdOrKey}. */
  template: string;
  operationId: string | undefined;
  /** Atlassian marks removed or retiring endpoints (the old /search) as deprecated. */
  deprecated: boolean;
  parameters: Json[];
  requestBody: Json | undefined;
  responses: Record<string, Json>;
  /** JSON pointer of the operation object inside its spec. */
  pointer: string;
}

interface IndexedOperation extends OpenApiOperation {
  regex: RegExp;
  paramNames: string[];
  literalSegments: number;
}

export interface CheckResult {
  ok: boolean;
  errors: string[];
  /** "GET /rest/api/3/issue/{issueIdOrKey}" when an operation was found. */
  operation?: string;
  /** What the body was checked against: the documented schema, a shape taken from the example, or nothing. */
  checkedAgainst?: 'schema' | 'example' | 'nothing';
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** OpenAPI 3.0 -> JSON Schema, in place: `nullable` becomes a null type, discriminators are dropped. */
function toJsonSchema(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) toJsonSchema(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as Json;
  if (object.nullable === true) {
    if (typeof object.type === 'string') object.type = [object.type, 'null'];
    if (Array.isArray(object.enum) && !object.enum.includes(null)) object.enum = [...object.enum, null];
    delete object.nullable;
  }
  if (typeof object.discriminator === 'object') delete object.discriminator;
  for (const [key, value] of Object.entries(object)) {
    // Examples are data, not schema: leave them untouched.
    if (key !== 'example' && key !== 'examples') toJsonSchema(value);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
  addFormats(ajv);
  const integerIn = (min: number, max: number) => ({
    type: 'number' as const,
    validate: (n: number) => Number.isInteger(n) && n >= min && n <= max,
  });
  ajv.addFormat('int32', integerIn(-(2 ** 31), 2 ** 31 - 1));
  ajv.addFormat('int64', integerIn(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  for (const loose of ['double', 'float', 'binary', 'url', 'URL']) ajv.addFormat(loose, true);
  // Jira writes offsets without a colon (2026-01-05T09:00:00.000+0000), which RFC 3339 does not allow.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i);
  return ajv;
}

interface LoadedSpec {
  document: Json;
  ajv: Ajv;
}

let loaded: { specs: Record<SpecName, LoadedSpec>; operations: IndexedOperation[] } | undefined;

function load() {
  if (loaded) return loaded;
  const operations: IndexedOperation[] = [];
  const specs = {} as Record<SpecName, LoadedSpec>;
  for (const name of Object.keys(specFiles) as SpecName[]) {
    const document = JSON.parse(fs.readFileSync(specFiles[name], 'utf8')) as Json;
    toJsonSchema(document.components);
    // JsonNode is Jackson's "any JSON value", described by its getters; as a schema it means anything.
    const schemas = (document.components as Json).schemas as Json;
    if (schemas.JsonNode) schemas.JsonNode = {};
    toJsonSchema(document.paths);
    const ajv = createAjv();
    ajv.addSchema(document, name);
    specs[name] = { document, ajv };
    for (const [template, pathItem] of Object.entries(document.paths as Record<string, Json>)) {
      const shared = (pathItem.parameters as Json[] | undefined) ?? [];
      const paramNames: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, p: string) => {
        paramNames.push(p);
        return '([^/]+)';
      });
      const literalSegments = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const method of METHODS) {
        const operation = pathItem[method] as Json | undefined;
        if (!operation) continue;
        const own = (operation.parameters as Json[] | undefined) ?? [];
        const overridden = new Set(own.map((p) => `${String(p.in)}:${String(p.name)}`));
        operations.push({
          spec: name,
          method: method.toUpperCase(),
          template,
          operationId: operation.operationId as string | undefined,
          deprecated: operation.deprecated === true,
          parameters: [...shared.filter((p) => !overridden.has(`${String(p.in)}:${String(p.name)}`)), ...own],
          requestBody: operation.requestBody as Json | undefined,
          responses: (operation.responses as Record<string, Json>) ?? {},
          pointer: `/paths/${escapePointer(template)}/${method}`,
          regex: new RegExp(`^${pattern}/?$`),
          paramNames,
          literalSegments,
        });
      }
    }
  }
  loaded = { specs, operations };
  return loaded;
}

const validators = new Map<string, ValidateFunction>();

function validatorAt(spec: SpecName, pointer: string): ValidateFunction {
  const key = `${spec}#${pointer}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = load().specs[spec].ajv.compile({ $ref: key });
    validators.set(key, validate);
  }
  return validate;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 10).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as Json).additionalProperty)})` : '';
    return `${where}${e.instancePath || ''}: ${e.message ?? e.keyword}${extra}`;
  });
}

function label(operation: OpenApiOperation): string {
  return `${operation.method} ${operation.template}`;
}

function splitPath(pathWithQuery: string): { pathname: string; query: URLSearchParams } {
  const url = new URL(pathWithQuery, 'https://jira.invalid');
  return { pathname: url.pathname, query: url.searchParams };
}

function matching(method: string, pathname: string): IndexedOperation[] {
  return load()
    .operations.filter((op) => op.method === method.toUpperCase() && op.regex.test(pathname))
    .sort((a, b) => b.literalSegments - a.literalSegments);
}

/** The operation a request names; the most literal template wins (/issue/properties/multi over /issue/{id}/...). */
export function findOperation(method: string, pathWithQuery: string): OpenApiOperation | undefined {
  return matching(method, splitPath(pathWithQuery).pathname)[0];
}

function coerce(value: string, schema: Json | undefined): unknown {
  const type = Array.isArray(schema?.type) ? (schema?.type as string[])[0] : schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function checkParameters(op: IndexedOperation, pathname: string, query: URLSearchParams): string[] {
  const errors: string[] = [];
  const match = op.regex.exec(pathname);
  op.paramNames.forEach((name, i) => {
    const index = op.parameters.findIndex((p) => p.in === 'path' && p.name === name);
    const raw = decodeURIComponent(match?.[i + 1] ?? '');
    const param = op.parameters[index];
    if (!param) return;
    const validate = validatorAt(op.spec, `${op.pointer}/parameters/${index}/schema`);
    if (!validate(coerce(raw, param.schema as Json))) errors.push(...describeErrors(`path parameter ${name}`, validate.errors));
  });
  const names = new Set(query.keys());
  for (const name of names) {
    const index = op.parameters.findIndex((p) => p.in === 'query' && p.name === name);
    const param = op.parameters[index];
    if (!param) {
      errors.push(`query parameter ${name} is not a parameter of ${label(op)}`);
      continue;
    }
    const schema = param.schema as Json | undefined;
    // The agile file documents some query parameters (sprint `state`, board `type`) as objects, an
    // artefact of its generator: no query string can be an object, so only their presence is checked.
    if (schema?.type === 'object' || (schema?.items as Json | undefined)?.type === 'object') continue;
    const values = query.getAll(name);
    let value: unknown;
    if (schema?.type === 'array') {
      // Jira takes array parameters repeated or comma-separated.
      value = values.flatMap((v) => v.split(',')).map((v) => coerce(v, schema.items as Json | undefined));
    } else if (values.length > 1) {
      errors.push(`query parameter ${name} is given ${values.length} times but is not an array`);
      continue;
    } else {
      value = coerce(values[0] ?? '', schema);
    }
    const validate = validatorAt(op.spec, `${op.pointer}/parameters/${index}/schema`);
    if (!validate(value)) errors.push(...describeErrors(`query parameter ${name}`, validate.errors));
  }
  for (const param of op.parameters) {
    if (param.required === true && param.in === 'query' && !names.has(String(param.name))) {
      errors.push(`required query parameter ${String(param.name)} is missing`);
    }
  }
  return errors;
}

function noOperation(method: string, pathname: string): CheckResult {
  const others = load().operations.filter((op) => op.regex.test(pathname));
  const hint = others.length ? `; the path exists for ${[...new Set(others.map((o) => o.method))].join(', ')}` : '';
  return { ok: false, errors: [`no operation in the Jira OpenAPI files for ${method.toUpperCase()} ${pathname}${hint}`] };
}

/** Checks that a request names a documented operation with valid path and query parameters and body. */
export function validateRequest(request: { method: string; path: string; body?: unknown }): CheckResult {
  const { pathname, query } = splitPath(request.path);
  const op = matching(request.method, pathname)[0];
  if (!op) return noOperation(request.method, pathname);
  const errors = checkParameters(op, pathname, query);
  if (op.deprecated) errors.push(`${label(op)} is deprecated by Atlassian (${String(op.operationId)})`);
  const content = (op.requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined;
  if (request.body === undefined) {
    if (op.requestBody?.required === true) errors.push(`${label(op)} requires a body`);
  } else if (!content) {
    errors.push(`${label(op)} takes no JSON body`);
  } else if (content.schema) {
    const validate = validatorAt(op.spec, `${op.pointer}/requestBody/content/application~1json/schema`);
    if (!validate(request.body)) errors.push(...describeErrors('body', validate.errors));
  }
  return { ok: errors.length === 0, errors, operation: label(op), checkedAgainst: content?.schema ? 'schema' : 'nothing' };
}

/**
 * Checks a value against a named schema of a spec (`ErrorCollection`, ...): for error answers the operations
 * document without a body, which Jira still sends as an ErrorCollection.
 */
export function validateNamedSchema(spec: SpecName, name: string, value: unknown): CheckResult {
  const validate = validatorAt(spec, `/components/schemas/${escapePointer(name)}`);
  const ok = validate(value);
  return { ok, errors: ok ? [] : describeErrors(name, validate.errors), checkedAgainst: 'schema' };
}

/** A loose schema from an example (types of the keys shown), for the agile API, which documents only examples. */
export function schemaFromExample(example: unknown): Json {
  if (example === null || example === undefined) return {};
  if (Array.isArray(example)) return example.length ? { type: 'array', items: schemaFromExample(example[0]) } : { type: 'array' };
  if (typeof example === 'object') {
    const properties = Object.fromEntries(Object.entries(example).map(([k, v]) => [k, schemaFromExample(v)]));
    return { type: 'object', properties };
  }
  return { type: typeof example };
}

const exampleValidators = new Map<string, ValidateFunction>();

/** Checks a response body against the schema documented for that status (or `default`). */
export function validateResponse(response: { method: string; path: string; status: number; body: unknown }): CheckResult {
  const { pathname } = splitPath(response.path);
  const op = matching(response.method, pathname)[0];
  if (!op) return noOperation(response.method, pathname);
  const statusKey = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find((k) => op.responses[k]);
  if (!statusKey) {
    return { ok: false, errors: [`${label(op)} documents no ${response.status} response`], operation: label(op) };
  }
  const content = (op.responses[statusKey]?.content as Json | undefined)?.['application/json'] as Json | undefined;
  if (content?.schema) {
    const validate = validatorAt(op.spec, `${op.pointer}/responses/${statusKey}/content/application~1json/schema`);
    const ok = validate(response.body);
    return { ok, errors: ok ? [] : describeErrors('response', validate.errors), operation: label(op), checkedAgainst: 'schema' };
  }
  if (content && content.example !== undefined) {
    const key = `${op.spec}:${op.pointer}:${statusKey}`;
    let validate = exampleValidators.get(key);
    if (!validate) {
      const example = typeof content.example === 'string' ? (JSON.parse(content.example) as unknown) : content.example;
      validate = createAjv().compile(schemaFromExample(example));
      exampleValidators.set(key, validate);
    }
    const ok = validate(response.body);
    return { ok, errors: ok ? [] : describeErrors('response (vs example)', validate.errors), operation: label(op), checkedAgainst: 'example' };
  }
  return { ok: true, errors: [], operation: label(op), checkedAgainst: 'nothing' };
}
