package org.broadsheet.render.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lists the files under a folder, whether it lies on disk or inside a jar on the class path.
 *
 * <p>Jars are opened as zip file systems and walked, which works whether or not the jar has entries for
 * folders (shaded jars may not).
 */
public final class ThemeAssets {
    private ThemeAssets() {
    }

    /**
     * Every file under {@code folder} on the class path, by its path relative to {@code folder}.
     *
     * @param marker a file known to be on the class path beside {@code folder} (in the same jar or folder),
     *               such as {@code org/broadsheet/theme/layout.ftlh}; it locates the jar or folder to list
     */
    public static Map<String, byte[]> fromClassPath(String marker, String folder) throws IOException {
        URL url = ThemeAssets.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IOException("theme file '" + marker + "' is not on the class path; is broadsheet-templates missing?");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String spec = uri.getRawSchemeSpecificPart();
                Path jar = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    return fromFolder(zip.getPath("/" + folder));
                }
            }
            Path root = Path.of(uri);
            for (int i = 0; i < marker.split("/").length; i++) {
                root = root.getParent();
            }
            return fromFolder(root.resolve(folder));
        } catch (URISyntaxException e) {
            throw new IOException("cannot list theme folder '" + url + "'", e);
        }
    }

    /** Every file under {@code folder} on disk, by its {@code /}-separated path relative to it; empty when absent. */
    public static Map<String, byte[]> fromFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".") && !name.contains("/.")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
