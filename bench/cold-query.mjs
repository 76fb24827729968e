// Cold-query cost of Broadsheet's search.js alone, in Node, without a browser: for each query a fresh module
// state (empty cache) runs search(query, { size: 10 }) against SITE/search/data/ and every file or byte range
// the module asks for is counted: raw bytes, and gzip'd bytes for whole files as a host that compresses every
// type would send them (byte ranges are sent raw by static hosts). Headers are not counted (query.mjs does).
//
// Usage: node bench/cold-query.mjs --queries bench/queries.txt SITE_DIR
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const queriesFile = argv[argv.indexOf('--queries') + 1];
const site = resolve(argv[argv.length - 1]);
const queries = readFileSync(queriesFile, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
const module = await import(pathToFileURL(join(site, 'assets/search.js')).href);
const script = readFileSync(join(site, 'assets/search.js'));
const kb = n => (n / 1024).toFixed(1);
const rows = [];
for (const query of queries) {
  const log = [];
  module.configure({
    root: 'http://site.invalid/',
    load: async (path, range) => {
      const data = readFileSync(join(site, 'search/data', path));
      const part = range ? data.subarray(range[0], range[1]) : data;
      log.push({ path, raw: part.length, gzip: range ? part.length : gzipSync(part).length, range: !!range });
      return part;
    },
  });
  const started = performance.now();
  const answer = await module.search(query, { size: 10 });
  const ms = performance.now() - started;
  const sum = key => log.reduce((s, e) => s + e[key], 0);
  rows.push({ query, total: answer.total, requests: log.length + 1, raw: sum('raw') + script.length,
    gzip: sum('gzip') + gzipSync(script).length, ms });
  if (process.env.VERBOSE) for (const e of log) console.error(query, e.path, e.raw, e.range ? 'range' : '');
}
console.log('| query | hits | requests | raw KB | gzip KB | ms (Node) |\n|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.query} | ${r.total} | ${r.requests} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.ms.toFixed(0)} |`);
const mean = key => rows.reduce((s, r) => s + r[key], 0) / rows.length;
console.log(`| **mean** | | ${mean('requests').toFixed(1)} | ${kb(mean('raw'))} | ${kb(mean('gzip'))} | ${mean('ms').toFixed(0)} |`);
