// ESLint flat config. The core (src/, except src/cli/) must stay pure: no DOM, no Node APIs,
// no Math.random, no clock — randomness and time are passed in. These rules make that checkable.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impureGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'indexedDB',
  'process',
  'performance',
  'setTimeout',
  'setInterval',
  'require',
  'Buffer',
].map((name) => ({ name, message: `The core is pure: pass ${name} in from web/ or src/cli/ instead.` }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a derived union instead of enum.',
        },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'],
              message: 'The core is pure: Node APIs only in src/cli/.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded stream from src/random/ instead.' },
        { object: 'Date', property: 'now', message: 'The core has no clock: pass the time in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a derived union instead of enum.',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'The core has no clock: pass the time in.',
        },
      ],
    },
  },
  {
    files: [
      '**/*.js',
      '**/*.mjs',
      'bin/**',
      'scripts/**',
      'src/cli/**',
      'bench/**',
      'test/**',
      'vite.config.ts',
    ],
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
