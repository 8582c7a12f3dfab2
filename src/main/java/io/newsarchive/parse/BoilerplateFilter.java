package io.newsarchive.parse;

import io.newsarchive.model.Article;
import io.newsarchive.model.BodyBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private BoilerplateFilter() {
    }

    /** The articles with their outlets' boilerplate paragraphs removed, in the same order. */
    public static List<Article> apply(List<Article> articles) {
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (!a.outlet().isUnknown()) {
                byOutlet.computeIfAbsent(a.outlet().id(), k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> boilerplate = new HashSet<>();
        Map<String, Set<String>> boilerplateByOutlet = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : byOutlet.entrySet()) {
            Set<String> learned = learn(articles, group.getValue());
            if (!learned.isEmpty()) {
                boilerplateByOutlet.put(group.getKey(), learned);
                boilerplate.addAll(learned);
            }
        }
        if (boilerplate.isEmpty()) {
            return articles;
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Set<String> learned = boilerplateByOutlet.get(a.outlet().id());
            if (learned == null) {
                out.add(a);
                continue;
            }
            List<BodyBlock> body = new ArrayList<>();
            for (BodyBlock b : a.body()) {
                if (!learned.contains(b.text())) {
                    body.add(b);
                }
            }
            if (body.size() == a.body().size() || body.stream().noneMatch(b -> !b.isCrosshead())) {
                out.add(a); // nothing learned applies, or nothing would be left: keep the text
                continue;
            }
            while (!body.isEmpty() && body.get(body.size() - 1).isCrosshead()) {
                body.remove(body.size() - 1);
            }
            out.add(RawTextParser.withNotes(a.withBody(body)));
        }
        return out;
    }

    private static Set<String> learn(List<Article> articles, List<Integer> members) {
        if (members.size() < MIN_ARTICLES) {
            return Set.of();
        }
        List<Set<String>> texts = new ArrayList<>();
        for (int i : members) {
            Set<String> paragraphs = new HashSet<>();
            for (BodyBlock b : articles.get(i).body()) {
                paragraphs.add(b.text());
            }
            texts.add(paragraphs);
        }
        // Keep one representative of each group of copies: a later article that mostly repeats an earlier one drops.
        List<Set<String>> distinct = new ArrayList<>();
        for (Set<String> t : texts) {
            boolean copy = false;
            for (Set<String> d : distinct) {
                if (shared(t, d) > COPY_SHARE * Math.min(t.size(), d.size())) {
                    copy = true;
                    break;
                }
            }
            if (!copy) {
                distinct.add(t);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> t : distinct) {
            for (String p : t) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        Set<String> learned = new HashSet<>();
        int need = Math.max(MIN_ARTICLES, (int) Math.ceil(MIN_SHARE * distinct.size()));
        counts.forEach((p, n) -> {
            if (n >= need) {
                learned.add(p);
            }
        });
        return learned;
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
