import { ensureChromium } from './chromium.mjs';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
