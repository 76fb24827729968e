package org.broadsheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reporter named twice in one byline is credited once, in the order the names were printed. */
class BylineTest {
    private static Byline of(String... reporters) {
        return new Byline(null, null, List.of(reporters), null, null);
    }

    @Test
    void eachReporterIsListedOnceInPrintedOrder() {
        assertEquals(List.of(), of().distinctReporters());
        assertEquals(List.of("杨文"), of("杨文").distinctReporters());
        assertEquals(List.of("杨文", "李华"), of("杨文", "李华").distinctReporters());
        assertEquals(List.of("杨文"), of("杨文", "杨文").distinctReporters());
        assertEquals(List.of("李华", "杨文", "王明"), of("李华", "杨文", "李华", "王明", "杨文").distinctReporters());
    }
}
