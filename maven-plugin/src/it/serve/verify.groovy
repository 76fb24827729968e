// What the checker started by prebuild.groovy found while broadsheet:serve ran.
def report = new File(basedir, 'serve-check.txt')
for (int i = 0; i < 100 && !(report.exists() && report.getText('UTF-8').contains('done')); i++) {
    sleep 100
}
assert report.exists() : 'the checker never finished'
def text = report.getText('UTF-8')
println text
assert !text.contains('FAIL') : text
assert text.contains('ok: editing a seed sends a reload event')
assert text.contains('ok: and serves the rebuilt page')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Preview stopped') : 'the preview did not stop by itself'
assert log.contains('BUILD SUCCESS')
