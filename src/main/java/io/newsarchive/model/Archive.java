package io.newsarchive.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the site is rendered from: the articles (sorted by id), their stories (newest first), and what went
 * wrong with which input.
 */
public record Archive(List<Article> articles, List<Story> stories, List<InputProblem> problems) {
    public Archive {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }

    /** Articles by id, in id order. */
    public Map<String, Article> articlesById() {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        return byId;
    }

    /** The story each article belongs to, by article id. */
    public Map<String, Story> storyOfArticle() {
        Map<String, Story> byArticle = new LinkedHashMap<>();
        for (Story s : stories) {
            for (String v : s.versions()) {
                byArticle.put(v, s);
            }
        }
        return byArticle;
    }
}
