/** The item shapes KVS answers with, with the metadata fields (CREATED_AT, UPDATED_AT, EXPIRE_TIME) asked for. */
import type { StoredItem } from './store';

export interface WireItem {
  key: string;
  value: unknown;
  entityName?: string;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

const ALL_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'];

/** `fields` undefined means "all" (get and set answers carry everything; the SDK picks what was asked). */
export function toWire(item: StoredItem, fields: unknown = ALL_FIELDS, entityName?: string): WireItem {
  const wanted = Array.isArray(fields) ? (fields as unknown[]) : [];
  return {
    key: item.key,
    ...(entityName !== undefined ? { entityName } : {}),
    value: item.value,
    ...(wanted.includes('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(wanted.includes('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(wanted.includes('EXPIRE_TIME') && item.expireAt !== null ? { expireTime: new Date(item.expireAt).toISOString() } : {}),
  };
}
