package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.Test;

class PageMarkerTest {
    @Test
    void aLineOfItsOwnMarksAPage() {
        assertEquals(Optional.of(new Page("01", "要闻")), PageMarker.ofLine("第01版：要闻"));
        assertEquals(Optional.of(new Page("A3", "国际")), PageMarker.ofLine("A3版：国际"));
        assertEquals(Optional.of(new Page("5", null)), PageMarker.ofLine("第5版"));
    }

    @Test
    void proseMentioningAPageIsNotAMark() {
        assertEquals(Optional.empty(), PageMarker.ofLine("2版"));
        assertEquals(Optional.empty(), PageMarker.ofLine("详见第2版的报道。"));
    }

    @Test
    void aMarkIsFoundInsideTheTextOfAWebPage() {
        assertEquals(Optional.of(new Page("02", "城市")), PageMarker.find("当前版面：第02版：城市 上一版"));
        assertEquals(Optional.of(new Page("B12", "体育")), PageMarker.find("B12版：体育"));
        assertEquals(Optional.empty(), PageMarker.find("全市有12个版本"));
    }
}
