package io.newsarchive.testkit;

import io.newsarchive.testkit.GeneratedArticle.Kind;
import io.newsarchive.testkit.LabelledPair.Relation;
import io.newsarchive.testkit.NewsWriter.Draft;
import io.newsarchive.testkit.NewsWriter.Event;
import io.newsarchive.testkit.PageRenderer.Outlet;
import io.newsarchive.testkit.PageRenderer.Page;
import io.newsarchive.testkit.Vocabulary.Ranked;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeded, deterministic generator of raw news-article corpora with ground truth, for dedupe accuracy tests
 * and archive benchmarks. JDK only.
 *
 * <pre>{@code
 * CorpusGenerator gen = new CorpusGenerator(42);
 * List<GeneratedArticle> corpus = gen.generate(2_000, 12);   // lazy, see below
 * gen.writeTo(dir, corpus);                                   // <dir>/<outlet-slug>/<file>.txt + labels.csv
 * List<LabelledPair> pairs = gen.pairs(corpus);
 * }</pre>
 *
 * <p>The corpus is a set of events (stories). Each event has one {@link Kind#ORIGINAL} text, 0–4
 * {@link Kind#SAME_STORY_REPORT}s by other outlets (same people, place and date window, own wording; they may
 * quote the same statement), and {@link Kind#SYNDICATED_COPY}s of agency texts republished by newspapers with
 * edits (new headline, other dateline/credit prefix, tail trimmed, typo fixed or introduced, a sentence
 * reworded, a paragraph inserted, paragraphs merged or split) inside their own page chrome. About a quarter of
 * events re-use an earlier event's two main people (and often place and topic) at another date: hard negatives.
 *
 * <p>{@link #generate} returns an immutable, random-access list that holds only the plan (a few dozen bytes per
 * article) and renders an article on each {@code get}; the same index always yields an equal article, and
 * any thread may read it. Copy it into an {@code ArrayList} to pin the articles in memory. Same seed and
 * arguments, same bytes.
 */
public final class CorpusGenerator {

    /** Events fall between 2019-01-01 and the end of 2025. */
    static final LocalDateTime START = LocalDateTime.of(2019, 1, 1, 0, 0);
    static final int SPAN_DAYS = 7 * 365;

    private final long seed;
    private final NewsWriter writer;
    private final PageRenderer renderer;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.writer = new NewsWriter(seed);
        this.renderer = new PageRenderer(writer);
    }

    public long seed() {
        return seed;
    }

    // ================================================================== planning

    /** One planned article. */
    static final class Entry {
        final int event;
        final Kind kind;
        final int outlet;
        final int slot;
        final Entry source;
        final LocalDateTime time;
        final String place;
        String fileName;

        Entry(int event, Kind kind, int outlet, int slot, Entry source, LocalDateTime time, String place) {
            this.event = event;
            this.kind = kind;
            this.outlet = outlet;
            this.slot = slot;
            this.source = source;
            this.time = time;
            this.place = place;
        }
    }

    /**
     * Plans a corpus of exactly {@code articles} articles from {@code outlets} outlets (about 30% news agencies,
     * the rest newspapers in the four paper styles). Cheap: articles are rendered lazily by the returned list.
     */
    public List<GeneratedArticle> generate(int articles, int outlets) {
        if (articles < 0) {
            throw new IllegalArgumentException("articles must be >= 0: " + articles);
        }
        if (outlets < 1) {
            throw new IllegalArgumentException("outlets must be >= 1: " + outlets);
        }
        Rng r = new Rng(Rng.mix(seed, 1));
        List<Outlet> outs = makeOutlets(outlets, r);
        List<Integer> agencies = new ArrayList<>();
        List<Integer> papers = new ArrayList<>();
        for (Outlet o : outs) {
            (o.agency() ? agencies : papers).add(o.index());
        }
        Ranked<Integer> anyPick = new Ranked<>(indices(outs.size()), 0.5);
        Ranked<Integer> agencyPick = agencies.isEmpty() ? null : new Ranked<>(agencies, 0.6);
        Ranked<Integer> paperPick = papers.isEmpty() ? null : new Ranked<>(papers, 0.6);

        List<Event> events = new ArrayList<>(articles / 3 + 4);
        List<Entry> plan = new ArrayList<>(articles + 16);
        List<Integer> used = new ArrayList<>();
        List<Entry> sources = new ArrayList<>();
        while (plan.size() < articles) {
            Event ev = writer.newEvent(events.size(), r, events, START, SPAN_DAYS);
            events.add(ev);
            used.clear();
            sources.clear();
            int slot = 0;
            boolean fromAgency = agencyPick != null && (paperPick == null || r.chance(0.6));
            int oo = (fromAgency ? agencyPick : paperPick).pick(r);
            Entry orig = new Entry(ev.id(), Kind.ORIGINAL, oo, slot++, null,
                    ev.time().plusMinutes(r.between(20, 600)), place(outs.get(oo), ev, r));
            plan.add(orig);
            used.add(oo);
            sources.add(orig);
            int reports = reportCount(r);
            for (int k = 0; k < reports; k++) {
                int o = pickUnused(anyPick, used, r, outs.size() == 1);
                if (o < 0) {
                    break;
                }
                used.add(o);
                Entry e = new Entry(ev.id(), Kind.SAME_STORY_REPORT, o, slot++, null,
                        ev.time().plusMinutes(r.between(30, 72 * 60)), place(outs.get(o), ev, r));
                plan.add(e);
                sources.add(e);
            }
            for (Entry s : sources) {
                if (!outs.get(s.outlet).agency() || paperPick == null) {
                    continue;
                }
                int copies = s == orig || r.chance(0.5) ? copyCount(r) : 0;
                for (int k = 0; k < copies; k++) {
                    int o = pickUnused(paperPick, used, r, false);
                    if (o < 0) {
                        break;
                    }
                    used.add(o);
                    plan.add(new Entry(ev.id(), Kind.SYNDICATED_COPY, o, slot++, s,
                            s.time.plusMinutes(r.between(10, 36 * 60)), s.place));
                }
            }
        }
        // sources precede their copies within an event, so cutting the tail never orphans a copy
        plan.subList(articles, plan.size()).clear();
        Entry[] entries = plan.toArray(new Entry[0]);
        for (int i = entries.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Entry t = entries[i];
            entries[i] = entries[j];
            entries[j] = t;
        }
        int width = Math.max(6, Integer.toString(Math.max(articles - 1, 0)).length());
        StringBuilder name = new StringBuilder(40);
        for (int i = 0; i < entries.length; i++) {
            name.setLength(0);
            String idx = Integer.toString(i);
            for (int k = idx.length(); k < width; k++) {
                name.append('0');
            }
            String hex = Long.toHexString(Rng.mix(seed, 7, i));
            name.append(idx).append('_');
            for (int k = hex.length(); k < 16; k++) {
                name.append('0');
            }
            entries[i].fileName = name.append(hex).append(".txt").toString();
        }
        return new Corpus(this, List.copyOf(outs), List.copyOf(events), entries);
    }

    private static List<Integer> indices(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private static int pickUnused(Ranked<Integer> pool, List<Integer> used, Rng r, boolean allowSame) {
        for (int tries = 0; tries < 24; tries++) {
            int o = pool.pick(r);
            if (allowSame || !used.contains(o)) {
                return o;
            }
        }
        for (int o : pool.items) {
            if (!used.contains(o)) {
                return o;
            }
        }
        return -1;
    }

    private static int reportCount(Rng r) {
        double u = r.nextDouble();
        return u < 0.35 ? 0 : u < 0.65 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 : 4;
    }

    private static int copyCount(Rng r) {
        double u = r.nextDouble();
        return u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.72 ? 2 : u < 0.84 ? 3 : u < 0.92 ? 4 : r.between(5, 8);
    }

    /** Where an outlet's own report is datelined. */
    private static String place(Outlet o, Event ev, Rng r) {
        if (o.agency() && o.style() == RawStyle.WIRE) {
            return ev.city();
        }
        return r.chance(o.agency() ? 0.7 : 0.75) ? o.homeCity() : ev.city();
    }

    static List<Outlet> makeOutlets(int n, Rng r) {
        int nAgencies = n == 1 ? 0 : Math.max(1, Math.min(Vocabulary.AGENCIES.length, Math.round(n * 0.3f)));
        List<Outlet> outs = new ArrayList<>(n);
        for (int i = 0; i < nAgencies; i++) {
            String name = Vocabulary.AGENCIES[i][0];
            RawStyle style = Vocabulary.WIRE_AGENCIES.contains(name) ? RawStyle.WIRE : RawStyle.AGENCY_TAG;
            outs.add(new Outlet(i, name, slug(name), initials(name), style, name, Vocabulary.AGENCIES[i][1],
                    Vocabulary.AGENCY_CITY.get(name), true, Integer.parseInt(Vocabulary.AGENCIES[i][2])));
        }
        Set<String> names = new HashSet<>();
        int styleOffset = r.nextInt(RawStyle.PAPER_STYLES.size());
        for (int i = nAgencies; i < n; i++) {
            String name = null;
            String prefix = null;
            for (int tries = 0; tries < 50 && name == null; tries++) {
                prefix = r.pick(Vocabulary.PAPER_PREFIX);
                String candidate = prefix + " " + r.pick(Vocabulary.PAPER_SUFFIX);
                if (names.add(candidate)) {
                    name = candidate;
                }
            }
            if (name == null) {
                prefix = r.pick(Vocabulary.PAPER_PREFIX);
                name = prefix + " " + r.pick(Vocabulary.PAPER_SUFFIX) + " " + (i + 1);
                names.add(name);
            }
            RawStyle style = RawStyle.PAPER_STYLES.get((i - nAgencies + styleOffset) % RawStyle.PAPER_STYLES.size());
            outs.add(new Outlet(i, name, slug(name), initials(name), style, "", "",
                    Vocabulary.PREFIX_CITY.get(prefix), false, r.nextInt(3)));
        }
        return outs;
    }

    static String slug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.length() >= 2 ? sb.toString() : name;
    }

    // ================================================================== rendering

    private GeneratedArticle materialize(Corpus c, Entry e) {
        return materialize(c, e, e.source == null ? draft(c.events.get(e.event), e) : draft(c.events.get(e.event), e.source));
    }

    /** @param text the entry's own draft, or for a copy its source's draft (not modified) */
    private GeneratedArticle materialize(Corpus c, Entry e, Draft text) {
        Event ev = c.events.get(e.event);
        Outlet o = c.outlets.get(e.outlet);
        Draft d;
        String creditName;
        String creditTag;
        if (e.kind == Kind.SYNDICATED_COPY) {
            Draft src = text;
            d = writer.syndicate(src, ev, new Rng(Rng.mix(seed, ev.id(), e.slot, 3)), e.time);
            Outlet so = c.outlets.get(e.source.outlet);
            creditName = so.credit();
            creditTag = so.tag();
        } else {
            d = text;
            creditName = o.credit();
            creditTag = o.tag();
        }
        Page p = renderer.render(d, ev, o, new Rng(Rng.mix(seed, ev.id(), e.slot, 2)), creditName, creditTag,
                e.kind == Kind.SYNDICATED_COPY);
        return new GeneratedArticle(e.fileName, o.slug(), o.name(), o.style().name(), p.headline(), p.date(),
                p.dateline(), p.credit(), p.byline(), p.body(), p.raw(), ev.storyId(),
                e.source == null ? "" : e.source.fileName, e.kind, keyPeople(ev));
    }

    private Draft draft(Event ev, Entry e) {
        return writer.report(ev, new Rng(Rng.mix(seed, ev.id(), e.slot, 1)), e.time, e.place, 0.12);
    }

    private static List<String> keyPeople(Event ev) {
        return List.of(ev.p1().full(), ev.p2().full());
    }

    /** The lazy corpus: holds the plan, renders on {@code get}. */
    static final class Corpus extends AbstractList<GeneratedArticle> implements RandomAccess {
        final CorpusGenerator gen;
        final List<Outlet> outlets;
        final List<Event> events;
        final Entry[] entries;

        Corpus(CorpusGenerator gen, List<Outlet> outlets, List<Event> events, Entry[] entries) {
            this.gen = gen;
            this.outlets = outlets;
            this.events = events;
            this.entries = entries;
        }

        @Override
        public GeneratedArticle get(int index) {
            return gen.materialize(this, entries[index]);
        }

        @Override
        public int size() {
            return entries.length;
        }

        String storyId(int i) {
            return events.get(entries[i].event).storyId();
        }

        String family(int i) {
            Entry e = entries[i];
            return e.source == null ? e.fileName : e.source.fileName;
        }

        String fileName(int i) {
            return entries[i].fileName;
        }

        String peopleKey(int i) {
            return peopleKey(keyPeople(events.get(entries[i].event)));
        }

        String relativePath(Entry e) {
            return outlets.get(e.outlet).slug() + "/" + e.fileName;
        }

        static String peopleKey(List<String> people) {
            List<String> s = new ArrayList<>(people);
            s.sort(null);
            return String.join("|", s);
        }
    }

    // ================================================================== writing

    /**
     * Writes one raw .txt per article under {@code dir/<outlet-slug>/} and {@code dir/labels.csv} (see
     * {@link Labels}). Streams: renders and writes in small batches on a few threads, holding no more than a
     * batch in memory; the bytes written do not depend on the thread count.
     */
    public void writeTo(Path dir, List<GeneratedArticle> corpus) throws IOException {
        Files.createDirectories(dir);
        int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "corpus-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            if (corpus instanceof Corpus c && c.gen == this) {
                writePlanned(dir, c, pool, threads);
            } else {
                writeList(dir, corpus, pool, threads);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A planned corpus: labels straight from the plan, files rendered event by event so each source text is
     * written once and shared by its copies.
     */
    private void writePlanned(Path dir, Corpus c, ExecutorService pool, int threads) throws IOException {
        try (BufferedWriter labels = Files.newBufferedWriter(dir.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            labels.write(Labels.HEADER);
            labels.write('\n');
            for (Entry e : c.entries) {
                Outlet o = c.outlets.get(e.outlet);
                labels.write(Labels.format(new Labels.Row(c.relativePath(e), o.name(), c.events.get(e.event).storyId(),
                        e.source == null ? "" : c.relativePath(e.source), o.style().name())));
                labels.write('\n');
            }
        }
        for (Outlet o : c.outlets) {
            Files.createDirectories(dir.resolve(o.slug()));
        }
        // entries grouped by event, sources before copies
        int[] start = new int[c.events.size() + 1];
        for (Entry e : c.entries) {
            start[e.event + 1]++;
        }
        for (int i = 0; i < c.events.size(); i++) {
            start[i + 1] += start[i];
        }
        Entry[] byEvent = new Entry[c.entries.length];
        int[] fill = start.clone();
        for (Entry e : c.entries) {
            byEvent[fill[e.event]++] = e;
        }
        for (int ev = 0; ev < c.events.size(); ev++) {
            java.util.Arrays.sort(byEvent, start[ev], start[ev + 1], (x, y) -> Integer.compare(x.slot, y.slot));
        }
        int events = c.events.size();
        int chunk = Math.max(1, Math.min(256, events / (threads * 8) + 1));
        List<Future<?>> futures = new ArrayList<>();
        for (int lo = 0; lo < events; lo += chunk) {
            int e0 = lo;
            int e1 = Math.min(events, lo + chunk);
            futures.add(pool.submit(() -> {
                Map<Entry, Draft> drafts = new HashMap<>();
                for (int ev = e0; ev < e1; ev++) {
                    drafts.clear();
                    for (int k = start[ev]; k < start[ev + 1]; k++) {
                        Entry e = byEvent[k];
                        Draft text;
                        if (e.source == null) {
                            text = draft(c.events.get(ev), e);
                            drafts.put(e, text);
                        } else {
                            text = drafts.get(e.source);
                            if (text == null) {
                                text = draft(c.events.get(ev), e.source);
                            }
                        }
                        GeneratedArticle a = materialize(c, e, text);
                        write(dir, a);
                    }
                }
                return null;
            }));
        }
        await(futures);
    }

    /** Any list of articles: rendered (if lazy) and written in batches, labels in list order. */
    private void writeList(Path dir, List<GeneratedArticle> corpus, ExecutorService pool, int threads)
            throws IOException {
        Map<String, String> pathOfFile = new HashMap<>();
        for (GeneratedArticle a : corpus) {
            pathOfFile.put(a.fileName(), a.relativePath());
        }
        // Every outlet folder exists before any writer starts: a folder made by one thread on first sight raced
        // with another thread writing into it (a flaky NoSuchFileException).
        for (GeneratedArticle a : corpus) {
            Files.createDirectories(dir.resolve(a.outletSlug()));
        }
        try (BufferedWriter labels = Files.newBufferedWriter(dir.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            labels.write(Labels.HEADER);
            labels.write('\n');
            int n = corpus.size();
            int chunk = 64;
            int batch = chunk * threads * 4;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                String[] rows = new String[to - from];
                List<Future<?>> futures = new ArrayList<>();
                for (int lo = from; lo < to; lo += chunk) {
                    int a0 = lo;
                    int a1 = Math.min(to, lo + chunk);
                    int base = from;
                    futures.add(pool.submit(() -> {
                        for (int i = a0; i < a1; i++) {
                            GeneratedArticle a = corpus.get(i);
                            write(dir, a);
                            String copyOf = a.copyOf().isEmpty() ? "" : pathOfFile.getOrDefault(a.copyOf(), a.copyOf());
                            rows[i - base] = Labels.format(new Labels.Row(a.relativePath(), a.outlet(), a.storyId(),
                                    copyOf, a.style()));
                        }
                        return null;
                    }));
                }
                await(futures);
                for (String row : rows) {
                    labels.write(row);
                    labels.write('\n');
                }
            }
        }
    }

    private static void write(Path dir, GeneratedArticle a) throws IOException {
        Files.write(dir.resolve(a.outletSlug()).resolve(a.fileName()), a.rawText().getBytes(StandardCharsets.UTF_8));
    }

    private static void await(List<Future<?>> futures) throws IOException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", ex);
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }
    }

    // ================================================================== labelled pairs

    /** {@link #pairs(List, int)} with at most 5,000 pairs per relation. */
    public List<LabelledPair> pairs(List<GeneratedArticle> corpus) {
        return pairs(corpus, 5_000);
    }

    /**
     * Labelled pairs sampled deterministically (from this generator's seed): every copy with its original and
     * one copy–copy pair per syndicated text ({@link Relation#SYNDICATED_COPY}); up to three pairs of
     * independently written texts per story ({@link Relation#SAME_STORY}); and as many {@link Relation#DIFFERENT}
     * pairs as positives, half of them (as far as the corpus has them) hard negatives: different stories with
     * the same main people. Each relation is capped at {@code maxPerRelation}. Pairs are grouped by relation.
     */
    public List<LabelledPair> pairs(List<GeneratedArticle> corpus, int maxPerRelation) {
        int n = corpus.size();
        String[] story = new String[n];
        String[] family = new String[n];
        String[] file = new String[n];
        String[] people = new String[n];
        if (corpus instanceof Corpus c) {
            for (int i = 0; i < n; i++) {
                story[i] = c.storyId(i);
                family[i] = c.family(i);
                file[i] = c.fileName(i);
                people[i] = c.peopleKey(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                GeneratedArticle a = corpus.get(i);
                story[i] = a.storyId();
                family[i] = a.textFamily();
                file[i] = a.fileName();
                people[i] = Corpus.peopleKey(a.keyPeople());
            }
        }
        Rng r = new Rng(Rng.mix(seed, 99));
        Map<String, List<Integer>> byStory = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byStory.computeIfAbsent(story[i], k -> new ArrayList<>()).add(i);
        }
        List<int[]> copy = new ArrayList<>();
        List<int[]> same = new ArrayList<>();
        Map<String, List<String>> storiesByPeople = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> s : byStory.entrySet()) {
            List<Integer> members = s.getValue();
            storiesByPeople.computeIfAbsent(people[members.get(0)], k -> new ArrayList<>()).add(s.getKey());
            Map<String, List<Integer>> families = new LinkedHashMap<>();
            for (int i : members) {
                families.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
            }
            for (Map.Entry<String, List<Integer>> f : families.entrySet()) {
                List<Integer> fm = f.getValue();
                int root = -1;
                List<Integer> copies = new ArrayList<>();
                for (int i : fm) {
                    if (file[i].equals(f.getKey())) {
                        root = i;
                    } else {
                        copies.add(i);
                    }
                }
                if (root >= 0) {
                    for (int cpy : copies) {
                        copy.add(new int[] {root, cpy});
                    }
                }
                if (copies.size() >= 2) {
                    int x = r.nextInt(copies.size());
                    int y = (x + 1 + r.nextInt(copies.size() - 1)) % copies.size();
                    copy.add(new int[] {copies.get(x), copies.get(y)});
                }
            }
            List<List<Integer>> fl = new ArrayList<>(families.values());
            List<int[]> storyPairs = new ArrayList<>();
            for (int x = 0; x < fl.size(); x++) {
                for (int y = x + 1; y < fl.size(); y++) {
                    storyPairs.add(new int[] {r.pick(fl.get(x)), r.pick(fl.get(y))});
                }
            }
            shuffle(storyPairs, r);
            same.addAll(storyPairs.subList(0, Math.min(3, storyPairs.size())));
        }
        shuffle(copy, r);
        shuffle(same, r);
        copy = cap(copy, maxPerRelation);
        same = cap(same, maxPerRelation);

        int wantDifferent = Math.min(maxPerRelation, copy.size() + same.size());
        List<int[]> hard = new ArrayList<>();
        for (List<String> stories : storiesByPeople.values()) {
            // every pair of stories with this cast (bounded), two article pairs each
            for (int x = 0; x < stories.size() && x < 12; x++) {
                for (int y = x + 1; y < stories.size() && y < 12; y++) {
                    List<Integer> sx = byStory.get(stories.get(x));
                    List<Integer> sy = byStory.get(stories.get(y));
                    hard.add(new int[] {r.pick(sx), r.pick(sy)});
                    hard.add(new int[] {r.pick(sx), r.pick(sy)});
                }
            }
        }
        shuffle(hard, r);
        hard = cap(hard, (wantDifferent + 1) / 2);
        List<int[]> different = new ArrayList<>(hard);
        boolean[] isHard = new boolean[wantDifferent + hard.size()];
        for (int k = 0; k < hard.size(); k++) {
            isHard[k] = true;
        }
        if (byStory.size() > 1) {
            for (int guard = 0; different.size() < wantDifferent && guard < wantDifferent * 20; guard++) {
                int a = r.nextInt(n);
                int b = r.nextInt(n);
                if (!story[a].equals(story[b])) {
                    isHard[different.size()] = people[a].equals(people[b]);
                    different.add(new int[] {a, b});
                }
            }
        }

        Map<Integer, GeneratedArticle> cache = new HashMap<>();
        List<LabelledPair> out = new ArrayList<>(copy.size() + same.size() + different.size());
        for (int[] p : copy) {
            out.add(new LabelledPair(article(corpus, cache, p[0]), article(corpus, cache, p[1]),
                    Relation.SYNDICATED_COPY, false));
        }
        for (int[] p : same) {
            out.add(new LabelledPair(article(corpus, cache, p[0]), article(corpus, cache, p[1]),
                    Relation.SAME_STORY, false));
        }
        for (int k = 0; k < different.size(); k++) {
            int[] p = different.get(k);
            out.add(new LabelledPair(article(corpus, cache, p[0]), article(corpus, cache, p[1]),
                    Relation.DIFFERENT, isHard[k]));
        }
        return out;
    }

    private static GeneratedArticle article(List<GeneratedArticle> corpus, Map<Integer, GeneratedArticle> cache,
                                            int i) {
        return corpus instanceof Corpus ? cache.computeIfAbsent(i, corpus::get) : corpus.get(i);
    }

    private static <T> void shuffle(List<T> l, Rng r) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    private static <T> List<T> cap(List<T> l, int max) {
        return l.size() <= max ? l : new ArrayList<>(l.subList(0, max));
    }

    // ================================================================== command line

    /**
     * {@code N OUTLETS OUTDIR [SEED]}: writes an N-article corpus from OUTLETS outlets to OUTDIR (seed 42 by
     * default) and prints counts and timing.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: CorpusGenerator N OUTLETS OUTDIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int outlets = Integer.parseInt(args[1]);
        Path out = Paths.get(args[2]);
        long seed = args.length == 4 ? Long.parseLong(args[3]) : 42L;
        long t0 = System.nanoTime();
        CorpusGenerator gen = new CorpusGenerator(seed);
        List<GeneratedArticle> corpus = gen.generate(n, outlets);
        long t1 = System.nanoTime();
        gen.writeTo(out, corpus);
        long t2 = System.nanoTime();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Set<String> stories = new HashSet<>();
        if (corpus instanceof Corpus c) {
            for (Entry e : c.entries) {
                kinds.merge(e.kind, 1, Integer::sum);
                stories.add(c.events.get(e.event).storyId());
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d articles (%s, %d stories) from %d outlets to %s: plan %d ms, "
                        + "render+write %d ms, seed %d%n", n, kinds, stories.size(), outlets, out,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, seed);
    }
}
