// Converts an archive, as `broadsheet.jar parse DIR` prints it, into Hugo content files for bench/hugo/:
// content/issues/<key>/_index.md per issue and content/issues/<key>/<n>.md per article, with JSON front
// matter and the paragraphs as Markdown (ASCII punctuation escaped, so a paragraph is never read as a list
// or a heading).
//
// Usage: node bench/to-hugo.mjs PARSE.json SITE_DIR   (SITE_DIR gets content/; bench/hugo/ is copied by run.sh)
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
const page = (front, body = '') => JSON.stringify(front, null, 1) + '\n\n' + body;

mkdirSync(join(content, 'issues'), { recursive: true });
writeFileSync(join(content, '_index.md'), page({ title: archive.settings?.title ?? '' }));
writeFileSync(join(content, 'issues', '_index.md'), page({ title: '往期' }));
let articles = 0;
for (const issue of archive.issues) {
  const folder = join(content, 'issues', issue.key);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '_index.md'), page({ title: issue.date ?? issue.key, date: issue.date }));
  issue.articles.forEach((article, i) => {
    const front = {
      title: article.title,
      date: issue.date,
      weight: i + 1,
      kicker: article.kicker ?? undefined,
      subtitle: article.subtitle ?? undefined,
      reporters: article.byline?.reporters ?? [],
      dateline: article.byline?.dateline ?? undefined,
    };
    writeFileSync(join(folder, `${i + 1}.md`), page(front, article.paragraphs.map(escape).join('\n\n') + '\n'));
    articles++;
  });
}
console.error(`wrote ${archive.issues.length} issues, ${articles} articles as Hugo content under ${content}`);
