package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.read.SeedException;
import org.broadsheet.read.SeedReader;

/**
 * Archives for tests: the sample in {@code ../seeds}, and large ones made by recombining the sample's real
 * sentences (read from the seeds, so nothing of them is copied here) with Latin letters, digits, full-width
 * forms and a character outside the BMP mixed in.
 */
final class GeneratedArchive {
    static final Path SEEDS = Path.of("../seeds");
    /** Mixed-script tokens that Chinese news prints, in the forms NFKC and case folding must unite. */
    private static final List<String> TOKENS = List.of("5G", "5g", "ＧＤＰ", "GDP", "12306", "１２３０６", "𠮷", "𠮷野",
            "5 G", "G5", "COVID-19", "Ａ股", "iPhone", "3.5%", "No.1");

    private GeneratedArchive() {
    }

    static Archive sample() throws IOException, SeedException {
        return SeedReader.builder().build().read(SEEDS).archive();
    }

    /**
     * An archive of {@code count} articles, the same for the same seed: issues every one to three days from
     * 2021 on (a thousand articles reach into the middle of 2022, so the index has several segments), some on
     * the same day, some undated.
     */
    static Archive generate(int count, long seed) throws IOException, SeedException {
        Archive sample = sample();
        List<String> sentences = new ArrayList<>();
        Set<String> reporters = new LinkedHashSet<>();
        for (Issue issue : sample.issues()) {
            for (Article article : issue.articles()) {
                for (String paragraph : article.paragraphs()) {
                    for (String sentence : paragraph.split("(?<=[。！？；])")) {
                        if (!sentence.isBlank()) {
                            sentences.add(sentence);
                        }
                    }
                }
                reporters.addAll(article.byline().reporters());
            }
        }
        List<String> names = new ArrayList<>(reporters);
        Random random = new Random(seed);
        List<Issue> issues = new ArrayList<>();
        LocalDate date = LocalDate.of(2021, 1, 1);
        int made = 0;
        for (int number = 0; made < count; number++) {
            String key = number % 40 == 39 ? "undated-extra" + number
                    : number % 25 == 24 ? date + "-2" : (date = date.plusDays(1 + random.nextInt(3))).toString();
            List<Article> articles = new ArrayList<>();
            for (int i = 0, size = 1 + random.nextInt(8); i < size && made < count; i++, made++) {
                articles.add(article(key + "-" + (i + 1), sentences, names, random));
            }
            issues.add(new Issue(key, key + ".txt", key.startsWith("undated") ? null : date, false, null, null, articles));
        }
        return new Archive(sample.settings(), issues);
    }

    private static Article article(String id, List<String> sentences, List<String> names, Random random) {
        String title = fragment(pick(sentences, random), random, 6, 28);
        String kicker = random.nextInt(4) == 0 ? fragment(pick(sentences, random), random, 8, 30) : null;
        String subtitle = random.nextInt(4) == 0 ? fragment(pick(sentences, random), random, 8, 30) : null;
        List<String> byReporters = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            byReporters.add(pick(names, random));
        }
        Byline byline = byReporters.isEmpty() ? Byline.NONE : new Byline("本报讯", null, byReporters, null, null);
        List<String> paragraphs = new ArrayList<>();
        for (int p = 1 + random.nextInt(6); p > 0; p--) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 1 + random.nextInt(4); s > 0; s--) {
                String sentence = pick(sentences, random);
                if (random.nextInt(5) == 0) {
                    int at = random.nextInt(sentence.length() + 1);
                    sentence = sentence.substring(0, at) + pick(TOKENS, random) + sentence.substring(at);
                }
                paragraph.append(sentence);
            }
            paragraphs.add(paragraph.toString());
        }
        if (random.nextInt(6) == 0) {
            title = pick(TOKENS, random) + title;
        }
        return new Article(id, null, kicker, title, subtitle, byline, paragraphs, null);
    }

    private static String fragment(String sentence, Random random, int min, int max) {
        int start = random.nextInt(Math.max(1, sentence.length() - min));
        int end = Math.min(sentence.length(), start + min + random.nextInt(max - min));
        return sentence.substring(start, end).replaceAll("^[，。、；：！？]+|[，。、；：！？]+$", "");
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
