package io.newsarchive.parse;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Learns an outlet's boilerplate from the archive itself, as boilerplate detectors do: a paragraph that recurs
 * word for word across several different articles of one outlet ("Anadolu Agency website contains only a portion
 * of the news stories…") is the outlet's furniture, not its reporting. Articles that are copies of each other
 * (sharing most paragraphs) count once, so a story saved twice never loses its text. Outlets that were not
 * recognised are left alone: their shared paragraphs are more likely syndicated text than furniture.
 */
public final class BoilerplateFilter {
    /** A paragraph must recur in at least this many distinct articles of an outlet. */
    static final int MIN_ARTICLES = 2;
    /** …and in at least this share of the outlet's distinct articles. */
    static final double MIN_SHARE = 0.2;
    /** Two articles sharing more than this share of paragraphs are copies of one text. */
    static final double COPY_SHARE = 0.5;
    /** Articles looked at for the copy check of one frequent paragraph. */
    static final int CHECKED_CARRIERS = 8;

    private BoilerplateFilter() {
    }

    /** The articles with their outlets' boilerplate paragraphs removed, in the same order. */
    public static List<Article> apply(List<Article> articles) {
        return apply(articles, ForkJoinPool.commonPool());
    }

    /**
     * Like {@link #apply(List)}, on {@code pool}: outlets are learned, and articles cleaned, on all its threads at
     * once (each outlet's learning reads only its own articles), in some 1.5 s of every large rebuild on one thread.
     */
    public static List<Article> apply(List<Article> articles, ForkJoinPool pool) {
        return apply(articles, pool, null);
    }

    /**
     * What earlier builds learned, for a rebuild to reuse: an outlet's boilerplate follows from its articles alone
     * (their texts, in order), so it is kept under a key of those articles, and a rebuild after one article changed
     * learns one outlet again instead of all of them.
     */
    public interface Learned {
        /** A digest of everything this article holds (equal articles, equal digests), or null when it has none. */
        byte[] articleKey(Article article);

        /** The paragraphs learned from the articles under this key, or null when none were. */
        Set<String> find(byte[] outletKey);

        /** Keeps what was learned from the articles under this key. */
        void learned(byte[] outletKey, Set<String> paragraphs);
    }

    /** Like {@link #apply(List, ForkJoinPool)}, reusing and keeping in {@code memo} (when not null) what is learned. */
    public static List<Article> apply(List<Article> articles, ForkJoinPool pool, Learned memo) {
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (!a.outlet().isUnknown()) {
                byOutlet.computeIfAbsent(a.outlet().id(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Set<String>> boilerplateByOutlet = new ConcurrentHashMap<>();
        pool.submit(() -> byOutlet.entrySet().parallelStream().forEach(group -> {
            byte[] key = memo == null ? null : outletKey(articles, group.getKey(), group.getValue(), memo);
            Set<String> learned = key == null ? null : memo.find(key);
            if (learned == null) {
                learned = learn(articles, group.getValue());
                if (key != null) {
                    memo.learned(key, learned);
                }
            }
            if (!learned.isEmpty()) {
                boilerplateByOutlet.put(group.getKey(), learned);
            }
        })).join();
        if (boilerplateByOutlet.isEmpty()) {
            return articles;
        }
        return pool.submit(() -> articles.parallelStream()
                .map(a -> clean(a, boilerplateByOutlet.get(a.outlet().id()))).toList()).join();
    }

    /**
     * A digest of an outlet's articles, in order (learning depends on their order: the first carriers of a paragraph
     * are checked for copies); null when one of them has no key.
     */
    private static byte[] outletKey(List<Article> articles, String outlet, List<Integer> members, Learned memo) {
        java.security.MessageDigest md;
        try {
            md = java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
        md.update(outlet.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int m : members) {
            byte[] key = memo.articleKey(articles.get(m));
            if (key == null) {
                return null;
            }
            md.update(key);
        }
        return md.digest();
    }

    /** The article without the paragraphs learned as its outlet's boilerplate (none: the article itself). */
    private static Article clean(Article a, Set<String> learned) {
        if (learned == null) {
            return a;
        }
        List<BodyBlock> body = new ArrayList<>();
        for (BodyBlock b : a.body()) {
            if (!learned.contains(b.text())) {
                body.add(b);
            }
        }
        if (body.size() == a.body().size() || body.stream().noneMatch(b -> !b.isCrosshead())) {
            return a; // nothing learned applies, or nothing would be left: keep the text
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isCrosshead()) {
            body.remove(body.size() - 1);
        }
        return RawTextParser.withNotes(a.withBody(body));
    }

    /**
     * The outlet's boilerplate: paragraphs in at least {@link #MIN_ARTICLES} and {@link #MIN_SHARE} of its articles,
     * kept only when the articles carrying one are not copies of each other (they share little else). Linear in the
     * outlet's paragraphs: only the few frequent paragraphs get the copy check, on a handful of their articles.
     */
    private static Set<String> learn(List<Article> articles, List<Integer> members) {
        if (members.size() < MIN_ARTICLES) {
            return Set.of();
        }
        List<Set<String>> texts = new ArrayList<>(members.size());
        Map<String, List<Integer>> carriers = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            Set<String> paragraphs = new HashSet<>();
            for (BodyBlock b : articles.get(members.get(m)).body()) {
                String text = b.text();
                if (paragraphs.add(text)) {
                    carriers.computeIfAbsent(text, k -> new ArrayList<>()).add(m);
                }
            }
            texts.add(paragraphs);
        }
        int need = Math.max(MIN_ARTICLES, (int) Math.ceil(MIN_SHARE * members.size()));
        Set<String> frequent = new HashSet<>();
        carriers.forEach((p, who) -> {
            if (who.size() >= need) {
                frequent.add(p);
            }
        });
        Set<String> learned = new HashSet<>();
        for (String p : frequent) {
            if (distinctCarriers(carriers.get(p), texts) >= MIN_ARTICLES) {
                learned.add(p);
            }
        }
        return learned;
    }

    /**
     * How many of (the first few) articles carrying a paragraph are not copies of an earlier one: copies of one text
     * share most of their paragraphs.
     */
    private static int distinctCarriers(List<Integer> carriers, List<Set<String>> texts) {
        List<Set<String>> distinct = new ArrayList<>();
        for (int m : carriers.subList(0, Math.min(carriers.size(), CHECKED_CARRIERS))) {
            Set<String> own = texts.get(m); // whole texts: two saves of one story must never lose their text
            boolean copy = false;
            for (Set<String> d : distinct) {
                if (shared(own, d) > COPY_SHARE * Math.min(own.size(), d.size())) {
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                distinct.add(own);
                if (distinct.size() >= MIN_ARTICLES) {
                    return distinct.size();
                }
            }
        }
        return distinct.size();
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
