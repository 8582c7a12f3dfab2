package io.newsarchive.dedupe;

import io.newsarchive.model.Article;
import io.newsarchive.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Groups articles into stories. Until copies and events are detected, every article is a story of its own. */
public final class Deduper {
    public List<Story> stories(List<Article> articles) {
        List<Story> stories = new ArrayList<>(articles.size());
        for (Article a : articles) {
            stories.add(new Story(a.id(), a.id(), List.of(a.id()), Map.of(), a.date()));
        }
        stories.sort(StoryOrder.NEWEST_FIRST);
        return stories;
    }
}
