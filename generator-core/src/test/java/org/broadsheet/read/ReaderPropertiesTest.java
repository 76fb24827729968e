package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.read.internal.RawTextParserAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the raw-text reader, checked on a few hundred generated issues each: it never fails with
 * anything but a reported {@link Problem} (or a {@link SeedException}), and every character of the body text
 * appears in the model exactly once, in order. Issues are built from the sample's own lines, whole, cut and
 * mutated, mixed with random CJK, punctuation and whitespace, page markers and front matter.
 *
 * <p>Generated from a fixed seed per try, so a failure names the try and its input and replays exactly.
 * (Not jqwik: from 1.10 on its maintainer asks that it not be used by AI coding agents, and this suite was
 * written by one. The generators below are small enough to own.)
 */
class ReaderPropertiesTest {
    private static final String PUNCTUATION = "，。、“”（）《》：；！？——…·　 %+-/\t";
    private static final String NEWS_WORDS = "省市县报讯电记者本新华社月日年第版编辑：abcXYZ0123456789";
    private static final String ODD_SPACES = "\u00A0\u2028\u2029\u3000\u200B";
    private static final List<String> SAMPLE = sampleLines();
    private static final SeedReader READER = SeedReader.builder().build();

    @TempDir
    Path folder;

    /** A generated seed: optional front matter, then the body the model must hold. */
    record Seed(String frontMatter, String body) {
        String text() {
            return frontMatter + body;
        }
    }

    @Test
    void everyCharacterOfTheTextAppearsInTheModelOnceAndInOrder() {
        for (int attempt = 0; attempt < 400; attempt++) {
            Seed seed = issue(new SplittableRandom(attempt));
            ReadResult result = read(seed.text().getBytes(StandardCharsets.UTF_8));
            if (result == null || result.hasErrors()) {
                continue; // a reported problem is the reader's documented way to refuse an input
            }
            String where = "try " + attempt + ", input:\n" + seed.text();
            assertEquals(1, result.archive().issues().size(), where);
            String expected = expected(seed.body());
            assertEquals(expected, actual(result.archive().issues().get(0), expected), where);
        }
    }

    @Test
    void bytesOfAnyKindGiveAnIssueOrAReportedProblemAndNothingElse() {
        for (int attempt = 0; attempt < 300; attempt++) {
            byte[] bytes = mutatedBytes(new SplittableRandom(1_000_000 + attempt));
            ReadResult result = read(bytes);
            if (result != null) {
                assertTrue(result.hasErrors() || result.archive().issues().size() == 1,
                        "try " + attempt + ": an issue is read, or an error says why not: " + result.problems());
            }
        }
    }

    /**
     * Reads the bytes as a raw-text seed. Only a {@link SeedException} (returned as {@code null}) and problems
     * in the result are documented outcomes; anything else thrown fails the test.
     */
    private ReadResult read(byte[] bytes) {
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

    private static Seed issue(SplittableRandom random) {
        int count = 1 + random.nextInt(30);
        String gap = pick(random, List.of("\n", "\n\n", "\r\n", "\n　　\n"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : gap).append(line(random));
        }
        return new Seed(frontMatter(random), body.toString());
    }

    private static byte[] mutatedBytes(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(2001)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                byte[] bytes = issue(random).text().getBytes(StandardCharsets.UTF_8);
                for (int flips = random.nextInt(9); flips > 0 && bytes.length > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // broken UTF-8, NUL, controls
                }
                return bytes;
            }
            default -> {
                String charset = pick(random, List.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE"));
                return issue(random).text().getBytes(Charset.forName(charset));
            }
        }
    }

    private static String line(SplittableRandom random) {
        int roll = random.nextInt(12);
        if (roll < 4) {
            return pick(random, SAMPLE);
        } else if (roll < 6) {
            String line = pick(random, SAMPLE);
            int at = random.nextInt(line.length() + 1);
            return random.nextBoolean() ? line.substring(0, at) : line.substring(at);
        } else if (roll < 8) {
            return mutated(random, pick(random, SAMPLE));
        } else if (roll < 10) {
            return randomText(random, 1 + random.nextInt(40));
        } else if (roll < 11) {
            return pick(random, List.of("第", "")) + String.format("%02d", 1 + random.nextInt(24))
                    + pick(random, List.of("版：要闻", "版:评论", "版", "版 ：国际", "版："));
        }
        return pick(random, List.of("", "　　", " \t ", "\uFEFF"));
    }

    /** A sample line with a few characters replaced by, or joined with, random ones. */
    private static String mutated(SplittableRandom random, String line) {
        StringBuilder text = new StringBuilder(line);
        for (int i = random.nextInt(6); i > 0; i--) {
            int at = random.nextInt(text.length() + 1);
            char c = randomChar(random);
            if (random.nextBoolean() && at < text.length()) {
                text.setCharAt(at, c);
            } else {
                text.insert(at, c);
            }
        }
        return text.toString();
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(randomChar(random));
        }
        return text.toString();
    }

    private static char randomChar(SplittableRandom random) {
        int roll = random.nextInt(9);
        if (roll < 3) {
            return (char) random.nextInt('\u4E00', '\u9FFF' + 1);
        } else if (roll < 6) {
            return PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
        } else if (roll < 8) {
            return NEWS_WORDS.charAt(random.nextInt(NEWS_WORDS.length()));
        }
        return ODD_SPACES.charAt(random.nextInt(ODD_SPACES.length()));
    }

    private static String frontMatter(SplittableRandom random) {
        if (random.nextBoolean()) {
            return "";
        }
        List<String> entries = List.of("date: 2022-03-04", "date: 2022-02-30", "date: '2021-12-31'",
                "publication: 山西日报", "edition: 晚报", "colour: red", "# a comment", "", "no colon here",
                "date:", "---x");
        StringBuilder block = new StringBuilder("---\n");
        for (int i = random.nextInt(5); i > 0; i--) {
            block.append(pick(random, entries)).append('\n');
        }
        return block.append("---\n").toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The text without blank lines, indentation or page markers: what the model must hold. */
    private static String expected(String text) {
        return text.lines().map(RawTextParserAccess::strip).filter(line -> !line.isEmpty())
                .filter(line -> !RawTextParserAccess.isPageMarker(line)).collect(Collectors.joining());
    }

    /**
     * The model's text in reading order. A kicker not found in the text is a column's name and the kicker below
     * it, two lines joined by the one space the reader puts between them.
     */
    private static String actual(Issue issue, String text) {
        StringBuilder model = new StringBuilder();
        for (Article article : issue.articles()) {
            String kicker = article.kicker();
            append(model, kicker == null || text.contains(kicker) ? kicker : kicker.replaceFirst(" ", ""));
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

    private static List<String> sampleLines() {
        try {
            return Files.readAllLines(Path.of("../seeds/000_85245450a54b3a6c.txt"), StandardCharsets.UTF_8)
                    .stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
