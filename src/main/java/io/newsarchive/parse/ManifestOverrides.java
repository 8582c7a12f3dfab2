package io.newsarchive.parse;

import io.newsarchive.model.Article;
import io.newsarchive.model.MetadataOverride;
import io.newsarchive.model.Outlet;
import io.newsarchive.model.Slugs;

/** The user's manifest has the last word: its non-empty values replace what a parser found. */
public final class ManifestOverrides {
    private ManifestOverrides() {
    }

    /** The article with the manifest's values applied and its notes worked out again. */
    public static Article apply(Article a, MetadataOverride o, OutletDirectory outlets) {
        Outlet outlet = o.outlet().isEmpty() ? a.outlet()
                : outlets.byAlias(o.outlet()).orElse(new Outlet(Slugs.slug(o.outlet()), o.outlet()));
        boolean headlineGiven = !o.headline().isEmpty();
        return RawTextParser.withNotes(new Article(a.id(), a.source(), outlet,
                headlineGiven ? o.headline() : a.headline(), a.headlineDerived() && !headlineGiven, a.kicker(),
                o.date().isPresent() ? o.date() : a.date(), o.byline().isEmpty() ? a.byline() : o.byline(),
                a.dateline(), a.credit(), a.body(), a.related(), o.url().isEmpty() ? a.url() : o.url(), a.notes(),
                o.language().isEmpty() ? a.language() : o.language(), o.tags().isEmpty() ? a.tags() : o.tags()));
    }
}
