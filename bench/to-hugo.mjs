// Converts an archive, as `broadsheet.jar parse DIR` prints it, into Hugo content for bench/hugo/, with the
// URLs Broadsheet gives: content/YYYY/_index.md, YYYY/MM/_index.md, YYYY/MM/DD/_index.md per issue and
// YYYY/MM/DD/<n>.md per article, served as YYYY/MM/DD/<n>.html (its `url`), not as a folder of its own
// (undated issues under undated/<key>/); JSON front matter; the paragraphs as
// Markdown with ASCII punctuation escaped, so a paragraph is never read as a list or a heading. Also
// data/latest.json, the latest issue's path, for the home page.
//
// Usage: node bench/to-hugo.mjs PARSE.json SITE_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [jsonFile, site] = process.argv.slice(2);
if (!jsonFile || !site) {
  console.error('usage: node bench/to-hugo.mjs PARSE.json SITE_DIR');
  process.exit(2);
}
const archive = JSON.parse(readFileSync(jsonFile, 'utf8'));
const content = join(site, 'content');
const escape = (text) => text.replace(/[\\`*_{}\[\]()<>#+\-.!|~]/g, (c) => '\\' + c);
const write = (path, front, body = '') => {
  mkdirSync(join(content, path), { recursive: true });
  writeFileSync(join(content, path, front.file ?? '_index.md'), JSON.stringify({ ...front, file: undefined }, null, 1)
    + '\n\n' + body);
};
const chineseDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

write('', { title: '' });
write('reporters', { title: '记者' });
const folders = new Set();
let articles = 0;
let latest = null;
for (const issue of archive.issues) {
  let path;
  if (issue.date) {
    const [y, m, d] = issue.date.split('-');
    if (!folders.has(y)) write(y, { title: `${Number(y)}年`, date: `${y}-01-01` });
    if (!folders.has(`${y}/${m}`)) write(`${y}/${m}`, { title: `${Number(y)}年${Number(m)}月`, date: `${y}-${m}-01` });
    folders.add(y).add(`${y}/${m}`);
    path = issue.key === issue.date ? `${y}/${m}/${d}` : `${y}/${m}/${issue.key}`;
    latest = path;
  } else {
    path = `undated/${issue.key}`;
  }
  const title = `${issue.publication ?? ''} ${issue.date ? chineseDate(issue.date) : issue.key}`.trim();
  write(path, { title, date: issue.date ?? undefined });
  issue.articles.forEach((article, i) => {
    write(path, {
      file: `${i + 1}.md`,
      url: `/${path}/${i + 1}.html`,
      title: article.title,
      date: issue.date ?? undefined,
      weight: i + 1,
      kicker: article.kicker ?? undefined,
      subtitle: article.subtitle ?? undefined,
      reporters: article.byline?.reporters ?? [],
    }, article.paragraphs.map(escape).join('\n\n') + '\n');
    articles++;
  });
}
mkdirSync(join(site, 'data'), { recursive: true });
writeFileSync(join(site, 'data', 'latest.json'), JSON.stringify({ path: latest ? `/${latest}` : '/' }));
console.error(`wrote ${archive.issues.length} issues, ${articles} articles as Hugo content under ${content}`);
