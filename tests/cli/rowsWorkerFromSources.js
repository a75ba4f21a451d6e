// rowsThread.ts's worker run from the TypeScript sources, for tests/cli/rowsThread.test.ts (the CLI runs the
// compiled dist-cli/src/cli/rowsWorker.js): tsx compiles what it requires.
require('tsx/cjs/api').register();
require('../../src/cli/rowsWorker.ts');
