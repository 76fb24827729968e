// Prints the benchmark's tables (Markdown) from what bench/run.sh left in its work folder: time-*.txt from
// /usr/bin/time -v, the sites' files, queries.json from query.mjs.
//
// Usage: node bench/report.mjs WORK
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';

const work = process.argv[2];
if (!work) {
  console.error('usage: node bench/report.mjs WORK');
  process.exit(2);
}

/** Wall, CPU (user + system) seconds and peak RSS (MB) of one timed step, or null when it did not run. */
function timing(name) {
  const file = join(work, `time-${name}.txt`);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const field = (label) => {
    const m = new RegExp(`${label}[^:]*:\\s*(\\S+)`).exec(text);
    if (!m) throw new Error(`${file}: no '${label}' line`);
    return m[1];
  };
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number)
    .reduce((total, part) => total * 60 + part, 0);
  return {
    wall,
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    rss: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
  };
}

/** Files under a folder, with sizes; `keep` filters by path relative to the folder. */
function files(folder, keep = () => true) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(relative(folder, path))) out.push({ path: relative(folder, path), bytes: statSync(path).size });
    }
  };
  if (existsSync(folder)) walk(folder);
  return out;
}

const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
const mb = (bytes) => (bytes / 1e6).toFixed(1);
const fixed = (value, digits = 1) => (value == null || Number.isNaN(value) ? '–' : value.toFixed(digits));
const ratio = (a, b) => (a == null || b == null || !b ? '–' : (a / b).toFixed(2));

const archive = existsSync(join(work, 'archive.txt')) ? readFileSync(join(work, 'archive.txt'), 'utf8').trim() : '';
const columns = [];

const broadsheet = timing('broadsheet');
if (broadsheet) {
  const site = join(work, 'broadsheet-site');
  const all = files(site);
  const index = files(join(site, 'search', 'data'));
  columns.push({
    name: 'Broadsheet build', ...broadsheet,
    pages: all.filter((f) => f.path.endsWith('.html')).length,
    output: sum(all), indexBytes: sum(index), indexFiles: index.length,
  });
}
const hugo = timing('hugo');
const pagefindRun = timing('pagefind');
const pagefindUi = /(^|\/)pagefind-(.*ui|highlight)[^/]*$/;
if (hugo) {
  const site = join(work, 'hugo-public');
  const all = files(site, (p) => !p.startsWith('pagefind/'));
  columns.push({ name: 'Hugo (site)', ...hugo, pages: all.filter((f) => f.path.endsWith('.html')).length, output: sum(all) });
}
if (pagefindRun) {
  // The index: everything Pagefind writes but its UI bundles, which Broadsheet's figures have no match for.
  const index = files(join(work, 'hugo-public', 'pagefind'), (p) => !pagefindUi.test(p));
  const log = existsSync(join(work, 'pagefind.log')) ? readFileSync(join(work, 'pagefind.log'), 'utf8') : '';
  const pages = Number(/Indexed (\d+) pages/.exec(log)?.[1] ?? NaN) || null;
  columns.push({ name: 'Pagefind (index)', ...pagefindRun, pages, indexBytes: sum(index), indexFiles: index.length });
  if (hugo) {
    columns.push({
      name: 'Hugo + Pagefind', wall: hugo.wall + pagefindRun.wall, cpu: hugo.cpu + pagefindRun.cpu,
      rss: Math.max(hugo.rss, pagefindRun.rss), pages: columns.at(-2).pages, output: columns.at(-2).output + sum(index),
      indexBytes: sum(index), indexFiles: index.length,
    });
  }
}

const out = [];
out.push(`# Benchmark: ${archive}`, '');
out.push(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB; `
  + `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at the end `
  + `${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows wall times).`, '');
const check = join(work, 'check-parse.txt');
if (existsSync(check)) out.push(`Reader check: ${readFileSync(check, 'utf8').split('\n')[0]}`, '');
if (columns.length) {
  const rows = [
    ['wall s', (c) => fixed(c.wall, 2)],
    ['CPU s (user+sys)', (c) => fixed(c.cpu, 2)],
    ['peak RSS MB', (c) => fixed(c.rss, 0)],
    ['pages (.html; Pagefind: indexed)', (c) => (c.pages ?? '–').toString()],
    ['output MB', (c) => (c.output == null ? '–' : mb(c.output))],
    ['search index MB', (c) => (c.indexBytes == null ? '–' : mb(c.indexBytes))],
    ['search index files', (c) => (c.indexFiles ?? '–').toString()],
    ['pages per second', (c) => (c.pages && c.wall ? fixed(c.pages / c.wall, 0) : '–')],
  ];
  out.push(`| | ${columns.map((c) => c.name).join(' | ')} |`);
  out.push(`|---|${columns.map(() => '---:').join('|')}|`);
  for (const [label, cell] of rows) out.push(`| ${label} | ${columns.map(cell).join(' | ')} |`);
  out.push('');
}
const b = columns.find((c) => c.name === 'Broadsheet build');
const h = columns.find((c) => c.name === 'Hugo (site)');
const p = columns.find((c) => c.name === 'Pagefind (index)');
if (b && h) {
  out.push('Ratios (Broadsheet ÷ other; below 1 means Broadsheet does better):', '');
  out.push(`- wall, whole build with search index ÷ Hugo site alone: ${ratio(b.wall, h.wall)} (target ≤ 0.5)`);
  out.push(`- wall ÷ Hugo + Pagefind: ${ratio(b.wall, h.wall + (p?.wall ?? 0))}`);
  out.push(`- peak RSS ÷ Hugo: ${ratio(b.rss, h.rss)}; ÷ Pagefind: ${ratio(b.rss, p?.rss)} (target: ≤ 512 MB, is ${fixed(b.rss, 0)} MB)`);
  out.push(`- Pagefind's indexing wall ÷ Broadsheet's whole build: ${ratio(p?.wall, b.wall)} `
    + '(a lower bound of the index-time speed-up; target ≥ 20 for the index alone)');
  out.push(`- search index bytes ÷ Pagefind's: ${ratio(b.indexBytes, p?.indexBytes)}`, '');
}
// The index alone (bench/IndexAlone.java): the first build in a fresh JVM is the cold one, the fastest later one warm.
const aloneFile = join(work, 'index-alone.json');
if (p && existsSync(aloneFile)) {
  const alone = JSON.parse(readFileSync(aloneFile, 'utf8'));
  const cold = alone.indexMs[0] / 1000;
  const warm = Math.min(...alone.indexMs.slice(1)) / 1000;
  out.push(`Search index alone (bench/IndexAlone.java: the parsed archive indexed three times in one fresh JVM with `
    + `the launcher's options, no files written; reading the seeds took ${fixed(alone.readMs / 1000, 2)} s more): `
    + `${fixed(cold, 2)} s cold, ${fixed(warm, 2)} s warm; Pagefind's indexing wall ÷ it: ${ratio(p.wall, cold)} cold, `
    + `${ratio(p.wall, warm)} warm (target ≥ 20)`, '');
}

