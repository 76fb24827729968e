// Runs the real assets/search.js in Node for the Java tests.
// Usage: node search-driver.mjs <search.js> <site root>; stdin: { queries: [{ q, options }], normalise: [text],
// cold: bool }; stdout: { answers: [{ total, urls, results, requests, bytes }], normalised: [text] }.
// Node's fetch cannot read file: URLs, so the module gets a loader that reads the files and serves ranges.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [module, site] = process.argv.slice(2);
const search = await import(pathToFileURL(module).href);
const root = pathToFileURL(site).href.replace(/\/?$/, '/');
const options = {
  root,
  load: async (path, range) => {
    const data = await readFile(join(site, 'search', 'data', path));
    return range ? data.subarray(range[0], range[1]) : data;
  },
};
search.configure(options);

let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const answers = [];
for (const { q, options: o } of request.queries || []) {
  if (request.cold) search.configure(options);
  const before = search.stats();
  const { total, results } = await search.search(q, o || {});
  const after = search.stats();
  answers.push({
    total,
    urls: results.map(r => r.url.slice(root.length)),
    results: request.full ? results.map(r => ({ ...r, url: r.url.slice(root.length) })) : undefined,
    requests: after.requests - before.requests,
    bytes: after.bytes - before.bytes,
  });
}
const normalised = (request.normalise || []).map(search.normalise);
process.stdout.write(JSON.stringify({ answers, normalised }));
