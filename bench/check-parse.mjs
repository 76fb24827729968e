// Compares what Broadsheet's reader made of a synthetic archive (the JSON of `broadsheet.jar parse DIR`)
// with what the generator meant (its --manifest TSV). Article count, headline lines, reporters and dateline
// must match: any difference is printed with file, position, expected and actual, and the exit status is 1.
// Paragraph counts that differ (a layout break not rejoined, or a paragraph end joined) are counted and
// listed, but do not fail the check: they are the reader's heuristics at work, worth a look, not a break.
//
// Usage: node bench/check-parse.mjs PARSE.json MANIFEST.tsv
import { readFileSync } from 'node:fs';

const [jsonFile, manifestFile] = process.argv.slice(2);
if (!jsonFile || !manifestFile) {
  console.error('usage: node bench/check-parse.mjs PARSE.json MANIFEST.tsv');
  process.exit(2);
}
const archive = JSON.parse(readFileSync(jsonFile, 'utf8'));
const lines = readFileSync(manifestFile, 'utf8').split('\n').filter(Boolean);
const columns = lines.shift().split('\t');
const expected = new Map();
for (const line of lines) {
  const row = Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v]));
  if (!expected.has(row.file)) expected.set(row.file, []);
  expected.get(row.file).push(row);
}

const failures = [];
const paragraphNotes = [];
let articles = 0;
let breaks = 0;
const actualByFile = new Map(archive.issues.map((issue) => [issue.source, issue]));
for (const [file, rows] of expected) {
  const issue = actualByFile.get(file);
  if (!issue) {
    failures.push(`${file}: expected an issue, the reader gave none`);
    continue;
  }
  if (issue.articles.length !== rows.length) {
    failures.push(`${file}: expected ${rows.length} articles, read ${issue.articles.length}: `
      + JSON.stringify(issue.articles.map((a) => a.title)));
  }
  rows.forEach((row, i) => {
    const a = issue.articles[i];
    if (!a) return;
    articles++;
    breaks += Number(row.breaks);
    const want = {
      kicker: row.kicker || null,
      title: row.title,
      subtitle: row.subtitle || null,
      reporters: row.reporters ? row.reporters.split('、') : [],
      dateline: row.dateline,
    };
    const got = {
      kicker: a.kicker,
      title: a.title,
      subtitle: a.subtitle,
      reporters: a.byline ? a.byline.reporters : [],
      dateline: a.byline ? a.byline.dateline : null,
    };
    for (const key of Object.keys(want)) {
      if (JSON.stringify(want[key]) !== JSON.stringify(got[key])) {
        failures.push(`${file} article ${row.position} ${key}: expected ${JSON.stringify(want[key])}, `
          + `read ${JSON.stringify(got[key])}`);
      }
    }
    if (a.paragraphs.length !== Number(row.paragraphs)) {
      paragraphNotes.push(`${file} article ${row.position}: expected ${row.paragraphs} paragraphs `
        + `(${row.breaks} layout break(s)), read ${a.paragraphs.length}`);
    }
  });
}
for (const file of actualByFile.keys()) {
  if (!expected.has(file)) failures.push(`${file}: read an issue the generator did not write`);
}

console.log(`parse check: ${articles} articles in ${expected.size} issues compared; ${failures.length} mismatch(es); `
  + `${paragraphNotes.length} article(s) with another paragraph count (${breaks} layout breaks written)`);
for (const note of paragraphNotes.slice(0, 10)) console.log(`  paragraphs: ${note}`);
if (paragraphNotes.length > 10) console.log(`  … and ${paragraphNotes.length - 10} more`);
for (const failure of failures.slice(0, 30)) console.log(`  MISMATCH ${failure}`);
if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
process.exit(failures.length ? 1 : 0);
