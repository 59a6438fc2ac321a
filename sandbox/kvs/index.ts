export { KvsEmulator, type KvsAnswer, type KvsEmulatorOptions } from './emulator';
export { entitiesFromManifest, type EntityDefinition, type EntityIndex, type AttributeType } from './entities';
export { KvsError } from './errors';
export { KvsStore, KV, SECRET, entityNamespace, type StoredItem, type KvsClock } from './store';
export * as kvsLimits from './limits';
