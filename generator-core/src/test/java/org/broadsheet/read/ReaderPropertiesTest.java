package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.read.internal.RawTextParserAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On random and mutated issues the reader never fails with anything but a reported problem, and every
 * character of the text appears in the model exactly once, in order. Inputs are built from the sample's own
 * lines, cut, shuffled and mixed with random characters, from a fixed seed so a failure can be replayed.
 */
class ReaderPropertiesTest {
    private static final Pattern PAGE_MARKER = Pattern.compile("^第?\\s*[A-Za-z]?\\d{1,3}[A-Za-z]?\\s*版.*");
    private static final String ALPHABET = "，。、“”（）《》：；！？——…·　 abcXYZ0123456789%+-/省市县报讯电记者本新华社月日年第版编辑：\t";

    @TempDir
    Path folder;

    @Test
    void everyCharacterOfTheTextAppearsInTheModelOnceAndInOrder() throws Exception {
        List<String> sample = Files.readAllLines(Path.of("../seeds/000_85245450a54b3a6c.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();
        Random random = new Random(20220304);
        SeedReader reader = SeedReader.builder().build();
        for (int round = 0; round < 300; round++) {
            String text = randomIssue(random, sample);
            Path seed = folder.resolve("2022-03-04.txt");
            Files.writeString(seed, text, StandardCharsets.UTF_8);
            ReadResult result = reader.read(seed);
            if (result.hasErrors()) {
                continue; // a reported problem is a documented outcome
            }
            assertEquals(expected(text), actual(result.archive().issues().get(0)), "round " + round + ":\n" + text);
        }
    }

    private static String randomIssue(Random random, List<String> sample) {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            String line = switch (random.nextInt(6)) {
                case 0 -> randomText(random, 1 + random.nextInt(40));
                case 1 -> cut(random, sample.get(random.nextInt(sample.size())));
                case 2 -> "第0" + (1 + random.nextInt(8)) + "版：要闻";
                default -> sample.get(random.nextInt(sample.size()));
            };
            lines.add(line);
            lines.add(random.nextInt(5) == 0 ? "" : "\n");
        }
        return String.join("\n", lines);
    }

    private static String cut(Random random, String line) {
        int at = random.nextInt(line.length() + 1);
        return random.nextBoolean() ? line.substring(0, at) : line.substring(at);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? (char) (0x4E00 + random.nextInt(0x5000))
                    : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
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
}
