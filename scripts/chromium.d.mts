/** Path of a Chromium executable, or throws saying what to install. */
export function findChromium(): string;
/** Like findChromium, but installs Debian's chromium first when run as root on Debian. */
export function ensureChromium(): string;
