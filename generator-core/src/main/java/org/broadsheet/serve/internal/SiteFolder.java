package org.broadsheet.serve.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps a request path to a file inside the output folder, and never to anything outside it.
 *
 * <p>Refused ({@link Kind#FORBIDDEN}): {@code .} and {@code ..} segments, in plain or percent-encoded form;
 * encoded slashes and backslashes; NUL; malformed percent-encoding or UTF-8; absolute or drive-letter
 * segments; and any file whose real path (after symbolic links) is outside the folder. Hidden files (a
 * segment starting with {@code .}) are not found. A folder without a trailing slash is a {@link Kind#REDIRECT};
 * with one, it is its {@code index.html}.
 *
 * <p>Immutable and thread-safe; the folder's content is looked up afresh on every call, since the preview
 * rebuilds it while serving.
 */
public final class SiteFolder {
    /** What a request path turned out to be. */
    public enum Kind { FILE, REDIRECT, NOT_FOUND, FORBIDDEN }

    /** The outcome of a lookup: the file to serve for {@link Kind#FILE}, otherwise {@code null}. */
    public record Lookup(Kind kind, Path file) {
        static final Lookup NOT_FOUND = new Lookup(Kind.NOT_FOUND, null);
        static final Lookup FORBIDDEN = new Lookup(Kind.FORBIDDEN, null);
        static final Lookup REDIRECT = new Lookup(Kind.REDIRECT, null);
    }

    private final Path root;

    public SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Looks up a raw (still percent-encoded) path relative to the folder, such as {@code issues/a.html},
     * {@code issues/} or the empty string for the folder itself.
     */
    public Lookup resolve(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Lookup.FORBIDDEN;
        }
        String path;
        try {
            path = percentDecode(rawPath);
        } catch (IllegalArgumentException e) {
            return Lookup.FORBIDDEN;
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.startsWith("/")) {
            return Lookup.FORBIDDEN;
        }
        boolean folderWanted = path.isEmpty() || path.endsWith("/");
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.indexOf(':') >= 0) {
                return Lookup.FORBIDDEN;
            }
            if (segment.startsWith(".")) {
                return Lookup.NOT_FOUND;
            }
            try {
                Path part = root.getFileSystem().getPath(segment);
                if (part.isAbsolute() || part.getNameCount() != 1) {
                    return Lookup.FORBIDDEN;
                }
                file = file.resolve(part);
            } catch (InvalidPathException e) {
                return Lookup.FORBIDDEN;
            }
        }
        if (!file.normalize().startsWith(root)) {
            return Lookup.FORBIDDEN;
        }
        if (Files.isDirectory(file)) {
            if (!folderWanted) {
                return isInside(file) ? Lookup.REDIRECT : Lookup.FORBIDDEN;
            }
            file = file.resolve("index.html");
        } else if (folderWanted) {
            return Lookup.NOT_FOUND;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Lookup.NOT_FOUND;
        }
        if (!isInside(file)) {
            return Lookup.FORBIDDEN;
        }
        return Files.isRegularFile(file) ? new Lookup(Kind.FILE, file) : Lookup.NOT_FOUND;
    }

    /** Whether the file, with every symbolic link followed, is still inside the folder. */
    private boolean isInside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Decodes {@code %XX} escapes as UTF-8; unlike URLDecoder, leaves {@code +} alone, as paths require. */
    static String percentDecode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '%') {
                bytes.write(in[i]);
                continue;
            }
            if (i + 2 >= in.length) {
                throw new IllegalArgumentException("truncated escape in '" + raw + "'");
            }
            int high = Character.digit(in[i + 1], 16);
            int low = Character.digit(in[i + 2], 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("bad escape in '" + raw + "'");
            }
            bytes.write(high << 4 | low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8: '" + raw + "'", e);
        }
    }
}
