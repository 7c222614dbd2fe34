// Counts results for the plain last line "N passed, N failed" (", N skipped")
// that scripts/test.mjs prints after @web/test-runner's decorated summary.
// A test file that fails to load counts as one failure, so a broken import
// can never look green.
import { writeFileSync } from 'node:fs';
export function summaryReporter() {
  let sessions = [];
  return {
    onTestRunFinished({ sessions: s }) {
      sessions = s;
    },
    stop() {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
      const file = process.env.ASSO_SUMMARY_FILE;
      const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      if (file) writeFileSync(file, line);
      else process.stdout.write(`\n${line}\n`);
    },
  };
}
