package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildReport;
import org.broadsheet.read.SeedException;

/**
 * {@code build --source DIR --out DIR [--base-url URL] [--title T] [--publication P] [--language L]
 * [--templates DIR] [--year YEAR] [--clean]}: reads the seeds and writes the site (only what changed since the
 * previous build, unless {@code --clean}), then prints one summary line.
 */
final class BuildCommand {
    static final List<String> OPTIONS = List.of("--source", "--out", "--base-url", "--title", "--publication",
            "--language", "--templates", "--year");

    private BuildCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Main.UsageException {
        Options options = Options.parse(args, OPTIONS, List.of("--clean"));
        if (!options.positional().isEmpty()) {
            throw new Main.UsageException("build takes no PATH; give --source DIR and --out DIR");
        }
        String source = options.value("--source");
        String output = options.value("--out");
        if (source == null || output == null) {
            throw new Main.UsageException("build needs --source DIR and --out DIR");
        }
        String templates = options.value("--templates");
        try {
            Broadsheet broadsheet = Broadsheet.builder()
                    .source(Path.of(source))
                    .output(Path.of(output))
                    .templates(templates == null ? null : Path.of(templates))
                    .setting("baseUrl", options.value("--base-url"))
                    .setting("title", options.value("--title"))
                    .setting("publication", options.value("--publication"))
                    .setting("language", options.value("--language"))
                    .setting("year", options.value("--year"))
                    .clean(options.has("--clean"))
                    .build();
            BuildReport report = broadsheet.generate();
            report.warnings().forEach(err::println);
            out.println(report.summary());
            return 0;
        } catch (SeedException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().stream().filter(p -> p.isError()).count() + " error(s); nothing written");
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
