// Finds Debian's Chromium; installs it with apt-get when run as root on Debian; otherwise says what to install.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string} the path of a Chromium executable, or throws with what to install. */
export function findChromium() {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (found) return found;
  throw new Error(
    '未找到 Chromium。请安装 Debian 的 chromium 软件包：sudo apt-get install chromium\n' +
      'Chromium not found. Install Debian\'s package: sudo apt-get install chromium (or set CHROMIUM_PATH).',
  );
}

const isDebian = () => existsSync('/etc/debian_version') || /debian/i.test(safeRead('/etc/os-release'));
function safeRead(path) {
  try { return readFileSync(path, 'utf8'); } catch { return ''; }
}

/** Makes sure Chromium is there, installing Debian's package when we can. */
export function ensureChromium() {
  try {
    return findChromium();
  } catch (error) {
    if (process.getuid?.() === 0 && isDebian()) {
      console.log('未找到 Chromium，正在通过 apt-get 安装 chromium …');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
      return findChromium();
    }
    throw error;
  }
}
