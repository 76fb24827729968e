package org.broadsheet.serve.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The live-reload script and where it lives. The server adds a {@code <script>} tag to each HTML response
 * it sends; the files on disk are never changed, so a built site carries no trace of the preview.
 */
public final class ReloadScript {
    /** The reserved prefix: no site path starts with it, since the folder's own files sit under the base path. */
    public static final String PREFIX = "/__broadsheet/";
    public static final String SCRIPT_PATH = PREFIX + "reload.js";
    public static final String EVENTS_PATH = PREFIX + "reload";
    static final String TAG = "<script type=\"module\" src=\"" + SCRIPT_PATH + "\"></script>";

    private ReloadScript() {
    }

    /** The script's source. */
    public static byte[] source() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("/org/broadsheet/serve/reload.js")) {
            if (in == null) {
                throw new IllegalStateException("reload.js missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page with the script tag before its last {@code </body>}, or at its end when it has none. */
    public static String inject(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body");
        return body < 0 ? html + TAG + "\n" : html.substring(0, body) + TAG + "\n" + html.substring(body);
    }
}
