package io.newsarchive.read;

import io.newsarchive.model.Slugs;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives each input a stable, unique, URL-safe id from its path: "reuters/Iran talks.txt" → "reuters-iran-talks". */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** Ids by source, for sources in sorted order; a clash gets "-2", "-3" in that order, so ids are stable. */
    public static Map<String, String> assign(List<String> sortedSources) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String source : sortedSources) {
            String base = Slugs.slug(withoutExtension(source));
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(source, id);
        }
        return ids;
    }

    static String withoutExtension(String source) {
        int slash = source.lastIndexOf('/');
        int dot = source.lastIndexOf('.');
        return dot > slash + 1 ? source.substring(0, dot) : source;
    }
}
