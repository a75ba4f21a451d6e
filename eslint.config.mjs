import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bin/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core stays pure: no Office, React, DOM or I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', '@fluentui/*', 'exceljs', 'fs', 'node:*', 'path'] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window'],
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    // The plugin's recommended Office rules (its prettier rule is left to `npm run format`).
    rules: Object.fromEntries(
      Object.entries(officeAddins.configs.recommended[2].rules).filter(([name]) => name.startsWith('office-addins/')),
    ),
  },
);
