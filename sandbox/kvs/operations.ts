/** Single-key operations shared by plain calls, batches and transactions: where a key lives and how it is written. */
import { badRequest, keyConflict } from './errors';
import { checkEntityValue, type EntityDefinition } from './entities';
import { checkKey, checkValue, ttlMillis } from './limits';
import { entityNamespace, KV, SECRET, type KvsStore, type StoredItem } from './store';

export interface KvsContext {
  store: KvsStore;
  entities: Map<string, EntityDefinition>;
}

export interface Target {
  namespace: string;
  key: string;
  entity?: EntityDefinition;
}

export type Space = 'kv' | 'secret';

/** Resolves and validates where a key lives: plain KVS, secrets, or a declared custom entity. */
export function target(ctx: KvsContext, key: unknown, entityName: unknown, space: Space = 'kv'): Target {
  if (entityName === undefined || entityName === null) {
    return { namespace: space === 'secret' ? SECRET : KV, key: checkKey(key, false) };
  }
  if (typeof entityName !== 'string' || !ctx.entities.has(entityName)) {
    throw badRequest('INVALID_ENTITY_TYPE', `Entity '${String(entityName)}' is not declared in manifest.yml (app.storage.entities).`);
  }
  return { namespace: entityNamespace(entityName), key: checkKey(key, true), entity: ctx.entities.get(entityName) };
}

export interface SetOptionsInput {
  keyPolicy?: unknown;
  returnValue?: unknown;
  returnMetadataFields?: unknown;
  ttl?: unknown;
}

export interface PreparedSet {
  target: Target;
  json: string;
  ttlMs: number | undefined;
  failIfExists: boolean;
}

/** Validates a write before anything is stored (so a transaction can check every operation first). */
export function prepareSet(t: Target, value: unknown, options: SetOptionsInput | undefined): PreparedSet {
  const json = checkValue(value);
  if (t.entity) checkEntityValue(t.entity, value);
  const keyPolicy = options?.keyPolicy;
  if (keyPolicy !== undefined && keyPolicy !== 'OVERRIDE' && keyPolicy !== 'FAIL_IF_EXISTS') {
    throw badRequest('BAD_REQUEST', `keyPolicy must be OVERRIDE or FAIL_IF_EXISTS; got ${JSON.stringify(keyPolicy)}.`);
  }
  const returnValue = options?.returnValue;
  if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') {
    throw badRequest('BAD_REQUEST', `returnValue must be PREVIOUS or LATEST; got ${JSON.stringify(returnValue)}.`);
  }
  if (returnValue !== undefined && keyPolicy === 'FAIL_IF_EXISTS') {
    throw badRequest('BAD_REQUEST', "returnValue needs keyPolicy 'OVERRIDE'.");
  }
  if (options?.returnMetadataFields !== undefined && returnValue === undefined) {
    throw badRequest('BAD_REQUEST', 'returnMetadataFields needs returnValue.');
  }
  return { target: t, json, ttlMs: ttlMillis(options?.ttl), failIfExists: keyPolicy === 'FAIL_IF_EXISTS' };
}

/** Applies a prepared write; returns the item before and after. */
export function applySet(ctx: KvsContext, p: PreparedSet): { previous?: StoredItem; latest: StoredItem } {
  const previous = ctx.store.get(p.target.namespace, p.target.key);
  if (previous && p.failIfExists) throw keyConflict(p.target.key);
  const latest = ctx.store.set(p.target.namespace, p.target.key, p.json, p.ttlMs);
  return { previous, latest };
}
