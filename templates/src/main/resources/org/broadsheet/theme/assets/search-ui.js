// The search page: reads the form, shows results from search.js, keeps query and filters in the URL so that
// results can be shared and Back restores them. Archive text only ever enters the DOM as text nodes.
import { search, reporters } from './search.js';

const form = document.getElementById('search-form');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const pages = document.getElementById('search-pages');
const FIELDS = ['q', 'from', 'to', 'reporter', 'sort'];
let typing = false, timer = 0, latest = 0;

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  node.append(...children);
  return node;
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) form.elements[f].value = params.get(f) || (f === 'sort' ? 'relevance' : '');
  return Math.max(1, parseInt(params.get('page'), 10) || 1);
}

function query(page) {
  const params = new URLSearchParams();
  for (const f of FIELDS) {
    const v = form.elements[f].value.trim();
    if (v && !(f === 'sort' && v === 'relevance')) params.set(f, v);
  }
  if (page > 1) params.set('page', page);
  const s = params.toString();
  return s ? '?' + s : location.pathname;
}

function commit(page, push) {
  const url = query(page);
  if (url !== location.search && !(url === location.pathname && !location.search)) {
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  return show(page);
}

async function show(page, focus = false) {
  const run = ++latest, v = f => form.elements[f].value.trim();
  const options = { from: v('from'), to: v('to'), reporter: v('reporter'), sort: v('sort'), page };
  if (!v('q') && !options.from && !options.to && !options.reporter) {
    status.textContent = '';
    list.replaceChildren();
    pages.hidden = true;
    return;
  }
  let answer;
  try {
    answer = await search(v('q'), options);
  } catch (e) {
    if (run === latest) status.textContent = '搜索出错：' + e.message;
    return;
  }
  if (run !== latest) return;
  const last = Math.max(1, Math.ceil(answer.total / 20));
  status.textContent = answer.total
    ? `找到 ${answer.total} 篇文章` + (last > 1 ? `，第 ${page} / ${last} 页` : '')
    : '没有找到符合条件的文章';
  list.replaceChildren(...answer.results.map(r => el('li', { class: 'card' },
    el('p', { class: 'card-title' }, el('a', { href: r.url }, r.title)),
    el('p', { class: 'card-meta' }, ...(r.date ? [el('time', { datetime: r.date }, r.date)] : []),
      ...(r.reporters.length ? [' ', el('span', { class: 'reporters' }, r.reporters.join(' '))] : [])),
    el('p', { class: 'excerpt' }, ...r.excerpt.map(p => p.hit ? el('mark', {}, p.text) : p.text)))));
  pages.replaceChildren();
  const link = (p, label) => {
    const a = el('a', { href: query(p), 'data-page': p }, label);
    if (p === page) a.setAttribute('aria-current', 'page');
    return a;
  };
  if (page > 1) pages.append(link(page - 1, '上一页'));
  if (page < last) pages.append(link(page + 1, '下一页'));
  pages.hidden = last <= 1;
  if (focus) status.focus();
}

form.addEventListener('input', event => {
  if (event.target.name !== 'q') return;
  clearTimeout(timer);
  // The first change of a burst of typing gets its own history entry; later keystrokes replace it.
  timer = setTimeout(() => { commit(1, !typing); typing = true; }, 250);
});
form.addEventListener('change', event => {
  if (event.target.name === 'q') return;
  typing = false;
  commit(1, true);
});
form.addEventListener('submit', event => {
  event.preventDefault();
  clearTimeout(timer);
  typing = false;
  commit(1, true);
});
form.elements.reporter.addEventListener('focus', async () => {
  const datalist = document.getElementById('search-reporters');
  if (datalist.childElementCount) return;
  datalist.replaceChildren(...(await reporters()).map(name => el('option', { value: name })));
}, { once: true });
pages.addEventListener('click', event => {
  const a = event.target.closest('a[data-page]');
  if (!a) return;
  event.preventDefault();
  typing = false;
  history.pushState(null, '', a.getAttribute('href'));
  show(+a.dataset.page, true);
});
window.addEventListener('popstate', () => {
  typing = false;
  clearTimeout(timer);
  show(fromUrl());
});
show(fromUrl());
