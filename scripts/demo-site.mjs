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
  'chosen-js', 'bootstrap', 'bootstrap-select', 'naive-ui',
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

const VUE2 = '/vendor/vue2/dist/vue.min.js';
/**
 * The component libraries of the Vue pages: the Vue they run on, their stylesheet (Naive UI writes its own
 * styles from script) and build, loaded after Vue itself.
 */
const VUE_LIBRARIES = {
  iview: { vue: VUE2, css: '/vendor/view-design/dist/styles/iview.css', js: '/vendor/view-design/dist/iview.min.js' },
  'element-ui': { vue: VUE2, css: '/vendor/element-ui/lib/theme-chalk/index.css', js: '/vendor/element-ui/lib/index.js' },
  naive: { vue: '/vendor/vue/dist/vue.global.prod.js', js: '/vendor/naive-ui/dist/index.prod.js' },
};

/**
 * Pages that are the site's banner and nav around a Vue form, written from one template: the form's markup is
 * `<app>/form.html` (Vue's template, mounted on the page's main area) and its Vue app `<app>/app.js`.
 */
const VUE_PAGES = {
  '/iview.html': {
    app: 'iview', library: 'iview', title: '问题清单销号管理系统 - 问题登记', emblem: '清', system: '问题清单销号管理系统',
    search: '搜索问题', nav: ['问题清单', '问题登记', '销号审核'], current: '问题登记', heading: '问题登记',
  },
  '/iview-cascader.html': {
    app: 'iview-cascader', library: 'iview', areas: true, title: '社区网格服务平台 - 入户走访登记', emblem: '网',
    system: '社区网格服务平台', nav: ['走访台账', '入户走访登记'], current: '入户走访登记', heading: '入户走访登记',
  },
  '/cascader.html': {
    app: 'cascader', library: 'element-ui', areas: true, title: '基层治理平台 - 走访任务登记', emblem: '治',
    system: '基层社会治理综合平台', nav: ['任务列表', '走访任务登记', '统计分析'], current: '走访任务登记', heading: '走访任务登记',
    style: '.card { margin-bottom: 14px; } .el-cascader, .el-date-editor--daterange.el-input__inner { width: 100%; }',
  },
  '/naive.html': {
    app: 'naive', library: 'naive', title: '网格化服务管理平台 - 网格走访登记', emblem: '格', system: '网格化服务管理平台',
    search: '搜索居民、房屋', nav: ['走访台账', '网格走访登记', '事件上报'], current: '网格走访登记', heading: '网格走访登记',
    style: '.card { margin-bottom: 14px; }',
  },
};

/** A page of the site: its stylesheets (before the site's own), banner, nav, main area and scripts. */
function govPage({ title, emblem, system, search, nav, current }, { styles = [], style, main, scripts }) {
  const links = [...styles, '/gov.css'].map((href) => `<link rel="stylesheet" href="${href}">\n`).join('');
  const ownStyle = style ? `<style>${style}</style>\n` : '';
  const searchBox = search ? `\n  <div class="gov-search"><input type="text" placeholder="${search}"></div>\n` : '';
  const navLinks = nav.map((name) => `<a${name === current ? ' class="active"' : ''} href="#">${name}</a>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"><title>${title}</title>
${links}${ownStyle}</head>
<body>
<div class="gov-banner"><span class="emblem">${emblem}</span><h1>${system}</h1>${searchBox}</div>
<div class="gov-nav">${navLinks}</div>
${main}
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>
`;
}

function appPage(page) {
  const main = `<div class="gov-main"><h2>${page.heading}</h2><div id="root"></div></div>`;
  return govPage(page, { main, scripts: [`/${page.app}/app.js`] });
}

async function vuePage(page) {
  const { vue, css, js } = VUE_LIBRARIES[page.library];
  const form = await readFile(join(SITE_DIR, page.app, 'form.html'), 'utf8');
  return govPage(page, {
    styles: css ? [css] : [],
    style: page.style,
    main: `<div class="gov-main" id="app">\n  <h2>${page.heading}</h2>\n${form}</div>`,
    scripts: [...(page.areas ? ['/areas.js'] : []), vue, js, `/${page.app}/app.js`],
  });
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
    if (APP_PAGES[pathname] || VUE_PAGES[pathname]) {
      const html = APP_PAGES[pathname] ? appPage(APP_PAGES[pathname]) : await vuePage(VUE_PAGES[pathname]);
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end(html);
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
