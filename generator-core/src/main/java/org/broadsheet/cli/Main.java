package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.read.ReadResult;
import org.broadsheet.read.SeedException;
import org.broadsheet.read.SeedReader;

/**
 * The command line: {@code java -jar broadsheet.jar <command> …}. A thin shell over the public API; exits 0 on
 * success, 1 when the input has errors (or memory ran out), 2 on wrong usage, 3 on an internal error; never
 * shows a stack trace.
 */
public final class Main {
    static final String USAGE = """
            Usage: java -jar broadsheet.jar <command> [options]

            Commands:
              parse PATH        Read seed files (a file or a folder) and print the archive as JSON on stdout;
                                warnings and errors go to stderr. Nothing is written.
              build             Read the seeds in --source and write the website to --out; prints one
                                summary line. A previous build there is updated: only files whose inputs
                                changed are written. Nothing is written when any seed has an error.
              serve --source DIR --out DIR
                                Build the site into DIR, serve it at http://127.0.0.1:8000/, and rebuild and
                                reload open pages whenever a seed, template or setting changes; until Ctrl+C.
              help              Show this help.

            Options for parse:
              --year YEAR       Year for datelines such as 3月2日 when no issue date is given.
              --publication P   The newspaper's name, where an issue does not give its own.

            Options for build (they override the source's broadsheet.properties):
              --source DIR      The folder of seed files (required).
              --out DIR         The folder to write the site to (required): new, empty, or written by a
                                previous build.
              --base-url URL    The absolute URL the site is served from, such as https://example.org/archive/
                                (for canonical links, feed and sitemap; pages link relatively).
              --title T         The site's title.
              --publication P   The newspaper's name, where an issue does not give its own.
              --language L      The language of the text, for <html lang>; default zh-CN.
              --templates DIR   Templates and assets that override the theme's; default DIR/templates.
              --year YEAR       Year for datelines such as 3月2日 when no issue date is given.
              --clean           Ignore the previous build and write every file.

            Options for serve: those of build, and
              --host HOST       Address to listen on (default 127.0.0.1: this machine only).
              --port PORT       Port to listen on (default 8000; 0 picks a free one).
              --allow-remote    Allow a --host other than loopback, showing the preview to the network.
              --base-url URL    The site's real address; the preview keeps its path (such as /archive/).
              --stop-after S    Stop after S seconds (for scripts and tests).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "parse" -> parse(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "build" -> BuildCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "serve" -> ServeCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (OutOfMemoryError e) {
            // A huge seed (one line of hundreds of MB, say) can outgrow the default heap: say what to do, not where.
            err.println("error: out of memory; give Java more (java -Xmx4g -jar broadsheet.jar …) or split the"
                    + " largest seed files");
            return 1;
        } catch (RuntimeException e) {
            // A bug of ours, not a fault of the input: one line a user can report, never a stack trace.
            err.println("error: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with the seed files that caused it");
            return 3;
        }
    }

    private static int parse(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, List.of("--year", "--publication"));
        if (options.positional().size() != 1) {
            throw new UsageException("parse takes one PATH, a seed file or a folder");
        }
        SeedReader reader = SeedReader.builder()
                .setting("year", options.value("--year"))
                .setting("publication", options.value("--publication"))
                .build();
        try {
            ReadResult result = reader.read(Path.of(options.positional().get(0)));
            result.problems().forEach(problem -> err.println(problem));
            if (result.hasErrors()) {
                err.println(result.errors().size() + " error(s); nothing printed");
                return 1;
            }
            out.println(ArchiveJson.toJson(result.archive()));
            return 0;
        } catch (SeedException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message);
        err.print(USAGE);
        return 2;
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

}
