package org.broadsheet.maven;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.serve.Preview;

/**
 * Previews the archive: builds it, serves it at {@code http://127.0.0.1:8000/}, and on every change to the
 * seeds, the templates or {@code broadsheet.properties} rebuilds it and reloads open pages. A broken edit is
 * shown in the log and in the page, and the preview keeps running. Stops on Ctrl+C, in batch mode too.
 *
 * <p>The site is built for the preview's address, keeping the path of the configured base URL: a site for
 * {@code https://example.org/archive/} is previewed at {@code http://127.0.0.1:8000/archive/}.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractBroadsheetMojo {
    /** The folder the preview builds into and serves; kept apart from the site {@code generate} writes. */
    @Parameter(property = "broadsheet.serve.outputDirectory", defaultValue = "${project.build.directory}/broadsheet-preview")
    private File outputDirectory;

    /**
     * The address to listen on. Only loopback addresses ({@code 127.0.0.1}, {@code ::1}, {@code localhost})
     * unless {@code allowRemote} is set.
     */
    @Parameter(property = "broadsheet.serve.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port to listen on; {@code 0} picks a free one (the log says which). */
    @Parameter(property = "broadsheet.serve.port", defaultValue = "8000")
    private int port;

    /** Allow a {@code host} other than loopback, which shows the preview to the network. */
    @Parameter(property = "broadsheet.serve.allowRemote", defaultValue = "false")
    private boolean allowRemote;

    /**
     * Stop after this many seconds, for scripts and tests; {@code 0} (the default) serves until Ctrl+C, in
     * interactive and batch mode alike.
     */
    @Parameter(property = "broadsheet.serve.stopAfter", defaultValue = "0")
    private int stopAfter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Preview preview = Preview.builder()
                .source(sourceDirectory.toPath())
                .output(outputDirectory.toPath())
                .templates(templateDirectory == null ? null : templateDirectory.toPath())
                .setting("baseUrl", baseUrl)
                .setting("title", title)
                .setting("publication", publication)
                .setting("language", language)
                .setting("year", year)
                .host(host)
                .port(port)
                .allowRemote(allowRemote)
                .log(new MavenPreviewLog(getLog()))
                .build();
        try {
            preview.start();
            preview.awaitStop(Duration.ofSeconds(stopAfter));
        } catch (IllegalArgumentException e) {
            preview.close();
            throw new MojoFailureException("Cannot serve: " + e.getMessage() + " (broadsheet.serve.allowRemote)", e);
        } catch (IOException e) {
            preview.close();
            throw new MojoExecutionException("Cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with -Dbroadsheet.serve.port=…", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
    }
}
