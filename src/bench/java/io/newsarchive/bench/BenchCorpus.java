package io.newsarchive.bench;

import io.newsarchive.model.Article;
import io.newsarchive.parse.BoilerplateFilter;
import io.newsarchive.parse.ChromeRules;
import io.newsarchive.parse.DateParser;
import io.newsarchive.parse.OutletDirectory;
import io.newsarchive.parse.ParseHints;
import io.newsarchive.parse.ParseOutcome;
import io.newsarchive.parse.RawTextParser;
import io.newsarchive.read.ArticleIds;
import io.newsarchive.read.OutletTableReader;
import io.newsarchive.testkit.CorpusGenerator;
import io.newsarchive.testkit.GeneratedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Generated raw articles and their parsed forms, made the way a build makes them; shared by the benchmarks. */
final class BenchCorpus {
    static final long SEED = 42;
    static final int OUTLETS = 30;

    private BenchCorpus() {
    }

    /** The parser a build uses: bundled outlet table and chrome rules. */
    static RawTextParser parser() {
        return new RawTextParser(new OutletDirectory(OutletTableReader.bundled()), ChromeRules.bundled(),
                new DateParser());
    }

    /** {@code n} generated articles, pinned in memory. */
    static List<GeneratedArticle> raw(int n) {
        return new ArrayList<>(new CorpusGenerator(SEED).generate(n, OUTLETS));
    }

    /** The parse hints a build would give each file: ids from {@link ArticleIds}, the outlet folder. */
    static ParseHints[] hints(List<GeneratedArticle> raw) {
        Map<String, String> ids = ArticleIds.assign(raw.stream().map(GeneratedArticle::relativePath).sorted().toList());
        ParseHints[] hints = new ParseHints[raw.size()];
        for (int i = 0; i < hints.length; i++) {
            GeneratedArticle g = raw.get(i);
            hints[i] = new ParseHints(ids.get(g.relativePath()), g.relativePath(), g.outletSlug());
        }
        return hints;
    }

    /** {@code n} generated articles parsed, sorted by id, with the archive-wide boilerplate filter applied. */
    static List<Article> parsed(int n) {
        RawTextParser parser = parser();
        List<Article> articles = new ArrayList<>(n);
        List<GeneratedArticle> raw = raw(n);
        ParseHints[] hints = hints(raw);
        for (int i = 0; i < hints.length; i++) {
            if (parser.parse(raw.get(i).rawText(), hints[i]) instanceof ParseOutcome.Parsed p) {
                articles.add(p.article());
            }
        }
        articles.sort(Comparator.comparing(Article::id));
        return new ArrayList<>(BoilerplateFilter.apply(articles));
    }
}
