// Build passed (invoker checks that); the reports exist and the log has the Chinese summary line.
def out = new File(basedir, 'target/zwgk-catalogue')
assert new File(out, 'county.json.html').isFile()
assert new File(out, 'county.json.json').isFile()
assert new File(out, 'summary.json').isFile()
assert new File(out, 'index.html').text.contains('county.json.html')
def report = new groovy.json.JsonSlurper().parse(new File(out, 'county.json.json'))
assert report.summary.errors == 0
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('county.json：结果：错误 0 项')
return true
