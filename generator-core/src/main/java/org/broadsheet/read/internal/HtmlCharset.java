package org.broadsheet.read.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page with the charset it declares ({@code <meta charset>} or the
 * {@code http-equiv="Content-Type"} form, in its first few kilobytes), as a browser does. Declared
 * {@code gb2312} and {@code gbk} are read as GB18030, their superset, because pages labelled GB2312 routinely
 * hold GBK characters (browsers do the same). A page that declares nothing, or whose bytes are not valid in
 * the charset it declares, is decoded by {@link TextDecoder}'s detection, with a note saying so; bytes that
 * fit no encoding are refused, never decoded wrongly in silence.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlCharset {
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*(?<name>[A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The page's text, and a note when it was not read in the charset it declares. */
    record Decoded(String text, Charset charset, RawTextParser.Note note) {
    }

    static Decoded decode(byte[] bytes) throws TextDecoder.UndecodableException {
        String declared = declared(bytes);
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        if (declared == null || bom) {
            TextDecoder.Decoded detected = TextDecoder.decode(bytes);
            return new Decoded(detected.text(), detected.charset(), null);
        }
        Charset charset;
        try {
            charset = forLabel(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            TextDecoder.Decoded detected = TextDecoder.decode(bytes);
            return new Decoded(detected.text(), detected.charset(), new RawTextParser.Note(1, false,
                    "the page declares charset '" + declared + "', which is unknown; read as detected "
                            + detected.charset().name()));
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Decoded(TextDecoder.normaliseLineEnds(out.flip().toString()), charset, null);
        }
        int line = 1 + (int) out.flip().chars().filter(c -> c == '\n').count();
        TextDecoder.Decoded detected = TextDecoder.decode(bytes);
        return new Decoded(detected.text(), detected.charset(), new RawTextParser.Note(line, false,
                "the page declares charset '" + declared + "' but line " + line + " is not valid " + charset.name()
                        + "; read as detected " + detected.charset().name()));
    }

    /** The charset label declared in the first bytes, or {@code null}. */
    private static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group("name") : null;
    }

    private static Charset forLabel(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58", "gb18030" ->
                    Charset.forName("GB18030");
            case "utf8", "unicode-1-1-utf-8" -> StandardCharsets.UTF_8;
            case "big5" -> Charset.forName("Big5-HKSCS");
            default -> Charset.forName(label);
        };
    }
}
