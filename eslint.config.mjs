import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers (docs/ARCHITECTURE.md): core is pure; ports speak core; app runs operations over a port; the
 * adapters (excel, xlsx), the functions, the pane and the CLI sit on top. An import that goes the wrong
 * way, or Office.js outside its adapter and the entry files, fails the lint.
 */
const layer = (names, why) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message: why,
});

const OFFICE_GLOBALS = ['Office', 'Excel', 'CustomFunctions', 'OfficeRuntime'].map((name) => ({
  name,
  message: `${name} belongs in src/excel (the Office adapter) or an entry file; elsewhere go through the WorkbookPort (docs/ARCHITECTURE.md).`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'bin/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // A catch names what it caught: handle what you expect and rethrow the rest, or, where anything may
      // be thrown and every failure means the same (an unreadable cell), say so with an `_`-named binding.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CatchClause[param=null]',
          message: 'Name the error: handle what you expect and rethrow the rest (or `_name` it and say why).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [
      'src/excel/**',
      'src/commands/**',
      'src/functions/functions.ts',
      'src/functions/runtime.ts',
      'src/taskpane/index.tsx',
    ],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    // The core stays pure: no Office, React, DOM or I/O, and nothing of the layers above it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react*', '@fluentui/*', 'exceljs', 'fs', 'node:*', 'path'],
              message: 'src/core is pure.',
            },
            layer(
              ['app', 'port', 'excel', 'xlsx', 'taskpane', 'cli', 'functions', 'manifest', 'commands'],
              'src/core imports nothing of the layers above it.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, 'document', 'window'],
    },
  },
  {
    // The port is the interface the adapters implement: it speaks core and nothing above it.
    files: ['src/port/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(
              ['app', 'excel', 'xlsx', 'taskpane', 'cli', 'functions', 'commands'],
              'src/port imports only src/core.',
            ),
          ],
        },
      ],
    },
  },
  {
    // Operations run over any port: they never name an adapter, the pane or the CLI.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react*', '@fluentui/*', 'exceljs'], message: 'src/app runs over a WorkbookPort.' },
            layer(
              ['excel', 'xlsx', 'taskpane', 'cli', 'functions', 'commands'],
              'src/app imports only src/core and src/port.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    // The plugin's recommended Office rules (its prettier rule is left to `npm run format`).
    rules: Object.fromEntries(
      Object.entries(officeAddins.configs.recommended[2].rules).filter(([name]) =>
        name.startsWith('office-addins/'),
      ),
    ),
  },
);
