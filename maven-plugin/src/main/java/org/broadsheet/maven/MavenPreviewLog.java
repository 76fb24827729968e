package org.broadsheet.maven;

import org.apache.maven.plugin.logging.Log;
import org.broadsheet.serve.Preview;

/** The preview's reports, in Maven's log. */
final class MavenPreviewLog implements Preview.Log {
    private final Log log;

    MavenPreviewLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
