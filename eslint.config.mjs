import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a parameter a fixed signature requires but the body does not use
      // (server actions bound to useActionState receive the previous state and the form data).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Unit tests render no React: useTempDatabase (tests/unit/support/test-db.ts) is a test helper, not a hook.
    files: ['tests/unit/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Replaces eslint-config-next's default ignores (node_modules/ and .git/ are always ignored).
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'coverage/**',
    'data/**',
    'db/migrations/**',
    'bench/tmp/**',
    'tmp/**',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
  ]),
]);
