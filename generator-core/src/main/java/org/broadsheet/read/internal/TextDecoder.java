package org.broadsheet.read.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a seed file's bytes into text with {@code \n} line ends, detecting its encoding: a byte-order
 * mark (UTF-8, UTF-16) first, then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312, the
 * encodings of most older Chinese archives). Anything else is refused with the line where decoding failed,
 * never decoded wrongly in silence.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The decoded text and the charset it was in. */
    public record Decoded(String text, Charset charset) {
    }

    /** Why bytes could not be decoded, and the 1-based line where it showed. */
    public static final class UndecodableException extends Exception {
        private final int line;

        UndecodableException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Decoded decode(byte[] bytes) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 3, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 2, StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 2, StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE);
        }
        refuseBinary(bytes);
        // Most seeds are well-formed UTF-8, decoded once: the decoder puts U+FFFD for every malformed sequence, so
        // text without one came from valid bytes. Only a file with one (or holding U+FFFD itself) is checked line
        // by line, to tell GB18030 from mixed encodings and name the first bad line.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) {
            return new Decoded(normaliseLineEnds(utf8), StandardCharsets.UTF_8);
        }
        List<Integer> utf8Lines = new ArrayList<>();
        List<Integer> otherLines = new ArrayList<>();
        classifyLines(bytes, utf8Lines, otherLines);
        if (otherLines.isEmpty()) {
            return new Decoded(normaliseLineEnds(utf8), StandardCharsets.UTF_8);
        }
        if (!utf8Lines.isEmpty()) {
            throw new UndecodableException(otherLines.get(0), "mixed encodings: line " + utf8Lines.get(0)
                    + " is UTF-8 but line " + otherLines.get(0) + " is not; convert the file to one encoding (UTF-8)");
        }
        try {
            String text = strict(bytes, 0, GB18030);
            if (looksLikeText(text)) {
                return new Decoded(normaliseLineEnds(text), GB18030);
            }
        } catch (UndecodableException ignored) {
            // fall through to the UTF-8 message, which names the first bad line
        }
        throw new UndecodableException(otherLines.get(0),
                "not valid UTF-8, and not GB18030/GBK text either; convert the file to UTF-8");
    }

    private static void refuseBinary(byte[] bytes) throws UndecodableException {
        int line = 1;
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                boolean utf16 = looksLikeUtf16(bytes);
                throw new UndecodableException(line, utf16
                        ? "looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
                        : "binary file: NUL byte at line " + line);
            } else if (b < 0x20 && b != '\t' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > bytes.length) {
            throw new UndecodableException(1, "binary file: " + controls + " control characters");
        }
    }

    /** Text in UTF-16 has NULs in every other byte (the high byte of ASCII), and few in the others. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = Math.max(1, n / 2);
        return Math.max(even, odd) * 10 >= pairs * 3 && Math.min(even, odd) * 20 < pairs;
    }

    /** Sorts the lines holding non-ASCII bytes into those valid as UTF-8 and the rest. */
    private static void classifyLines(byte[] bytes, List<Integer> utf8Lines, List<Integer> otherLines) {
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (hasNonAscii(bytes, start, i)) {
                    (isUtf8(bytes, start, i) ? utf8Lines : otherLines).add(line);
                }
                start = i + 1;
                line++;
            }
        }
    }

    /**
     * Whether {@code bytes[from, to)} is well-formed UTF-8 as RFC 3629 defines it (as Java's strict decoder
     * reads it): no overlong forms, no surrogates, nothing past U+10FFFF. Checked by hand because every line of
     * every seed goes through here, and a decoder per line made a tenth of the reading time.
     */
    static boolean isUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int trailing;
            if (lead >= 0xC2 && lead <= 0xDF) {
                trailing = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                trailing = 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                trailing = 3;
            } else {
                return false;
            }
            if (i + trailing >= to) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F
                    || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
                return false;
            }
            for (int k = 1; k <= trailing; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += trailing + 1;
        }
        return true;
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            String partial = out.flip().toString();
            int line = 1 + (int) partial.chars().filter(c -> c == '\n').count();
            throw new UndecodableException(line, "not valid " + charset.name() + " at line " + line);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** GB18030 maps almost any byte soup to some character; real Chinese text is mostly Han, ASCII and punctuation. */
    private static boolean looksLikeText(String text) {
        long usual = text.codePoints().filter(cp -> cp == '\n' || cp == '\r' || cp == '\t'
                || (cp >= 0x20 && cp < 0x7F)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2000 && cp <= 0x206F)).count();
        long all = text.codePoints().count();
        return all == 0 || usual * 100 >= all * 95;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
