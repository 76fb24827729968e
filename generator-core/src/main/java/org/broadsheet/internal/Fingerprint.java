package org.broadsheet.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 128-bit digest of what a file is made from: a template's identity and a page's variables (records, lists,
 * maps, strings, numbers), walked in a fixed order with a type tag and a length before every value, so two
 * different models cannot feed the same stream. Two lanes of 64-bit multiply-and-rotate hashing over the
 * characters themselves, which costs far less than encoding every page's text to bytes for a cryptographic
 * digest; collisions by chance are out of reach, and a build cache has no adversary.
 *
 * <p>Used for the build state's page fingerprints and the reader's seed digests. Not thread-safe: one per
 * thread, or per file.
 */
public final class Fingerprint {
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;

    public Fingerprint add(Object value) {
        if (value == null) {
            mix('0');
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Long) {
            // Positions and counts are in most pages' inputs: taken as a number, not as its class's name and text.
            mix('n');
            mix(((Number) value).longValue());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof TemporalAccessor || value instanceof Enum<?>) {
            mix('v');
            string(value.getClass().getName());
            string(value.toString());
        } else if (value instanceof byte[] bytes) {
            mix('b');
            mix(bytes.length);
            // Eight bytes a step: seeds are digested on every build, and this is most of what that costs.
            int i = 0;
            for (; i + 8 <= bytes.length; i += 8) {
                mix((bytes[i] & 0xffL) | (bytes[i + 1] & 0xffL) << 8 | (bytes[i + 2] & 0xffL) << 16
                        | (bytes[i + 3] & 0xffL) << 24 | (bytes[i + 4] & 0xffL) << 32 | (bytes[i + 5] & 0xffL) << 40
                        | (bytes[i + 6] & 0xffL) << 48 | (bytes[i + 7] & 0xffL) << 56);
            }
            for (; i < bytes.length; i++) {
                mix(bytes[i]);
            }
        } else if (value instanceof Map<?, ?> map) {
            mix('m');
            mix(map.size());
            // Models are LinkedHashMaps or records' maps built in a fixed order; sorting keys makes any map safe.
            map.entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> String.valueOf(x).compareTo(String.valueOf(y))))
                    .forEach(e -> {
                        add(String.valueOf(e.getKey()));
                        add(e.getValue());
                    });
        } else if (value instanceof Collection<?> list) {
            mix('l');
            mix(list.size());
            // A list goes in by its own digest, so a list that knows its digest (the paragraphs of an issue taken
            // from the reader's cache) is never walked, and gives what walking it would.
            Digest digest = digest(list);
            mix(digest.a());
            mix(digest.b());
        } else if (value.getClass().isRecord()) {
            mix('r');
            string(value.getClass().getName());
            for (Method accessor : ACCESSORS.computeIfAbsent(value.getClass(), Fingerprint::accessors)) {
                try {
                    add(accessor.invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " for a page's fingerprint", e);
                }
            }
        } else {
            throw new IllegalArgumentException("a page's variables must be records, lists, maps, strings or numbers;"
                    + " cannot fingerprint a " + value.getClass().getName());
        }
        return this;
    }

    /** The digest of a list's items in order, as {@link #add} takes it in: its own if it is {@link Digested}. */
    public static Digest digest(Collection<?> items) {
        if (items instanceof Digested known) {
            return known.digest();
        }
        Fingerprint fingerprint = new Fingerprint();
        for (Object item : items) {
            fingerprint.add(item);
        }
        return new Digest(fingerprint.a, fingerprint.b);
    }

    /** A list's digest: the two lanes of a fingerprint of its items. */
    public record Digest(long a, long b) {
    }

    /** A list that knows its {@link #digest(Collection) digest} without being walked. */
    public interface Digested {
        Digest digest();
    }

    /** The digest as 32 hexadecimal digits. */
    public String hex() {
        long x = finish(a ^ Long.rotateLeft(b, 17));
        long y = finish(b + Long.rotateLeft(a, 41));
        return HexFormat.of().toHexDigits(x) + HexFormat.of().toHexDigits(y);
    }

    private void string(String s) {
        mix('s');
        int length = s.length();
        mix(length);
        // Four characters a step (the length came first, so the packing is unambiguous): every build digests the
        // text of every issue, and this is most of what that costs.
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            mix(s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48);
        }
        for (; i < length; i++) {
            mix(s.charAt(i));
        }
    }

    private void mix(long value) {
        a = (a ^ value) * P1;
        b = Long.rotateLeft(b + value * P2, 31) * P3;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] methods = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            methods[i].setAccessible(true);
        }
        return methods;
    }
}
