/**
 * Custom entities as manifest.yml declares them (`app.storage.entities`): attribute types and indexes.
 * The emulator checks values against them and answers index queries from them.
 */
import { badRequest } from './errors';

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

export interface EntityIndex {
  name: string;
  partition: string[];
  range: string;
}

export interface EntityDefinition {
  name: string;
  attributes: Record<string, AttributeType>;
  indexes: EntityIndex[];
}

const ATTRIBUTE_TYPES: readonly string[] = ['string', 'boolean', 'float', 'integer', 'any'];

/** Reads `app.storage.entities` from a parsed manifest; ignores what is not an entity declaration. */
export function entitiesFromManifest(manifest: unknown): EntityDefinition[] {
  const app = (manifest as { app?: { storage?: { entities?: unknown } } } | null)?.app;
  const declared = app?.storage?.entities;
  if (!Array.isArray(declared)) return [];
  return declared.flatMap((raw): EntityDefinition[] => {
    const e = raw as { name?: unknown; attributes?: unknown; indexes?: unknown };
    if (typeof e.name !== 'string') return [];
    const attributes: Record<string, AttributeType> = {};
    for (const [attr, spec] of Object.entries((e.attributes ?? {}) as Record<string, { type?: unknown }>)) {
      const type = spec?.type;
      attributes[attr] = typeof type === 'string' && ATTRIBUTE_TYPES.includes(type) ? (type as AttributeType) : 'any';
    }
    const indexes = (Array.isArray(e.indexes) ? e.indexes : []).flatMap((ix): EntityIndex[] => {
      // A bare string is an index on that attribute, named after it.
      if (typeof ix === 'string') return [{ name: ix, partition: [], range: ix }];
      const o = ix as { name?: unknown; range?: unknown; partition?: unknown };
      if (typeof o.name !== 'string' || !Array.isArray(o.range) || typeof o.range[0] !== 'string') return [];
      const partition = Array.isArray(o.partition) ? o.partition.filter((p): p is string => typeof p === 'string') : [];
      return [{ name: o.name, partition, range: o.range[0] }];
    });
    return [{ name: e.name, attributes, indexes }];
  });
}

// Forge's value rules for custom entity attributes (developer.atlassian.com/platform/forge/runtime-reference/
// custom-entities, "Values"): integers are 32-bit signed, floats 0 or 1E-130..~1E126 in magnitude, strings
// non-empty with at least one non-whitespace character.
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
const FLOAT_MIN_MAGNITUDE = 1e-130;
// 9.99…9E+125 with 38 nines, as close as a double gets.
const FLOAT_MAX_MAGNITUDE = 1e126;

function typeMatches(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      const magnitude = Math.abs(value);
      return magnitude === 0 || (magnitude >= FLOAT_MIN_MAGNITUDE && magnitude < FLOAT_MAX_MAGNITUDE);
    }
    case 'any':
      return true;
  }
}

const TYPE_WORDS: Record<AttributeType, string> = {
  string: 'a string with at least one non-whitespace character',
  boolean: 'a boolean',
  integer: 'a 32-bit signed integer',
  float: 'a float of magnitude 0 or 1E-130 to 1E126',
  any: 'any JSON value',
};

/**
 * An entity value is an object whose attributes are declared with matching types. Undeclared attributes are
 * refused too: the sandbox is stricter than it must be so that a typo fails here rather than in production.
 */
export function checkEntityValue(entity: EntityDefinition, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('INVALID_ENTITY_VALUE', `A value of entity '${entity.name}' must be an object.`);
  }
  const record = value as Record<string, unknown>;
  for (const [attr, attrValue] of Object.entries(record)) {
    const type = entity.attributes[attr];
    if (type === undefined) {
      throw badRequest('INVALID_ENTITY_VALUE', `Attribute '${attr}' is not declared for entity '${entity.name}' in manifest.yml.`);
    }
    if (attrValue !== null && !typeMatches(type, attrValue)) {
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `Attribute '${attr}' of entity '${entity.name}' must be ${TYPE_WORDS[type]}; got ${JSON.stringify(attrValue)}.`,
      );
    }
  }
  return record;
}
