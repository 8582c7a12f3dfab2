package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        md.update(settings.toString().getBytes(StandardCharsets.UTF_8));
        int n = reps.size();
        ByteBuffer fixed = ByteBuffer.allocate(4 + 1 + 8 + 8 + 16);
        fixed.putInt(n);
        md.update(fixed.array(), 0, 4);
        for (int i = 0; i < n; i++) {
            Article a = reps.get(i);
            ArticleDate date = a.date();
            byte[] id = a.id().getBytes(StandardCharsets.UTF_8);
            fixed.clear();
            fixed.putInt(id.length).put((byte) (date.isPresent() ? 1 : 0))
                    .putLong(DateOrder.day(date)).putLong(DateOrder.time(date))
                    .putLong(prints[i][0]).putLong(prints[i][1]);
            md.update(fixed.array(), 0, fixed.position());
            md.update(id);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