const added = timing('broadsheet-add');
const unchanged = timing('broadsheet-unchanged');
if (added && unchanged) {
  const written = (name) => /\((\d[\d,]*) files written, (\d[\d,]*) kept\)/.exec(
    existsSync(join(work, `${name}.log`)) ? readFileSync(join(work, `${name}.log`), 'utf8') : '')?.slice(1, 3).join(' written, ') ?? '?';
  out.push('Incremental builds of the same archive (bin/broadsheet, JVM start included; the result equals the clean build file for file):', '');
  out.push('| | wall s | CPU s | peak RSS MB | files |', '|---|---:|---:|---:|---|');
  out.push(`| add the newest issue | ${fixed(added.wall, 2)} | ${fixed(added.cpu, 2)} | ${fixed(added.rss, 0)} | ${written('broadsheet-add')} kept |`);
  out.push(`| nothing changed | ${fixed(unchanged.wall, 2)} | ${fixed(unchanged.cpu, 2)} | ${fixed(unchanged.rss, 0)} | ${written('broadsheet-unchanged')} kept |`);
  out.push('', `Target (issue 6): adding one issue to a five-year archive in ≤ 2 s wall; this archive: ${fixed(added.wall, 2)} s.`, '');
}

const queriesFile = join(work, 'queries.json');
if (existsSync(queriesFile)) {
  const results = JSON.parse(readFileSync(queriesFile, 'utf8'));
  const names = Object.keys(results);
  const queries = results[names[0]].map((r) => r.query);
  const cell = (r) => (!r ? '–' : r.error ? `error: ${r.error.slice(0, 40)}`
    : `${(r.bytes / 1024).toFixed(1)} KB, ${r.requests} req, ${r.ms} ms, ${r.total} hits`);
  out.push('Cold queries (fresh browser context each; bytes as sent by the server, headers included; first 10 results loaded):', '');
  out.push(`| query | ${names.join(' | ')} |${names.length > 1 ? ' bytes ratio |' : ''}`);
  out.push(`|---|${names.map(() => '---:').join('|')}|${names.length > 1 ? '---:|' : ''}`);
  const totals = Object.fromEntries(names.map((n) => [n, { bytes: 0, requests: 0, ms: 0, ok: 0 }]));
  queries.forEach((query, i) => {
    const rows = names.map((n) => results[n][i]);
    rows.forEach((r, k) => {
      if (r && !r.error) Object.assign(totals[names[k]], {
        bytes: totals[names[k]].bytes + r.bytes, requests: totals[names[k]].requests + r.requests,
        ms: totals[names[k]].ms + r.ms, ok: totals[names[k]].ok + 1,
      });
    });
    const bs = results.broadsheet?.[i];
    const pf = results.pagefind?.[i];
    out.push(`| ${query} | ${rows.map(cell).join(' | ')} |${names.length > 1 ? ` ${bs && pf && !bs.error && !pf.error ? ratio(bs.bytes, pf.bytes) : '–'} |` : ''}`);
  });
  const mean = (t) => (t.ok ? `${(t.bytes / t.ok / 1024).toFixed(1)} KB, ${(t.requests / t.ok).toFixed(1)} req, ${Math.round(t.ms / t.ok)} ms` : '–');
  out.push(`| **mean** | ${names.map((n) => mean(totals[n])).join(' | ')} |${names.length > 1
    ? ` ${totals.broadsheet?.ok && totals.pagefind?.ok ? ratio(totals.broadsheet.bytes / totals.broadsheet.ok, totals.pagefind.bytes / totals.pagefind.ok) : '–'} |` : ''}`);
  out.push('');
  if (totals.broadsheet?.ok && totals.pagefind?.ok) {
    const bt = totals.broadsheet;
    const pt = totals.pagefind;
    out.push(`Cold-query ratios (Broadsheet ÷ Pagefind, means): bytes ${ratio(bt.bytes / bt.ok, pt.bytes / pt.ok)} (target ≤ 0.5), `
      + `requests ${ratio(bt.requests / bt.ok, pt.requests / pt.ok)}, time ${ratio(bt.ms / bt.ok, pt.ms / pt.ok)}`, '');
  }
}
console.log(out.join('\n'));
