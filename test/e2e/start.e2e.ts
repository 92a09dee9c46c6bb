import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm start` as the README gives it (here without rebuilding, headless, and exiting at once).
describe('npm start', () => {
  it('opens Chromium with the extension, the demo workspace and the demo government site', () => {
    const profile = mkdtempSync(join(tmpdir(), 'footsteps-start-'));
    const run = spawnSync('node', ['scripts/start.mjs', '--no-build', '--once'], {
      encoding: 'utf8',
      env: { ...process.env, FOOTSTEPS_PROFILE: profile },
      timeout: 90_000,
    });
    rmSync(profile, { recursive: true, force: true });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toMatch(/脚步已在 Chromium 中加载（扩展 ID [a-p]{32}）/);
    expect(run.stdout).toMatch(/workspace\.html（6 个调研课题）/);
    expect(run.stdout).toMatch(/演示政务系统：http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.status).toBe(0);
  });
});
