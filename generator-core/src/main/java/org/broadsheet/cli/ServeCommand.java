package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.broadsheet.serve.Preview;

/**
 * {@code broadsheet serve}: builds the site, serves it at http://127.0.0.1:8000/, rebuilds on every change to
 * the seeds, templates or settings, and reloads open pages; until Ctrl+C.
 */
final class ServeCommand {
    private ServeCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Main.UsageException {
        Options options = Options.parse(args, List.of("--source", "--out", "--templates", "--host", "--port",
                "--base-url", "--title", "--publication", "--language", "--year", "--stop-after"),
                List.of("--allow-remote"));
        if (!options.positional().isEmpty()) {
            throw new Main.UsageException("serve takes no positional arguments; got '" + options.positional().get(0) + "'");
        }
        if (options.value("--source") == null || options.value("--out") == null) {
            throw new Main.UsageException("serve needs --source DIR and --out DIR");
        }
        Preview.Log log = new Preview.Log() {
            @Override
            public void info(String message) {
                out.println(message);
            }

            @Override
            public void warn(String message) {
                err.println("warning: " + message);
            }

            @Override
            public void error(String message) {
                err.println(message.startsWith("Build failed") || message.contains(": error: ") ? message : "error: " + message);
            }
        };
        Preview preview = Preview.builder()
                .source(Path.of(options.value("--source")))
                .output(Path.of(options.value("--out")))
                .templates(options.value("--templates") == null ? null : Path.of(options.value("--templates")))
                .host(options.value("--host") == null ? "127.0.0.1" : options.value("--host"))
                .port(number(options, "--port", 8000))
                .allowRemote(options.has("--allow-remote"))
                .setting("baseUrl", options.value("--base-url"))
                .setting("title", options.value("--title"))
                .setting("publication", options.value("--publication"))
                .setting("language", options.value("--language"))
                .setting("year", options.value("--year"))
                .log(log)
                .build();
        try {
            preview.start();
            preview.awaitStop(Duration.ofSeconds(number(options, "--stop-after", 0)));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: cannot serve: " + e.getMessage());
            preview.close();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
            return 0;
        }
    }

    private static int number(Options options, String name, int fallback) throws Main.UsageException {
        String value = options.value(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Main.UsageException(name + " '" + value + "' is not a number");
        }
    }
}
