package org.broadsheet.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;
import org.broadsheet.internal.StringBuilderWriter;
import org.broadsheet.render.internal.RecordWrapper;
import org.broadsheet.render.internal.ThemeAssets;

/**
 * The site's look: FreeMarker templates and static assets, from a site's own templates folder first and the
 * default theme ({@code org/broadsheet/theme/} in the {@code broadsheet-templates} jar) second. A file in the
 * site folder replaces the theme's file of the same name, such as {@code article.ftlh} or
 * {@code assets/broadsheet.css}.
 *
 * <p>Holds one FreeMarker {@link Configuration}, built once: {@code .ftlh} templates escape HTML, {@code .ftlx}
 * templates escape XML, records are read as {@code article.title}. Templates are parsed once and cached;
 * {@link #refresh()} (called at the start of every site build) forgets them, so files added or changed in the
 * site folder while previewing are seen by the next build. Immutable and safe to use from several threads.
 */
public final class Theme {
    /** Where the default theme's files live on the class path. */
    public static final String CLASSPATH_ROOT = "org/broadsheet/theme";
    /** The folder, in the theme and in the site folder, whose files are copied to the site's {@code assets/}. */
    public static final String ASSETS = "assets";

    private final Path siteFolder;
    private final Configuration configuration;

    private Theme(Path siteFolder) {
        this.siteFolder = siteFolder;
        this.configuration = configure(siteFolder);
    }

    /**
     * The default theme, overridden by the files in {@code siteFolder}.
     *
     * @param siteFolder a folder of templates and assets, or {@code null} for the default theme alone
     * @throws IllegalArgumentException when {@code siteFolder} is given but is not a folder
     */
    public static Theme of(Path siteFolder) {
        if (siteFolder != null && !Files.isDirectory(siteFolder)) {
            throw new IllegalArgumentException("templates folder '" + siteFolder + "' is not a folder");
        }
        return new Theme(siteFolder);
    }

    /**
     * Renders one template with a data model.
     *
     * @param template a template name such as {@code article.ftlh}
     * @param model    the template's variables
     * @throws IOException when the template cannot be found, parsed or run; the message names the template
     */
    public String render(String template, Map<String, ?> model) throws IOException {
        try {
            Template t = configuration.getTemplate(template);
            StringBuilderWriter out = new StringBuilderWriter(8192);
            t.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IOException("template '" + template + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Forgets the parsed templates, so the next render reads them again from the site folder and the theme.
     * Within one build every page then sees the same templates, read once.
     */
    public void refresh() {
        configuration.clearTemplateCache();
    }

    /**
     * What a template's output depends on besides its variables: its own text and, in a fixed order, the text of
     * every template it imports or includes, directly or not. When a template names another with anything but a
     * string literal, every template is counted, to be safe.
     *
     * @throws IOException when a template cannot be found or read
     */
    public String templateIdentity(String template) throws IOException {
        SortedMap<String, String> texts = new TreeMap<>();
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of(template));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (texts.containsKey(name)) {
                continue;
            }
            String text = templateText(name);
            texts.put(name, text);
            java.util.regex.Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String referenced = m.group(1) != null ? m.group(1) : m.group(2);
                if (referenced == null) {
                    return "*" + allTemplates();
                }
                pending.push(referenced);
            }
        }
        StringBuilder identity = new StringBuilder();
        texts.forEach((name, text) -> identity.append(name).append('\0').append(text.length()).append('\0').append(text));
        return identity.toString();
    }

    /** {@code <#import "x">}, {@code <#include "x">}: group 1 is the name when it is a string literal. */
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("[<\\[]#(?:import|include)\\s+(?:\"([^\"]*)\"|'([^']*)'|)");

    private String allTemplates() throws IOException {
        SortedMap<String, byte[]> all = new TreeMap<>(ThemeAssets.fromClassPath(CLASSPATH_ROOT + "/layout.ftlh", CLASSPATH_ROOT));
        if (siteFolder != null) {
            all.putAll(ThemeAssets.fromFolder(siteFolder));
        }
        StringBuilder identity = new StringBuilder();
        all.forEach((name, bytes) -> {
            if (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl")) {
                identity.append(name).append('\0').append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return identity.toString();
    }

    private String templateText(String name) throws IOException {
        TemplateLoader loader = configuration.getTemplateLoader();
        Object source = loader.findTemplateSource(name);
        if (source == null) {
            throw new IOException("template '" + name + "' not found in " + (siteFolder == null ? "" : "'" + siteFolder
                    + "' or ") + "the theme");
        }
        try (java.io.Reader reader = loader.getReader(source, "UTF-8")) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } finally {
            loader.closeTemplateSource(source);
        }
    }

    /**
     * Every asset, by its path under {@code assets/} (such as {@code broadsheet.css}), in name order: the theme's
     * files with the site folder's files laid over them.
     */
    public SortedMap<String, byte[]> assets() throws IOException {
        SortedMap<String, byte[]> assets = new TreeMap<>(ThemeAssets.fromClassPath(CLASSPATH_ROOT + "/layout.ftlh", CLASSPATH_ROOT + "/" + ASSETS));
        if (siteFolder != null) {
            assets.putAll(ThemeAssets.fromFolder(siteFolder.resolve(ASSETS)));
        }
        return assets;
    }

    /** The site's own templates folder, or {@code null}. */
    public Path siteFolder() {
        return siteFolder;
    }

    private static Configuration configure(Path siteFolder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (siteFolder != null) {
            try {
                loaders.add(new FileTemplateLoader(siteFolder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates folder '" + siteFolder + "'", e);
            }
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), CLASSPATH_ROOT));
        MultiTemplateLoader loader = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        // Not sticky: a template added to the site folder later must win over the theme's from then on.
        loader.setSticky(false);
        cfg.setTemplateLoader(loader);
        // Parsed once per build: checking every template's date on every page costs more than rendering it.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        // Output must not depend on the machine: plain numbers, no locale or zone of the host.
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Site templates are not trusted to reach into Java.
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }
}
