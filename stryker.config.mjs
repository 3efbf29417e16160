// Mutation testing of the program's rules (npm run mutate): StrykerJS changes the code of
// src/program/ one small mutation at a time and runs the rules' tests (test/program/, under
// Node through tsx) against each; a mutant the tests do not notice "survives". The modules
// left out are glue to the browser (storage, localStorage, dynamic imports), tested in the
// browser suite. The survivors and why each is equivalent are listed in the README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { spec: ['test/program/*.test.ts'] },
  testRunnerNodeArgs: ['--import', 'tsx'],
  mutate: ['src/program/*.ts', '!src/program/library.ts', '!src/program/load-library.ts', '!src/program/load-history.ts', '!src/program/program-state.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
