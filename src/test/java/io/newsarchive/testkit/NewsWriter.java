package io.newsarchive.testkit;

import io.newsarchive.testkit.Vocabulary.Country;
import io.newsarchive.testkit.Vocabulary.Lexicon;
import io.newsarchive.testkit.Vocabulary.Person;
import io.newsarchive.testkit.Vocabulary.Ranked;
import io.newsarchive.testkit.Vocabulary.Topic;
import io.newsarchive.testkit.Vocabulary.Verb;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the news text: events (who, where, when, what), reports about them (headline + paragraphs of
 * sentences built from templates and Zipf-weighted word lists), and the edits a syndicating outlet makes to
 * an agency text. Everything is a pure function of the {@link Rng} passed in.
 */
final class NewsWriter {

    static final int MIN_WORDS = 15;
    static final int MAX_WORDS = 45;
    static final int MIN_HEADLINE = 6;
    static final int MAX_HEADLINE = 14;

    /** One news event; every report, copy and follow-up text about it shares these facts. */
    record Event(int id, String storyId, Topic topic, Person p1, Person p2, List<Person> others, String city,
                 LocalDateTime time, String action, String project, String amount, String org,
                 List<String> details, List<String> quotes, int parentId) {
        Country a() {
            return p1.country();
        }

        Country b() {
            return p2.country();
        }
    }

    /** A paragraph: either a crosshead or 1..n sentences. */
    static final class Para {
        final String crosshead;
        final List<String> sentences;

        Para(String crosshead, List<String> sentences) {
            this.crosshead = crosshead;
            this.sentences = sentences;
        }

        static Para of(List<String> sentences) {
            return new Para(null, new ArrayList<>(sentences));
        }

        static Para head(String text) {
            return new Para(text, List.of());
        }

        boolean isCrosshead() {
            return crosshead != null;
        }

        Para copy() {
            return isCrosshead() ? this : new Para(null, new ArrayList<>(sentences));
        }

        String text() {
            return isCrosshead() ? crosshead : String.join(" ", sentences);
        }
    }

    /** Text before it is put on a page. Mutable only while an edit is being built. */
    static final class Draft {
        String headline;
        List<Para> paras;
        String place;
        LocalDateTime time;
        List<String> authors;
        String typoWrong = "";
        String typoRight = "";
    }

    /** Per-text state: the event, the stream, who has been introduced already. */
    static final class Ctx {
        final Event ev;
        final Rng r;
        final Lexicon lex;
        boolean p1Named;
        boolean p2Named;
        boolean othersNamed;

        Ctx(Event ev, Rng r) {
            this.ev = ev;
            this.r = r;
            this.lex = Vocabulary.LEXICON.get(ev.topic());
        }
    }

    private static final int POOL = 600;

    /**
     * Chrome posts ("Related News", "Recent Posts"): headline and teaser of other articles, a Zipf-weighted
     * pool so popular posts recur across pages, as on real sites.
     */
    private final List<String> postHeadlines;
    private final List<String> postTeasers;
    private final Ranked<Integer> postPick;

