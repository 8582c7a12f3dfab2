package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * What {@link EventGrouper} reads, as one digest: the canonical versions' ids (in list order), their dates, their
 * event terms (their print here) and the settings. The grouping reads one thing more, the canonical order, but only
 * to split the groups it joined, and only within each group ({@link EventGrouper.Result#joined}). So two builds with
 * equal digests whose orders sort each joined group alike group alike, to the last decision's score: a rebuild whose
 * articles changed after their leads takes the last build's grouping instead of working it out again. (The order
 * itself could not be part of the digest: it ranks versions of one day by their length, which any edit changes.)
 */
final class EventInputs {
    private EventInputs() {
    }

    /**
     * @param reps   the canonical versions, in the order the grouping is given them
     * @param prints each version's {@link EventTerms#print}
     */
    static String digest(DedupeSettings settings, List<Article> reps, long[][] prints) {
        // all of it in one buffer, hashed once with MurmurHash3's 128 bits: a rebuild runs on the quick compiler
        // alone, which has no SHA-256 intrinsic, and SHA-256 fed piece by piece took 21-49 ms of a 10,000-article
        // rebuild's grouping, on its main thread. As for page fingerprints, nothing here defends against a forger:
        // the digest tells this build's inputs from the last build's on the user's own machine.
        byte[] named = settings.toString().getBytes(StandardCharsets.UTF_8);
        int n = reps.size();
        byte[][] ids = new byte[n][];
        int size = 4 + named.length + 4;
        for (int i = 0; i < n; i++) {
            ids[i] = reps.get(i).id().getBytes(StandardCharsets.UTF_8);
            size += 4 + 1 + 8 + 8 + 16 + ids[i].length;
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        all.putInt(named.length).put(named).putInt(n);
        for (int i = 0; i < n; i++) {
            ArticleDate date = reps.get(i).date();
            all.putInt(ids[i].length).put((byte) (date.isPresent() ? 1 : 0))
                    .putLong(DateOrder.day(date)).putLong(DateOrder.time(date))
                    .putLong(prints[i][0]).putLong(prints[i][1])
                    .put(ids[i]);
        }
        long[] h = MurmurHash3.hash128x64(all.array(), 0, all.position(), 0);
        return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]);
    }
}
