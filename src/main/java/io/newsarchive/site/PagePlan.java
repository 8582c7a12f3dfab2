package io.newsarchive.site;

import io.newsarchive.model.Archive;
import io.newsarchive.model.Article;
import io.newsarchive.model.ArticleDate;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Story;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which pages the site has and what each lists, worked out once per build: stories in reading order (with each
 * story's position, so previous/next is a lookup, not a scan), every outlet's articles, every month's stories and
 * the undated ones. Every list has a total order with tie-breakers, so the pages are the same on every build.
 */
final class PagePlan {
    /** Newest first, undated last, then by id: the order of the home page and of previous/next. */
    static final Comparator<Story> STORY_ORDER = Comparator
            .comparing((Story s) -> s.date().isPresent() ? 0 : 1)
            .thenComparing(Story::date, Comparator.reverseOrder())
            .thenComparing(Story::id);

    /** One outlet and its articles, newest first. */
    record OutletShelf(Outlet outlet, List<Article> articles) {
    }

    private final Archive archive;
    private final Map<String, Article> byId;
    private final Map<String, Story> storyOf;
    private final List<Story> stories;
    private final Map<String, Integer> storyPosition = new HashMap<>();
    private final List<OutletShelf> outlets;
    private final Map<String, OutletShelf> outletById = new HashMap<>();
    private final TreeMap<YearMonth, List<Story>> months = new TreeMap<>(Comparator.reverseOrder());
    private final List<Story> undated = new ArrayList<>();
    private final HeadlineIndex headlines;

    PagePlan(Archive archive, java.util.concurrent.ForkJoinPool pool) {
        this.archive = archive;
        this.byId = archive.articlesById();
        this.storyOf = archive.storyOfArticle();
        this.stories = archive.stories().stream().sorted(STORY_ORDER).toList();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            storyPosition.put(s.id(), i);
            if (s.date().isPresent()) {
                months.computeIfAbsent(YearMonth.from(s.date().day()), m -> new ArrayList<>()).add(s);
            } else {
                undated.add(s);
            }
        }
        Map<Outlet, List<Article>> grouped = new TreeMap<>();
        for (Article a : archive.articles()) {
            grouped.computeIfAbsent(a.outlet(), o -> new ArrayList<>()).add(a);
        }
        Comparator<Article> newestFirst = Comparator
                .comparing((Article a) -> shownDate(a).isPresent() ? 0 : 1)
                .thenComparing(this::shownDate, Comparator.reverseOrder())
                .thenComparing(Article::id);
        List<OutletShelf> shelves = new ArrayList<>();
        grouped.forEach((outlet, articles) -> {
            articles.sort(newestFirst);
            OutletShelf shelf = new OutletShelf(outlet, List.copyOf(articles));
            shelves.add(shelf);
            outletById.put(outlet.id(), shelf);
        });
        this.outlets = List.copyOf(shelves);
        this.headlines = new HeadlineIndex(archive.articles(), pool);
    }

    Archive archive() {
        return archive;
    }

    Article article(String id) {
        return byId.get(id);
    }

    Map<String, Article> articlesById() {
        return byId;
    }

    Story storyOf(Article a) {
        return storyOf.get(a.id());
    }

    /** Every story in reading order. */
    List<Story> stories() {
        return stories;
    }

    /** The story shown before this one (newer), if any: found by position, in constant time. */
    Optional<Story> newer(Story s) {
        int at = storyPosition.get(s.id());
        return at > 0 ? Optional.of(stories.get(at - 1)) : Optional.empty();
    }

    /** The story shown after this one (older, or undated), if any. */
    Optional<Story> older(Story s) {
        int at = storyPosition.get(s.id());
        return at + 1 < stories.size() ? Optional.of(stories.get(at + 1)) : Optional.empty();
    }

    /** Outlets by name (then id), each with its articles newest first. */
    List<OutletShelf> outlets() {
        return outlets;
    }

    OutletShelf outlet(String outletId) {
        return outletById.get(outletId);
    }

    /** Months that have dated stories, newest first, each with its stories in reading order. */
    TreeMap<YearMonth, List<Story>> months() {
        return months;
    }

    /** Stories none of whose versions has a date, in id order. */
    List<Story> undated() {
        return undated;
    }

    HeadlineIndex headlines() {
        return headlines;
    }

    /** The date a reader is shown for an article: its own, else its story's (inferred), else none. */
    ArticleDate shownDate(Article a) {
        if (a.date().isPresent()) {
            return a.date();
        }
        Story s = storyOf.get(a.id());
        return s == null ? ArticleDate.NONE : s.date();
    }
}
