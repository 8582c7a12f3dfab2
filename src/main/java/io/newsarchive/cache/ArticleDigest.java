package io.newsarchive.cache;

import io.newsarchive.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A 16-byte digest of everything an article holds, field by field (two articles that differ anywhere differ here). */
final class ArticleDigest {
    private ArticleDigest() {
    }

    static byte[] of(Article a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            ArticleCodec.write(new DataOutputStream(bytes), a);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return Digests.md5().digest(bytes.toByteArray());
    }
}
