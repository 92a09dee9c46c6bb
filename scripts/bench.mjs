// `npm run bench`: runs every test/bench/*.bench.ts; each prints `bench: <name> <value> <unit> (target …)`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`# ${file}`);
  const result = spawnSync('npx', ['vite-node', `test/bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`bench: ${file} failed to run (exit ${result.status})`);
  }
}
process.exit(failed ? 1 : 0);
