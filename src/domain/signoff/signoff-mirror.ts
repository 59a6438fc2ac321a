import type { Signoff, SignoffState } from './signoff';

export const SIGNOFF_PROPERTY_KEY = 'accord-signoff';

/** The `accord-signoff` issue-property value (JQL alias and workflow visibility). */
export interface SignoffMirror {
  readonly state: SignoffState;
  readonly hash: string | null;
  readonly updatedAt: string | null;
}

export function signoffMirror(signoff: Signoff): SignoffMirror {
  return { state: signoff.state, hash: signoff.hash, updatedAt: signoff.updatedAt };
}
