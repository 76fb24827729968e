package org.broadsheet.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildReport;
import org.broadsheet.read.ReadResult;
import org.broadsheet.read.SeedException;

/**
 * Builds the archive site from the seeds. Runs in {@code mvn site} by default, writing under the project's
 * site folder so {@code site:stage} and {@code site:deploy} carry it along.
 *
 * <p>When a seed has errors, the build fails listing every bad file and line, and the previous output is left
 * as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class GenerateMojo extends AbstractBroadsheetMojo {
    /** The folder the site is written to; replaced as a whole by a successful build. */
    @Parameter(property = "broadsheet.outputDirectory", defaultValue = "${project.reporting.outputDirectory}/archive")
    private File outputDirectory;

    /**
     * The file that keeps what each seed was read into, so that a build reads only new and changed seeds; the
     * build state (what each file of the site was made from, so that a build writes only what changed) is kept
     * beside it, {@code seeds.cache} giving {@code seeds.state}. Kept under {@code target}, out of the site
     * folder, so neither is deployed with the site.
     */
    @Parameter(property = "broadsheet.cacheFile", defaultValue = "${project.build.directory}/broadsheet/seeds.cache")
    private File cacheFile;

    /** Fail the build when the seeds give warnings too, not only errors; nothing is written then. */
    @Parameter(property = "broadsheet.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip generating the archive. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Broadsheet generate: broadsheet.skip is true");
            return;
        }
        Broadsheet site = broadsheet(outputDirectory, failOnWarning, cacheFile);
        try {
            BuildReport report = site.generate();
            log(report.warnings());
            getLog().info("Broadsheet: " + report.summary() + " → " + outputDirectory);
        } catch (SeedException e) {
            log(e.problems());
            throw failure("Broadsheet seeds in " + sourceDirectory + " cannot be read; " + outputDirectory
                    + " was left as it was", e.problems());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot build the archive from " + sourceDirectory + " into "
                    + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
