package org.broadsheet.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.read.ReadResult;
import org.broadsheet.read.SeedException;

/**
 * Reads the seeds and reports their warnings and errors, writing nothing. For CI: fails the build when a
 * seed cannot be read (or, with {@code failOnWarning}, when any gives a warning), listing every bad file.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractBroadsheetMojo {
    /** Fail the build when the seeds give warnings too, not only errors. */
    @Parameter(property = "broadsheet.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip the check. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Broadsheet check: broadsheet.skip is true");
            return;
        }
        try {
            ReadResult result = broadsheet(null, false).check();
            log(result.problems());
            if (result.hasErrors() || failOnWarning && !result.warnings().isEmpty()) {
                throw failure("Broadsheet seeds in " + sourceDirectory + " have problems", result.problems());
            }
            getLog().info("Broadsheet check: " + result.archive().issues().size() + " issues, "
                    + result.archive().articleCount() + " articles, " + result.warnings().size() + " warnings");
        } catch (SeedException e) {
            log(e.problems());
            throw failure("Broadsheet seeds in " + sourceDirectory + " cannot be read", e.problems());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
    }
}
