import { defineConfig } from 'wxt';

// Least privilege: no content scripts, no host permissions by default. Pages are reached with
// activeTab + scripting on the user's action; sites the user enables get optional host permissions.
export default defineConfig({
  // FOOTSTEPS_OUT lets parallel builds (tests, benchmarks, several developers) use separate folders.
  outDir: process.env.FOOTSTEPS_OUT ?? '.output',
  modules: ['@wxt-dev/module-react'],
  // Vendor chunks, so the popup loads React alone and not antd, zod or Dexie on first paint.
  // (Not for single-file bundles such as the service worker, which inline their imports.)
  vite: () => ({
    plugins: [{
      name: 'footsteps-vendor-chunks',
      outputOptions: (output) => (output.inlineDynamicImports ? null : { ...output, manualChunks: vendorChunk }),
    }],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Firefox's MV2 build takes host permissions among optional_permissions, and wants an id.
    ...(browser === 'firefox'
      ? {
        optional_permissions: ['http://*/*', 'https://*/*'],
        browser_specific_settings: {
          gecko: { id: 'footsteps@footsteps.local', data_collection_permissions: { required: ['none'] } },
        },
      }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    options_ui: { page: 'workspace.html', open_in_tab: true },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFill__' },
    },
  }),
});

function vendorChunk(id: string): string | undefined {
  if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
  if (id.includes('node_modules/zod/')) return 'zod';
  if (id.includes('node_modules/dexie')) return 'dexie';
  return undefined;
}
