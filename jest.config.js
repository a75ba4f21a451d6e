/**
 * Unit, property, contract and component tests (`unit`), and the tests that need the built add-in (`built`:
 * tests/ship/build.test.ts and the browser tests in tests/e2e), which share one production build made
 * before they start (tests/support/builtPane.ts) — it runs only when a `built` test is selected, so
 * `npx jest tests/core/…` never waits for webpack. Type errors are caught by `npm run typecheck`.
 */
const BUILT = ['<rootDir>/tests/e2e/**/*.test.ts', '<rootDir>/tests/ship/build.test.ts'];

const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // ts-jest transpiles each file on its own (tsconfig.json's isolatedModules), without type-checking it:
  // fast, and the types are checked once by `npm run typecheck`.
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
};

module.exports = {
  // Two cores: jest's default would be one worker; tests wait on child processes, Chromium and files often
  // enough that a second worker pays off.
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/tests/e2e/',
        '<rootDir>/tests/ship/build\\.test\\.ts$',
      ],
    },
    {
      ...common,
      displayName: 'built',
      testMatch: BUILT,
      globalSetup: '<rootDir>/tests/support/builtPane.ts',
    },
  ],
};
