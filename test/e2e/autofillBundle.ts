import { build } from 'esbuild';
import { resolve } from 'node:path';

/** The global the bundle defines in a page: the public API of lib/autofill. */
export const AUTOFILL_GLOBAL = '__footstepsAutofill';

let cached: Promise<string> | undefined;

/**
 * lib/autofill bundled into one IIFE script (esbuild, as vite uses) that sets `window.__footstepsAutofill`.
 * Inject it with `page.addScriptTag({ content })` to run the engine in a page's MAIN world.
 */
export function autofillBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [resolve('lib/autofill/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: AUTOFILL_GLOBAL,
    target: 'chrome110',
    minify: true,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return cached;
}
