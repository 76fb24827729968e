package org.broadsheet.maven;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.Broadsheet;
import org.broadsheet.read.Problem;

/** What every goal reads: where the seeds and templates are, and the settings that override the archive's own. */
abstract class AbstractBroadsheetMojo extends AbstractMojo {
    /**
     * The folder of seed files: one {@code .txt} file per issue, with {@code broadsheet.properties} at its top.
     * Folders named {@code target}, {@code templates} and hidden ones are not read, nor {@code pom.xml}, so
     * a project whose base directory holds the seeds can say {@code ${project.basedir}}.
     */
    @Parameter(property = "broadsheet.sourceDirectory", defaultValue = "${project.basedir}/src/main/broadsheet")
    protected File sourceDirectory;

    /**
     * A folder of templates and assets that override the theme's, file by file: an {@code article.ftlh} here
     * replaces the theme's {@code article.ftlh}; anything not here comes from the theme. Default: the
     * {@code templates} folder inside {@code sourceDirectory}, when there is one.
     */
    @Parameter(property = "broadsheet.templateDirectory")
    protected File templateDirectory;

    /**
     * The absolute URL the archive is served from, such as {@code https://example.org/archive/}; every link,
     * canonical URL and feed carries its path. Overrides {@code baseUrl} in {@code broadsheet.properties}.
     */
    @Parameter(property = "broadsheet.baseUrl")
    protected String baseUrl;

    /** The site's title, shown in every page's header. Overrides {@code title} in {@code broadsheet.properties}. */
    @Parameter(property = "broadsheet.title")
    protected String title;

    /**
     * The newspaper's name, for issues that do not name their own. Overrides {@code publication} in
     * {@code broadsheet.properties}.
     */
    @Parameter(property = "broadsheet.publication")
    protected String publication;

    /**
     * The BCP 47 language of the archive's text, such as {@code zh-CN} (the default) or {@code zh-TW}.
     * Overrides {@code language} in {@code broadsheet.properties}.
     */
    @Parameter(property = "broadsheet.language")
    protected String language;

    /**
     * The year for datelines such as {@code 3月2日} in issues that give no date of their own. Overrides
     * {@code year} in {@code broadsheet.properties}.
     */
    @Parameter(property = "broadsheet.year")
    protected String year;

    /**
     * The facade, configured from the parameters, writing to {@code output} (which may be {@code null}); with
     * {@code failOnWarning} a seed warning fails a build before anything is written.
     */
    protected Broadsheet broadsheet(File output, boolean failOnWarning) {
        return broadsheet(output, failOnWarning, null);
    }

    /** As {@link #broadsheet(File, boolean)}, keeping the cache of read seeds in {@code cache} (or beside the output). */
    protected Broadsheet broadsheet(File output, boolean failOnWarning, File cache) {
        return Broadsheet.builder()
                .failOnWarning(failOnWarning)
                .source(sourceDirectory.toPath())
                .output(output == null ? null : output.toPath())
                .cache(cache == null ? null : cache.toPath())
                .templates(templateDirectory == null ? null : templateDirectory.toPath())
                .setting("baseUrl", baseUrl)
                .setting("title", title)
                .setting("publication", publication)
                .setting("language", language)
                .setting("year", year)
                .build();
    }

    /** Logs each problem at its level. */
    protected void log(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
    }

    /** The failure for problems, listing every one, each naming its file and line. */
    protected static MojoFailureException failure(String what, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        String counts = errors > 0 ? errors + " error(s)" : (problems.size() - errors) + " warning(s), and failOnWarning is set";
        return new MojoFailureException(what + ": " + counts + "\n" + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("\n")));
    }
}
