// Exact search over the index Broadsheet writes to search/data/ (see SearchIndexWriter for the format).
//
//   import { search } from './assets/search.js';
//   const { total, results } = await search('疫情防控 "5G 网络"', { from: '2022-03-01', reporter: '张三' });
//
// search(query, options) resolves to { total, results: [{ url, title, date, reporters, excerpt }] }.
//   query     terms separated by spaces; "double quotes" keep spaces inside a term. An article matches when
//             every term is a substring of one of its units (title, kicker, subtitle, a byline part, a
//             paragraph) after NFKC and lower-casing. May be empty when a filter is given.
//   options   from, to: ISO dates (inclusive) of the issue; reporter: a reporter's name, exactly;
//             page: 1-based, 20 results a page; sort: 'relevance' (default: title hits first, then BM25,
//             ties newest first) or 'date' (newest first); size: results a page, default 20;
//             excerpt: false leaves excerpts out (null), for callers that only list articles.
//   url       the article's page, absolute (resolved against the site root)
//   date      the date, 'YYYY-MM-DD', or null when undated
//   reporters array of names
//   excerpt   array of pieces { text, hit }: text of the paragraph around the first hit, hit true for the
//             matched terms; starts/ends with a '…' piece when cut. Build the DOM from these as text nodes.
// Other exports: reporters() resolves to all reporters' names, most prolific first; normalise(text);
// terms(query); configure({ root, load }) points the module at another site root and/or replaces
// fetching: load(path, [start, end]?) resolves to the bytes (ArrayBuffer or Uint8Array) of the file at
// path (relative to search/data/), of the byte range when given; stats() gives { requests, bytes } fetched.
// The index is split by date into segments (see SearchIndexWriter), ranked as one. A cold query fetches
// manifest.json, then per segment it searches its manifest.json and docs.bin, the head of each shard it
// needs (its directory), only the posting lists it needs and, per result shown, 12 bytes of offsets.bin and
// the record's head line (the other paragraphs too when no term is in the head's), all by range.
// Needs DecompressionStream('deflate-raw') (browsers since 2023, Node 20).

const PAGE = 20, K1 = 1.2, B = 0.75;
let root = new URL('../', import.meta.url), load = null, ranges = true, cache, counts;
reset();

function reset() {
  ranges = true;
  cache = { files: new Map(), shards: new Map(), records: new Map(), segments: {} };
  counts = { requests: 0, bytes: 0 };
}

export function configure(options = {}) {
  if (options.root) root = new URL(options.root);
  if (options.load !== undefined) load = options.load;
  reset();
}

export function stats() {
  return { ...counts };
}

export function normalise(text) {
  return text.normalize('NFKC').toLowerCase();
}

/** The query's terms, normalised, without duplicates; a quoted term may hold spaces. */
export function terms(query) {
  const found = new Set();
  for (const m of normalise(query || '').matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const term = m[1] === undefined ? m[0] : m[1];
    if (/\S/.test(term)) found.add(term);
  }
  return [...found];
}

async function bytes(path, range) {
  counts.requests++;
  let data;
  if (load) {
    data = new Uint8Array(await load(path, range));
  } else {
    const headers = range ? { Range: `bytes=${range[0]}-${range[1] - 1}` } : {};
    const response = await fetch(new URL('search/data/' + path, root), { headers });
    if (!response.ok) throw new Error(`search index file ${path}: HTTP ${response.status}`);
    data = new Uint8Array(await response.arrayBuffer());
    if (range && response.status !== 206) {
      // The host ignored the range and sent the whole file: keep it, and ask for whole files from now on.
      ranges = false;
      counts.bytes += data.length;
      cache.files.set(path, Promise.resolve(data));
      return data.subarray(range[0], range[1]);
    }
  }
  counts.bytes += data.length;
  return data;
}

function file(path) {
  if (!cache.files.has(path)) cache.files.set(path, bytes(path));
  return cache.files.get(path);
}

