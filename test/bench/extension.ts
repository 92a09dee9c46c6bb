import { execSync } from 'node:child_process';
import { launchExtension } from '../e2e/harness';

/** Builds the extension into its own folder for benchmarks and launches it (headless). */
export async function launchBuiltExtension() {
  process.env.FOOTSTEPS_OUT ??= '.out-bench';
  execSync('npx wxt build', { stdio: 'ignore', env: process.env });
  return launchExtension();
}
