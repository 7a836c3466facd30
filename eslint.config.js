import tseslint from 'typescript-eslint';

const forbiddenInWorkflows = [
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto'],
    message: 'Workflow code must be deterministic: no Node built-ins.',
  },
  {
    group: ['pg', 'kysely', 'kysely-*', '@electric-sql/*'],
    message: 'Workflows never touch the store; call an activity.',
  },
  {
    group: ['@googleapis/*', '@google-cloud/*', 'googleapis', 'google-auth-library'],
    message: 'Workflows never call Google; call an activity.',
  },
  {
    group: ['@temporalio/worker', '@temporalio/client', '@temporalio/activity'],
    message: 'Workflows import only @temporalio/workflow.',
  },
];

const lowFloors = [
  'store',
  'ingest',
  'gcp',
  's1',
  'fortinet',
  'query',
  'provider',
  'sessions',
  'worker',
  'client',
  'config',
  'metrics',
  'log',
];

const upperFloors = ['cli', 'console', 'dev', 'test-support', 'bench', 'faults'].map((room) => ({
  group: [`**/${room}/*`],
  message: `Lower floors never import ${room}/: move the shared piece down, or the caller up.`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.hotpot/**',
      'bench-results/**',
      'scripts/**',
      'eslint.config.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach', 'suite'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      // Warnings, not errors: tsconfig's `paths` entry for `ms` gives @temporalio/common's `Duration` its real type.
      '@typescript-eslint/no-unsafe-assignment': 'warn',
      '@typescript-eslint/no-unsafe-call': 'warn',
      '@typescript-eslint/no-unsafe-argument': 'warn',
      '@typescript-eslint/no-unsafe-member-access': 'warn',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    files: ['src/**/workflows/**/*.ts', 'src/**/*.workflow.ts', 'src/sessions/workflow/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: forbiddenInWorkflows.map((p) => ({ ...p, allowTypeImports: true })) },
      ],
    },
  },
  {
    files: lowFloors.map((room) => `src/${room}/**/*.ts`),
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: upperFloors }],
    },
  },
);