const text = data => new TextDecoder().decode(data);
const inflate = async data => new Uint8Array(await new Response(
  new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
const json = async path => JSON.parse(text(await file(path)));

class Reader {
  constructor(data, at = 0) { this.data = data; this.at = at; }
  next() {
    let value = 0, shift = 1, b;
    do {
      b = this.data[this.at++];
      value += (b & 0x7f) * shift;
      shift *= 128;
    } while (b & 0x80);
    return value;
  }
}

/** Bytes [start, end) of a file: by range, or from the whole file once a host has ignored a range. */
function part(path, start, end) {
  return !ranges || cache.files.has(path) ? file(path).then(data => data.subarray(start, end))
    : bytes(path, [start, end]);
}

/** The top manifest; each segment gets its first document number over the whole archive. */
function meta() {
  return cache.meta ??= json('manifest.json').then(top => {
    let first = 0;
    for (const s of top.segments) first += (s.first = first, s.articles);
    return top;
  });
}

/** A segment's manifest and date runs; per article its BM25 norm (by the archive's average) and text file. */
function segment(top, s) {
  const dir = s.name + '/';
  return cache.segments[dir] ??= Promise.all([json(dir + 'manifest.json'), file(dir + 'docs.bin').then(inflate)]).then(([manifest, data]) => {
    const r = new Reader(data), undated = r.next(), runs = [];
    let doc = undated, day = 0;
    for (let i = r.next(), first = true; i > 0; i--, first = false) {
      const v = r.next();
      day = first ? (v % 2 ? -(v + 1) / 2 : v / 2) : day + v;
      const length = r.next();
      runs.push({ day, first: doc, last: doc + length - 1 });
      doc += length;
    }
    const n = manifest.articles, norms = new Float64Array(n), file = new Uint32Array(n);
    for (let d = 0, t = 0; d < n; d++) {
      while (t + 1 < manifest.texts.length && manifest.texts[t + 1] <= d) t++;
      file[d] = t;
      norms[d] = K1 * (1 - B + B * 2 ** (data[r.at++] / 8) / (top.averageLength || 1));
    }
    return { ...manifest, dir, base: s.first, undated, runs, norms, file };
  });
}

function fnv(cps) {
  let h = 0x811c9dc5;
  for (const cp of cps) h = Math.imul(h ^ cp, 0x01000193);
  return h >>> 0;
}

/** A shard's directory: n-gram → [start, end, deflated] of its list, from a range at the file's head. */
function directory(m, shard) {
  const path = `${m.dir}s${shard}.bin`;
  if (!cache.shards.has(path)) cache.shards.set(path, (async () => {
    for (let size = m.directoryBytes || 512; ; size *= 4) {
      const data = await part(path, 0, size), r = new Reader(data), entries = [];
      for (let i = r.next(); i > 0 && r.at <= data.length; i--) {
        const key = [];
        for (let k = r.next(); k > 0; k--) key.push(r.next());
        entries.push([String.fromCodePoint(...key), r.next()]);
      }
      if (r.at > data.length && data.length >= size) continue; // the directory goes on past this range
      const lists = new Map();
      let at = r.at;
      for (const [key, v] of entries) lists.set(key, [at, at += Math.floor(v / 2), v % 2]);
      return lists;
    }
  })());
  return cache.shards.get(path);
}

/** The posting list of an n-gram (array of code points), or null when it occurs nowhere. */
async function postings(m, cps) {
  const shard = fnv(cps) % m.shards, span = (await directory(m, shard)).get(String.fromCodePoint(...cps));
  if (!span) return null;
  let data = await part(`${m.dir}s${shard}.bin`, span[0], span[1]);
  if (span[2]) data = await inflate(data);
  const r = new Reader(data), list = new Map();
  let doc = -1;
  for (let i = r.next(); i > 0; i--) {
    doc += r.next();
    const tf = r.next(), positions = [];
    let p = 0;
    for (let k = cps.length === 2 ? tf : 1; k > 0; k--) positions.push(p += r.next());
    list.set(doc, { tf, positions });
  }
  return list;
}

/** Map doc → { tf, title } of the articles containing the term: bigrams at offsets 0, 2, 4… prove it. */
async function match(m, term) {
  const cps = [...term].map(c => c.codePointAt(0));
  if (cps.length === 1) {
    const list = await postings(m, cps);
    const found = new Map();
    if (list) for (const [doc, e] of list) found.set(doc, { tf: e.tf, title: e.positions[0] < m.titleSpan });
    return found;
  }
  const offsets = [];
  for (let o = 0; o + 2 <= cps.length; o += 2) offsets.push(o);
  if (cps.length % 2) offsets.push(cps.length - 2);
  const lists = await Promise.all(offsets.map(o => postings(m, cps.slice(o, o + 2))));
  const found = new Map();
  if (lists.includes(null)) return found;
  for (const [doc, e] of lists[0]) {
    const entries = lists.map(list => list.get(doc));
    if (entries.includes(undefined)) continue;
    const sets = entries.map((x, i) => i ? new Set(x.positions) : null);
    let tf = 0, title = false;
    for (const p of e.positions) {
      if (offsets.every((o, i) => !i || sets[i].has(p + o))) {
        tf++;
        title ||= p < m.titleSpan;
      }
    }
    if (tf) found.set(doc, { tf, title });
  }
  return found;
}

/** All reporters' names, most prolific first. */
export async function reporters() {
  return (await json('reporters.json')).names;
}

async function reporterDocs(m, name) {
  const all = await json(m.dir + 'reporters.json'), wanted = normalise(name.trim()), docs = new Set();
  all.names.forEach((n, i) => {
    if (normalise(n.trim()) !== wanted) return;
    const r = new Reader(Uint8Array.from(atob(all.docs[i]), c => c.charCodeAt(0)));
    for (let doc = -1; r.at < r.data.length;) docs.add(doc += r.next());
  });
  return docs;
}

function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? Date.UTC(+m[1], m[2] - 1, +m[3]) / 864e5 : null;
}

/** The documents [lo, hi] inside the date range; undated ones only when no range is given. */
function range(m, from, to) {
  const f = day(from), t = day(to);
  if (f === null && t === null) return [0, m.articles - 1];
  let lo = m.articles, hi = -1;
  for (const run of m.runs) {
    if ((f === null || run.day >= f) && (t === null || run.day <= t)) {
      lo = Math.min(lo, run.first);
      hi = Math.max(hi, run.last);
    }
  }
  return [lo, hi];
}

/** The article's record; the paragraphs after its head only when no word is in the head's. */
async function record(m, doc, words) {
  const key = m.base + doc;
  if (!cache.records.has(key)) cache.records.set(key, (async () => {
    const span = new DataView((await part(m.dir + 'offsets.bin', doc * 12, doc * 12 + 12)).slice().buffer),
      path = `${m.dir}t${m.file[doc]}.jsonl`, [start, head, end] = [0, 4, 8].map(i => span.getUint32(i));
    const rec = JSON.parse(text(await part(path, start, head)));
    if (head < end) rec.rest = () => part(path, head, end);
    return rec;
  })());
  const rec = await cache.records.get(key);
  if (rec.rest && words.length && !rec.paragraphs.some(p => words.some(w => normalise(p).includes(w)))) {
    await (rec.full ??= rec.rest().then(data => { rec.paragraphs.push(...JSON.parse(text(data))); rec.rest = null; }));
  }
  return rec;
}

const folded = new Map();

/** The unit's text as pieces around the first hit; null when no term is found in it. */
function excerpt(unit, words, width = 90) {
  const cps = [...unit], origin = [];
  let norm = '';
  cps.forEach((c, i) => {
    let n = folded.get(c);
    if (n === undefined) folded.set(c, n = normalise(c));
    for (let k = 0; k < n.length; k++) origin.push(i);
    norm += n;
  });
  origin.push(cps.length);
  const hits = [];
  for (const w of words) {
    for (let at = norm.indexOf(w); at >= 0 && w; at = norm.indexOf(w, at + 1)) {
      hits.push([origin[at], origin[at + w.length - 1] + 1]);
    }
  }
  if (words.length && !hits.length) return null;
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits.length ? hits[0][0] : 0;
  const start = Math.max(0, Math.min(first - 20, cps.length - width));
  let end = Math.min(cps.length, start + width);
  for (const [s, e] of hits) if (s < end && e > end) end = e; // never cut a hit in two
  const pieces = [], piece = (s, e, hit) => e > s && pieces.push({ text: cps.slice(s, e).join(''), hit });
  if (start > 0) pieces.push({ text: '…', hit: false });
  let at = start;
  for (const [s, e] of hits) {
    if (e <= at || s >= end) continue;
    piece(at, Math.max(at, s), false);
    piece(Math.max(at, s), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  piece(at, end, false);
  if (end < cps.length) pieces.push({ text: '…', hit: false });
  return pieces;
}

function result(rec, words, wanted) {
  const units = [...rec.paragraphs, rec.subtitle, rec.kicker, ...rec.byline, rec.title].filter(Boolean);
  let pieces = null;
  for (const unit of wanted ? units : []) {
    const n = normalise(unit);
    if (words.some(w => n.includes(w)) && (pieces = excerpt(unit, words))) break;
  }
  return {
    url: new URL(rec.url, root).href, title: rec.title, date: rec.date ?? null, reporters: rec.reporters,
    excerpt: wanted ? pieces || excerpt(units[0] || '', []) : null,
  };
}

export async function search(query, options = {}) {
  const top = await meta(), words = terms(query), size = options.size > 0 ? options.size : PAGE,
    f = day(options.from), t = day(options.to), who = options.reporter && options.reporter.trim();
  if (!words.length && !who && f === null && t === null) return { total: 0, results: [] };
  // Terms are weighed against each other by their frequency in every segment; one term, or none, or the date
  // order rank alike without the segments outside the dates.
  const all = words.length > 1 && options.sort !== 'date' || f === null && t === null;
  const segments = await Promise.all(top.segments.filter(s => all || s.from
    && (f === null || day(s.to) >= f) && (t === null || day(s.from) <= t)).map(s => segment(top, s)));
  const found = await Promise.all(segments.map(m => Promise.all(words.map(w => match(m, w)))));
  const df = words.map((_, i) => found.reduce((n, lists) => n + lists[i].size, 0));
  const order = words.map((_, i) => i).sort((a, b) => df[a] - df[b]), hits = [];
  await Promise.all(segments.map(async (m, k) => {
    const [lo, hi] = range(m, options.from, options.to), reporter = who ? await reporterDocs(m, who) : null;
    const inside = doc => doc >= lo && doc <= hi && (!reporter || reporter.has(doc)), lists = order.map(i => found[k][i]);
    if (words.length) {
      for (const doc of lists[0].keys()) {
        if (!inside(doc) || !lists.every(l => l.has(doc))) continue;
        let titles = 0, score = 0;
        lists.forEach((l, j) => {
          const { tf, title } = l.get(doc), n = df[order[j]];
          titles += title;
          score += Math.log(1 + (top.articles - n + 0.5) / (n + 0.5)) * tf * (K1 + 1) / (tf + m.norms[doc]);
        });
        hits.push([m.base + doc, m, doc, titles, score]);
      }
    } else {
      for (const doc of reporter || Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i)) {
        if (inside(doc)) hits.push([m.base + doc, m, doc]);
      }
    }
  }));
  hits.sort(options.sort === 'date' || !words.length ? (a, b) => b[0] - a[0]
    : (a, b) => b[3] - a[3] || b[4] - a[4] || b[0] - a[0]);
  const page = Math.max(1, Math.floor(options.page) || 1);
  const records = await Promise.all(hits.slice((page - 1) * size, page * size)
    .map(([, m, doc]) => record(m, doc, options.excerpt !== false ? words : [])));
  return { total: hits.length, results: records.map(rec => result(rec, words, options.excerpt !== false)) };
}
