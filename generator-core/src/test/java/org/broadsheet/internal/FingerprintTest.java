package org.broadsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fingerprint tells apart what a build must not confuse, and is the same for the same input. */
class FingerprintTest {
    private static final byte[] SEED = "本报讯（记者 王明）3月3日，我市召开会议。Hello 2022!".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameBytesGiveTheSameFingerprint() {
        assertEquals(new Fingerprint().add(SEED).hex(), new Fingerprint().add(SEED.clone()).hex());
    }

    @Test
    void changingAnyOneByteOrTheLengthChangesTheFingerprint() {
        Set<String> seen = new HashSet<>();
        seen.add(new Fingerprint().add(SEED).hex());
        for (int i = 0; i < SEED.length; i++) {
            byte[] changed = SEED.clone();
            changed[i] ^= 1;
            assertEquals(true, seen.add(new Fingerprint().add(changed).hex()), "byte " + i + " changed");
        }
        for (int length = 0; length < SEED.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(SEED, length);
            assertEquals(true, seen.add(new Fingerprint().add(cut).hex()), "cut to " + length + " bytes");
        }
    }

    @Test
    void changingAnyOneCharacterOfAStringChangesTheFingerprint() {
        String text = "经济社会发展，GDP增长4.5%，𠮷野家";
        Set<String> seen = new HashSet<>();
        seen.add(new Fingerprint().add(text).hex());
        for (int i = 0; i < text.length(); i++) {
            char[] chars = text.toCharArray();
            chars[i]++;
            assertEquals(true, seen.add(new Fingerprint().add(new String(chars)).hex()), "character " + i + " changed");
            assertEquals(true, seen.add(new Fingerprint().add(text.substring(0, i)).hex()), "cut to " + i);
        }
    }

    @Test
    void valuesAreDelimitedSoDifferentSplitsOfTheSameTextDiffer() {
        assertNotEquals(new Fingerprint().add("记者王").add("明").hex(), new Fingerprint().add("记者").add("王明").hex());
        assertNotEquals(new Fingerprint().add(List.of("a", "b")).hex(), new Fingerprint().add(List.of("ab")).hex());
        assertNotEquals(new Fingerprint().add((Object) null).hex(), new Fingerprint().add(new byte[0]).hex());
        assertNotEquals(new Fingerprint().add("1").hex(), new Fingerprint().add(1).hex());
    }

    @Test
    void aNumberDiffersFromAnotherAndFromItsDigitsAsText() {
        assertNotEquals(new Fingerprint().add(1).hex(), new Fingerprint().add(2).hex());
        assertNotEquals(new Fingerprint().add(12).hex(), new Fingerprint().add("12").hex());
        assertNotEquals(new Fingerprint().add(List.of(1, 2)).hex(), new Fingerprint().add(List.of(12)).hex());
        assertEquals(new Fingerprint().add(7).hex(), new Fingerprint().add(7L).hex(), "a count is a count");
    }
}
