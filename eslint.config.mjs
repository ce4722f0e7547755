// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const hostGlobals = [
  { name: 'Excel', message: 'Only src/excel (the adapter) may talk to Excel.' },
  { name: 'Office', message: 'Only src/excel and the task-pane entry may talk to Office.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'lib/',
      'dist/',
      'out/',
      'coverage/',
      'test-results/',
      'bin/',
      'scripts/**/*.js',
      'test/support/*.js',
      'assets/',
      '.tmp/',
      '*.config.js',
      '*.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(react|react-dom|exceljs|@fluentui/.*|node:.*|fs|path|os|stream|zlib|child_process)$',
              message: 'src/core is pure: no host, UI or Node imports.',
            },
            {
              regex: '^\\.\\./(excel|cli|taskpane|commands)',
              message: 'src/core must not depend on adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/read/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(react|react-dom|exceljs|iconv-lite|@fluentui/.*|@microsoft/office-js|office-.*|node:.*|fs|path|os|stream|zlib|buffer|child_process)$',
              message:
                'src/read runs in Node and in the browser: no Node, exceljs, React or Office imports (host parts live in src/cli/io/node and src/read/web).',
            },
            {
              regex: '^\\.\\./(\\.\\./)*(excel|cli|taskpane|commands)(/|$)',
              message: 'src/read must not depend on a host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/excel/**/*.ts',
      'src/taskpane/index.tsx',
      'src/commands/**/*.ts',
      'test/**/*.ts',
      'test/**/*.tsx',
    ],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: [
      'test/**/*.ts',
      'test/**/*.tsx',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
