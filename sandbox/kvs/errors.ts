/**
 * Errors the KVS emulator answers with. The wire shape `{code, message}` is what @forge/kvs turns into a
 * ForgeKvsAPIError (see node_modules/@forge/kvs/out/utils/error-handling.js), so codes follow Forge's
 * documented ones (storage-reference/handling-errors-kvs and handling-errors-customentities).
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

export const badRequest = (code: string, message: string): KvsError => new KvsError(400, code, message);

export const keyNotFound = (): KvsError => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');

/**
 * FAIL_IF_EXISTS on an existing key. Forge does not document this code; KEY_CONFLICT is what Forge apps in the
 * wild test for after a FAIL_IF_EXISTS write.
 */
export const keyConflict = (key: string): KvsError =>
  new KvsError(409, 'KEY_CONFLICT', `Key '${key}' already exists and keyPolicy is FAIL_IF_EXISTS`);

/**
 * A transaction whose set/delete/check condition did not hold. Forge does not document this code either;
 * CONDITIONAL_CHECK_FAILED is what Forge apps in the wild test for after a conditional transaction.
 */
export const conditionFailed = (key: string, entityName: string | undefined): KvsError =>
  new KvsError(
    409,
    'CONDITIONAL_CHECK_FAILED',
    `Transaction cancelled: the condition on key '${key}'${entityName ? ` of entity '${entityName}'` : ''} was not met`,
  );
