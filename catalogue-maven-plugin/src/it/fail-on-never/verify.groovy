// Build passed despite the errors; the formats given by property were written, the html default was not.
def out = new File(basedir, 'target/zwgk-catalogue')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'county.json.json'))
assert report.summary.errors > 0
assert new File(out, 'county.json.sarif').isFile()
assert !new File(out, 'county.json.html').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("src/main/catalogue/county.json: Result: ${report.summary.errors} errors")
assert log.contains('BUILD SUCCESS')
return true
