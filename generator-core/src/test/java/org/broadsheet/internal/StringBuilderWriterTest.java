package org.broadsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class StringBuilderWriterTest {
    /** Writes the same pieces, of Chinese, Latin and a character outside the BMP, in every way a Writer takes them. */
    private static String writeAll(Writer out) throws IOException {
        out.write("《山西日报》");
        out.write('第');
        out.write("x12版y".toCharArray(), 1, 3);
        out.write("——要闻——", 2, 2);
        out.append("𠮷野家").append('，').append("abc Ünïcode", 4, 11);
        out.flush();
        out.close();
        return out.toString();
    }

    @Test
    void holdsWhatAStringWriterHoldsForTheSamePieces() throws IOException {
        assertEquals(writeAll(new StringWriter()), writeAll(new StringBuilderWriter(4)));
        assertEquals("《山西日报》第12版要闻𠮷野家，Ünïcode", writeAll(new StringBuilderWriter(4)));
    }

    @Test
    void refusesAPieceOutsideItsText() {
        assertThrows(IndexOutOfBoundsException.class, () -> new StringBuilderWriter(4).write("版面", 1, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> new StringBuilderWriter(4).write(new char[2], 1, 2));
    }
}
