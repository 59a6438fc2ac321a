/** `/api/v1/batch/{set,get,delete}`: up to 25 independent operations; each succeeds or fails on its own. */
import { badRequest, KvsError } from './errors';
import { BATCH_MAX_ITEMS } from './limits';
import { toWire, type WireItem } from './metadata';
import { applySet, prepareSet, target, type KvsContext, type SetOptionsInput } from './operations';

interface BatchItemInput {
  key?: unknown;
  value?: unknown;
  entityName?: unknown;
  options?: SetOptionsInput & { metadataFields?: unknown };
}

interface ItemRef {
  key: string;
  entityName?: string;
}

interface BatchFailure extends ItemRef {
  error: { code: string; message: string };
}

export interface BatchAnswer<S> {
  successfulKeys: S[];
  failedKeys: BatchFailure[];
}

function refOf(item: BatchItemInput): ItemRef {
  return {
    key: String(item?.key),
    ...(typeof item?.entityName === 'string' ? { entityName: item.entityName } : {}),
  };
}

function checkBatch(items: unknown): BatchItemInput[] {
  if (!Array.isArray(items) || items.length === 0) throw badRequest('BAD_REQUEST', 'A batch needs at least one key.');
  if (items.length > BATCH_MAX_ITEMS) {
    throw badRequest('BAD_REQUEST', `Each batch operation can contain a maximum of ${BATCH_MAX_ITEMS} keys; got ${items.length}.`);
  }
  const seen = new Set<string>();
  for (const item of items as BatchItemInput[]) {
    const id = `${String(item?.entityName ?? '')}\u0000${String(item?.key)}`;
    if (seen.has(id)) throw badRequest('BAD_REQUEST', `A batch can name each key (and entity) once; '${String(item?.key)}' appears twice.`);
    seen.add(id);
  }
  return items as BatchItemInput[];
}

function run<S>(items: BatchItemInput[], each: (item: BatchItemInput) => S): BatchAnswer<S> {
  const answer: BatchAnswer<S> = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    try {
      answer.successfulKeys.push(each(item));
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      answer.failedKeys.push({ ...refOf(item), error: { code: e.code, message: e.message } });
    }
  }
  return answer;
}

export function batchSet(ctx: KvsContext, body: unknown): BatchAnswer<ItemRef> {
  return run(checkBatch(body), (item) => {
    const t = target(ctx, item.key, item.entityName);
    applySet(ctx, prepareSet(t, item.value, item.options));
    return refOf(item);
  });
}

export function batchGet(ctx: KvsContext, body: unknown): BatchAnswer<WireItem> {
  return run(checkBatch(body), (item) => {
    const t = target(ctx, item.key, item.entityName);
    const stored = ctx.store.get(t.namespace, t.key);
    if (!stored) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
    return toWire(stored, item.options?.metadataFields ?? [], t.entity?.name);
  });
}

export function batchDelete(ctx: KvsContext, body: unknown): BatchAnswer<ItemRef> {
  return run(checkBatch(body), (item) => {
    const t = target(ctx, item.key, item.entityName);
    ctx.store.delete(t.namespace, t.key);
    return refOf(item);
  });
}
