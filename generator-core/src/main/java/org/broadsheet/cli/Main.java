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
 * success, 1 when the input has errors, 2 on wrong usage.
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
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
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
