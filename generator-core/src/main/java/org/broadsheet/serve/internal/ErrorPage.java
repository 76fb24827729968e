package org.broadsheet.serve.internal;

/**
 * The page served in place of the site's pages while the last rebuild failed: the error as the log gave
 * it, and the reload script, so the page comes back by itself once the seed or template is fixed.
 */
public final class ErrorPage {
    private ErrorPage() {
    }

    public static String render(String message) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Build failed · Broadsheet preview</title>
                <style>
                body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#fff4f4;color:#300}
                main{max-width:60rem;margin:2rem auto;padding:0 1rem}
                pre{white-space:pre-wrap;background:#fff;border:1px solid #d99;padding:1rem;font:14px/1.5 ui-monospace,monospace}
                </style>
                </head>
                <body>
                <main>
                <h1>The last build failed</h1>
                <p>Fix the file named below; this page reloads by itself when the build succeeds.</p>
                <pre id="broadsheet-build-error">%s</pre>
                </main>
                </body>
                </html>
                """.formatted(escape(message));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
