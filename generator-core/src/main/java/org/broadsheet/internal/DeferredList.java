package org.broadsheet.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose items are made the first time one is asked for, and whose size and
 * {@link Fingerprint#digest(java.util.Collection) digest} are known before. The reader's cache gives every
 * article's paragraphs as one: a build that keeps a page fingerprints the paragraphs by their digest and never
 * decodes their text, so an archive's unchanged issues cost their headlines, not their words. Safe to share
 * across threads: the items are made once.
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess, Fingerprint.Digested {
    private final int size;
    private final Fingerprint.Digest digest;
    private Supplier<List<T>> maker;
    private volatile List<T> items;

    /**
     * @param size   how many items {@code maker} makes
     * @param digest the digest of those items
     * @param maker  makes the items; called at most once, from any thread
     */
    public DeferredList(int size, Fingerprint.Digest digest, Supplier<List<T>> maker) {
        if (size < 0) {
            throw new IllegalArgumentException("a list of " + size + " items");
        }
        this.size = size;
        this.digest = Objects.requireNonNull(digest, "digest");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        return items().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Fingerprint.Digest digest() {
        return digest;
    }

    private List<T> items() {
        List<T> made = items;
        if (made == null) {
            synchronized (this) {
                made = items;
                if (made == null) {
                    made = List.copyOf(maker.get());
                    if (made.size() != size) {
                        throw new IllegalStateException(
                                "made " + made.size() + " items where " + size + " were promised");
                    }
                    items = made;
                    maker = null;
                }
            }
        }
        return made;
    }
}
