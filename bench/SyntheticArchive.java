import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic archive of raw issue text for benchmarks and tests: {@code --issues N} consecutive days of
 * {@code --articles M} articles each, laid out as the sample's seeds are (blank-line separated headline lines,
 * a {@code 本报讯（记者 X）3月2日，…} credit, paragraphs, some broken mid-sentence by the layout), one
 * {@code YYYY-MM-DD.txt} per issue, plus {@code broadsheet.properties}.
 *
 * <p>All text is recombined at run time from the sentences, headline clauses and reporters' names of the sample
 * archive ({@code --sample}, default {@code seeds}); nothing of the sample is written into this program. The
 * output depends only on the arguments: each issue has its own random stream, derived from {@code --seed} and
 * its day, so an archive of N+1 issues holds the same first N files as an archive of N issues.
 *
 * <p>{@code --manifest FILE} writes what the generator meant, one article a line (tab-separated: file, position,
 * kicker, title, subtitle, reporters joined by {@code 、}, dateline, paragraphs, layout breaks), so a reader's
 * result can be checked against it.
 *
 * <p>Run as a single-file program: {@code java bench/SyntheticArchive.java --issues 365 --articles 40 --out DIR}.
 */
public final class SyntheticArchive {
    static final String USAGE = """
            Usage: java bench/SyntheticArchive.java --issues N --articles M --out DIR
                     [--seed S] [--start YYYY-MM-DD] [--sample DIR] [--manifest FILE] [--base-url URL]
                     [--breaks after-sentence|anywhere]
            """;
    /** Endings by which a two-line headline's first line reads as a lead-in (引题), as papers set them. */
    private static final Pattern LEAD_IN_END = Pattern.compile(
            "(?:强调|指出|表示|要求|提出|称|说|宣布|透露|认为|号召|希望|寄语|明确|部署|批示|指示|致信|致电|回信|贺信|发表|作出)$");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？]+[。！？][”’」』]*");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:[\\p{IsHan}]{1,12}?(?:讯|电))?[\\s\\u3000]*[（(](?<inner>[^（）()]*?(?:记者|通讯员)[^（）()]*)[）)]");
    private static final Pattern OPENING_DATE = Pattern.compile(
            "^\\d{1,2}月\\d{1,2}日(?:上午|下午|晚间|晚)?(?:消息)?，");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，；：。！？]");
    private static final String SENTENCE_END = "。！？；”’」』）";
    private static final List<String> WIRE_CITIES = List.of("北京", "上海", "天津", "重庆", "广州", "西安", "成都", "武汉");

    private SyntheticArchive() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        Corpus corpus = Corpus.read(options.sample);
        write(options, corpus);
        System.err.printf("wrote %d issues × %d articles to %s%n", options.issues, options.articles, options.out);
    }

    /** The generator's arguments. */
    record Options(int issues, int articles, long seed, LocalDate start, Path sample, Path out, Path manifest,
                   String baseUrl, boolean breaksAnywhere) {
        static Options parse(String[] args) {
            Integer issues = null;
            Integer articles = null;
            long seed = 1;
            LocalDate start = LocalDate.of(2021, 1, 1);
            Path sample = Path.of("seeds");
            Path out = null;
            Path manifest = null;
            String baseUrl = "http://127.0.0.1:8000/";
            String breaks = "after-sentence";
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("'" + flag + "' needs a value");
                }
                String value = args[++i];
                try {
                    switch (flag) {
                        case "--issues" -> issues = Integer.parseInt(value);
                        case "--articles" -> articles = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--start" -> start = LocalDate.parse(value);
                        case "--sample" -> sample = Path.of(value);
                        case "--out" -> out = Path.of(value);
                        case "--manifest" -> manifest = Path.of(value);
                        case "--base-url" -> baseUrl = value;
                        case "--breaks" -> breaks = value;
                        default -> throw new IllegalArgumentException("unknown option '" + flag + "'");
                    }
                } catch (RuntimeException e) {
                    if (e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
                        throw e;
                    }
                    throw new IllegalArgumentException("bad value '" + value + "' for " + flag);
                }
            }
            if (issues == null || articles == null || out == null) {
                throw new IllegalArgumentException("--issues, --articles and --out are required");
            }
            if (issues < 1 || articles < 1) {
                throw new IllegalArgumentException("--issues and --articles must be at least 1, not "
                        + issues + " and " + articles);
            }
            if (!breaks.equals("after-sentence") && !breaks.equals("anywhere")) {
                throw new IllegalArgumentException("--breaks is 'after-sentence' or 'anywhere', not '" + breaks + "'");
            }
            return new Options(issues, articles, seed, start, sample, out, manifest, baseUrl, breaks.equals("anywhere"));
        }
    }

    static void write(Options options, Corpus corpus) throws IOException {
        if (Files.isDirectory(options.out)) {
            try (Stream<Path> entries = Files.list(options.out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("output folder '" + options.out + "' is not empty; give a new folder");
                }
            }
        }
        Files.createDirectories(options.out);
        Files.writeString(options.out.resolve("broadsheet.properties"), """
                # A synthetic archive written by bench/SyntheticArchive.java (--issues %d --articles %d --seed %d).
                title=合成报纸档案
                publication=%s
                language=zh-CN
                baseUrl=%s
                """.formatted(options.issues, options.articles, options.seed, corpus.publication(), options.baseUrl),
                StandardCharsets.UTF_8);
        StringBuilder manifest = new StringBuilder(
                "file\tposition\tkicker\ttitle\tsubtitle\treporters\tdateline\tparagraphs\tbreaks\n");
        for (int day = 0; day < options.issues; day++) {
            LocalDate date = options.start.plusDays(day);
            Random random = new Random(options.seed * 1_000_003L + date.toEpochDay());
            String file = date + ".txt";
            StringBuilder text = new StringBuilder("\n");
            for (int a = 0; a < options.articles; a++) {
                Article article = Article.compose(random, corpus, date, options.breaksAnywhere);
                text.append(article.text());
                manifest.append(article.manifestLine(file, a + 1));
            }
            Files.writeString(options.out.resolve(file), text, StandardCharsets.UTF_8);
        }
        if (options.manifest != null) {
            Path parent = options.manifest.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(options.manifest, manifest, StandardCharsets.UTF_8);
        }
    }

    /** The material the sample offers: body sentences, headline clauses, names. */
    record Corpus(List<String> sentences, List<String> clauses, List<String> surnames, List<String> givenChars,
                  List<String> organizations, String publication) {

        static Corpus read(Path sample) throws IOException {
            if (!Files.isDirectory(sample)) {
                throw new IOException("no sample folder '" + sample + "'; give --sample DIR (the project's seeds/)");
            }
            List<Path> seeds;
            try (Stream<Path> files = Files.list(sample)) {
                seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            Set<String> sentences = new LinkedHashSet<>();
            Set<String> clauses = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            Set<String> organizations = new LinkedHashSet<>();
            for (Path seed : seeds) {
                for (String paragraph : paragraphs(Files.readString(seed, StandardCharsets.UTF_8))) {
                    if (isHeadlineLine(paragraph)) {
                        for (String half : paragraph.split("[\\s\\u3000]+")) {
                            addClause(half, clauses);
                        }
                        continue;
                    }
                    String body = paragraph;
                    Matcher credit = CREDIT.matcher(body);
                    if (credit.find()) {
                        readCredit(credit.group("inner"), names, organizations);
                        body = body.substring(credit.end());
                    }
                    body = OPENING_DATE.matcher(body).replaceFirst("");
                    Matcher sentence = SENTENCE.matcher(body);
                    while (sentence.find()) {
                        String s = sentence.group().strip();
                        if (s.length() >= 8 && s.length() <= 220 && balanced(s)) {
                            sentences.add(s);
                        }
                        for (String clause : CLAUSE_BREAK.split(s)) {
                            addClause(clause, clauses);
                        }
                    }
                }
            }
            List<String> surnames = new ArrayList<>();
            Set<String> given = new LinkedHashSet<>();
            for (String name : names) {
                if (!surnames.contains(name.substring(0, 1))) {
                    surnames.add(name.substring(0, 1));
                }
                name.substring(1).codePoints().forEach(c -> given.add(Character.toString(c)));
            }
            if (sentences.size() < 10 || clauses.size() < 10 || surnames.isEmpty() || given.isEmpty()) {
                throw new IOException("the sample in '" + sample + "' is too small to recombine: " + sentences.size()
                        + " sentences, " + clauses.size() + " headline clauses, " + names.size()
                        + " reporters' names (from credits such as （记者 X）)");
            }
            return new Corpus(List.copyOf(sentences), List.copyOf(clauses), surnames, List.copyOf(given),
                    List.copyOf(organizations), publication(sample));
        }

        /** Paragraphs of a raw seed: blank-line separated, pieces broken mid-sentence joined again. */
        private static List<String> paragraphs(String text) {
            List<String> out = new ArrayList<>();
            StringBuilder open = null;
            for (String raw : text.replace("\uFEFF", "").split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (open != null) {
                    open.append(line); // the layout broke the paragraph before its sentence ended
                } else {
                    open = new StringBuilder(line);
                }
                if (isHeadlineLine(open.toString()) || endsParagraph(open.toString())) {
                    out.add(open.toString());
                    open = null;
                }
            }
            if (open != null) {
                out.add(open.toString());
            }
            return out;
        }

        private static boolean isHeadlineLine(String line) {
            return line.codePointCount(0, line.length()) <= 64 && !line.matches(".*[，。！？；].*")
                    && !CREDIT.matcher(line).find();
        }

        private static boolean endsParagraph(String line) {
            return line.matches(".*[。！？][”’」』）]*$");
        }

        private static void readCredit(String inner, Set<String> names, Set<String> organizations) {
            String[] parts = inner.split("记者|通讯员", -1);
            String organization = parts[0].strip();
            if (!organization.isEmpty() && !organization.startsWith("本")) {
                organizations.add(organization);
            }
            for (int i = 1; i < parts.length; i++) {
                for (String name : parts[i].split("[\\s\\u3000、，]+")) {
                    if (name.matches("\\p{IsHan}{2,3}")) {
                        names.add(name);
                    }
                }
            }
        }

        private static void addClause(String clause, Set<String> clauses) {
            String c = clause.strip();
            int length = c.codePointCount(0, c.length());
            if (length >= 5 && length <= 22 && balanced(c) && !Character.isDigit(c.charAt(0))
                    && !LEAD_IN_END.matcher(c).find() && !c.matches("^(?:本报|记者|通讯员|评论员|[（(“”]).*")) {
                clauses.add(c);
            }
        }

        private static boolean balanced(String text) {
            return count(text, '“') == count(text, '”') && count(text, '（') == count(text, '）')
                    && count(text, '《') == count(text, '》');
        }

        private static int count(String text, char c) {
            return (int) text.chars().filter(x -> x == c).count();
        }

        private static String publication(Path sample) throws IOException {
            Path properties = sample.resolve("broadsheet.properties");
            if (Files.exists(properties)) {
                java.util.Properties p = new java.util.Properties();
                try (var reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
                if (p.getProperty("publication") != null) {
                    return p.getProperty("publication");
                }
            }
            return "合成日报";
        }

        String sentence(Random random) {
            return sentences.get(random.nextInt(sentences.size()));
        }

        /** A sentence that can follow a credit: one opening with a date would read as the dateline. */
        String openingSentence(Random random) {
            String sentence;
            do {
                sentence = sentence(random);
            } while (Character.isDigit(sentence.charAt(0)));
            return sentence;
        }

        String clause(Random random) {
            return clauses.get(random.nextInt(clauses.size()));
        }

        String name(Random random) {
            StringBuilder name = new StringBuilder(surnames.get(random.nextInt(surnames.size())));
            int given = random.nextInt(3) == 0 ? 1 : 2;
            for (int i = 0; i < given; i++) {
                name.append(givenChars.get(random.nextInt(givenChars.size())));
            }
            return name.toString();
        }
    }

    /** One generated article: what it means (for the manifest) and how it is printed. */
    record Article(String kicker, String title, String subtitle, List<String> reporters, String dateline,
                   List<String> paragraphs, List<Integer> breaks) {

        static Article compose(Random random, Corpus corpus, LocalDate issueDate, boolean breaksAnywhere) {
            String kicker = null;
            String subtitle = null;
            String title = random.nextInt(3) == 0 ? corpus.clause(random) + " " + corpus.clause(random)
                    : corpus.clause(random);
            switch (random.nextInt(10)) {
                case 0, 1 -> kicker = corpus.clause(random) + (random.nextBoolean() ? "强调" : "指出");
                case 2, 3 -> subtitle = (random.nextBoolean() ? "——" : "") + corpus.clause(random);
                case 4 -> {
                    kicker = random.nextBoolean() ? corpus.clause(random) + "强调" : corpus.clause(random);
                    subtitle = corpus.clause(random);
                }
                default -> { }
            }
            List<String> reporters = new ArrayList<>();
            reporters.add(corpus.name(random));
            if (random.nextInt(3) == 0) {
                String second = corpus.name(random);
                if (!second.equals(reporters.get(0))) {
                    reporters.add(second);
                }
            }
            LocalDate reported = issueDate.minusDays(1 + random.nextInt(2));
            String dateline = reported.getMonthValue() + "月" + reported.getDayOfMonth() + "日";
            String credit;
            if (random.nextInt(10) == 0) {
                credit = "新华社" + WIRE_CITIES.get(random.nextInt(WIRE_CITIES.size())) + dateline + "电（记者 "
                        + String.join(" ", reporters) + "）";
            } else {
                String organization = !corpus.organizations().isEmpty() && random.nextInt(4) == 0
                        ? corpus.organizations().get(random.nextInt(corpus.organizations().size())) : "";
                String names = reporters.size() == 2 && random.nextInt(3) == 0
                        ? reporters.get(0) + " 通讯员 " + reporters.get(1)
                        : String.join(random.nextBoolean() ? " " : "、", reporters);
                credit = "本报讯（" + organization + "记者 " + names + "）" + dateline
                        + (random.nextInt(5) == 0 ? "下午" : "") + "，";
            }
            int count = 2 + random.nextInt(7);
            List<String> paragraphs = new ArrayList<>();
            List<Integer> breaks = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                StringBuilder paragraph = new StringBuilder(p == 0 ? credit : "");
                int sentences = 1 + random.nextInt(4);
                int firstSentenceEnd = 0;
                for (int s = 0; s < sentences; s++) {
                    paragraph.append(p == 0 && s == 0 ? corpus.openingSentence(random) : corpus.sentence(random));
                    firstSentenceEnd = s == 0 ? paragraph.length() : firstSentenceEnd;
                }
                paragraphs.add(paragraph.toString());
                int from = breaksAnywhere ? (p == 0 ? credit.length() : 0) : firstSentenceEnd;
                breaks.add(random.nextInt(6) == 0 ? breakPoint(random, paragraph, from) : -1);
            }
            return new Article(kicker, title, subtitle, List.copyOf(reporters), dateline, paragraphs, breaks);
        }

        /**
         * Where the layout breaks the paragraph: after {@code after} (its credit, or its first sentence), but not
         * just after a sentence end, where the break would be an ordinary paragraph end; -1 when there is no
         * such place.
         */
        private static int breakPoint(Random random, CharSequence paragraph, int after) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int at = after + 2 + random.nextInt(Math.max(1, paragraph.length() - after - 3));
                if (at < paragraph.length() - 1 && SENTENCE_END.indexOf(paragraph.charAt(at - 1)) < 0
                        && !Character.isHighSurrogate(paragraph.charAt(at - 1))) {
                    return at;
                }
            }
            return -1;
        }

        String text() {
            StringBuilder text = new StringBuilder("\n");
            for (String line : headlineLines()) {
                text.append(line).append("\n\n");
            }
            for (int p = 0; p < paragraphs.size(); p++) {
                String paragraph = paragraphs.get(p);
                int at = breaks.get(p);
                if (at > 0) {
                    text.append(paragraph, 0, at).append("\n\n").append(paragraph, at, paragraph.length());
                } else {
                    text.append(paragraph);
                }
                text.append("\n\n");
            }
            return text.toString();
        }

        private List<String> headlineLines() {
            List<String> lines = new ArrayList<>();
            if (kicker != null) {
                lines.add(kicker);
            }
            lines.add(title);
            if (subtitle != null) {
                lines.add(subtitle);
            }
            return lines;
        }

        String manifestLine(String file, int position) {
            return String.join("\t", file, Integer.toString(position), orEmpty(kicker), title, orEmpty(subtitle),
                    String.join("、", reporters), dateline, Integer.toString(paragraphs.size()),
                    Long.toString(breaks.stream().filter(b -> b > 0).count())) + "\n";
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
