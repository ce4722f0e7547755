'use strict';
// Prints the run's totals as one plain line ("jest: N passed, N failed, N skipped") that CI logs and
// scripts can read without parsing Jest's decorated summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
