// A site served from a sub-path: every root-relative link, and every canonical URL, carries the sub-path.
def archive = new File(basedir, 'target/site/archive')
assert new File(archive, 'index.html').isFile() : 'nothing generated'
def pages = []
archive.eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
def canonical = ~/<link[^>]+rel="canonical"[^>]*>/
pages.each { page ->
    def html = page.getText('UTF-8')
    (html =~ /(?:href|src|action)="(\/[^"]*)"/).each { match, link ->
        assert link.startsWith('/papers/archive/') : "${page.name}: link '${link}' misses the sub-path /papers/archive/"
    }
    (html =~ /(?:href|src|content)="(https?:\/\/example\.org[^"]*)"/).each { match, link ->
        assert link.startsWith('https://example.org/papers/archive/') : "${page.name}: URL '${link}' misses the sub-path"
    }
}
assert pages.any { it.getText('UTF-8').contains('https://example.org/papers/archive/') } : 'no page carries the base URL'
