package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's own UTF-8 check says of any bytes exactly what Java's strict decoder says. */
class Utf8CheckTest {
    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void everyLeadAndSecondByteAgreesWithTheStrictDecoder() {
        // Lead and second bytes decide overlong forms, surrogates and the upper limit; the rest are continuations.
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int length = 2; length <= 4; length++) {
                    byte[] bytes = new byte[length];
                    bytes[0] = (byte) lead;
                    bytes[1] = (byte) second;
                    for (int k = 2; k < length; k++) {
                        bytes[k] = (byte) 0x9A;
                    }
                    assertEquals(strictlyDecodes(bytes), TextDecoder.isUtf8(bytes, 0, length),
                            HexFormat.of().formatHex(bytes));
                }
            }
        }
    }

    @Test
    void randomMixesOfChineseLatinAndBrokenBytesAgreeWithTheStrictDecoder() {
        Random random = new Random(20221129);
        byte[] han = "经济社会发展，Ａ股 5G、GDP增长4.5%𠮷".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : han[random.nextInt(han.length)];
            }
            assertEquals(strictlyDecodes(bytes), TextDecoder.isUtf8(bytes, 0, bytes.length),
                    HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void aSeedIsReadAsUtf8ExactlyWhenTheStrictDecoderTakesIt() throws Exception {
        // Whole files this time, through the reader's decoding: valid UTF-8 comes back as its text, anything
        // else never as UTF-8 (GB18030 or refused), even when the broken bytes sit among valid ones.
        Random random = new Random(20221130);
        byte[] han = "经济社会发展，Ａ股 5G、GDP增长4.5%𠮷\n".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(60)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(8) == 0 ? (byte) (0x80 + random.nextInt(128)) : han[random.nextInt(han.length)];
            }
            TextDecoder.Decoded decoded = decodedOrNull(bytes);
            if (strictlyDecodes(bytes)) {
                assertEquals(new String(bytes, StandardCharsets.UTF_8), decoded.text(), HexFormat.of().formatHex(bytes));
                assertEquals(StandardCharsets.UTF_8, decoded.charset());
            } else if (decoded != null) {
                assertNotEquals(StandardCharsets.UTF_8, decoded.charset(), HexFormat.of().formatHex(bytes));
            }
        }
    }

    @Test
    void aReplacementCharacterInTheTextItselfIsKept() throws Exception {
        String text = "原文此处字迹不清（\uFFFD），照录。\n第二行。\n";
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(text, decoded.text());
    }

    private static TextDecoder.Decoded decodedOrNull(byte[] bytes) {
        try {
            return TextDecoder.decode(bytes);
        } catch (TextDecoder.UndecodableException e) {
            return null;
        }
    }
}
