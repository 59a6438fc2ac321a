/** The e2e project's setup file: no browser test may end with a CSP violation it did not take (csp-violations.ts). */
import { afterEach } from 'vitest';
import { expectNoCspViolations } from './csp-violations';

afterEach(() => {
  expectNoCspViolations();
});
