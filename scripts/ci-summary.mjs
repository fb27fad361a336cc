// Prints the closing line CI reads ("N passed, N failed") from vitest's and Playwright's JSON
// reports; exits non-zero when a report is missing, a test failed, or no test ran.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = false;

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(missing || failed > 0 || passed === 0 ? 1 : 0);
