// broadsheet.skip: nothing written, and the log says which property skipped it.
assert !new File(basedir, 'target/site/archive').exists() : 'generated although skipped'
assert new File(basedir, 'build.log').getText('UTF-8').contains('Skipping Broadsheet generate: broadsheet.skip is true')
