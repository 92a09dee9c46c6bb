// The demo government site (演示政务系统): fixture pages built with the real frameworks, served on 127.0.0.1.
// Used by the autofill e2e tests and by `npm start` beside the extension. Only node:http, no new dependencies.
// The same server is also http://localhost:<port>, another origin to the browser: portal-cross.html (at
// 127.0.0.1) embeds its business system from there, as portals embed subsystems served elsewhere.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SITE_DIR = join(ROOT, 'test/fixtures/gov-site');
const MODULES_DIR = join(ROOT, 'node_modules');
/** Only these packages are reachable under /vendor/<package>/… (the pages' own framework builds). */
const VENDOR_PACKAGES = [
  'layui', 'vue2', 'vue', 'element-ui', 'element-plus', 'view-design', 'jquery', 'select2', '@wangeditor/editor', 'dayjs',
  'chosen-js', 'bootstrap', 'bootstrap-select',
];
/**
 * Pages that are only the site's banner and nav around a React app, written from one template; the app,
 * `<app>/app.jsx`, is bundled on first request (React 19 ships no browser build).
 */
const APP_PAGES = {
  '/antd.html': {
    app: 'antd', title: '智慧党建平台 - 民情台账', emblem: '党', system: '智慧党建平台 · 党员联系群众', search: '搜索党员、群众',
    nav: ['首页', '民情台账', '党员积分'], current: '民情台账', heading: '民情台账登记',
  },
  '/topic.html': {
    app: 'topic', title: '调研课题管理系统 - 课题申报', emblem: '研', system: '大兴调查研究 · 课题管理系统',
    nav: ['课题列表', '课题申报'], current: '课题申报', heading: '课题申报',
  },
  '/antd-cascader.html': {
    app: 'antd-cascader', title: '网格员工作台 - 民情日志', emblem: '格', system: '网格员工作台 · 民情日志',
    nav: ['日志列表', '民情日志登记'], current: '民情日志登记', heading: '民情日志登记',
  },
};

function appPage({ app, title, emblem, system, search, nav, current, heading }) {
  const searchBox = search ? `\n  <div class="gov-search"><input type="text" placeholder="${search}"></div>\n` : '';
  const links = nav.map((name) => `<a${name === current ? ' class="active"' : ''} href="#">${name}</a>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/gov.css">
</head>
<body>
<div class="gov-banner"><span class="emblem">${emblem}</span><h1>${system}</h1>${searchBox}</div>
<div class="gov-nav">${links}</div>
<div class="gov-main"><h2>${heading}</h2><div id="root"></div></div>
<script src="/${app}/app.js"></script>
</body>
</html>
`;
}

/** The app bundled for a script path (/antd/app.js → antd/app.jsx), if it is one of the app pages'. */
const appScript = (pathname) => Object.values(APP_PAGES).find(({ app }) => pathname === `/${app}/app.js`)?.app;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png', '.gif': 'image/gif', '.map': 'application/json',
};

/** Resolves a URL path inside `base`, refusing anything that climbs out of it. */
function inside(base, path) {
  const full = normalize(join(base, decodeURIComponent(path)));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function fileFor(pathname) {
  if (pathname.startsWith('/vendor/')) {
    const rest = pathname.slice('/vendor/'.length);
    const pkg = VENDOR_PACKAGES.find((name) => rest.startsWith(name + '/'));
    return pkg ? inside(join(MODULES_DIR, pkg), rest.slice(pkg.length)) : null;
  }
  return inside(SITE_DIR, pathname.endsWith('/') ? pathname + 'index.html' : pathname);
}

const bundles = new Map();
async function bundle(entry) {
  if (!bundles.has(entry)) {
    const esbuild = await import('esbuild');
    bundles.set(entry, esbuild.build({
      entryPoints: [join(SITE_DIR, entry)], bundle: true, write: false, format: 'iife', minify: true,
      jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
    }).then((result) => result.outputFiles[0].contents));
  }
  return bundles.get(entry);
}

async function respond(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/favicon.ico') return response.writeHead(204).end();
  try {
    if (APP_PAGES[pathname]) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end(appPage(APP_PAGES[pathname]));
    }
    const app = appScript(pathname);
    if (app) {
      response.writeHead(200, { 'content-type': TYPES['.js'] });
      return response.end(await bundle(`${app}/app.jsx`));
    }
    const file = fileFor(pathname);
    if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('404 未找到');
  }
}

/**
 * Starts the demo site on 127.0.0.1 (port 0 picks a free one).
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startDemoSite({ port = 0 } = {}) {
  const server = createServer((req, res) => void respond(req, res));
  await new Promise((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return {
    url,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 5210);
  const site = await startDemoSite({ port });
  console.log(`演示政务系统已启动 Demo government site: ${site.url}`);
}
