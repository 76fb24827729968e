package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.read.internal.RawTextParserAccess;

/**
 * Properties of the raw-text reader, checked by jqwik on a few hundred generated issues each: it never fails
 * with anything but a reported {@link Problem} (or a {@link SeedException}), and every character of the body
 * text appears in the model exactly once, in order. Issues are built from the sample's own lines, whole, cut
 * and mutated, mixed with random CJK, punctuation and whitespace, page markers and front matter; a failure
 * prints the shrunk input and the seed to replay it with.
 */
class ReaderPropertiesTest {
    private static final String PUNCTUATION = "，。、“”（）《》：；！？——…·　 %+-/\t";
    private static final String NEWS_WORDS = "省市县报讯电记者本新华社月日年第版编辑：abcXYZ0123456789";
    private static final List<String> SAMPLE = sampleLines();
    private static final SeedReader READER = SeedReader.builder().build();
    private static Path folder;

    @BeforeContainer
    static void makeFolder() throws IOException {
        folder = Files.createTempDirectory("broadsheet-reader-properties-");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** A generated seed: optional front matter, then the body the model must hold. */
    record Seed(String frontMatter, String body) {
        String text() {
            return frontMatter + body;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    @Property(tries = 400)
    void everyCharacterOfTheTextAppearsInTheModelOnceAndInOrder(@ForAll("issues") Seed seed) {
        ReadResult result = read(seed.text().getBytes(StandardCharsets.UTF_8));
        if (result == null || result.hasErrors()) {
            return; // a reported problem is the reader's documented way to refuse an input
        }
        assertEquals(1, result.archive().issues().size(), "one seed file, one issue");
        assertEquals(expected(seed.body()), actual(result.archive().issues().get(0)));
    }

    @Property(tries = 300)
    void bytesOfAnyKindGiveAnIssueOrAReportedProblemAndNothingElse(@ForAll("mutatedBytes") byte[] bytes) {
        ReadResult result = read(bytes);
        if (result != null) {
            assertTrue(result.hasErrors() || result.archive().issues().size() == 1,
                    "an issue is read, or an error says why not: " + result.problems());
        }
    }

    /**
     * Reads the bytes as a raw-text seed. Only a {@link SeedException} (returned as {@code null}) and problems
     * in the result are documented outcomes; anything else thrown fails the property.
     */
    private static ReadResult read(byte[] bytes) {
        Path seed = folder.resolve("2022-03-04.txt");
        try {
            Files.write(seed, bytes);
            return READER.read(seed);
        } catch (SeedException e) {
            assertTrue(!e.problems().isEmpty(), "a SeedException names its problems");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Seed> issues() {
        Arbitrary<String> body = line().list().ofMinSize(1).ofMaxSize(30)
                .flatMap(lines -> Arbitraries.of("\n", "\n\n", "\r\n", "\n　　\n").map(gap -> String.join(gap, lines)));
        return Combinators.combine(frontMatter(), body).as(Seed::new);
    }

    @Provide
    Arbitrary<byte[]> mutatedBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> mutated = issues().map(seed -> seed.text().getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Arbitraries.integers().between(0, 20).list().ofMaxSize(8)
                        .map(flips -> flip(bytes, flips)));
        Arbitrary<byte[]> otherEncodings = issues().flatMap(seed -> Arbitraries.of("GB18030", "Big5", "UTF-16LE",
                "UTF-16BE").map(charset -> seed.text().getBytes(java.nio.charset.Charset.forName(charset))));
        return Arbitraries.oneOf(random, mutated, otherEncodings);
    }

    /** Overwrites bytes spread over the input with values from 0x00 to 0xFF: broken UTF-8, NUL, control bytes. */
    private static byte[] flip(byte[] bytes, List<Integer> flips) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < flips.size() && copy.length > 0; i++) {
            int at = (int) ((long) (flips.get(i) * 7919 + i * 104729) % copy.length);
            copy[at] = (byte) (flips.get(i) * 13 + 0x80);
        }
        return copy;
    }

    private Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(SAMPLE)),
                net.jqwik.api.Tuple.of(2, cutSampleLine()),
                net.jqwik.api.Tuple.of(2, mutatedSampleLine()),
                net.jqwik.api.Tuple.of(2, randomText()),
                net.jqwik.api.Tuple.of(1, pageMarker()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "　　", " \t ", "\uFEFF")));
    }

    private static Arbitrary<String> cutSampleLine() {
        return Arbitraries.of(SAMPLE).flatMap(line -> Arbitraries.integers().between(0, line.length())
                .flatMap(at -> Arbitraries.of(line.substring(0, at), line.substring(at))));
    }

    /** A sample line with a few characters replaced by, or joined with, random ones. */
    private Arbitrary<String> mutatedSampleLine() {
        return Combinators.combine(Arbitraries.of(SAMPLE), Arbitraries.integers().between(0, 10_000).list().ofMaxSize(5),
                randomChar().list().ofMinSize(5).ofMaxSize(5)).as((line, places, chars) -> {
                    StringBuilder text = new StringBuilder(line);
                    for (int i = 0; i < places.size(); i++) {
                        int at = places.get(i) % (text.length() + 1);
                        if (i % 2 == 0 && at < text.length()) {
                            text.setCharAt(at, chars.get(i));
                        } else {
                            text.insert(at, chars.get(i));
                        }
                    }
                    return text.toString();
                });
    }

    private static Arbitrary<String> randomText() {
        return randomChar().list().ofMinSize(1).ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Arbitrary<Character> randomChar() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u4E00', '\u9FFF')),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(chars(PUNCTUATION))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(chars(NEWS_WORDS))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u00A0', '\u2028', '\u2029', '\u3000', '\u200B')));
    }

    private static Arbitrary<String> pageMarker() {
        return Combinators.combine(Arbitraries.of("第", ""), Arbitraries.integers().between(1, 24),
                Arbitraries.of("版：要闻", "版:评论", "版", "版 ：国际", "版：")).as((first, n, rest) ->
                first + String.format("%02d", n) + rest);
    }

    private static Arbitrary<String> frontMatter() {
        Arbitrary<String> entry = Arbitraries.of("date: 2022-03-04", "date: 2022-02-30", "date: '2021-12-31'",
                "publication: 山西日报", "edition: 晚报", "colour: red", "# a comment", "", "no colon here",
                "date:", "---x");
        return Arbitraries.oneOf(Arbitraries.just(""),
                entry.list().ofMaxSize(4).map(entries -> "---\n" + String.join("\n", entries) + "\n---\n"));
    }

    /** The text without blank lines, indentation or page markers: what the model must hold. */
    private static String expected(String text) {
        return text.lines().map(RawTextParserAccess::strip).filter(line -> !line.isEmpty())
                .filter(line -> !RawTextParserAccess.isPageMarker(line)).collect(Collectors.joining());
    }

    private static String actual(Issue issue) {
        StringBuilder model = new StringBuilder();
        for (Article article : issue.articles()) {
            append(model, article.kicker());
            if (!RawTextParserAccess.isUntitled(article.title())) {
                model.append(article.title());
            }
            append(model, article.subtitle());
            String prefix = article.byline().prefix();
            if (prefix != null && (article.paragraphs().isEmpty() || !article.paragraphs().get(0).startsWith(prefix))) {
                model.append(prefix);
            }
            article.paragraphs().forEach(model::append);
        }
        return model.toString();
    }

    private static void append(StringBuilder model, String text) {
        if (text != null) {
            model.append(text);
        }
    }

    private static List<Character> chars(String text) {
        List<Character> chars = new ArrayList<>();
        text.chars().forEach(c -> chars.add((char) c));
        return chars;
    }

    private static List<String> sampleLines() {
        try {
            return Files.readAllLines(Path.of("../seeds/000_85245450a54b3a6c.txt"), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
