// A bad seed fails the build, naming the file and line, and leaves the previous output as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('2022-03-05.txt:2: error: date \'2022-13-45\'') : 'the failure does not name the bad file and line'
assert log.contains('BUILD FAILURE')
def archive = new File(basedir, 'target/site/archive')
def pages = []
archive.eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
assert pages.any { it.getText('UTF-8').contains('冬储白菜全部售完') } : 'the previous site is gone'
assert !pages.any { it.getText('UTF-8').contains('春季植树活动启动') } : 'the failed build wrote its good seeds'
