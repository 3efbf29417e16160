// A @web/test-runner reporter for a log file (CI, `npm test > log`): no progress bar (its
// terminal escape codes make a file unreadable), just one plain closing line with the counts,
// "Browser tests: 520 passed, 0 failed" — what .ci/run checks for.
export function countReporter() {
  return {
    // At the very end, once the runner has let go of the terminal (no cursor codes before it).
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        if (!suite) return;
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const inner of suite.suites) count(inner);
      };
      for (const session of sessions) {
        count(session.testResults);
        // A file that failed to load has errors but no tests: it counts as failed.
        if (!session.testResults && session.errors.length) failed++;
      }
      console.log(`\nBrowser tests: ${passed} passed, ${failed} failed`);
    },
  };
}
