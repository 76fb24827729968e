// How each search is asked a query in the browser, for bench/query.mjs. An adapter names the page the cold
// query starts from (loaded, then counting starts) and a function run in that page that performs one query
// and waits for what a results list would show: the total and the first `limit` results' titles.
//
// Add or change an adapter here when a search's API changes; query.mjs stays as it is.

export const adapters = {
  /** Pagefind's JS API, as its own UI uses it: init, search, then load the shown results' data. */
  pagefind: {
    start: '/',
    async run(page, query, limit) {
      return page.evaluate(async ({ query, limit }) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const search = await pagefind.search(query);
        const shown = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
        return { total: search.results.length, titles: shown.map((d) => d.meta?.title ?? '') };
      }, { query, limit });
    },
  },

  /**
   * Broadsheet's search module: `search(query, options)` from assets/search.js, resolving to
   * `{ total, results: [{ url, title, date, reporters, excerpt }] }` (`size` results a page). An array of hits
   * is taken too, should the API change.
   */
  broadsheet: {
    start: '/',
    module: '/assets/search.js',
    async run(page, query, limit) {
      return page.evaluate(async ({ query, limit, module }) => {
        const search = await import(module);
        const answer = await search.search(query, { size: limit });
        const hits = Array.isArray(answer) ? answer : answer?.results ?? answer?.hits ?? [];
        const total = Array.isArray(answer) ? hits.length : answer?.total ?? hits.length;
        const shown = await Promise.all(hits.slice(0, limit).map(async (hit) =>
          (typeof hit.data === 'function' ? await hit.data() : hit)));
        return { total, titles: shown.map((h) => h.title ?? h.meta?.title ?? '') };
      }, { query, limit, module: this.module });
    },
  },

  /** Broadsheet's search page: /search/?q=…, done when the network is idle; counts the page itself too. */
  'broadsheet-page': {
    start: null,
    async run(page, query) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      return page.evaluate(() => {
        const items = document.querySelectorAll('[data-search-results] li, .search-results li, main ol li');
        return { total: items.length, titles: [...items].slice(0, 10).map((li) => li.textContent.trim().slice(0, 40)) };
      });
    },
  },
};
