package org.broadsheet.internal;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, for one thread. {@link java.io.StringWriter} appends to a
 * {@link StringBuffer}, which takes a lock for every piece written; a template or a JSON writer hands over
 * thousands of small pieces per page, on the one thread that renders it.
 */
public final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    /** @param capacity the characters to make room for at first */
    public StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public StringBuilderWriter append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public StringBuilderWriter append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public StringBuilderWriter append(char c) {
        text.append(c);
        return this;
    }

    /** Nothing to flush: the text is in memory. */
    @Override
    public void flush() {
    }

    /** Nothing to release; the text stays readable. */
    @Override
    public void close() {
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return text.toString();
    }
}
