package io.newsarchive.cache;

import java.nio.ByteBuffer;

/**
 * A 16-byte digest (an article's key, an outlet's, a catalog row's) as two numbers: a map key that hashes and compares
 * by content, where a byte array would compare by identity.
 */
record DigestKey(long high, long low) implements Comparable<DigestKey> {
    static final int BYTES = 16;

    /** The key of a digest's first 16 bytes, read big-endian. */
    static DigestKey of(byte[] digest) {
        ByteBuffer b = ByteBuffer.wrap(digest);
        return new DigestKey(b.getLong(), b.getLong());
    }

    /** The digest again. */
    byte[] bytes() {
        return ByteBuffer.allocate(BYTES).putLong(high).putLong(low).array();
    }

    @Override
    public int compareTo(DigestKey other) {
        int byHigh = Long.compare(high, other.high);
        return byHigh != 0 ? byHigh : Long.compare(low, other.low);
    }
}
