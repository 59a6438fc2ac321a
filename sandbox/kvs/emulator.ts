/**
 * The KVS emulator: answers the @forge/kvs 1.6.5 wire protocol (POST /api/v1/..., JSON bodies; FORGE-FACTS §7)
 * from SQLite. `handle` is transport-free; `fetch` wraps it in a fetch Response for `__forge_fetch__`.
 */
import type { Database } from 'better-sqlite3';
import { batchDelete, batchGet, batchSet } from './batch';
import { entitiesFromManifest, type EntityDefinition } from './entities';
import { badRequest, keyNotFound, KvsError } from './errors';
import { toWire } from './metadata';
import { applySet, prepareSet, target, type KvsContext, type SetOptionsInput, type Space } from './operations';
import { queryEntity, queryKeys } from './queries';
import { KvsStore, type KvsClock, type StoredItem } from './store';
import { transact } from './transactions';

export interface KvsAnswer {
  status: number;
  /** JSON text, or '' for an empty answer. */
  body: string;
}

interface KeyRequest {
  key?: unknown;
  value?: unknown;
  entityName?: unknown;
  options?: SetOptionsInput & { metadataFields?: unknown };
}

const json = (status: number, value: unknown): KvsAnswer => ({ status, body: JSON.stringify(value) });
const empty = (): KvsAnswer => ({ status: 204, body: '' });

export interface KvsEmulatorOptions {
  /** Parsed manifest.yml; custom entities come from `app.storage.entities`. */
  manifest?: unknown;
  /** Extra or overriding entity declarations (tests). */
  entities?: EntityDefinition[];
  clock?: KvsClock;
}

export class KvsEmulator {
  readonly store: KvsStore;
  private readonly ctx: KvsContext;

  constructor(db: Database, options: KvsEmulatorOptions = {}) {
    this.store = new KvsStore(db, options.clock);
    const entities = [...entitiesFromManifest(options.manifest), ...(options.entities ?? [])];
    this.ctx = { store: this.store, entities: new Map(entities.map((e) => [e.name, e])) };
  }

  /** Answers one request; never throws for bad input (it becomes a `{code, message}` answer). */
  handle(path: string, bodyText: string | undefined): KvsAnswer {
    try {
      let body: unknown;
      try {
        body = bodyText ? (JSON.parse(bodyText) as unknown) : {};
      } catch {
        throw badRequest('BAD_REQUEST', 'Provided request body is invalid');
      }
      return this.route(path.split('?')[0] ?? path, body, Buffer.byteLength(bodyText ?? ''));
    } catch (e) {
      if (e instanceof KvsError) return json(e.status, { code: e.code, message: e.message });
      return json(500, { code: 'INTERNAL_SERVER_ERROR', message: e instanceof Error ? e.message : String(e) });
    }
  }

  async fetch(path: string, init?: { body?: unknown }): Promise<Response> {
    const bodyText = typeof init?.body === 'string' ? init.body : undefined;
    const answer = this.handle(path, bodyText);
    return new Response(answer.status === 204 ? null : answer.body, {
      status: answer.status,
      headers: answer.body ? { 'content-type': 'application/json' } : {},
    });
  }

  private route(path: string, body: unknown, bodyBytes: number): KvsAnswer {
    const req = (body ?? {}) as KeyRequest;
    switch (path) {
      case '/api/v1/get':
        return this.get(req, 'kv', false);
      case '/api/v1/secret/get':
        return this.get(req, 'secret', false);
      case '/api/v1/entity/get':
        return this.get(req, 'kv', true);
      case '/api/v1/set':
        return this.set(req, 'kv', false);
      case '/api/v1/secret/set':
        return this.set(req, 'secret', false);
      case '/api/v1/entity/set':
        return this.set(req, 'kv', true);
      case '/api/v1/delete':
        return this.delete(req, 'kv', false);
      case '/api/v1/secret/delete':
        return this.delete(req, 'secret', false);
      case '/api/v1/entity/delete':
        return this.delete(req, 'kv', true);
      case '/api/v1/query':
        return json(200, queryKeys(this.ctx, body as Parameters<typeof queryKeys>[1]));
      case '/api/v1/entity/query':
        return json(200, queryEntity(this.ctx, body as Parameters<typeof queryEntity>[1]));
      case '/api/v1/batch/set':
        return json(200, batchSet(this.ctx, body));
      case '/api/v1/batch/get':
        return json(200, batchGet(this.ctx, body));
      case '/api/v1/batch/delete':
        return json(200, batchDelete(this.ctx, body));
      case '/api/v1/transaction':
        transact(this.ctx, body as Parameters<typeof transact>[1], bodyBytes);
        return empty();
      default:
        return json(404, { code: 'NOT_FOUND', message: `The KVS emulator has no route ${path}` });
    }
  }

  private entityName(req: KeyRequest, isEntity: boolean): unknown {
    if (!isEntity) return undefined;
    if (req.entityName === undefined) throw badRequest('INVALID_ENTITY_TYPE', 'entityName is required.');
    return req.entityName;
  }

  private get(req: KeyRequest, space: Space, isEntity: boolean): KvsAnswer {
    const t = target(this.ctx, req.key, this.entityName(req, isEntity), space);
    const item = this.store.get(t.namespace, t.key);
    if (!item) throw keyNotFound();
    return json(200, toWire(item));
  }

  private set(req: KeyRequest, space: Space, isEntity: boolean): KvsAnswer {
    const t = target(this.ctx, req.key, this.entityName(req, isEntity), space);
    const { previous, latest } = applySet(this.ctx, prepareSet(t, req.value, req.options));
    const returnValue = req.options?.returnValue;
    if (returnValue === 'LATEST') return json(200, toWire(latest));
    if (returnValue === 'PREVIOUS') return previous ? json(200, toWire(previous)) : empty();
    return empty();
  }

  private delete(req: KeyRequest, space: Space, isEntity: boolean): KvsAnswer {
    const t = target(this.ctx, req.key, this.entityName(req, isEntity), space);
    this.store.delete(t.namespace, t.key);
    return empty();
  }

  // ---- inspection, for the shell's developer view and tests ----

  /** Namespaces in use: `kv`, `secret`, `entity:<name>`. */
  namespaces(): string[] {
    return this.store.namespaces();
  }

  /** Items of a namespace whose key starts with `prefix` (secrets included: this is a developer view). */
  list(prefix = '', namespace = 'kv'): StoredItem[] {
    return this.store.all(namespace).filter((item) => item.key.startsWith(prefix));
  }

  /** One stored item as is, or undefined. */
  getRaw(key: string, namespace = 'kv'): StoredItem | undefined {
    return this.store.get(namespace, key);
  }
}
