package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blank lines in mid-sentence are layout artefacts; real paragraph ends without punctuation are not. */
class LayoutBreaksTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("breaks/2022-03-04.txt");
    }

    @Test
    void shortUnpunctuatedLinesInsideAnArticleDoNotStartNewArticles() {
        assertEquals(List.of("会议强调做好疫情防控工作", "春季农业生产有序推进"), Fixtures.titles(issue));
    }

    @Test
    void breaksInsideAQuotationAndAfterAnUnfinishedClauseAreJoinedWithNothingInserted() {
        List<String> paragraphs = articleTitled(issue, "会议强调做好疫情防控工作").paragraphs();
        assertEquals("本报讯（记者 杨文）3月2日，会议要求，太原、忻州、晋中三市要持续做好分区分级管控，及时动态调整“三区”和管控人员范围，抓好区域核酸筛查。",
                paragraphs.get(0));
        assertEquals("对责任悬空、工作不力、作风漂浮等问题，要严肃追究责任。", paragraphs.get(1));
        assertEquals("在推选出团长、副团长后，代表们审议了十三届全国人大五次会议主席团和秘书长名单草案，大家一致同意。", paragraphs.get(2));
        assertEquals("据介绍，今年我市将新建改建公园20个，同时推进口袋公园建设，让市民出门见绿。", paragraphs.get(3));
    }

    @Test
    void summaryLineAndCreditLineStayParagraphsOfTheirOwn() {
        List<String> paragraphs = articleTitled(issue, "会议强调做好疫情防控工作").paragraphs();
        assertEquals(List.of("全年新建改建公园20个", "编辑：胡钰"), paragraphs.subList(4, 6));
        assertEquals(6, paragraphs.size());
    }

    @Test
    void intertitlesStayInTheirArticleAndTheLastBreakIsJoined() {
        Article article = articleTitled(issue, "春季农业生产有序推进");
        assertEquals(List.of(
                "本报讯（记者 郝晓炜）3月3日消息，全省春季农业生产有序推进，各地抓住有利时机开展春耕。",
                "一、抓好种子供应",
                "各地加强种子市场监管，确保农民用上放心种子。",
                "狠抓农资保障",
                "各地组织农资企业加快调运，保障化肥、农药供应充足。",
                "截至目前，全省已调运化肥120万吨，较去年同期增长百分之十二点五，满足春耕需要。",
                "各地要加强隔离场所管理，按照国家标准合理增加储备。",
                "要严格执行集中隔离场所标准，做好隔离酒店的储备和管理。"), article.paragraphs());
    }

    @Test
    void aShortFirstPieceIsJoinedWhenTheBreakCutsAPhraseTheIssuePrintsWholeElsewhere() {
        List<String> paragraphs = articleTitled(issue, "春季农业生产有序推进").paragraphs();
        assertEquals("要严格执行集中隔离场所标准，做好隔离酒店的储备和管理。", paragraphs.get(paragraphs.size() - 1));
    }

    @Test
    void aParagraphEndingInASignatureIsNotJoinedToTheUncreditedArticleAfterIt() throws Exception {
        Issue signed = Fixtures.issue("breaks/2022-03-07-signed.txt");
        assertEquals(List.of("全省春耕备耕有序推进", "图片新闻"), Fixtures.titles(signed));
        assertEquals(List.of("李明"), signed.articles().get(0).byline().reporters());
        assertEquals(1, signed.articles().get(0).paragraphs().size());
    }

    @Test
    void aBreakBeforeADecimalNumberIsJoinedAndANumberedListItemIsNot() throws Exception {
        Issue figures = Fixtures.issue("breaks/2022-03-18-numbers.txt");
        List<String> paragraphs = figures.articles().get(0).paragraphs();
        assertEquals(List.of(
                "本报讯（记者 冯丽君）3月17日，记者从市统计局获悉，前两月全市社会消费品零售总额完成320亿元，同比增长5.0%。"
                        + "其中，限额以上单位商品零售额增长12.5%，高于全省平均水平。",
                "分类别看：", "1.粮油食品类增长8.2%；", "2.石油及制品类增长15.6%。"), paragraphs);
    }
}
