import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Unit tests of lib/ (and components' pure helpers), in Node with fake-indexeddb / jsdom.
export default defineConfig({
  resolve: { alias: { '@': resolve(__dirname) } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
