// Measures cold queries in headless Chromium: for each search (an adapter of search-adapters.mjs serving a
// site folder) and each query, a fresh browser context (empty cache) loads the adapter's start page, then
// the static server counts every request and every byte it sends (headers and body as transferred) while the
// query runs and its first results load. Counting at the server sees what workers fetch too, which the
// page's DevTools target does not. Sites are served from 127.0.0.1 by this small server, which gzips text
// files as a static host would; Pagefind's index files are compressed already.
//
// Usage: node bench/query.mjs --queries FILE --out RESULT.json NAME=SITE_DIR[@PORT] …
//   NAME is an adapter (pagefind, broadsheet, broadsheet-page); PORT defaults to a free one.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';
import { adapters } from './search-adapters.mjs';

const LIMIT = 10;
const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
};
const BINARY_TYPES = { '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon' };

function args() {
  const out = { queries: null, out: null, sites: [] };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--queries') out.queries = argv[++i];
    else if (argv[i] === '--out') out.out = argv[++i];
    else {
      const m = /^([\w-]+)=([^@]+)(?:@(\d+))?$/.exec(argv[i]);
      if (!m || !adapters[m[1]]) throw new Error(`bad argument '${argv[i]}': expected NAME=SITE_DIR[@PORT] with NAME one of ${Object.keys(adapters)}`);
      out.sites.push({ name: m[1], root: resolve(m[2]), port: m[3] ? Number(m[3]) : 0 });
    }
  }
  if (!out.queries || !out.sites.length) throw new Error('usage: node bench/query.mjs --queries FILE [--out FILE] NAME=SITE_DIR[@PORT] …');
  return out;
}

function serve(root, port) {
  const traffic = { requests: 0, bytes: 0, files: [] };
  const server = createServer((req, res) => {
    traffic.requests++;
    let body = 0;
    res.on('finish', () => {
      traffic.bytes += body + Buffer.byteLength(res._header ?? '');
      traffic.files.push(`${req.url} ${body}`);
    });
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const type = TEXT_TYPES[extname(file)];
    const size = statSync(file).size;
    const headers = {
      'content-type': type ?? BINARY_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'accept-ranges': 'bytes',
    };
    const counter = new Transform({ transform(chunk, _, next) { body += chunk.length; next(null, chunk); } });
    // Byte ranges (one per request), as static hosts serve them: Broadsheet's search reads records by range.
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end) { res.writeHead(416, { 'content-range': `bytes */${size}` }).end(); return; }
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      createReadStream(file, { start, end }).pipe(counter).pipe(res);
      return;
    }
    const gzip = type && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': size }) });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(counter).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', (e) => fail(new Error(`cannot serve ${root} on 127.0.0.1:${port}: ${e.message}`)));
    server.listen(port, '127.0.0.1', () => { server.traffic = traffic; done(server); });
  });
}

async function measure(browser, site, server, query) {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const traffic = server.traffic;
  const adapter = adapters[site.name];
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  try {
    if (adapter.start) await page.goto(base + adapter.start.replace(/^\//, ''), { waitUntil: 'networkidle' });
    await page.waitForTimeout(100); // let the start page's last responses finish before counting
    Object.assign(traffic, { requests: 0, bytes: 0, files: [] });
    const started = performance.now();
    const answer = await adapter.run(page, query, LIMIT);
    const ms = performance.now() - started;
    await page.waitForTimeout(100); // let the last responses finish
    return { query, bytes: traffic.bytes, requests: traffic.requests, ms: Math.round(ms), total: answer.total,
      titles: answer.titles, files: [...traffic.files] };
  } catch (e) {
    return { query, error: String(e.message ?? e).split('\n')[0] };
  } finally {
    await context.close();
  }
}

async function main() {
  const options = args();
  const queries = readFileSync(options.queries, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: apt-get install chromium (or set CHROMIUM)`);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const servers = [];
  const results = {};
  try {
    for (const site of options.sites) {
      const server = await serve(site.root, site.port);
      servers.push(server);
      results[site.name] = [];
      for (const query of queries) {
        // One warm-up context per site keeps the first query from paying for Chromium's own start.
        if (!results[site.name].length) await measure(browser, site, server, query);
        results[site.name].push(await measure(browser, site, server, query));
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
  const json = JSON.stringify(results, null, 2);
  if (options.out) writeFileSync(options.out, json);
  else console.log(json);
  for (const [name, rows] of Object.entries(results)) {
    for (const row of rows) {
      if (row.error) console.error(`${name} ${row.query}: ERROR ${row.error}`);
      else if (!row.total) console.error(`${name} ${row.query}: no results`);
    }
  }
}

main().catch((e) => { console.error(`query.mjs: ${e.message}`); process.exit(1); });
