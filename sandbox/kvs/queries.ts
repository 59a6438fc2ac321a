/** Key queries (`kvs.query()`) and custom-entity index queries (`kvs.entity(n).query().index(...)`). */
import { badRequest } from './errors';
import { checkCondition, checkFilters, compareValues, matches, matchesFilters, RANGE_CONDITIONS } from './conditions';
import { decodeCursor, encodeCursor } from './cursor';
import { ENTITY_QUERY_MAX_LIMIT, LIST_QUERY_MAX_LIMIT_EXCLUSIVE, QUERY_DEFAULT_LIMIT } from './limits';
import { toWire, type WireItem } from './metadata';
import type { KvsContext } from './operations';
import { entityNamespace, KV, type StoredItem } from './store';

export interface QueryAnswer {
  data: WireItem[];
  cursor?: string;
}

interface KeyQueryRequest {
  limit?: unknown;
  after?: unknown;
  where?: unknown;
  options?: { metadataFields?: unknown };
}

export function queryKeys(ctx: KvsContext, req: KeyQueryRequest): QueryAnswer {
  const limit = req.limit ?? QUERY_DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw badRequest('BAD_REQUEST', 'limit must be a positive integer.');
  }
  if (limit >= LIST_QUERY_MAX_LIMIT_EXCLUSIVE) {
    throw badRequest('LIST_QUERY_LIMIT_EXCEEDED', `Limit for list query should be below ${LIST_QUERY_MAX_LIMIT_EXCLUSIVE}.`);
  }
  let prefix = '';
  if (req.where !== undefined && req.where !== null) {
    if (!Array.isArray(req.where) || req.where.length !== 1) {
      throw badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.');
    }
    const where = req.where[0] as { property?: unknown };
    if (where?.property !== 'key') {
      throw badRequest('QUERY_WHERE_FIELD_INVALID', `The field '${String(where?.property)}' is not supported for filters.`);
    }
    const condition = checkCondition(where, ['BEGINS_WITH']);
    prefix = String(condition.values[0]);
  }
  const after = decodeCursor(req.after)?.key ?? '';
  // One extra row tells whether another page exists.
  const rows = ctx.store.scan(KV, prefix, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((item) => toWire(item, req.options?.metadataFields ?? [])),
    ...(rows.length > limit && last ? { cursor: encodeCursor({ key: last.key }) } : {}),
  };
}

interface EntityQueryRequest {
  entityName?: unknown;
  indexName?: unknown;
  partition?: unknown;
  range?: unknown;
  filters?: unknown;
  sort?: unknown;
  limit?: unknown;
  cursor?: unknown;
  options?: { metadataFields?: unknown };
}

export function queryEntity(ctx: KvsContext, req: EntityQueryRequest): QueryAnswer {
  const entity = typeof req.entityName === 'string' ? ctx.entities.get(req.entityName) : undefined;
  if (!entity) {
    throw badRequest('INVALID_ENTITY_TYPE', `Entity '${String(req.entityName)}' is not declared in manifest.yml (app.storage.entities).`);
  }
  const index = entity.indexes.find((ix) => ix.name === req.indexName);
  if (!index) {
    throw badRequest('INVALID_ENTITY_INDEX', `Entity '${entity.name}' has no index '${String(req.indexName)}' in manifest.yml.`);
  }
  const limit = req.limit ?? QUERY_DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > ENTITY_QUERY_MAX_LIMIT) {
    throw badRequest('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', `The page limit must be set between 1 and ${ENTITY_QUERY_MAX_LIMIT}.`);
  }
  const partition = req.partition ?? [];
  if (!Array.isArray(partition) || partition.length !== index.partition.length) {
    throw badRequest(
      'BAD_REQUEST',
      `Index '${index.name}' is partitioned by [${index.partition.join(', ')}]; give exactly that many partition values.`,
    );
  }
  const range = req.range === undefined || req.range === null ? undefined : checkCondition(req.range, RANGE_CONDITIONS);
  const filters = req.filters === undefined || req.filters === null ? undefined : checkFilters(req.filters);
  if (req.sort !== undefined && req.sort !== 'ASC' && req.sort !== 'DESC') {
    throw badRequest('BAD_REQUEST', `sort must be ASC or DESC; got ${JSON.stringify(req.sort)}.`);
  }
  const direction = req.sort === 'DESC' ? -1 : 1;

  const rangeOf = (item: StoredItem): unknown => (item.value as Record<string, unknown>)[index.range];
  const order = (a: { range: unknown; key: string }, b: { range: unknown; key: string }): number => {
    const byRange = compareValues(a.range, b.range) ?? String(a.range).localeCompare(String(b.range));
    return direction * (byRange !== 0 ? byRange : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  };

  // Sparse index: an item is in it only when it has the partition and range attributes.
  const inIndex = ctx.store.all(entityNamespace(entity.name)).filter((item) => {
    const record = item.value as Record<string, unknown>;
    if (record[index.range] === undefined || record[index.range] === null) return false;
    if (!index.partition.every((attr, i) => record[attr] === partition[i])) return false;
    if (range && !matches(record[index.range], range)) return false;
    return filters ? matchesFilters(record, filters) : true;
  });
  inIndex.sort((a, b) => order({ range: rangeOf(a), key: a.key }, { range: rangeOf(b), key: b.key }));

  const from = decodeCursor(req.cursor);
  const start = from ? inIndex.filter((item) => order({ range: rangeOf(item), key: item.key }, { range: from.range, key: from.key }) > 0) : inIndex;
  const page = start.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((item) => toWire(item, req.options?.metadataFields ?? [])),
    ...(start.length > limit && last ? { cursor: encodeCursor({ key: last.key, range: rangeOf(last) }) } : {}),
  };
}
