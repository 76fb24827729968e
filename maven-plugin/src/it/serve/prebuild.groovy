// Starts a checker beside the build: it waits for the preview's address in the build log, then uses the
// preview as a browser would, and writes what it found to serve-check.txt for verify.groovy.
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def buildLog = new File(basedir, 'build.log')
def report = new File(basedir, 'serve-check.txt')
def seed = new File(basedir, 'src/main/broadsheet/2022-03-04.txt')
def output = new File(basedir, 'target/broadsheet-preview')
report.delete()

def thread = new Thread({
    def lines = []
    def check = { String name, boolean ok, String detail = '' -> lines << "${ok ? 'ok' : 'FAIL'}: ${name}${ok ? '' : ' — ' + detail}" }
    try {
        String url = null
        long deadline = System.currentTimeMillis() + 90_000
        while (url == null && System.currentTimeMillis() < deadline) {
            def found = (buildLog.exists() ? buildLog.getText('UTF-8') : '') =~ /Serving (http:\/\/\S+)/
            if (found.find()) {
                url = found.group(1)
            } else {
                sleep 200
            }
        }
        check('the log gives the address', url != null, 'no "Serving http://…" line')
        def uri = new URI(url)
        def http = HttpClient.newHttpClient()

        def page = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        check('the home page is served', page.statusCode() == 200, "status ${page.statusCode()}: ${page.body()}")
        def type = page.headers().firstValue('Content-Type').orElse('')
        check('as HTML in UTF-8', type == 'text/html;charset=utf-8', type)
        check('with the reload script', page.body().contains('/__broadsheet/reload.js'), 'no script tag')
        def onDisk = new File(output, 'index.html')
        check('which the built file does not contain', onDisk.isFile() && !onDisk.getText('UTF-8').contains('__broadsheet'), 'script in the file')

        // A request as written, not normalised as a browser would.
        def socket = new Socket(uri.host, uri.port)
        socket.outputStream.write("GET /../pom.xml HTTP/1.1\r\nHost: ${uri.host}:${uri.port}\r\nConnection: close\r\n\r\n".getBytes('UTF-8'))
        def answer = socket.inputStream.getText('UTF-8')
        socket.close()
        check('../ is refused', answer.startsWith('HTTP/1.1 403') || answer.startsWith('HTTP/1.1 404'), answer.readLines()[0])
        check('and shows nothing outside', !answer.contains('<project'), 'pom.xml served')

        def events = http.send(HttpRequest.newBuilder(uri.resolve('/__broadsheet/reload')).build(),
                HttpResponse.BodyHandlers.ofLines()).body().iterator()
        def await = { String name ->
            String current = null
            while (events.hasNext()) {
                String line = events.next()
                if (line.startsWith('event: ')) current = line.substring(7)
                else if (line.startsWith('data: ') && current == name) return true
            }
            return false
        }
        check('the page hears the preview', await('hello'), 'no hello event')
        seed.setText(seed.getText('UTF-8').replace('春季植树活动启动', '春季植树活动圆满结束'), 'UTF-8')
        check('editing a seed sends a reload event', await('reload'), 'no reload event')
        def rebuilt = []
        output.eachFileRecurse { if (it.name.endsWith('.html') && it.getText('UTF-8').contains('春季植树活动圆满结束')) rebuilt << it }
        check('the site was rebuilt with the edit', !rebuilt.isEmpty(), 'no page has the new title')
        if (rebuilt) {
            def path = output.toPath().relativize(rebuilt[0].toPath()).toString().replace('\\', '/')
            def again = http.send(HttpRequest.newBuilder(uri.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
            check('and serves the rebuilt page', again.statusCode() == 200 && again.body().contains('春季植树活动圆满结束'),
                    "status ${again.statusCode()}")
        }
    } catch (Throwable t) {
        check('no exception', false, t.toString())
    }
    report.setText(lines.join('\n') + '\ndone\n', 'UTF-8')
}, 'broadsheet-serve-check')
thread.daemon = true
thread.start()
return true
