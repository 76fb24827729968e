package org.broadsheet.maven;

import java.io.File;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.read.Problem;
import org.broadsheet.read.ReadResult;
import org.broadsheet.read.SeedException;
import org.broadsheet.read.SeedReader;

/**
 * Reads the seed files and reports their warnings and errors, writing nothing. For CI: fails the build when
 * a seed cannot be read, listing every bad file.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {
    /** The folder holding the seed files (and, optionally, {@code broadsheet.properties}). */
    @Parameter(property = "broadsheet.sourceDirectory", defaultValue = "${basedir}")
    private File sourceDirectory;

    /** Fail the build when reading the seeds gives warnings too, not only errors. */
    @Parameter(property = "broadsheet.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip the check; the log says so. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Broadsheet check: broadsheet.skip is true");
            return;
        }
        try {
            ReadResult result = SeedReader.builder().build().read(sourceDirectory.toPath());
            for (Problem problem : result.problems()) {
                if (problem.isError()) {
                    getLog().error(problem.toString());
                } else {
                    getLog().warn(problem.toString());
                }
            }
            if (result.hasErrors() || failOnWarning && !result.warnings().isEmpty()) {
                throw new MojoFailureException("Broadsheet seeds have problems:\n" + result.problems().stream()
                        .map(Problem::toString).collect(Collectors.joining("\n")));
            }
            getLog().info("Broadsheet: " + result.archive().issues().size() + " issues, "
                    + result.archive().articleCount() + " articles, " + result.warnings().size() + " warnings");
        } catch (SeedException e) {
            throw new MojoFailureException("Broadsheet settings are invalid:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
    }
}
