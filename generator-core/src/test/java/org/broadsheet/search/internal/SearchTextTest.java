package org.broadsheet.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void fullWidthLatinAndDigitsFoldToHalfWidthLowerCase() {
        assertEquals("gdp增长5g网络12306", SearchText.normalise("ＧＤＰ增长５Ｇ网络１２３０６"));
        assertEquals("iphone", SearchText.normalise("iPhone"));
    }

    @Test
    void chineseTextAndCurlyQuotesStayAsTheyAre() {
        assertEquals("“十四五”期间", SearchText.normalise("“十四五”期间"));
        assertEquals("發展", SearchText.normalise("發展"), "no traditional-to-simplified folding");
    }

    @Test
    void charactersOutsideTheBasicPlaneSurviveWhole() {
        assertEquals("𠮷野家", SearchText.normalise("𠮷野家"));
        assertEquals(3, SearchText.normalise("𠮷野家").codePointCount(0, "𠮷野家".length()));
    }

    @Test
    void theQuickFoldingOfCommonCharactersIsExactlyNfkcAndLowerCase() {
        StringBuilder simple = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (SearchText.simple(c) >= 0) {
                String one = String.valueOf(c);
                assertEquals(java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC)
                        .toLowerCase(java.util.Locale.ROOT), SearchText.normalise(one), "U+" + Integer.toHexString(c));
                simple.append(c);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(simple.length() > 20_000, "the CJK ideographs at least");
        String all = simple.toString() + simple.reverse();
        assertEquals(java.text.Normalizer.normalize(all, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT),
                SearchText.normalise(all), "none of them composes with another");
    }

    @Test
    void textWithAnyOtherCharacterIsNormalisedWhole() {
        assertEquals("caf\u00e9 ...", SearchText.normalise("CAFE\u0301 \u2026"),
                "a combining accent (composed) and an ellipsis (three dots) take the normaliser");
        assertEquals("‐", SearchText.normalise("\u2011"), "a non-breaking hyphen folds to a hyphen");
        org.junit.jupiter.api.Assertions.assertArrayEquals("café".codePoints().toArray(),
                SearchText.normalisedCodePoints("CAFE\u0301"));
    }

    @Test
    void unitsAreTheTitleFirstThenKickerSubtitleBylinePartsAndParagraphs() {
        Article article = new Article("2022-03-04-1", null, "引题", "主题", null,
                new Byline("本报讯", "山西日报", List.of("杨文", "王明"), "3月2日", null), List.of("第一段", "第二段"), null);
        assertEquals(List.of("主题", "引题", "本报讯", "山西日报", "杨文", "王明", "3月2日", "第一段", "第二段"),
                SearchText.units(article));
    }

    @Test
    void titleHitsAreTheLowPositionsAndUnitsAreKeptApart() {
        int[] positions = IndexBuilder.positions(List.of("标题", "正文"));
        assertEquals('标', positions[0]);
        assertEquals(-1, positions[2]);
        assertEquals('正', positions[IndexBuilder.TITLE_SPAN]);
        assertEquals(-1, positions[IndexBuilder.TITLE_SPAN + 2]);
    }
}
