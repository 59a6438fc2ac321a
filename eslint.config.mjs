import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    // Atlassian's OpenAPI files are data kept as published (test/contract/openapi/README.md), never ours to lint.
    ignores: ['node_modules/**', '**/build/**', '**/dist/**', '.sandbox/**', 'coverage/**', 'test-results/**', 'test/contract/openapi/*.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: ['**/sandbox/**', '**/test/**'] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is pure: no Forge, no I/O. node:crypto is allowed (hashing is computation, not I/O).
      'no-restricted-imports': [
        'error',
        {
          patterns: ['@forge/*', '**/adapters/**', '**/entry/**', '**/app/**'],
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https', 'net', 'node:net', 'child_process', 'node:child_process', 'better-sqlite3'],
        },
      ],
    },
  },
  {
    files: ['static/**/*.{ts,tsx}', 'sandbox/shell/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
