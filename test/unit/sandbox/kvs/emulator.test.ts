import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KvsEmulator } from '../../../../sandbox/kvs';

const manifest = {
  app: {
    storage: {
      entities: [
        {
          name: 'task',
          attributes: { project: { type: 'string' }, rank: { type: 'integer' }, title: { type: 'string' } },
          indexes: [{ name: 'by-project', partition: ['project'], range: ['rank'] }, 'title'],
        },
      ],
    },
  },
};

function setup(now = { t: 1_000_000 }) {
  const kvs = new KvsEmulator(new Database(':memory:'), { manifest, clock: { now: () => new Date(now.t) } });
  const call = (path: string, body: unknown) => {
    const answer = kvs.handle(path, JSON.stringify(body));
    return { status: answer.status, body: answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : undefined };
  };
  return { kvs, call, now };
}

describe('KVS emulator wire protocol', () => {
  it('answers KEY_NOT_FOUND for a missing key and the value with metadata for a stored one', () => {
    const { call } = setup();
    expect(call('/api/v1/get', { key: 'a' })).toEqual({
      status: 404,
      body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' },
    });
    expect(call('/api/v1/set', { key: 'a', value: { n: 1 } }).status).toBe(204);
    expect(call('/api/v1/get', { key: 'a' }).body).toMatchObject({ key: 'a', value: { n: 1 }, createdAt: 1_000_000 });
  });

  it('rejects bad keys, oversize and over-deep values with Forge codes', () => {
    const { call } = setup();
    expect(call('/api/v1/set', { key: 'bad/key', value: 1 }).body?.code).toBe('INVALID_KEY');
    expect(call('/api/v1/set', { key: 'k'.repeat(501), value: 1 }).body?.code).toBe('KEY_TOO_LONG');
    expect(call('/api/v1/set', { key: 'big', value: 'x'.repeat(240 * 1024) }).body?.code).toBe('MAX_SIZE');
    let deep: unknown = 1;
    for (let i = 0; i < 32; i += 1) deep = { d: deep };
    expect(call('/api/v1/set', { key: 'deep', value: deep }).body?.code).toBe('MAX_DEPTH');
  });

  it('expires TTL values on the clock it was given', () => {
    const { call, now } = setup();
    call('/api/v1/set', { key: 'short', value: 1, options: { ttl: { value: 10, unit: 'SECONDS' } } });
    expect(call('/api/v1/get', { key: 'short' }).body?.expireTime).toBe(new Date(1_010_000).toISOString());
    now.t += 10_001;
    expect(call('/api/v1/get', { key: 'short' }).status).toBe(404);
  });

  it('pages a prefix query with an opaque cursor and refuses limit 100', () => {
    const { call } = setup();
    for (const k of ['p:1', 'p:2', 'p:3', 'q:1']) call('/api/v1/set', { key: k, value: k });
    const where = [{ property: 'key', condition: 'BEGINS_WITH', values: ['p:'] }];
    const first = call('/api/v1/query', { limit: 2, where });
    expect((first.body?.data as Array<{ key: string }>).map((d) => d.key)).toEqual(['p:1', 'p:2']);
    const second = call('/api/v1/query', { limit: 2, where, after: first.body?.cursor });
    expect((second.body?.data as Array<{ key: string }>).map((d) => d.key)).toEqual(['p:3']);
    expect(second.body?.cursor).toBeUndefined();
    // Metadata only when asked for, since the SDK hands query results over as they come.
    expect(second.body?.data).toEqual([{ key: 'p:3', value: 'p:3' }]);
    const withMeta = call('/api/v1/query', { limit: 1, where, options: { metadataFields: ['UPDATED_AT'] } });
    expect(withMeta.body?.data).toEqual([{ key: 'p:1', value: 'p:1', updatedAt: 1_000_000 }]);
    expect(call('/api/v1/query', { limit: 100 }).body?.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
  });

  it('orders an entity index by range within its partition, both directions', () => {
    const { call } = setup();
    const put = (key: string, value: unknown) => call('/api/v1/entity/set', { entityName: 'task', key, value });
    put('t1', { project: 'A', rank: 3, title: 'c' });
    put('t2', { project: 'A', rank: 1, title: 'a' });
    put('t3', { project: 'B', rank: 2, title: 'b' });
    const keys = (body: unknown) => (body as { data: Array<{ key: string }> }).data.map((d) => d.key);
    const base = { entityName: 'task', indexName: 'by-project', partition: ['A'] };
    expect(keys(call('/api/v1/entity/query', base).body)).toEqual(['t2', 't1']);
    expect(keys(call('/api/v1/entity/query', { ...base, sort: 'DESC' }).body)).toEqual(['t1', 't2']);
    expect(put('t4', { project: 'A', rank: 'high' }).body?.code).toBe('INVALID_ENTITY_VALUE');
  });

  it('enforces Forge value rules: 32-bit integers and strings with some text', () => {
    const { call } = setup();
    const put = (key: string, value: unknown) => call('/api/v1/entity/set', { entityName: 'task', key, value });
    expect(put('t1', { project: 'A', rank: 2_147_483_647 }).status).toBeLessThan(300);
    // Epoch milliseconds are too large for an integer attribute on Forge.
    const tooBig = put('t2', { project: 'A', rank: Date.parse('2026-11-02T09:00:00Z') }).body;
    expect(tooBig?.code).toBe('INVALID_ENTITY_VALUE');
    expect(tooBig?.message).toContain('32-bit signed integer');
    expect(put('t3', { project: '   ', rank: 1 }).body?.code).toBe('INVALID_ENTITY_VALUE');
  });

  it('rolls a transaction back when one condition fails', () => {
    const { call, kvs } = setup();
    call('/api/v1/entity/set', { entityName: 'task', key: 't1', value: { project: 'A', rank: 1 } });
    const answer = call('/api/v1/transaction', {
      set: [
        { key: 'fresh', value: 1 },
        {
          key: 't1',
          entityName: 'task',
          value: { project: 'A', rank: 2 },
          conditions: { and: [{ property: 'rank', condition: 'EQUAL_TO', values: [99] }] },
        },
      ],
    });
    expect(answer).toMatchObject({ status: 409, body: { code: 'CONDITIONAL_CHECK_FAILED' } });
    expect(kvs.getRaw('fresh')).toBeUndefined();
    expect(kvs.getRaw('t1', 'entity:task')?.value).toEqual({ project: 'A', rank: 1 });
  });

  it('never throws on a malformed body', () => {
    const { kvs } = setup();
    expect(kvs.handle('/api/v1/get', '{not json').status).toBe(400);
    expect(kvs.handle('/api/v1/transaction', 'null').status).toBe(400);
    expect(kvs.handle('/api/v1/batch/set', '{}').status).toBe(400);
  });
});
