// templates/article.ftlh in the source folder replaces the theme's article page; other pages keep the theme.
def archive = new File(basedir, 'target/site/archive')
def pages = []
archive.eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
def articles = pages.findAll { it.getText('UTF-8').contains('<article class="house-article">') }
assert articles.size() == 1 : "expected the one article rendered by the override, found ${articles*.name}"
def article = articles[0].getText('UTF-8')
assert article.contains('<p class="house-mark">资料室藏</p>')
assert article.contains('<h1>春季植树活动启动</h1>')
assert !pages.any { it.getText('UTF-8').contains('templates/article.ftlh') } : 'the override leaked into the output'
assert new File(archive, 'index.html').getText('UTF-8').contains('春季植树活动启动') : 'the home page lost the theme'
