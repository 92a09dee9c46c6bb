import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests: the built extension in Debian's Chromium, one file at a time.
export default defineConfig({
  resolve: { alias: { '@': resolve(__dirname) } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
