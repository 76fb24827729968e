package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.read.SeedReader;
import org.broadsheet.search.internal.SearchText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index answered by the real search.js: the cases the issue names, ranking, filters and excerpts. */
class SearchIndexTest {
    @TempDir
    static Path folder;
    static NodeSearch search;

    @BeforeAll
    static void index() throws IOException {
        List<Issue> issues = new ArrayList<>();
        issues.add(issue("2023-01-10",
                article("跨段", "王明", "推动城市发展", "改革任务落地见效。"),
                article("发改委", "王明", "市发展改革委召开会议。"),
                article("省委", "李华", "省委书记长期关注民生。"),
                article("副省长", "李华", "副省长出席活动。")));
        issues.add(issue("2023-02-20",
                article("网络建设", "王明", "全市新建5G基站。"),
                article("分开", "赵六", "5 G并非一个词，G5也不是。"),
                article("经济", "赵六", "全年ＧＤＰ增长明显。"),
                article("热线", "王明", "拨打１２３０６热线。"),
                article("编号", "王明", "编号1230 6不连续。")));
        issues.add(issue("2023-03-30",
                article("规划期间", "李华", "“十四五”期间，成效显著。"),
                article("规划", "李华", "十四五规划开局。"),
                article("吉字", "赵六", "𠮷野家开店。"),
                article("吉野", "赵六", "吉野家开店。")));
        issues.add(issue("2023-04-15",
                article("水资源保护", "王明", "今年开展专项行动。")));
        issues.add(issue("2023-04-20",
                article("河湖治理", "李华", "水资源水资源水资源，节约水资源。")));
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(article("分页" + i, "钱七", "分页测试第" + i + "篇。"));
        }
        issues.add(issue("2023-05-01", many.toArray(Article[]::new)));
        issues.add(issue("2023-06-01",
                article("长文", "孙八", "春风和煦万物生长。".repeat(25), "湿地公园对外开放。")));
        search = new NodeSearch(new Archive(ArchiveSettings.defaults(), issues), folder);
    }

    @Test
    void aTermAcrossTwoParagraphsIsNotFound() throws Exception {
        assertEquals(List.of("发改委"), titles("发展改革"));
    }

    @Test
    void charactersApartDoNotMakeATerm() throws Exception {
        assertEquals(List.of("副省长"), titles("省长"));
        assertEquals(List.of("网络建设"), titles("5G"));
        assertEquals(List.of("热线"), titles("12306"));
    }

    @Test
    void latinAndDigitsMatchWhateverTheirWidthAndCase() throws Exception {
        assertEquals(List.of("网络建设"), titles("５ｇ"));
        assertEquals(List.of("经济"), titles("gdp"));
        assertEquals(List.of("经济"), titles("GDP"));
        assertEquals(List.of("热线"), titles("１２３０６"));
    }

    @Test
    void punctuationInsideATermMustMatchToo() throws Exception {
        assertEquals(List.of("规划期间"), titles("“十四五”"));
        assertEquals(List.of("规划", "规划期间"), sorted(titles("十四五")));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreSearchedWhole() throws Exception {
        assertEquals(List.of("吉字"), titles("𠮷"));
        assertEquals(List.of("吉字"), titles("𠮷野"));
        assertEquals(List.of("吉野"), titles("吉野"));
    }

    @Test
    void aTermSpanningARejoinedLayoutBreakIsFound(@TempDir Path other) throws Exception {
        Path seeds = Path.of("src/test/resources/org/broadsheet/search/layout-break");
        assertTrue(Files.readString(seeds.resolve("001_traffic.txt")).contains("“智慧\n\n交通”"));
        Archive archive = SeedReader.builder().build().read(seeds).archive();
        NodeSearch.Answer answer = new NodeSearch(archive, other).search("智慧交通", Map.of());
        assertEquals(1, answer.total());
        assertEquals(List.of("2023/03/06/1.html"), answer.urls());
    }

    @Test
    void titleHitsComeFirstAndDateSortPutsTheNewestFirst() throws Exception {
        assertEquals(List.of("水资源保护", "河湖治理"), titles("水资源"));
        assertEquals(List.of("河湖治理", "水资源保护"), titles(search.search("水资源", Map.of("sort", "date"))));
    }

    @Test
    void everyTermMustBeFound() throws Exception {
        assertEquals(List.of("吉字"), titles("野家 𠮷"));
        assertEquals(List.of(), titles("野家 省长"));
        assertEquals(List.of("分开"), titles("\"5 G\""));
    }

    @Test
    void filtersNarrowTheResultsAndAloneListArticles() throws Exception {
        assertEquals(List.of("网络建设", "热线", "编号"),
                titles(search.search("", Map.of("reporter", "王明", "from", "2023-02-01", "to", "2023-02-28"))));
        assertEquals(List.of("热线"), titles(search.search("热线", Map.of("reporter", "王明"))));
        assertEquals(List.of(), titles(search.search("热线", Map.of("reporter", "李华"))));
        assertEquals(List.of("水资源保护"), titles(search.search("水资源", Map.of("reporter", "王明"))));
        assertEquals(List.of("规划", "规划期间"), sorted(titles(search.search("十四五", Map.of("to", "2023-03-30")))));
        assertEquals(List.of(), titles(search.search("十四五", Map.of("from", "2023-03-31"))));
        assertEquals(0, search.search("", Map.of()).total(), "no terms and no filters list nothing");
    }

    @Test
    void resultsComeTwentyAPage() throws Exception {
        NodeSearch.Answer first = search.search("分页测试", Map.of());
        NodeSearch.Answer second = search.search("分页测试", Map.of("page", 2));
        assertEquals(25, first.total());
        assertEquals(20, first.urls().size());
        assertEquals(5, second.urls().size());
        assertTrue(second.urls().stream().noneMatch(first.urls()::contains));
    }

    @Test
    void theExcerptMarksTheHitAsPrinted() throws Exception {
        JsonObject result = search.search("５ｇ基站", Map.of()).results().get(0).getAsJsonObject();
        StringBuilder text = new StringBuilder();
        List<String> hits = new ArrayList<>();
        for (JsonElement piece : result.getAsJsonArray("excerpt")) {
            String pieceText = piece.getAsJsonObject().get("text").getAsString();
            text.append(pieceText);
            if (piece.getAsJsonObject().get("hit").getAsBoolean()) {
                hits.add(pieceText);
            }
        }
        assertEquals("全市新建5G基站。", text.toString());
        assertEquals(List.of("5G基站"), hits);
        assertEquals("2023-02-20", result.get("date").getAsString());
        assertEquals("王明", result.getAsJsonArray("reporters").get(0).getAsString());
    }

    @Test
    void aHitFarIntoTheArticleStillGetsItsExcerpt() throws Exception {
        JsonObject result = search.search("湿地公园", Map.of()).results().get(0).getAsJsonObject();
        StringBuilder text = new StringBuilder();
        for (JsonElement piece : result.getAsJsonArray("excerpt")) {
            text.append(piece.getAsJsonObject().get("text").getAsString());
        }
        assertEquals("湿地公园对外开放。", text.toString());
        JsonObject listed = search.search("", Map.of("reporter", "孙八")).results().get(0).getAsJsonObject();
        assertTrue(listed.getAsJsonArray("excerpt").get(0).getAsJsonObject().get("text").getAsString()
                .startsWith("春风和煦"), "without terms, the excerpt is the article's opening");
    }

    @Test
    void javaScriptNormalisesLikeTheIndex() throws Exception {
        List<String> texts = List.of("ＧＤＰ５Ｇ", "“十四五”，", "𠮷野家", "ΣΑΣ", "Ⅻ㍿ｶﾞ", "İstanbul", "ﬁ①");
        assertEquals(texts.stream().map(SearchText::normalise).toList(), search.normalise(texts));
    }

    private static List<String> sorted(List<String> titles) {
        return titles.stream().sorted().toList();
    }

    private static List<String> titles(String query) throws Exception {
        return titles(search.search(query, Map.of()));
    }

    private static List<String> titles(NodeSearch.Answer answer) {
        List<String> titles = new ArrayList<>();
        answer.results().forEach(r -> titles.add(r.getAsJsonObject().get("title").getAsString()));
        assertEquals(answer.total(), titles.size());
        return titles;
    }

    private static Issue issue(String date, Article... articles) {
        List<Article> numbered = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            Article a = articles[i];
            numbered.add(new Article(date + "-" + (i + 1), null, null, a.title(), null, a.byline(), a.paragraphs(), null));
        }
        return new Issue(date, date + ".txt", LocalDate.parse(date), false, null, null, numbered);
    }

    private static Article article(String title, String reporter, String... paragraphs) {
        return new Article("x", null, null, title, null, new Byline(null, null, List.of(reporter), null, null),
                List.of(paragraphs), null);
    }
}
