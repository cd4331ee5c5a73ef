// A @web/test-runner reporter that ends the run with the plain line CI reads:
// `N passed, N failed` (`, N skipped` when any were skipped). A test file that fails to load,
// or that throws outside a test, counts as one failure, so a broken file can never pass silently.

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function plainCountReporter() {
  let last = [];
  return {
    onTestRunFinished({ sessions }) {
      last = sessions;
    },
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions ?? last) {
        const before = counts.failed + counts.passed;
        if (session.testResults) countSuite(session.testResults, counts);
        const ranNothing = counts.failed + counts.passed === before;
        // Errors outside tests (a syntax error, a failed import, an uncaught error after the
        // tests) leave session.passed false with no failing test to show for it.
        if (session.errors.length > 0 || (session.passed === false && ranNothing)) counts.failed += 1;
      }
      const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
      const line = `${counts.passed} passed, ${counts.failed} failed${skipped}`;
      // The runner's dynamic logger still writes terminal control codes after every reporter's
      // stop(); printing at exit keeps the plain line the very last one of the output.
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
