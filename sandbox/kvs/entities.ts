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

function typeMatches(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'any':
      return true;
  }
}

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
        `Attribute '${attr}' of entity '${entity.name}' must be of type ${type}; got ${JSON.stringify(attrValue)}.`,
      );
    }
  }
  return record;
}
