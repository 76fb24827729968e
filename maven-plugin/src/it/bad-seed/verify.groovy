// A bad seed fails the build, naming the file and line, and leaves the previous output alone.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('2022-03-05.txt:2: error: date \'2022-13-45\'') : 'the failure does not name the bad file and line'
assert log.contains('BUILD FAILURE')
def archive = new File(basedir, 'target/site/archive')
assert new File(archive, 'index.html').getText('UTF-8') == '<!DOCTYPE html><title>previous build</title>' : 'the previous output was changed'
assert new File(archive, 'kept.css').isFile() : 'the previous output lost a file'
assert archive.list().sort() == ['index.html', 'kept.css'] : "the failed build added files: ${archive.list()}"
