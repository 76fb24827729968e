package org.broadsheet.search.internal;

import java.util.Arrays;

/** A growable byte buffer that writes unsigned LEB128 varints, the index's number format (offsets.bin's fixed-width
 * pairs aside). */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 4)];
    }

    void varint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("varint must not be negative: " + value);
        }
        while (value >= 0x80) {
            put((byte) (value & 0x7f | 0x80));
            value >>>= 7;
        }
        put((byte) value);
    }

    void put(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = b;
    }

    void write(ByteSink other) {
        write(other.bytes, other.size);
    }

    void write(byte[] data, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(data, 0, bytes, size, length);
        size += length;
    }

    /** Empties the buffer, keeping its capacity. */
    void reset() {
        size = 0;
    }

    /** The backing array: valid up to {@link #size()}, until the next write. */
    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
