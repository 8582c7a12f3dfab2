package io.newsarchive.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsarchive.model.Article;
import io.newsarchive.testsupport.ExpectedArticle;
import io.newsarchive.testsupport.Parsing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser field by field over the fixture corpus (src/test/resources/corpus) and fails below the bar.
 * {@code tuning/} must meet the bar. Every other folder under corpus/ is a held-out set: scored on a row of its own,
 * guarded only by a regression floor, and never looked at while tuning (its mismatches are not printed).
 * Set -Dcorpus.verbose=true to print every mismatch of the tuning set.
 */
class ParserAccuracyTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String TUNING = "tuning";

    /** Field scores of one folder. */
    static final class Score {
        final String name;
        int articles;
        final Map<String, int[]> fields = new HashMap<>(); // field -> {right, total}
        int bodyPredicted;
        int bodyExpected;
        int bodyMatched;
        int relatedPredicted;
        int relatedExpected;
        int relatedMatched;
        final List<String> mismatches = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }

        void field(String field, String file, Object expected, Object actual, boolean right) {
            int[] c = fields.computeIfAbsent(field, f -> new int[2]);
            c[1]++;
            if (right) {
                c[0]++;
            } else {
                mismatches.add(file + " " + field + ": expected «" + expected + "» got «" + actual + "»");
            }
        }

        double accuracy(String field) {
            int[] c = fields.getOrDefault(field, new int[] {0, 0});
            return c[1] == 0 ? 1.0 : (double) c[0] / c[1];
        }

        double bodyPrecision() {
            return bodyPredicted == 0 ? 1.0 : (double) bodyMatched / bodyPredicted;
        }

        double bodyRecall() {
            return bodyExpected == 0 ? 1.0 : (double) bodyMatched / bodyExpected;
        }

        double relatedPrecision() {
            return relatedPredicted == 0 ? 1.0 : (double) relatedMatched / relatedPredicted;
        }

        double relatedRecall() {
            return relatedExpected == 0 ? 1.0 : (double) relatedMatched / relatedExpected;
        }

        void add(Score other) {
            articles += other.articles;
            other.fields.forEach((k, v) -> {
                int[] c = fields.computeIfAbsent(k, f -> new int[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
            bodyPredicted += other.bodyPredicted;
            bodyExpected += other.bodyExpected;
            bodyMatched += other.bodyMatched;
            relatedPredicted += other.relatedPredicted;
            relatedExpected += other.relatedExpected;
            relatedMatched += other.relatedMatched;
        }

        String row() {
            return String.format(Locale.ROOT, "%-8s %4d %8.3f %6.3f %6.3f %8.3f %6.3f %6.3f  %5.3f/%5.3f  %5.3f/%5.3f",
                    name, articles, accuracy("headline"), accuracy("date"), accuracy("outlet"), accuracy("dateline"),
                    accuracy("credit"), accuracy("byline"), bodyPrecision(), bodyRecall(), relatedPrecision(),
                    relatedRecall());
        }
    }

    static Score score(String folder) throws IOException {
        Score s = new Score(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS.resolve(folder))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // Parsed as one build parses a folder: each file, then the outlet boilerplate learned across them.
        List<Article> parsed = new ArrayList<>();
        for (Path txt : files) {
            ParseOutcome outcome = Parsing.parseFile(txt);
            if (outcome instanceof ParseOutcome.Parsed p) {
                parsed.add(p.article());
            } else {
                // a file the parser rejects scores as an article with nothing found: every field it has is missed
                s.mismatches.add(txt.getFileName() + " rejected: " + ((ParseOutcome.Rejected) outcome).reason());
                String name = txt.getFileName().toString();
                parsed.add(new Article(name, name, io.newsarchive.model.Outlet.UNKNOWN, "", false, "",
                        io.newsarchive.model.ArticleDate.NONE, "", "", "", List.of(), List.of(), "", List.of(), "",
                        List.of()));
            }
        }
        parsed = BoilerplateFilter.apply(parsed);
        for (int i = 0; i < files.size(); i++) {
            Path txt = files.get(i);
            String file = txt.getFileName().toString();
            ExpectedArticle e = ExpectedArticle.read(txt.resolveSibling(file.replaceAll("\\.txt$", ".expected.json")));
            Article a = parsed.get(i);
            s.articles++;
            boolean headlineRight = e.headlineDerived()
                    ? a.headlineDerived() && !a.headline().isEmpty()
                      && a.lead().startsWith(a.headline().replaceAll("…$", ""))
                    : !a.headlineDerived() && e.headline().equals(a.headline());
            s.field("headline", file, e.headline(), a.headline(), headlineRight);
            s.field("date", file, e.date(), a.date().iso(), e.date().equals(a.date().iso()));
            s.field("outlet", file, e.outlet(), a.outlet().name(), e.outlet().equals(a.outlet().name()));
            s.field("dateline", file, e.dateline(), a.dateline(), e.dateline().equals(a.dateline()));
            s.field("credit", file, e.credit(), a.credit(), e.credit().equals(a.credit()));
            s.field("byline", file, e.byline(), a.byline(), e.byline().equals(a.byline()));

            List<String> body = ExpectedArticle.bodyOf(a);
            int matched = matched(e.body(), body);
            s.bodyPredicted += body.size();
            s.bodyExpected += e.body().size();
            s.bodyMatched += matched;
            if (matched != body.size() || matched != e.body().size()) {
                List<String> extra = new ArrayList<>(body);
                extra.removeAll(e.body());
                List<String> missing = new ArrayList<>(e.body());
                missing.removeAll(body);
                s.mismatches.add(file + " body: extra " + extra + " missing " + missing);
            }
            List<String> related = a.related().stream().map(r -> r.label() + " | " + r.headline()).toList();
            List<String> expected = e.related().stream().map(r -> r.label() + " | " + r.headline()).toList();
            int rel = matched(expected, related);
            s.relatedPredicted += related.size();
            s.relatedExpected += expected.size();
            s.relatedMatched += rel;
            if (rel != related.size() || rel != expected.size()) {
                s.mismatches.add(file + " related: expected " + expected + " got " + related);
            }
        }
        return s;
    }

    /** Size of the multiset intersection. */
    static int matched(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(x -> counts.merge(x, 1, Integer::sum));
        int n = 0;
        for (String x : actual) {
            Integer c = counts.get(x);
            if (c != null && c > 0) {
                counts.put(x, c - 1);
                n++;
            }
        }
        return n;
    }

    /** The held-out folders: every folder under corpus/ but tuning, in name order. */
    static List<String> heldOutFolders() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(TUNING)).sorted().toList();
        }
    }

    @Test
    @DisplayName("field accuracy meets the bar on the tuning set (headline 100%, date 98%, outlet 98%, "
            + "dateline/credit 95%, body P/R 0.97, related P/R 0.95); each held-out set is reported and guarded")
    void corpusAccuracy() throws IOException {
        Score tuning = score(TUNING);
        List<Score> heldOut = new ArrayList<>();
        for (String folder : heldOutFolders()) {
            heldOut.add(score(folder));
        }
        Score all = new Score("all");
        all.add(tuning);
        heldOut.forEach(all::add);
        System.out.println("set      files headline   date outlet dateline credit byline  body P/R     related P/R");
        System.out.println(tuning.row());
        heldOut.forEach(h -> System.out.println(h.row()));
        if (!heldOut.isEmpty()) {
            System.out.println(all.row());
        }
        if (Boolean.getBoolean("corpus.verbose")) {
            tuning.mismatches.forEach(m -> System.out.println("  " + m));
        }
        assertTrue(all.articles >= 40, "at least 40 fixtures");
        // A branch that tunes on every fixture it has (its held-out set lives elsewhere until it is scored) has
        // no held-out folder; once one is merged back it must be at least a quarter of the fixtures.
        int held = heldOut.stream().mapToInt(h -> h.articles).sum();
        if (!heldOut.isEmpty()) {
            assertTrue(held * 4 >= all.articles, "at least a quarter of the fixtures is held out: " + held + " of "
                    + all.articles);
        }
        meetsBar(tuning, 1.0, 0.98, 0.98, 0.95, 0.97, 0.95);
        // Held-out files are never tuned on, so their score is what a user with a new outlet can expect. It is
        // reported in the issue notes; the floor, set under a held-out set's first score, only catches a
        // regression of the general rules. It is not the bar. First scores (headline, date, outlet, dateline,
        // credit; body P/R; related P/R): holdout2 0.81 0.78 0.83 0.94 0.94, 0.82/0.98, 0.93/0.82; holdout3 0.83
        // 0.73 0.81 0.77 0.81, 0.87/0.95, 0.81/0.83; holdout4 (scraper, e-mail, PDF and text-browser layouts among
        // them) 0.77 0.80 0.83 0.88 0.86, 0.79/0.97, 0.78/0.66; holdout5 (40 of 88 from outlets the outlet table
        // does not know) 0.84 0.90 0.55 0.82 0.88, 0.88/0.97, 0.82/0.90; holdout6 (82 of 120 from outlets the
        // table does not know; scored with round 4's parser first, as a baseline: 0.79 0.84 0.57 0.89 0.87,
        // 0.85/0.96, 0.81/0.91) 0.83 0.85 0.66 0.89 0.87, 0.87/0.96, 0.84/0.91.
        for (Score h : heldOut) {
            double[] f = HELD_OUT_FLOORS.getOrDefault(h.name, DEFAULT_FLOOR);
            meetsBar(h, f[0], f[1], f[2], f[3], f[4], f[5]);
        }
    }

    /** Headline, date, outlet, dateline/credit, body, related: under each held-out set's first score. */
    private static final double[] DEFAULT_FLOOR = {0.70, 0.60, 0.70, 0.70, 0.80, 0.75};
    private static final Map<String, double[]> HELD_OUT_FLOORS = Map.of(
            "holdout6", new double[] {0.80, 0.83, 0.63, 0.85, 0.85, 0.82});

    private static void meetsBar(Score s, double headline, double date, double outlet, double datelineCredit,
                                 double body, double related) {
        assertTrue(s.accuracy("headline") >= headline, s.name + " headline " + s.accuracy("headline"));
        assertTrue(s.accuracy("date") >= date, s.name + " date " + s.accuracy("date"));
        assertTrue(s.accuracy("outlet") >= outlet, s.name + " outlet " + s.accuracy("outlet"));
        assertTrue(s.accuracy("dateline") >= datelineCredit, s.name + " dateline " + s.accuracy("dateline"));
        assertTrue(s.accuracy("credit") >= datelineCredit, s.name + " credit " + s.accuracy("credit"));
        assertTrue(s.bodyPrecision() >= body && s.bodyRecall() >= body,
                s.name + " body P/R " + s.bodyPrecision() + "/" + s.bodyRecall());
        assertTrue(s.relatedPrecision() >= related && s.relatedRecall() >= related,
                s.name + " related P/R " + s.relatedPrecision() + "/" + s.relatedRecall());
    }
}
