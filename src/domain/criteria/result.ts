// User mistakes are values, not exceptions: callers branch on `ok` and show `error.message` as is.
export interface DomainError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DomainError<Code> };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(code: Code, message: string): { readonly ok: false; readonly error: DomainError<Code> } {
  return { ok: false, error: { code, message } };
}
