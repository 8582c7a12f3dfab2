package io.newsarchive.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story: every version of one text or one event, with the version readers are shown first.
 *
 * @param id         stable id, the canonical article's id
 * @param canonical  the id of the version shown as the story's text
 * @param versions   ids of all versions, canonical first, then by date and id
 * @param copyOf     for a version that is a syndicated copy: the id of the version it copies
 * @param date       the story's date: the earliest known date among its versions, or NONE
 */
public record Story(String id, String canonical, List<String> versions, Map<String, String> copyOf, ArticleDate date) {
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(date, "date");
        versions = List.copyOf(versions);
        copyOf = Map.copyOf(copyOf);
        if (versions.isEmpty() || !versions.get(0).equals(canonical)) {
            throw new IllegalArgumentException("a story lists its canonical version first");
        }
    }

    public boolean hasSeveralVersions() {
        return versions.size() > 1;
    }
}
