package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.Test;

/**
 * An issue's digest stands for its whole content in the fingerprints of its pages: changing any one field of the
 * issue or of one of its articles must change it, or an incremental build would keep a stale page.
 */
class IssueDigestTest {
    private static final Byline BYLINE = new Byline("本报讯", "山西日报", List.of("张三", "李四"), "3月3日",
            LocalDate.of(2022, 3, 3));
    private static final Article ARTICLE = new Article("2022-03-04-1", new Page("01", "要闻"), "引题", "主题", "副题",
            BYLINE, List.of("第一段。", "第二段，Hello 2022。"), "<p>第一段。</p>");
    private static final Issue ISSUE = new Issue("2022-03-04", "2022-03-04.txt", LocalDate.of(2022, 3, 4), false,
            "太原日报", "晚间版", List.of(ARTICLE, ARTICLE));

    private static Issue withFirstArticle(UnaryOperator<Article> change) {
        return new Issue(ISSUE.key(), ISSUE.source(), ISSUE.date(), ISSUE.dateInferred(), ISSUE.publication(),
                ISSUE.edition(), List.of(change.apply(ARTICLE), ARTICLE));
    }

    private static Article article(String id, Page page, String kicker, String title, String subtitle, Byline byline,
                                   List<String> paragraphs, String html) {
        return new Article(id, page, kicker, title, subtitle, byline, paragraphs, html);
    }

    private static Byline byline(String prefix, String organization, List<String> reporters, String dateline,
                                 LocalDate date) {
        return new Byline(prefix, organization, reporters, dateline, date);
    }

    @Test
    void theSameIssueGivesTheSameDigest() {
        assertEquals(IssueDigest.of(ISSUE), IssueDigest.of(withFirstArticle(a -> article(a.id(), a.page(), a.kicker(),
                a.title(), a.subtitle(), a.byline(), List.copyOf(a.paragraphs()), a.html()))));
    }

    @Test
    void changingAnyOneFieldOfTheIssueOrOfAnArticleChangesTheDigest() {
        Article a = ARTICLE;
        Byline b = BYLINE;
        List<Issue> changed = List.of(
                new Issue("2022-03-04-2", ISSUE.source(), ISSUE.date(), false, ISSUE.publication(), ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), "other.txt", ISSUE.date(), false, ISSUE.publication(), ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), LocalDate.of(2022, 3, 5), false, ISSUE.publication(), ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), null, false, ISSUE.publication(), ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), ISSUE.date(), true, ISSUE.publication(), ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), ISSUE.date(), false, "山西日报", ISSUE.edition(), ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), ISSUE.date(), false, ISSUE.publication(), null, ISSUE.articles()),
                new Issue(ISSUE.key(), ISSUE.source(), ISSUE.date(), false, ISSUE.publication(), ISSUE.edition(), List.of(ARTICLE)),
                withFirstArticle(x -> article("2022-03-04-9", a.page(), a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), new Page("02", "要闻"), a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), new Page("01", "评论"), a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), new Page("01", null), a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), null, a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), null, a.title(), a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), "另一主题", a.subtitle(), b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), "另一副题", b, a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(), b, List.of("第一段。"), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(), b,
                        List.of("第一段。", "第二段，Hello 2023。"), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(), b, a.paragraphs(), null)),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(null, b.organization(), b.reporters(), b.dateline(), b.datelineDate()), a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(b.prefix(), "新华社", b.reporters(), b.dateline(), b.datelineDate()), a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(b.prefix(), b.organization(), List.of("张三"), b.dateline(), b.datelineDate()), a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(b.prefix(), b.organization(), List.of("李四", "张三"), b.dateline(), b.datelineDate()), a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(b.prefix(), b.organization(), b.reporters(), "3月2日", b.datelineDate()), a.paragraphs(), a.html())),
                withFirstArticle(x -> article(a.id(), a.page(), a.kicker(), a.title(), a.subtitle(),
                        byline(b.prefix(), b.organization(), b.reporters(), b.dateline(), null), a.paragraphs(), a.html())));
        Set<String> digests = new HashSet<>();
        digests.add(IssueDigest.of(ISSUE));
        for (int i = 0; i < changed.size(); i++) {
            assertTrue(digests.add(IssueDigest.of(changed.get(i))), "change " + i + " kept the digest");
        }
    }

    @Test
    void theDigestCoversEveryFieldTheModelHas() {
        // When a record gains a field, IssueDigest must take it in (and the test above change it).
        assertEquals(List.of("key", "source", "date", "dateInferred", "publication", "edition", "articles"), names(Issue.class));
        assertEquals(List.of("id", "page", "kicker", "title", "subtitle", "byline", "paragraphs", "html"), names(Article.class));
        assertEquals(List.of("prefix", "organization", "reporters", "dateline", "datelineDate"), names(Byline.class));
        assertEquals(List.of("number", "name"), names(Page.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }
}
