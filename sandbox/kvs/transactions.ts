/**
 * `/api/v1/transaction`: set / delete / check operations, all-or-nothing. Every operation is validated and every
 * condition checked against the current values before anything is written; one failed condition cancels all.
 */
import { badRequest, conditionFailed } from './errors';
import { checkFilters, matchesFilters, type Filters } from './conditions';
import { TRANSACTION_MAX_BYTES, TRANSACTION_MAX_OPERATIONS } from './limits';
import { applySet, prepareSet, target, type KvsContext, type PreparedSet, type SetOptionsInput, type Target } from './operations';

interface OperationInput {
  key?: unknown;
  value?: unknown;
  entityName?: unknown;
  conditions?: unknown;
  options?: SetOptionsInput;
}

interface TransactionInput {
  set?: unknown;
  delete?: unknown;
  check?: unknown;
}

type Planned =
  | { kind: 'set'; target: Target; conditions?: Filters; prepared: PreparedSet }
  | { kind: 'delete'; target: Target; conditions?: Filters }
  | { kind: 'check'; target: Target; conditions: Filters };

const list = (value: unknown, name: string): OperationInput[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest('BAD_REQUEST', `Transaction '${name}' must be an array.`);
  return value as OperationInput[];
};

function conditionsOf(op: OperationInput, t: Target, required: boolean): Filters | undefined {
  if (op.conditions === undefined || op.conditions === null) {
    if (required) throw badRequest('BAD_REQUEST', `A transaction check on '${t.key}' needs conditions.`);
    return undefined;
  }
  if (!t.entity) {
    throw badRequest('BAD_REQUEST', `Conditions apply to custom entities only; '${t.key}' has no entityName.`);
  }
  return checkFilters(op.conditions);
}

export function transact(ctx: KvsContext, input: TransactionInput, bodyBytes: number): void {
  if (bodyBytes > TRANSACTION_MAX_BYTES) {
    throw badRequest('MAX_SIZE', `Each transaction is limited to a payload size of ${TRANSACTION_MAX_BYTES} bytes.`);
  }
  const sets = list(input?.set, 'set');
  const deletes = list(input?.delete, 'delete');
  const checks = list(input?.check, 'check');
  const count = sets.length + deletes.length + checks.length;
  if (count === 0) throw badRequest('BAD_REQUEST', 'A transaction needs at least one operation.');
  if (count > TRANSACTION_MAX_OPERATIONS) {
    throw badRequest('BAD_REQUEST', `Each transaction can contain a maximum of ${TRANSACTION_MAX_OPERATIONS} operations; got ${count}.`);
  }

  const plan: Planned[] = [
    ...sets.map((op): Planned => {
      const t = target(ctx, op.key, op.entityName);
      return { kind: 'set', target: t, conditions: conditionsOf(op, t, false), prepared: prepareSet(t, op.value, op.options) };
    }),
    ...deletes.map((op): Planned => {
      const t = target(ctx, op.key, op.entityName);
      return { kind: 'delete', target: t, conditions: conditionsOf(op, t, false) };
    }),
    ...checks.map((op): Planned => {
      const t = target(ctx, op.key, op.entityName);
      return { kind: 'check', target: t, conditions: conditionsOf(op, t, true) as Filters };
    }),
  ];

  const seen = new Set<string>();
  for (const { target: t } of plan) {
    const id = `${t.namespace}\u0000${t.key}`;
    if (seen.has(id)) throw badRequest('BAD_REQUEST', `Each key can only be used once in a transaction; '${t.key}' appears twice.`);
    seen.add(id);
  }

  ctx.store.atomically(() => {
    for (const op of plan) {
      if (!op.conditions) continue;
      // A missing item is checked as an item without attributes (NOT_EXISTS holds, EQUAL_TO does not).
      const current = ctx.store.get(op.target.namespace, op.target.key);
      const record = (current?.value ?? {}) as Record<string, unknown>;
      if (!matchesFilters(record, op.conditions)) throw conditionFailed(op.target.key, op.target.entity?.name);
    }
    for (const op of plan) {
      if (op.kind === 'set') applySet(ctx, op.prepared);
      else if (op.kind === 'delete') ctx.store.delete(op.target.namespace, op.target.key);
    }
  });
}
