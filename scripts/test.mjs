// `npm test`: every unit and end-to-end test, headless, then one closing line with the counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Counts from vitest's JSON report (it is written even when tests fail). */
function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.success || report.numFailedTests ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const vitest = (config, json) => ['vitest', 'run', ...(config ? ['--config', config] : []),
  '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/${json}`];

try {
  ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

for (const f of ['unit.json', 'e2e.json']) rmSync(`${RESULTS}/${f}`, { force: true });
run('unit tests (vitest)', 'npx', vitest(null, 'unit.json'));
const built = run('build the extension (wxt build)', 'npx', ['wxt', 'build']);
if (built) run('end-to-end tests (built extension in Chromium)', 'npx', vitest('vitest.e2e.config.ts', 'e2e.json'));

const unit = counts(`${RESULTS}/unit.json`);
const e2e = built ? counts(`${RESULTS}/e2e.json`) : { passed: 0, failed: 1, skipped: 0 };
const total = {
  passed: unit.passed + e2e.passed,
  failed: unit.failed + e2e.failed,
  skipped: unit.skipped + e2e.skipped,
};
console.log(`\nScreenshots for a person to look at: ${process.cwd()}/${RESULTS}/screenshots`);
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
