import { beforeAll, describe, expect, it } from 'vitest';
import { installTestRuntime, type TestRuntime } from './fixtures/setup';

// The real @forge/kvs, imported after install() as Forge code would find its globals.
let t: TestRuntime;
let sdk: typeof import('@forge/kvs');

beforeAll(async () => {
  t = await installTestRuntime();
  sdk = await import('@forge/kvs');
});

interface Criterion {
  issueKey: string;
  position: number;
  text: string;
  status: string;
  score: number;
  tags: string[];
  version: number;
}

const codeOf = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).message;
  }
};

describe('@forge/kvs against the KVS emulator', () => {
  it('round-trips get / set / delete, with metadata on request', async () => {
    const { kvs, MetadataField } = sdk;
    expect(await kvs.get('nothing')).toBeUndefined();
    await kvs.set('settings:ACC', { rubric: 'default', weights: [1, 2] });
    expect(await kvs.get('settings:ACC')).toEqual({ rubric: 'default', weights: [1, 2] });
    const withMeta = await kvs.get('settings:ACC', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    // Sandbox time, not the host's: the clock started at 2026-03-02T09:00Z.
    const createdAt = (withMeta as { createdAt: number }).createdAt;
    expect(createdAt - Date.parse('2026-03-02T09:00:00Z')).toBeGreaterThanOrEqual(0);
    expect(createdAt - Date.parse('2026-03-02T09:00:00Z')).toBeLessThan(60_000);
    await kvs.delete('settings:ACC');
    await kvs.delete('settings:ACC');
    expect(await kvs.get('settings:ACC')).toBeUndefined();
  });

  it('keeps secrets apart from plain keys and out of queries', async () => {
    const { kvs, WhereConditions } = sdk;
    await kvs.setSecret('token:1', 'hush');
    expect(await kvs.getSecret('token:1')).toBe('hush');
    expect(await kvs.get('token:1')).toBeUndefined();
    const { results } = await kvs.query().where('key', WhereConditions.beginsWith('token:')).getMany();
    expect(results).toEqual([]);
    await kvs.deleteSecret('token:1');
    expect(await kvs.getSecret('token:1')).toBeUndefined();
  });

  it('honours keyPolicy, returnValue and ttl on the sandbox clock', async () => {
    const { kvs, MetadataField } = sdk;
    await kvs.set('lock:scan', { by: 'a' }, { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await codeOf(kvs.set('lock:scan', { by: 'b' }, { keyPolicy: 'FAIL_IF_EXISTS' }))).toBe('KEY_CONFLICT');
    const previous = await kvs.set('lock:scan', { by: 'c' }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    expect(previous).toEqual({ key: 'lock:scan', value: { by: 'a' } });
    const latest = await kvs.set('lock:scan', { by: 'd' }, {
      keyPolicy: 'OVERRIDE',
      returnValue: 'LATEST',
      returnMetadataFields: [MetadataField.UPDATED_AT],
    });
    expect(latest).toMatchObject({ value: { by: 'd' }, updatedAt: expect.any(Number) });
    await kvs.set('ephemeral', 1, { ttl: { value: 1, unit: 'MINUTES' } });
    expect(await kvs.get('ephemeral')).toBe(1);
    await t.runtime.clock.advance(61_000);
    expect(await kvs.get('ephemeral')).toBeUndefined();
  });

  it('queries by prefix with cursors and refuses limits of 100 and more', async () => {
    const { kvs, WhereConditions } = sdk;
    for (let i = 0; i < 5; i += 1) await kvs.set(`page:${i}`, i);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('page:')).limit(2);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<number>();
      seen.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect((await kvs.query().where('key', WhereConditions.beginsWith('page:')).getOne())?.key).toBe('page:0');
    expect(await codeOf(kvs.query().limit(100).getMany())).toBe('LIST_QUERY_LIMIT_EXCEEDED');
  });

  it('batches set / get / delete with per-key failures', async () => {
    const { kvs } = sdk;
    const set = await kvs.batchSet<unknown>([
      { key: 'b:1', value: 1 },
      { key: 'b:2', value: 2 },
      { key: 'bad/key', value: 3 },
      { key: 'c1', value: { issueKey: 'ACC-9', position: 1 }, entityName: 'criterion' },
    ]);
    expect(set.successfulKeys.map((k) => k.key)).toEqual(['b:1', 'b:2', 'c1']);
    expect(set.failedKeys).toEqual([{ key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } }]);
    const got = await kvs.batchGet<unknown>([{ key: 'b:1' }, { key: 'b:missing' }, { key: 'c1', entityName: 'criterion' }]);
    expect(got.successfulKeys.map((k) => [k.key, k.value])).toEqual([
      ['b:1', 1],
      ['c1', { issueKey: 'ACC-9', position: 1 }],
    ]);
    expect(got.failedKeys[0]).toMatchObject({ key: 'b:missing', error: { code: 'KEY_NOT_FOUND' } });
    const deleted = await kvs.batchDelete([{ key: 'b:1' }, { key: 'b:2' }]);
    expect(deleted.successfulKeys).toHaveLength(2);
    expect(await kvs.get('b:2')).toBeUndefined();
  });

  it('enforces key and value limits with Forge codes', async () => {
    const { kvs } = sdk;
    expect(await codeOf(kvs.set('k'.repeat(501), 1))).toBe('KEY_TOO_LONG');
    expect(await codeOf(kvs.set('has/slash', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('huge', 'x'.repeat(250 * 1024)))).toBe('MAX_SIZE');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i += 1) deep = { deeper: deep };
    expect(await codeOf(kvs.set('deep', deep))).toBe('MAX_DEPTH');
  });
});

describe('custom entities', () => {
  const put = async (key: string, value: Record<string, unknown>) => sdk.kvs.entity('criterion').set(key, value);

  beforeAll(async () => {
    await put('ACC-1:1', { issueKey: 'ACC-1', position: 1, text: 'Given a user', status: 'passed', score: 0.5, tags: ['ui'] });
    await put('ACC-1:2', { issueKey: 'ACC-1', position: 2, text: 'When they save', status: 'failed', score: 0.9 });
    await put('ACC-1:3', { issueKey: 'ACC-1', position: 3, text: 'Then it is stored', status: 'passed', score: 0.1 });
    await put('ACC-2:1', { issueKey: 'ACC-2', position: 1, text: 'Other issue', status: 'passed' });
  });

  it('gets, queries an index by partition and range, both directions, with cursors', async () => {
    const { kvs, WhereConditions, Sort } = sdk;
    const entity = kvs.entity<{ issueKey: string; position: number; text: string }>('criterion');
    expect((await entity.get('ACC-1:2'))?.text).toBe('When they save');
    const asc = await entity.query().index('by-issue', { partition: ['ACC-1'] }).where(WhereConditions.greaterThan(1)).getMany();
    expect(asc.results.map((r) => r.key)).toEqual(['ACC-1:2', 'ACC-1:3']);
    const desc = await entity.query().index('by-issue', { partition: ['ACC-1'] }).sort(Sort.DESC).limit(2).getMany();
    expect(desc.results.map((r) => r.key)).toEqual(['ACC-1:3', 'ACC-1:2']);
    const rest = await entity.query().index('by-issue', { partition: ['ACC-1'] }).sort(Sort.DESC).limit(2).cursor(desc.nextCursor!).getMany();
    expect(rest.results.map((r) => r.key)).toEqual(['ACC-1:1']);
    expect(rest.nextCursor).toBeUndefined();
  });

  it('filters with and / or and every filter condition', async () => {
    const { kvs, Filter, FilterConditions } = sdk;
    const q = () => kvs.entity('criterion').query().index('by-issue', { partition: ['ACC-1'] });
    const keys = async (filter: Parameters<ReturnType<typeof q>['filters']>[0]) => (await q().filters(filter).getMany()).results.map((r) => r.key);
    expect(await keys(new Filter<Partial<Criterion>>().and('status', FilterConditions.equalTo('passed')).and('score', FilterConditions.lessThan(0.3)))).toEqual(['ACC-1:3']);
    expect(await keys(new Filter<Partial<Criterion>>().or('status', FilterConditions.equalTo('failed')).or('score', FilterConditions.lessThanEqualTo(0.1)))).toEqual([
      'ACC-1:2',
      'ACC-1:3',
    ]);
    expect(await keys(new Filter<Partial<Criterion>>().and('text', FilterConditions.contains('save')))).toEqual(['ACC-1:2']);
    expect(await keys(new Filter<Partial<Criterion>>().and('text', FilterConditions.notContains('e')))).toEqual([]);
    expect(await keys(new Filter<Partial<Criterion>>().and('text', FilterConditions.beginsWith('Then')))).toEqual(['ACC-1:3']);
    expect(await keys(new Filter<Partial<Criterion>>().and('score', FilterConditions.between(0.2, 0.9)))).toEqual(['ACC-1:1', 'ACC-1:2']);
    expect(await keys(new Filter<Partial<Criterion>>().and('tags', FilterConditions.exists()))).toEqual(['ACC-1:1']);
    expect(await keys(new Filter<Partial<Criterion>>().and('tags', FilterConditions.notExists()))).toEqual(['ACC-1:2', 'ACC-1:3']);
    expect(await keys(new Filter<Partial<Criterion>>().and('status', FilterConditions.notEqualTo('passed')))).toEqual(['ACC-1:2']);
    expect(await keys(new Filter<Partial<Criterion>>().and('score', FilterConditions.greaterThanEqualTo(0.9)))).toEqual(['ACC-1:2']);
  });

  it('queries a single-attribute index and rejects undeclared entities, indexes and wrong types', async () => {
    const { kvs, WhereConditions } = sdk;
    const passed = await kvs.entity('criterion').query().index('status').where(WhereConditions.equalTo('passed')).limit(10).getMany();
    expect(passed.results.map((r) => r.key).sort()).toEqual(['ACC-1:1', 'ACC-1:3', 'ACC-2:1']);
    expect(await codeOf(kvs.entity('nope').set('x', {}))).toBe('INVALID_ENTITY_TYPE');
    expect(await codeOf(kvs.entity('criterion').query().index('nope').getMany())).toBe('INVALID_ENTITY_INDEX');
    expect(await codeOf(put('bad', { issueKey: 'ACC-1', position: 1.5 }))).toBe('INVALID_ENTITY_VALUE');
  });
});

describe('transactions', () => {
  it('commits sets, deletes and checks together', async () => {
    const { kvs, Filter, FilterConditions } = sdk;
    await kvs.entity<Partial<Criterion>>('criterion').set('T:1', { issueKey: 'T', position: 1, version: 1 });
    await kvs.set('T:obsolete', true);
    await kvs
      .transact()
      .set<Partial<Criterion>>('T:1', { issueKey: 'T', position: 1, version: 2 }, { entityName: 'criterion', conditions: new Filter<Partial<Criterion>>().and('version', FilterConditions.equalTo(1)) })
      .set('T:audit', { at: 1 })
      .delete('T:obsolete')
      .check('ACC-1:1', { entityName: 'criterion', conditions: new Filter<Partial<Criterion>>().and('status', FilterConditions.equalTo('passed')) })
      .execute();
    expect(await kvs.entity<{ version: number }>('criterion').get('T:1')).toMatchObject({ version: 2 });
    expect(await kvs.get('T:audit')).toEqual({ at: 1 });
    expect(await kvs.get('T:obsolete')).toBeUndefined();
  });

  it('fails as a whole when a condition does not hold (a concurrent edit)', async () => {
    const { kvs, Filter, FilterConditions } = sdk;
    const stale = new Filter<Partial<Criterion>>().and('version', FilterConditions.equalTo(1));
    const code = await codeOf(
      kvs
        .transact()
        .set('T:side-effect', 'must not persist')
        .set<Partial<Criterion>>('T:1', { issueKey: 'T', position: 1, version: 3 }, { entityName: 'criterion', conditions: stale })
        .execute(),
    );
    expect(code).toBe('CONDITIONAL_CHECK_FAILED');
    expect(await kvs.get('T:side-effect')).toBeUndefined();
    expect(await kvs.entity<{ version: number }>('criterion').get('T:1')).toMatchObject({ version: 2 });
  });

  it('enforces 25 operations and one use per key', async () => {
    const { kvs } = sdk;
    const tooMany = kvs.transact();
    for (let i = 0; i < 26; i += 1) tooMany.set(`many:${i}`, i);
    expect(await codeOf(tooMany.execute())).toBe('BAD_REQUEST');
    expect(await codeOf(kvs.transact().set('dup', 1).delete('dup').execute())).toBe('BAD_REQUEST');
    expect(await kvs.get('many:0')).toBeUndefined();
  });
});

describe('inspection API', () => {
  it('lists keys by prefix and reads raw items', async () => {
    await sdk.kvs.set('inspect:a', { a: 1 });
    expect(t.runtime.kvs.list('inspect:').map((i) => i.key)).toEqual(['inspect:a']);
    expect(t.runtime.kvs.getRaw('inspect:a')?.value).toEqual({ a: 1 });
    expect(t.runtime.kvs.namespaces()).toContain('entity:criterion');
  });
});