    NewsWriter(long seed) {
        Rng r = new Rng(Rng.mix(seed, 5));
        List<String> h = new ArrayList<>(POOL);
        List<String> t = new ArrayList<>(POOL);
        List<Integer> idx = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            Ctx c = randomCtx(r);
            h.add(headline(c));
            String[] w = sentence(c, r.chance(0.5) ? SentenceType.LEAD : SentenceType.DETAIL).split(" ");
            int n = Math.min(w.length - 1, r.between(12, 17));
            t.add(String.join(" ", java.util.Arrays.copyOf(w, n)) + "…");
            idx.add(i);
        }
        postHeadlines = List.copyOf(h);
        postTeasers = List.copyOf(t);
        postPick = new Ranked<>(idx, 0.8);
    }

    // ================================================================== events

    Event newEvent(int id, Rng r, List<Event> prior, LocalDateTime start, int spanDays) {
        Event parent = null;
        if (!prior.isEmpty() && r.chance(0.25)) {
            parent = prior.get(prior.size() - 1 - r.nextInt(Math.min(prior.size(), 300)));
        }
        Person p1;
        Person p2;
        String city;
        Topic topic;
        LocalDateTime time;
        if (parent != null) {
            // a hard negative: the same people (and often place and topic) at a different time
            p1 = parent.p1();
            p2 = parent.p2();
            topic = r.chance(0.5) ? parent.topic() : r.pick(Topic.values());
            city = r.chance(0.7) ? parent.city() : hostCity(r, p1, p2);
            int days = r.between(6, 120) * (r.chance(0.5) ? 1 : -1);
            time = parent.time().plusDays(days);
            LocalDateTime end = start.plusDays(spanDays);
            if (time.isBefore(start) || time.isAfter(end)) {
                time = parent.time().minusDays(days);
            }
            time = time.withHour(r.between(8, 20)).withMinute(r.nextInt(60));
        } else {
            p1 = Vocabulary.PEOPLE.pick(r);
            p2 = p1;
            for (int i = 0; i < 30 && p2.country() == p1.country(); i++) {
                p2 = Vocabulary.PEOPLE.pick(r);
            }
            if (p2.country() == p1.country()) {
                p2 = Vocabulary.PEOPLE.items.get(p1.country().name().equals("Iran") ? 1 : 0);
            }
            if (r.chance(0.5)) {
                Person t = p1;
                p1 = p2;
                p2 = t;
            }
            topic = r.chance(0.6) ? p1.topic() : r.pick(Topic.values());
            city = hostCity(r, p1, p2);
            time = start.plusDays(r.nextInt(spanDays)).withHour(r.between(8, 20)).withMinute(r.nextInt(60));
        }
        List<Person> others = new ArrayList<>();
        int nOthers = r.between(1, 3);
        for (int i = 0; i < nOthers * 4 && others.size() < nOthers; i++) {
            Person o = Vocabulary.PEOPLE.pick(r);
            if (o != p1 && o != p2 && !others.contains(o)) {
                others.add(o);
            }
        }
        Lexicon lex = Vocabulary.LEXICON.get(topic);
        String project = lex.projects().pick(r);
        Verb verb = lex.verbs().pick(r);
        for (int i = 0; i < 5 && verb.inf().equals("discuss"); i++) {
            verb = lex.verbs().pick(r); // "discussed plans to discuss …"
        }
        String action = verb.inf() + " "
                + (r.chance(0.3) ? "cooperation on " + project : npBare(r, lex.nouns().pick(r), 0.4));
        String amount = amount(r, lex.amounts().pick(r));
        String org = Vocabulary.ORGS.pick(r);
        String storyId = storyId(id);
        List<String> details = new ArrayList<>();
        for (int i = r.between(3, 5); i > 0; i--) {
            details.add(detail(r));
        }
        Event ev = new Event(id, storyId, topic, p1, p2, List.copyOf(others), city, time, action, project, amount,
                org, List.copyOf(details), List.of(), parent == null ? -1 : parent.id());
        // statements every report of the event may quote verbatim
        Ctx c = new Ctx(ev, r);
        c.p1Named = true;
        c.p2Named = true;
        List<String> quotes = List.of(quote(c, p1), quote(c, p2));
        return new Event(id, storyId, topic, p1, p2, List.copyOf(others), city, time, action, project, amount,
                org, ev.details(), quotes, ev.parentId());
    }

    static String detail(Rng r) {
        return Vocabulary.DETAIL_MODIFIERS.pick(r) + " " + Vocabulary.DETAIL_HEADS.pick(r);
    }

    private static String hostCity(Rng r, Person p1, Person p2) {
        Country host = r.chance(0.5) ? p2.country() : p1.country();
        double u = r.nextDouble();
        if (u < 0.15 && !host.cities().isEmpty()) {
            return r.pick(host.cities());
        }
        if (u < 0.2) {
            return r.pick(Vocabulary.COUNTRIES).capital();
        }
        return host.capital();
    }

    static String amount(Rng r, String template) {
        String n;
        if (template.contains("billion")) {
            n = r.between(1, 9) + (r.chance(0.5) ? "." + r.between(1, 9) : "");
        } else if (template.contains("percent")) {
            n = Integer.toString(r.between(3, 60));
        } else {
            switch (r.nextInt(3)) {
                case 0 -> n = Integer.toString(r.between(2, 95));
                case 1 -> n = Integer.toString(r.between(1, 9) * 100 + r.between(0, 9) * 10);
                default -> n = r.between(1, 9) + "," + r.between(1, 9) + "00";
            }
        }
        return template.replace("{n}", n);
    }

    static String storyId(int id) {
        String n = Integer.toString(id);
        return "S" + "000000".substring(Math.min(6, n.length())) + n;
    }

    /** 12345 -> "12,345" (what %,d prints in English). */
    static String withThousands(long v) {
        String d = Long.toString(v);
        StringBuilder sb = new StringBuilder(d.length() + d.length() / 3);
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    /** The same quantity with a smaller number: "1.5 billion cubic meters" -> "900 million ..." style edits. */
    static String smallerAmount(String amount, Rng r) {
        int i = 0;
        while (i < amount.length() && !Character.isDigit(amount.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < amount.length() && (Character.isDigit(amount.charAt(j)) || amount.charAt(j) == ','
                || amount.charAt(j) == '.')) {
            j++;
        }
        if (i == j) {
            return amount;
        }
        double v = Double.parseDouble(amount.substring(i, j).replace(",", ""));
        double smaller = v * (0.4 + 0.5 * r.nextDouble());
        String num;
        if (v < 10 && amount.contains("billion")) {
            long tenths = Math.max(1, Math.round(smaller * 10));
            num = tenths / 10 + "." + tenths % 10;
        } else {
            num = withThousands(Math.max(1, Math.round(smaller)));
        }
        return amount.substring(0, i) + num + amount.substring(j);
    }

    // ================================================================== reports

    /** An own-text report of the event by one outlet. */
    Draft report(Event ev, Rng r, LocalDateTime time, String place, double typoRate) {
        Ctx c = new Ctx(ev, r);
        Draft d = new Draft();
        d.headline = headline(c);
        d.time = time;
        d.place = place;
        d.authors = authors(r);
        int n = 8 + r.nextInt(10) + (r.chance(0.25) ? r.nextInt(9) : 0);
        List<Para> paras = new ArrayList<>(n + 2);
        boolean[] quoteUsed = new boolean[ev.quotes().size()];
        boolean forPartUsed = false;
        for (int i = 0; i < n; i++) {
            int sentences = sentenceCount(r);
            List<String> s = new ArrayList<>(sentences);
            for (int k = 0; k < sentences; k++) {
                SentenceType t;
                if (i == 0) {
                    t = k == 0 ? SentenceType.LEAD : SentenceType.DETAIL;
                } else if (i == 1) {
                    t = k == 0 ? (r.chance(0.5) ? SentenceType.DETAIL : SentenceType.SAID) : SentenceType.SAID;
                } else if (i == n - 1 && k == 0 && r.chance(0.5)) {
                    t = SentenceType.CLOSING;
                } else {
                    t = BODY_TYPES.pick(r);
                    if (t == SentenceType.FOR_PART && forPartUsed) {
                        t = SentenceType.SAID;
                    }
                    forPartUsed |= t == SentenceType.FOR_PART;
                }
                String sentence = null;
                if (i >= 2 && t == SentenceType.QUOTE) {
                    int q = r.nextInt(quoteUsed.length);
                    if (!quoteUsed[q] && r.chance(0.5)) {
                        quoteUsed[q] = true;
                        sentence = ev.quotes().get(q);
                    }
                }
                s.add(sentence != null ? sentence : sentence(c, t));
            }
            paras.add(Para.of(s));
        }
        // crossheads in the second half
        int heads = r.chance(0.3) ? (r.chance(0.3) ? 2 : 1) : 0;
        for (int h = 0; h < heads && paras.size() >= 8; h++) {
            int at = r.between(paras.size() / 2, paras.size() - 2);
            if (!paras.get(at - 1).isCrosshead() && !paras.get(at).isCrosshead()) {
                paras.add(at, Para.head(crosshead(c)));
            }
        }
        d.paras = paras;
        if (r.chance(typoRate)) {
            introduceTypo(d, r);
        }
        return d;
    }

    private static int sentenceCount(Rng r) {
        double u = r.nextDouble();
        return u < 0.45 ? 1 : u < 0.85 ? 2 : 3;
    }

    static List<String> authors(Rng r) {
        int n = r.chance(0.25) ? 2 : 1;
        List<String> a = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            a.add(reporter(r));
        }
        return a;
    }

    static String reporter(Rng r) {
        return Vocabulary.FIRST_NAMES.pick(r) + " " + Vocabulary.LAST_NAMES.pick(r);
    }

    // ================================================================== syndication edits

    /**
     * The agency text as another outlet republishes it: each edit is chosen by the stream. Returns a new
     * draft; the source is not modified.
     */
    Draft syndicate(Draft src, Event ev, Rng r, LocalDateTime time) {
        Ctx c = new Ctx(ev, r);
        c.p1Named = true;
        c.p2Named = true;
        Draft d = new Draft();
        d.time = time;
        d.place = src.place;
        d.authors = r.chance(0.5) ? src.authors : List.of();
        List<Para> paras = new ArrayList<>(src.paras.size() + 2);
        for (Para p : src.paras) {
            paras.add(p.copy());
        }
        // new headline, or the same one, sometimes in title case
        if (r.chance(0.55)) {
            d.headline = headline(c);
        } else {
            d.headline = r.chance(0.3) ? titleCase(src.headline) : src.headline;
        }
        // the tail trimmed, down to half the paragraphs
        if (r.chance(0.45) && paras.size() > 4) {
            int keep = r.between((paras.size() + 1) / 2, paras.size() - 1);
            paras.subList(keep, paras.size()).clear();
            while (!paras.isEmpty() && paras.get(paras.size() - 1).isCrosshead()) {
                paras.remove(paras.size() - 1);
            }
        }
        // crossheads dropped
        if (r.chance(0.3)) {
            paras.removeIf(Para::isCrosshead);
        }
        // a typo fixed (when the source had one) or introduced
        if (!src.typoWrong.isEmpty() && r.chance(0.6)) {
            fixTypo(paras, src.typoWrong, src.typoRight);
        } else if (r.chance(0.15)) {
            Draft tmp = new Draft();
            tmp.paras = paras;
            introduceTypo(tmp, r);
        }
        // sentences reworded: usually none or one, sometimes a heavier rewrite
        double rw = r.nextDouble();
        int rewordings = rw < 0.55 ? 0 : rw < 0.85 ? 1 : r.between(2, 5);
        for (int done = 0, tries = 0; done < rewordings && tries < rewordings * 6; tries++) {
            Para p = paras.get(r.nextInt(paras.size()));
            if (p.isCrosshead()) {
                continue;
            }
            int k = r.nextInt(p.sentences.size());
            String re = reword(p.sentences.get(k), r);
            if (!re.equals(p.sentences.get(k))) {
                p.sentences.set(k, re);
                done++;
            }
        }
        // a paragraph from the middle dropped
        if (r.chance(0.15) && paras.size() > 6) {
            int at = r.between(2, paras.size() - 2);
            if (!paras.get(at).isCrosshead()) {
                paras.remove(at);
            }
        }
        // an editor's paragraph inserted
        if (r.chance(0.25)) {
            int at = r.between(1, paras.size());
            List<String> s = new ArrayList<>();
            s.add(sentence(c, SentenceType.BACKGROUND));
            if (r.chance(0.5)) {
                s.add(sentence(c, SentenceType.BACKGROUND));
            }
            paras.add(at, Para.of(s));
        }
        // paragraphs merged or split
        double u = r.nextDouble();
        if (u < 0.2) {
            for (int tries = 0; tries < 5; tries++) {
                int i = r.nextInt(paras.size() - 1);
                Para a = paras.get(i);
                Para b = paras.get(i + 1);
                if (!a.isCrosshead() && !b.isCrosshead() && a.sentences.size() + b.sentences.size() <= 4) {
                    a.sentences.addAll(b.sentences);
                    paras.remove(i + 1);
                    break;
                }
            }
        } else if (u < 0.4) {
            for (int tries = 0; tries < 5; tries++) {
                int i = r.nextInt(paras.size());
                Para a = paras.get(i);
                if (!a.isCrosshead() && a.sentences.size() >= 2) {
                    int cut = r.between(1, a.sentences.size() - 1);
                    List<String> tail = new ArrayList<>(a.sentences.subList(cut, a.sentences.size()));
                    a.sentences.subList(cut, a.sentences.size()).clear();
                    paras.add(i + 1, Para.of(tail));
                    break;
                }
            }
        }
        d.paras = paras;
        return d;
    }

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("stressed", "emphasized"), Map.entry("expand", "broaden"),
            Map.entry("relations", "ties"), Map.entry("cooperation", "collaboration"),
            Map.entry("important", "significant"), Map.entry("talks", "negotiations"), Map.entry("met", "held talks with"),
            Map.entry("officials", "authorities"), Map.entry("discussed", "reviewed"), Map.entry("also", "further"),
            Map.entry("noted", "pointed out"), Map.entry("region", "neighbourhood"), Map.entry("new", "fresh"),
            Map.entry("help", "assist"), Map.entry("ready", "prepared"), Map.entry("boost", "increase"),
            Map.entry("countries", "nations"), Map.entry("added", "went on to say"), Map.entry("plans", "intends"));

    /** Swaps a few words for synonyms, or drops / adds a sentence adverbial. */
    static String reword(String s, Rng r) {
        String[] w = s.split(" ");
        int changed = 0;
        int start = r.nextInt(Math.max(1, w.length / 2));
        for (int i = start; i < w.length && changed < 2; i++) {
            String core = w[i];
            String trail = "";
            while (!core.isEmpty() && ",.;:\u0094".indexOf(core.charAt(core.length() - 1)) >= 0) {
                trail = core.charAt(core.length() - 1) + trail;
                core = core.substring(0, core.length() - 1);
            }
            String syn = SYNONYMS.get(core);
            if (syn != null) {
                w[i] = syn + trail;
                changed++;
            }
        }
        if (changed > 0) {
            return String.join(" ", w);
        }
        for (String conn : Vocabulary.CONNECTIVES.items) {
            if (s.startsWith(conn + " ")) {
                return capitalize(s.substring(conn.length() + 1));
            }
        }
        return s.charAt(0) == Vocabulary.LQUOTE ? s : "Meanwhile, " + Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static void introduceTypo(Draft d, Rng r) {
        for (int tries = 0; tries < 10; tries++) {
            Para p = d.paras.get(r.nextInt(d.paras.size()));
            if (p.isCrosshead()) {
                continue;
            }
            int k = r.nextInt(p.sentences.size());
            String[] w = p.sentences.get(k).split(" ");
            int i = r.nextInt(w.length);
            String word = w[i];
            if (word.length() < 6 || !word.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                continue;
            }
            int j = r.between(1, word.length() - 3);
            if (word.charAt(j) == word.charAt(j + 1)) {
                continue;
            }
            String typo = word.substring(0, j) + word.charAt(j + 1) + word.charAt(j) + word.substring(j + 2);
            w[i] = typo;
            p.sentences.set(k, String.join(" ", w));
            d.typoWrong = typo;
            d.typoRight = word;
            return;
        }
    }

    private static void fixTypo(List<Para> paras, String wrong, String right) {
        for (Para p : paras) {
            if (p.isCrosshead()) {
                continue;
            }
            for (int k = 0; k < p.sentences.size(); k++) {
                String s = p.sentences.get(k);
                String fixed = replaceWord(s, wrong, right);
                if (!fixed.equals(s)) {
                    p.sentences.set(k, fixed);
                    return;
                }
            }
        }
    }

    private static String replaceWord(String s, String from, String to) {
        String[] w = s.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals(from)) {
                w[i] = to;
                return String.join(" ", w);
            }
        }
        return s;
    }

    // ================================================================== headlines

    String headline(Ctx c) {
        String h = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            h = headlineOnce(c);
            int wc = words(h);
            if (wc >= MIN_HEADLINE && wc <= MAX_HEADLINE) {
                return h;
            }
        }
        // fall back to something of legal length
        String[] w = h.split(" ");
        if (w.length > MAX_HEADLINE) {
            return String.join(" ", java.util.Arrays.copyOf(w, MAX_HEADLINE));
        }
        return h + " in " + c.ev.city() + " talks";
    }

    private String headlineOnce(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        String a = ev.a().name();
        String b = ev.b().name();
        String npShort = npBare(r, c.lex.nouns().pick(r), 0.3);
        Verb v = c.lex.verbs().pick(r);
        String h = switch (r.nextInt(10)) {
            case 0 -> a + " " + r.pick(new String[] {"seeks to", "ready to", "moves to", "vows to", "looks to"}) + " "
                    + v.inf() + " " + npShort + " with " + b;
            case 1 -> ev.p1().last() + " tells " + ev.p2().last() + " " + a + " " + Vocabulary.MODALS.pick(r) + " "
                    + v.inf() + " " + npShort;
            case 2 -> ev.a().adjective() + " " + ev.p1().shortRole() + " meets " + ev.p2().last() + " in " + ev.city()
                    + " for talks on " + stripThe(npShort);
            case 3 -> a + ", " + b + " agree to " + ev.action();
            case 4 -> b + " seeking to " + v.inf() + " " + npShort + " with " + a + ": " + ev.p2().shortRole();
            case 5 -> ev.p1().last() + ": " + a + " " + Vocabulary.MODALS.pick(r) + " " + v.inf() + " " + npShort;
            case 6 -> ev.p1().last() + ", " + ev.p2().last() + " discuss " + npShort + " in " + ev.city();
            case 7 -> a + " and " + b + " " + r.pick(new String[] {"discuss", "review", "eye", "explore"}) + " "
                    + npShort + " amid " + stripThe(npBare(r, Vocabulary.LEXICON.get(r.pick(Topic.values())).nouns().pick(r), 0.5));
            case 8 -> ev.a().adjective() + ", " + ev.b().adjective() + " officials " + v.inf() + " " + npShort
                    + " in " + ev.city();
            default -> ev.p1().last() + " says " + a + " " + Vocabulary.MODALS.pick(r) + " " + v.inf() + " "
                    + npShort + " with " + b;
        };
        return capitalize(h);
    }

    static String titleCase(String h) {
        StringBuilder sb = new StringBuilder(h.length());
        for (String w : h.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean small = w.length() <= 3 && List.of("a", "an", "the", "and", "of", "to", "in", "on", "for", "with",
                    "at", "by").contains(w) && sb.length() > 0;
            sb.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    String crosshead(Ctx c) {
        return c.lex.crossheads().pick(c.r).replace("{A}", c.ev.a().name()).replace("{B}", c.ev.b().name())
                .replace("{CA}", c.ev.a().capital()).replace("{CB}", c.ev.b().capital());
    }

    /** Another article's post: {headline, teaser ending "…"}. */
    String[] relatedPost(Rng r) {
        int i = postPick.pick(r);
        return new String[] {postHeadlines.get(i), postTeasers.get(i)};
    }

    private Ctx randomCtx(Rng r) {
        Person p1 = Vocabulary.PEOPLE.pick(r);
        Person p2 = Vocabulary.PEOPLE.pick(r);
        if (p2.country() == p1.country()) {
            p2 = Vocabulary.PEOPLE.items.get(p1.country().name().equals("Iran") ? 1 : 0);
        }
        Topic t = r.pick(Topic.values());
        Lexicon lex = Vocabulary.LEXICON.get(t);
        Event ev = new Event(-1, "", t, p1, p2, List.of(), hostCity(r, p1, p2), LocalDateTime.of(2020, 1, 1, 12, 0),
                lex.verbs().pick(r).inf() + " " + npBare(r, lex.nouns().pick(r), 0.4), lex.projects().pick(r),
                amount(r, lex.amounts().pick(r)), Vocabulary.ORGS.pick(r), List.of(detail(r), detail(r)), List.of(), -1);
        return new Ctx(ev, r);
    }

    // ================================================================== sentences

    enum SentenceType { LEAD, DETAIL, SAID, QUOTE, FOR_PART, BACKGROUND, NUMBER, REACTION, CLOSING }

    private static final Ranked<SentenceType> BODY_TYPES = new Ranked<>(List.of(SentenceType.SAID,
            SentenceType.BACKGROUND, SentenceType.QUOTE, SentenceType.DETAIL, SentenceType.REACTION,
            SentenceType.FOR_PART, SentenceType.NUMBER), 0.8);

    String sentence(Ctx c, SentenceType t) {
        Rng r = c.r;
        if (t == SentenceType.QUOTE) {
            return quote(c, r.chance(0.6) ? c.ev.p1() : c.ev.p2());
        }
        int target = target(r);
        String core = switch (t) {
            case LEAD -> lead(c);
            case DETAIL -> detail(c);
            case SAID -> said(c);
            case FOR_PART -> forPart(c);
            case BACKGROUND -> background(c);
            case NUMBER -> number(c);
            case REACTION -> reaction(c);
            case CLOSING -> closing(c);
            default -> throw new IllegalStateException();
        };
        StringBuilder sb = extend(c, core, target, MIN_WORDS, MAX_WORDS, false);
        char first = sb.charAt(0);
        if (Character.isLowerCase(first)) {
            sb.setCharAt(0, Character.toUpperCase(first));
        }
        return sb.append('.').toString();
    }

    /** Target sentence length: mean about 25 words within [15, 45]. */
    private static int target(Rng r) {
        int t = (int) Math.round(22 + 6.5 * r.gaussian());
        return Math.max(MIN_WORDS, Math.min(40, t));
    }

    private StringBuilder extend(Ctx c, String core, int target, int min, int max, boolean inQuote) {
        StringBuilder sb = new StringBuilder(core.length() + 120).append(core);
        int wc = words(core);
        long usedKinds = 0;
        for (int guard = 0; wc < target && guard < 10; guard++) {
            int kind = inQuote ? c.r.nextInt(QUOTE_EXTENSIONS) : EXTENSIONS.pick(c.r);
            if ((usedKinds & (1L << kind)) != 0) {
                continue;
            }
            String ext = inQuote ? quoteExtension(c, kind) : extension(c, kind);
            int ew = spaces(ext);
            if (wc + ew > max) {
                continue;
            }
            usedKinds |= 1L << kind;
            sb.append(ext);
            wc += ew;
        }
        while (wc < min) {
            String tail = inQuote ? " " + Vocabulary.PLACES_PP.pick(c.r) : shortTail(c);
            sb.append(tail);
            wc += spaces(tail);
        }
        return sb;
    }

    private String extension(Ctx c, int kind) {
        Rng r = c.r;
        return switch (kind) {
            case 0 -> ", adding that " + clauseModal(c);
            case 1 -> " amid " + np(c);
            case 2 -> ", according to " + Vocabulary.SOURCES.pick(r);
            case 3 -> " as part of " + np(c);
            case 4 -> ", stressing the need to " + verb(c).inf() + " " + np(c);
            case 5 -> " " + Vocabulary.TIMES.pick(r);
            case 6 -> " and " + clausePast(c);
            case 7 -> ", citing " + np(c);
            case 8 -> " " + Vocabulary.PLACES_PP.pick(r);
            case 9 -> ", noting that " + clausePast(c);
            case 10 -> " to " + verb(c).inf() + " " + np(c);
            case 11 -> " during talks with " + otherCountry(c).adjective() + " officials in " + c.ev.city();
            case 12 -> " following " + np(c);
            default -> " with " + otherCountry(c).name();
        };
    }

    private static final Ranked<Integer> EXTENSIONS = new Ranked<>(
            List.of(5, 8, 1, 10, 3, 12, 13, 2, 0, 9, 11, 6, 7, 4), 0.9);

    private static final int QUOTE_EXTENSIONS = 6;

    private String quoteExtension(Ctx c, int kind) {
        Rng r = c.r;
        return switch (kind) {
            case 0 -> ", and " + Vocabulary.QUOTE_OPENERS.pick(r).toLowerCase(Locale.ROOT)
                    .replace("the islamic republic", "the Islamic Republic")
                    + " " + Vocabulary.MODALS.pick(r) + " " + verb(c).inf() + " " + np(c);
            case 1 -> " " + Vocabulary.PLACES_PP.pick(r);
            case 2 -> " " + Vocabulary.TIMES.pick(r);
            case 3 -> " for the benefit of both nations";
            case 4 -> " without any preconditions";
            default -> " through " + np(c);
        };
    }

    private String shortTail(Ctx c) {
        Rng r = c.r;
        return switch (r.nextInt(5)) {
            case 0 -> " on " + weekday(c);
            case 1 -> " in " + c.ev.city();
            case 2 -> " this week";
            case 3 -> ", officials said";
            default -> " in the region";
        };
    }

    private String lead(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        // the visitor travels to the host's country
        boolean p1Hosts = Vocabulary.COUNTRY_OF_CITY.get(ev.city()) == ev.p1().country();
        Person visitor = p1Hosts ? ev.p2() : ev.p1();
        Person host = p1Hosts ? ev.p1() : ev.p2();
        String v = visitor.withTitle();
        String h = host.withTitle();
        c.p1Named = true;
        c.p2Named = true;
        String day = weekday(c);
        return switch (r.nextInt(6)) {
            case 0 -> v + " met " + h + " in " + ev.city() + " on " + day + " to " + ev.action();
            case 1 -> ev.a().name() + " and " + ev.b().name() + " agreed on " + day + " to " + ev.action() + ", "
                    + ev.p1().last() + " said after talks with " + ev.p2().full() + " in " + ev.city();
            case 2 -> h + " received " + v + " in " + ev.city() + " on " + day + ", as the two sides sought to "
                    + ev.action();
            case 3 -> v + ", who traveled to " + ev.city() + " on " + day + ", held talks with " + h
                    + " on ways to " + ev.action();
            case 4 -> ev.p1().withTitle() + " and " + ev.p2().withTitle() + " discussed plans to " + ev.action()
                    + " during a meeting in " + ev.city() + " on " + day;
            default -> ev.a().name() + " is ready to " + ev.action() + ", " + ev.p1().withTitle() + " told "
                    + ev.p2().withTitle() + " in " + ev.city() + " on " + day;
        };
    }

    private String detail(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        return switch (r.nextInt(5)) {
            case 0 -> "the two sides discussed " + np(c) + ", including plans to " + ev.action();
            case 1 -> "the plan is expected to involve " + ev.amount() + " and " + np(c);
            case 2 -> ev.project() + " is central to " + ev.a().possessive() + " plans to " + verb(c).inf() + " "
                    + np(c);
            case 3 -> "the talks focused on " + np(c) + ", " + np(c) + " and " + np(c);
            default -> "officials said the agreement covers " + ev.amount() + " " + Vocabulary.TIMES.pick(r);
        };
    }

    private String said(Ctx c) {
        Rng r = c.r;
        Person p = r.chance(0.6) ? c.ev.p1() : c.ev.p2();
        int form = r.nextInt(6);
        String who = name(c, p, form != 2);
        return switch (form) {
            case 0 -> who + " " + Vocabulary.REPORTING.pick(r) + " that " + clauseModal(c);
            case 1 -> who + " " + Vocabulary.REPORTING.pick(r) + " " + clausePast(c);
            case 2 -> "according to " + who + ", " + clausePast(c);
            case 3 -> who + " also called for " + np(c) + ", saying " + clauseModal(c);
            case 4 -> who + " did not give details of " + np(c) + " but said " + clauseModal(c);
            default -> who + " told reporters in " + c.ev.city() + " that " + clauseModal(c);
        };
    }

    private String forPart(Ctx c) {
        Person p = c.ev.p2();
        return name(c, p) + ", for " + p.his() + " part, " + Vocabulary.REPORTING.pick(c.r) + " that "
                + clauseModal(c);
    }

    private String background(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        return switch (r.nextInt(11)) {
            case 0 -> "relations between " + ev.a().name() + " and " + ev.b().name() + " have "
                    + verb(c).past() + " " + Vocabulary.TIMES.pick(r);
            case 1 -> ev.a().name() + " and " + ev.b().name() + " have " + verb(c).past() + " " + np(c) + " "
                    + Vocabulary.TIMES.pick(r);
            case 2 -> Vocabulary.TIMES.pick(r) + ", " + other(c) + " " + verb(c).past() + " " + np(c) + " in "
                    + Vocabulary.COUNTRIES.get(Vocabulary.PEOPLE.index(r) % Vocabulary.COUNTRIES.size()).capital();
            case 3 -> "the two countries are both members of " + ev.org() + ", which has " + verb(c).past() + " "
                    + np(c) + " " + Vocabulary.TIMES.pick(r);
            case 4 -> Vocabulary.CONNECTIVES.pick(r) + " " + clausePast(c);
            case 5 -> ev.project() + " has long been seen as " + Vocabulary.PREDICATIVES.pick(r) + " for "
                    + np(c);
            case 6 -> "the meeting came " + r.pick(new String[] {"two weeks", "a month", "days", "weeks", "three months"})
                    + " after " + other(c) + " visited " + r.pick(Vocabulary.COUNTRIES).capital() + " for talks on "
                    + np(c);
            case 7 -> ev.a().name() + " has repeatedly said " + clauseModal(c);
            case 8 -> "analysts say " + clauseModal(c);
            case 9 -> "it was the first such visit since " + r.between(2010, Math.max(2011, ev.time().getYear() - 1))
                    + ", and both sides said " + clauseModal(c);
            default -> "the visit is widely seen as " + Vocabulary.PREDICATIVES.pick(r) + " for " + np(c);
        };
    }

    private String number(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        Country x = r.chance(0.5) ? ev.a() : ev.b();
        return switch (r.nextInt(3)) {
            case 0 -> x.possessive() + " " + stripThe(c.lex.nouns().pick(r)) + " "
                    + r.pick(new String[] {"rose to", "reached", "fell to", "climbed to", "stood at"}) + " "
                    + ev.amount() + " " + Vocabulary.TIMES.pick(r) + ", according to " + Vocabulary.SOURCES.pick(r);
            case 1 -> "officials put the figure at " + ev.amount() + ", up from " + smallerAmount(ev.amount(), r)
                    + " " + Vocabulary.TIMES.pick(r);
            default -> "the value of " + stripThe(npBare(r, c.lex.nouns().pick(r), 0.5)) + " between the two countries "
                    + r.pick(new String[] {"is", "could reach", "stood at", "was estimated at"}) + " " + ev.amount();
        };
    }

    private String reaction(Ctx c) {
        Rng r = c.r;
        if (r.chance(0.4)) {
            return c.ev.org() + " " + r.pick(new String[] {"welcomed", "praised", "backed", "noted"}) + " "
                    + np(c) + ", saying " + clauseModal(c);
        }
        return other(c) + " " + Vocabulary.REPORTING.pick(r) + " that " + clauseModal(c);
    }

    private String closing(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        return switch (r.nextInt(3)) {
            case 0 -> name(c, ev.p2(), true) + " is expected to visit " + ev.a().capital() + " "
                    + r.pick(new String[] {"next month", "later this year", "in the coming weeks", "soon"})
                    + " to follow up on " + np(c);
            case 1 -> "the two sides agreed to hold the next round of talks in "
                    + (r.chance(0.5) ? ev.a().capital() : ev.b().capital()) + " " + Vocabulary.TIMES.pick(r);
            default -> "the next meeting on " + ev.project() + " is scheduled for "
                    + r.pick(new String[] {"next month", "the autumn", "early next year", "the spring"}) + ", "
                    + name(c, ev.p1()) + " said";
        };
    }

    /** "…," Name said (with typographic quotes). */
    String quote(Ctx c, Person p) {
        Rng r = c.r;
        Verb v = verb(c);
        String opener = Vocabulary.QUOTE_OPENERS.pick(r);
        String content = switch (r.nextInt(5)) {
            case 0 -> opener + " " + Vocabulary.MODALS.pick(r) + " " + v.inf() + " " + np(c);
            case 1 -> "there is no obstacle to " + v.ger() + " " + np(c) + " with " + otherCountry(c, p).name();
            case 2 -> "no country should be allowed to undermine " + np(c);
            case 3 -> "this visit " + Vocabulary.MODALS.pick(r) + " open a new chapter in " + np(c);
            default -> opener + " " + Vocabulary.MODALS.pick(r) + " continue to " + v.inf() + " " + np(c);
        };
        boolean after = r.chance(0.7);
        String who = name(c, p, after);
        String attribution = after ? who + " " + Vocabulary.REPORTING.pick(r) : "said " + who;
        int aw = words(attribution);
        StringBuilder sb = extend(c, content, target(r) - aw, MIN_WORDS - aw, MAX_WORDS - aw, true);
        char first = sb.charAt(0);
        if (Character.isLowerCase(first)) {
            sb.setCharAt(0, Character.toUpperCase(first));
        }
        return sb.insert(0, Vocabulary.LQUOTE).append(',').append(Vocabulary.RQUOTE).append(' ').append(attribution)
                .append('.').toString();
    }

    private String clausePast(Ctx c) {
        return subject(c) + " " + verb(c).past() + " " + np(c);
    }

    private String clauseModal(Ctx c) {
        return subject(c) + " " + Vocabulary.MODALS.pick(c.r) + " " + verb(c).inf() + " " + np(c);
    }

    private String subject(Ctx c) {
        Event ev = c.ev;
        Rng r = c.r;
        return switch (r.nextInt(8)) {
            case 0 -> ev.a().name();
            case 1 -> ev.b().name();
            case 2 -> ev.a().capital();
            case 3 -> "the two sides";
            case 4 -> "officials";
            case 5 -> ev.p1().he();
            case 6 -> "the " + ev.b().adjective() + " side";
            default -> "the two countries";
        };
    }

    private Verb verb(Ctx c) {
        return c.r.chance(0.5) ? c.lex.verbs().pick(c.r) : Vocabulary.GENERAL_VERBS.pick(c.r);
    }

    /** A noun phrase, mostly on the event's topic. */
    private String np(Ctx c) {
        Rng r = c.r;
        Event ev = c.ev;
        double u = r.nextDouble();
        if (u < 0.3) {
            String d = u < 0.2 ? r.pick(ev.details()) : detail(r);
            return r.chance(0.4) ? npBare(r, d, 1.0) : d;
        }
        String noun = c.lex.nouns().pick(r);
        return switch (r.nextInt(7)) {
            case 0, 1 -> npBare(r, noun, 0.6);
            case 2 -> noun + " between " + ev.a().name() + " and " + ev.b().name();
            case 3 -> "the " + Vocabulary.OF_NOUNS.pick(r) + " of " + npBare(r, noun, 0.3);
            case 4 -> otherCountry(c).possessive() + " " + stripThe(noun);
            case 5 -> Vocabulary.ADJECTIVES.pick(r) + " " + Vocabulary.IN_NOUNS.pick(r) + " in "
                    + stripThe(noun);
            default -> r.chance(0.3) ? "the " + Vocabulary.OF_NOUNS.pick(r) + " of " + ev.project()
                    : npBare(r, Vocabulary.LEXICON.get(Topic.DIPLOMACY).nouns().pick(r), 0.5);
        };
    }

    /** noun with an optional adjective, keeping its article in front. */
    static String npBare(Rng r, String noun, double adjProb) {
        if (!r.chance(adjProb)) {
            return noun;
        }
        String adj = Vocabulary.ADJECTIVES.pick(r);
        if (noun.contains(adj)) {
            return noun;
        }
        return noun.startsWith("the ") ? "the " + adj + " " + noun.substring(4) : adj + " " + noun;
    }

    private static String stripThe(String noun) {
        return noun.startsWith("the ") ? noun.substring(4) : noun;
    }

    private Country otherCountry(Ctx c) {
        return c.r.chance(0.5) ? c.ev.a() : c.ev.b();
    }

    private Country otherCountry(Ctx c, Person speaker) {
        return speaker.country() == c.ev.a() ? c.ev.b() : c.ev.a();
    }

    /** First mention: full name with title; later: surname (sometimes "the Iranian minister"). */
    private String name(Ctx c, Person p) {
        return name(c, p, false);
    }

    /** @param appositive whether "Full Name, Iran’s foreign minister," may be used (a subject before a verb). */
    private String name(Ctx c, Person p, boolean appositive) {
        boolean first = p == c.ev.p1() ? !c.p1Named : !c.p2Named;
        if (p == c.ev.p1()) {
            c.p1Named = true;
        } else {
            c.p2Named = true;
        }
        if (first) {
            return appositive && c.r.chance(0.5) ? p.appositive() + "," : p.withTitle();
        }
        return c.r.chance(0.85) ? p.last() : p.described();
    }

    private String other(Ctx c) {
        List<Person> others = c.ev.others();
        if (others.isEmpty()) {
            return c.ev.p1().last();
        }
        Person p = c.r.pick(others);
        return c.r.chance(0.5) ? p.withTitle() : p.full();
    }

    private String weekday(Ctx c) {
        return Vocabulary.WEEKDAYS.get(c.ev.time().getDayOfWeek().getValue() - 1);
    }

    // ================================================================== helpers

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = s.charAt(0) == Vocabulary.LQUOTE ? 1 : 0;
        if (i >= s.length() || !Character.isLowerCase(s.charAt(i))) {
            return s;
        }
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    /** Words = whitespace-separated tokens. */
    static int words(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return spaces(s) + 1;
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }
}
