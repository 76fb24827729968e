// mvn site: the project's own site and the archive side by side under target/site.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').text.contains('A project with its own site and an archive') : 'the project site is missing'
def archive = new File(site, 'archive/index.html')
assert archive.isFile() : 'the archive was not generated under target/site/archive'
def pages = []
new File(site, 'archive').eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
assert pages.any { it.getText('UTF-8').contains('春季植树活动启动') } : 'no archive page shows the article'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Broadsheet: 1 issue, 1 article, \d+ pages/ : 'no summary line in the log'
// What the seeds were read into is kept under target, out of the site folder that site:deploy uploads.
assert new File(basedir, 'target/broadsheet/seeds.cache').isFile() : 'no cache of read seeds under target/broadsheet'
def cached = []
site.eachFileRecurse { if (it.name.endsWith('.cache')) cached << it }
assert cached.isEmpty() : "a cache inside the site folder: ${cached}"
// So is the build state, what each file of the site was made from.
assert new File(basedir, 'target/broadsheet/seeds.state').isFile() : 'no build state under target/broadsheet'
def states = []
site.eachFileRecurse { if (it.name.contains('state')) states << it }
assert states.isEmpty() : "a build state inside the site folder: ${states}"
