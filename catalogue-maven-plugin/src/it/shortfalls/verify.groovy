// Build failed (invoker checks that); the failure names the file and the error count of its report.
def out = new File(basedir, 'target/zwgk-catalogue')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'county.json.json'))
int errors = report.summary.errors
assert errors > 0
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The catalogue does not conform')
assert log.contains("src/main/catalogue/county.json: ${errors} errors, ${report.summary.warnings} warnings")
assert log.contains('(failOn=error)')
// Our failure is a message, not a stack trace of the plugin's classes.
assert !log.contains('at org.zwgk.')
assert new File(out, 'county.json.html').isFile()
return true
