package io.newsarchive.parse;

import io.newsarchive.model.Outlet;
import io.newsarchive.model.OutletProfile;
import io.newsarchive.model.Slugs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows the outlets of the outlet table and recognises which one a copy came from: by the signs its lines carry,
 * by a web address in the text, or by the name of the folder the user filed it in.
 */
public final class OutletDirectory {
    private static final Pattern URL_HOST = Pattern.compile("https?://(?:www\\.)?([a-z0-9.-]+\\.[a-z]{2,})",
            Pattern.CASE_INSENSITIVE);
    /** Literal signs are looked for in short lines only, so that an outlet named in a story's prose is no sign. */
    private static final int MAX_SIGN_LINE_WORDS = 25;
    /** Lines at the top of a copy where the site's own name stands (the masthead). */
    private static final int MASTHEAD_LINES = 8;
    /** "Follow Nepali Times on Twitter", "Nepali Times on Facebook": the site's own social links name it. */
    private static final Pattern SOCIAL_LINK = Pattern.compile(
            "^(?:follow |like |join )?(.{2,40}?) on (?:facebook|twitter|x|instagram|youtube|telegram|whatsapp|linkedin|threads)$",
            Pattern.CASE_INSENSITIVE);
    /** A site's own footer naming its owner: a copyright line, or the publisher's imprint ("Published by …"). */
    static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)|copyright|all rights|^published by ",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BARE_HOST = Pattern.compile(
            "(?<![@\\w.-])((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6})\\b",
            Pattern.CASE_INSENSITIVE);

    /** A name or alias of an outlet, as printed and as a lookup key. */
    private record Named(String printed, String key, Outlet outlet) {
    }

    /** A copyright line at the start of the line (the site's own footer, not a photo credit after a caption). */
    private static final Pattern COPYRIGHT_OWNER = Pattern.compile(
            "(?:copyright\\s*(?:©|\\(c\\))?|©|\\(c\\))\\s*(.{2,120})", Pattern.CASE_INSENSITIVE);
    /** A line that is one web address (optionally labelled "url:", "Permalink", "Short link:"): the page's own. */
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "(?:(?:url|link|permalink|short link|short url|source|canonical|hostname)\\s*:?\\s*)?\"?(?:https?://)?"
                    + "((?:[a-z0-9-]+\\.)+[a-z]{2,6})(?:/[^\\s\"]*)?\"?", Pattern.CASE_INSENSITIVE);
    /** The label of a page's own address in clipper, scraper and feed metadata. */
    private static final Pattern PAGE_ADDRESS = Pattern.compile("(?:url|source|canonical|hostname|link)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> PLATFORMS = java.util.Set.of("twitter.com", "x.com", "facebook.com",
            "fb.com", "instagram.com", "t.me", "telegram.me", "youtube.com", "youtu.be", "linkedin.com", "tiktok.com",
            "whatsapp.com", "wa.me", "google.com", "goo.gl", "bit.ly", "tinyurl.com", "ow.ly", "apple.com",
            "wikipedia.org", "archive.org", "archive.ph", "flipboard.com", "reddit.com", "pinterest.com",
            "threads.net", "bsky.app", "mastodon.social", "vk.com", "ok.ru", "gravatar.com", "doubleclick.net",
            "addtoany.com", "archive.today", "archive.is", "archive.li", "getpocket.com", "feedly.com", "translate.goog",
            "mailchi.mp", "substack.com", "medium.com", "ampproject.org");

    /**
     * A sign: a literal, or a pattern. A pattern that starts with "^" is tried at the line's start only, and only
     * when the line starts with the literal text the pattern opens with ({@code prefix}): most lines are ruled out
     * without running a regex, which made the signs a good part of the parser's time.
     */
    record Sign(Outlet outlet, String literal, Pattern pattern, boolean anchored, String prefix,
                        String required) {
        private static final Pattern LITERAL_START = Pattern.compile("^\\^([\\p{L}\\d ,:'’@&-]+)(?![*+?{])");

        static Sign of(Outlet outlet, String sign) {
            if (!sign.startsWith("re:")) {
                return new Sign(outlet, sign, null, false, "", "");
            }
            String regex = sign.substring(3);
            Matcher start = LITERAL_START.matcher(regex);
            // the last literal character may be quantified ("^Ab?"): keep the prefix short of it
            String prefix = start.find() ? start.group(1).substring(0, start.group(1).length() - 1) : "";
            return new Sign(outlet, "", Pattern.compile(regex), regex.startsWith("^"), prefix, requiredText(regex));
        }

        /**
         * The longest run of literal text every match must contain ("/PRNewswire/ --"), or "" when unsure (an
         * alternation anywhere): a line without it is ruled out by a plain search. Text inside groups is never
         * taken (a group may be optional).
         */
        static String requiredText(String regex) {
            String best = "";
            StringBuilder run = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                char literal;
                if (c == '|') {
                    return "";
                } else if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    literal = regex.charAt(++i);
                } else if (c == '\\' || "()[]{}.*+?^$".indexOf(c) >= 0) {
                    best = run.length() > best.length() ? run.toString() : best;
                    run.setLength(0);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    if (c == '\\') {
                        i++; // a class such as \d
                    } else if (c == '[') {
                        while (i + 1 < regex.length() && regex.charAt(i + 1) != ']') {
                            i += regex.charAt(i + 1) == '\\' ? 2 : 1; // a character class: skipped
                        }
                        i++;
                    }
                    continue;
                } else {
                    literal = c;
                }
                boolean quantified = i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
                if (quantified || depth > 0) {
                    best = run.length() > best.length() ? run.toString() : best;
                    run.setLength(0);
                } else {
                    run.append(literal);
                }
            }
            best = run.length() > best.length() ? run.toString() : best;
            return best.length() >= 3 ? best : "";
        }

        /**
         * What a matching line must hold, ASCII case ignored, for the index of signs: a case-sensitive match holds
         * it too, so ruling a line out on it is safe. Null (always tried) when the pattern names no text.
         */
        List<String> requiredText() {
            if (pattern == null) {
                return literal.isEmpty() ? null : List.of(RequiredText.fold(literal));
            }
            return RequiredText.of(pattern.pattern());
        }

        boolean matches(String line, boolean shortLine) {
            if (pattern == null) {
                return shortLine && line.contains(literal);
            }
            if (anchored) {
                return line.startsWith(prefix) && line.contains(required) && pattern.matcher(line).lookingAt();
            }
            return line.contains(required) && pattern.matcher(line).find();
        }
    }

    private final List<OutletProfile> profiles;
    private final List<Sign> signs;
    /**
     * Which signs a line could match, by the text each requires ({@link RequiredText}; a literal sign requires
     * itself): one pass over a line rules out most signs, instead of a search or a regex per sign per line.
     */
    private final RequiredTextIndex signText;
    private final Map<String, Outlet> byAlias = new java.util.LinkedHashMap<>();
    /** Every name and alias as printed, longest first: a copyright line names the most specific one it holds. */
    private final List<Named> names;
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final java.util.Set<Outlet> agencies = new java.util.HashSet<>();

    public OutletDirectory(List<OutletProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.signs = profiles.stream().flatMap(p -> p.signs().stream().map(s -> Sign.of(p.outlet(), s))).toList();
        this.signText = new RequiredTextIndex(signs.stream().map(Sign::requiredText).toList());
        for (OutletProfile p : profiles) {
            if (p.agency()) {
                agencies.add(p.outlet());
            }
            byAlias.put(key(p.outlet().name()), p.outlet());
            byAlias.put(key(p.outlet().id()), p.outlet());
            for (String alias : p.aliases()) {
                byAlias.putIfAbsent(key(alias), p.outlet());
            }
            for (String domain : p.domains()) {
                byDomain.put(domain.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""), p.outlet());
            }
        }
        List<Named> all = new java.util.ArrayList<>();
        for (OutletProfile p : profiles) {
            all.add(new Named(p.outlet().name(), key(p.outlet().name()), p.outlet()));
            for (String alias : p.aliases()) {
                all.add(new Named(alias.strip(), key(alias), p.outlet()));
            }
        }
        all.removeIf(n -> n.key().length() < 3);
        all.sort(java.util.Comparator.comparingInt((Named n) -> n.key().length()).reversed());
        this.names = List.copyOf(all);
    }

    public List<OutletProfile> profiles() {
        return profiles;
    }

    /** The outlet an alias, name or id names ("IP", "Iran Press", "iran-press"). */
    public Optional<Outlet> byAlias(String alias) {
        return Optional.ofNullable(byAlias.get(key(alias)));
    }

    /** True when the outlet is a news agency. */
    public boolean isAgency(Outlet outlet) {
        return agencies.contains(outlet);
    }

    /** The news agency an alias names ("AA" → Anadolu Agency); empty for outlets that are not agencies. */
    public Optional<Outlet> agencyByAlias(String alias) {
        return byAlias(alias).filter(agencies::contains);
    }

    /** The outlet a web address belongs to, by its host or a parent domain of it. */
    public Optional<Outlet> byUrl(String url) {
        Matcher m = URL_HOST.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        while (host.contains(".")) {
            Outlet o = byDomain.get(host);
            if (o != null) {
                return Optional.of(o);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /**
     * The outlet whose evidence in the copy weighs most; a tie is no answer. Evidence: a sign of the outlet table
     * (1 each); a line that is just the outlet's name or alias (2 in the masthead — the first lines — else 1);
     * a copyright line naming it (2, or 1 for a news agency: wire copy carries the agency's copyright onto every
     * client's page); its web domain in a short line (1).
     */
    public Optional<Outlet> recognise(List<String> lines) {
        Map<Outlet, Integer> score = new HashMap<>();
        int nonBlank = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            int words = LineWordCounts.upTo(line, MAX_SIGN_LINE_WORDS + 1);
            boolean shortLine = words <= MAX_SIGN_LINE_WORDS;
            long[] maySign = signCandidates(line); // the others could not match (their required text is absent)
            for (int w = 0; w < maySign.length; w++) {
                for (long bits = maySign[w]; bits != 0; bits &= bits - 1) {
                    Sign sign = signs.get(w << 6 | Long.numberOfTrailingZeros(bits));
                    if (sign.matches(line, shortLine)) {
                        score.merge(sign.outlet(), 1, Integer::sum);
                    }
                }
            }
            if (!shortLine) {
                continue;
            }
            if (words <= 6) {
                // "NBC News Logo": the masthead's image, by its alt text
                Outlet named = byLineName(LOGO.matcher(line).replaceFirst(""));
                if (named != null) {
                    score.merge(named, nonBlank <= MASTHEAD_LINES ? 2 : 1, Integer::sum);
                }
            }
            if (line.indexOf(" on ") > 0) {
                Matcher social = SOCIAL_LINK.matcher(line);
                Outlet named = social.matches() ? byLineName(social.group(1)) : null;
                if (named != null) {
                    score.merge(named, 1, Integer::sum);
                }
            }
            if (mayNameOwner(line) && COPYRIGHT.matcher(line).find()) {
                Outlet owner = namedIn(line);
                if (owner != null) {
                    score.merge(owner, agencies.contains(owner) ? 1 : 2, Integer::sum);
                }
            }
            if (mayHoldHost(line)) {
                Matcher host = BARE_HOST.matcher(line);
                while (host.find()) {
                    byUrl("https://" + host.group(1)).ifPresent(o -> score.merge(o, 1, Integer::sum));
                }
            }
            if (line.indexOf(':') > 0 && "uschlUSCHL".indexOf(line.charAt(0)) >= 0
                    && PAGE_ADDRESS.matcher(line).lookingAt()) {
                // a clipper's or scraper's field for the page's own address weighs over an image's host
                Matcher own = ADDRESS_LINE.matcher(line);
                if (own.matches()) {
                    byUrl("https://" + own.group(1)).ifPresent(o -> score.merge(o, 1, Integer::sum));
                }
            }
        }
        return best(score);
    }

    /** The signs (by their place in {@link #signs()}) a line could match; the others' required text is absent. */
    long[] signCandidates(String line) {
        return signText.candidates(line);
    }

    List<Sign> signs() {
        return signs;
    }

    /** Every branch of {@link #COPYRIGHT} needs one of these texts, ASCII case ignored as the pattern's flag does. */
    private static final RequiredTextIndex OWNER_WORDS = new RequiredTextIndex(
            List.of(List.of("©", "(c)", "copyright", "all rights", "published by ")));

    /**
     * False when {@link #COPYRIGHT} cannot be found in the line: most lines hold none of its texts, so the regex is
     * not run on them (one pass over the line finds any of them).
     */
    static boolean mayNameOwner(String line) {
        return OWNER_WORDS.candidates(line)[0] != 0;
    }

    /**
     * False when {@link #BARE_HOST} cannot be found in the line: a host ends in a dot between a letter, digit or
     * hyphen and an ASCII letter ("x.com"), which prose's full stops (". ") are not, so most lines skip the regex.
     */
    static boolean mayHoldHost(String line) {
        for (int i = line.indexOf('.', 1); i > 0 && i + 1 < line.length(); i = line.indexOf('.', i + 1)) {
            char before = line.charAt(i - 1);
            char after = line.charAt(i + 1);
            if ((after >= 'a' && after <= 'z' || after >= 'A' && after <= 'Z')
                    && (before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z' || before >= '0' && before <= '9'
                    || before == '-')) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but a copyright line names the outlet: the page's owner, perhaps a parent company. */
    boolean onlyOwner(Outlet outlet, List<String> lines) {
        List<String> rest = new java.util.ArrayList<>(lines.size());
        boolean named = false;
        for (String line : lines) {
            if (!line.isEmpty() && mayNameOwner(line) && COPYRIGHT.matcher(line).find()) {
                named |= outlet.equals(namedIn(line));
            } else {
                rest.add(line);
            }
        }
        return named && !recognise(rest).equals(Optional.of(outlet)); // (weighed again only when it could differ)
    }

    /**
     * The outlet with the highest score; on a tie, the one outlet among the leaders that is no news agency (an
     * agency's marks travel with its copy onto its clients' pages), else no answer.
     */
    private Optional<Outlet> best(Map<Outlet, Integer> score) {
        int top = score.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Outlet> leaders = score.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
                .toList();
        if (leaders.size() == 1) {
            return Optional.of(leaders.get(0));
        }
        List<Outlet> own = leaders.stream().filter(o -> !agencies.contains(o)).toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    /**
     * The outlet the line names, by its longest name or alias found there as whole words ("The Kyiv Independent"
     * before "Independent"). Aliases of four letters or fewer count only as printed ("MAP", never "site map").
     */
    private Outlet namedIn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Named n : names) {
            int at = n.key().length() <= 4 ? wordAt(line, n.printed()) : wordAt(lower, n.key());
            if (at >= 0 && !inLongerName(line, at)) {
                return n.outlet();
            }
        }
        return null;
    }

    /**
     * True when a name found at {@code at} is the tail of a longer name: a capitalised word other than "The" runs
     * into it ("Arizona Daily Star" is not "Daily Star").
     */
    private static boolean inLongerName(String line, int at) {
        int end = at;
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        if (end == at || start == end) {
            return false;
        }
        String word = line.substring(start, end);
        return Character.isUpperCase(word.charAt(0)) && !word.equalsIgnoreCase("the")
                && !word.equalsIgnoreCase("copyright") && !word.equalsIgnoreCase("by");
    }

    /** The word an image's alt text adds to the site's name in a masthead: "NBC News Logo". */
    private static final Pattern LOGO = Pattern.compile("\\s+logo$", Pattern.CASE_INSENSITIVE);

    /** True when the line names an outlet ("Sky News Daily" is a podcast, no author). */
    public boolean namesOutlet(String line) {
        return namedIn(line) != null;
    }

    /** True when the line is the site's own furniture: an outlet's name or alias alone, or one of its signs. */
    public boolean isMasthead(String line) {
        if (byLineName(line) != null) {
            return true;
        }
        boolean shortLine = LineWordCounts.upTo(line, MAX_SIGN_LINE_WORDS + 1) <= MAX_SIGN_LINE_WORDS;
        long[] maySign = signCandidates(line);
        for (int w = 0; w < maySign.length; w++) {
            for (long bits = maySign[w]; bits != 0; bits &= bits - 1) {
                if (signs.get(w << 6 | Long.numberOfTrailingZeros(bits)).matches(line, shortLine)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The outlet a whole line names ("Tasnim News Agency", "IRNA English"), aliases of 4+ letters only. */
    private Outlet byLineName(String line) {
        String k = key(line);
        if (k.length() < 4) {
            return null;
        }
        Outlet o = byAlias.get(k);
        if (o == null && k.endsWith(" english")) {
            o = byAlias.get(k.substring(0, k.length() - 8));
        }
        return o != null && !isSentenceCaseOf(line, k) ? o : null;
    }

    /**
     * True when the line is a name of several capitalised words printed in sentence case ("Foreign policy" for
     * "Foreign Policy"): a menu's section, not the site's masthead, which prints its name as the site spells it
     * (or in capitals).
     */
    private boolean isSentenceCaseOf(String line, String key) {
        if (line.indexOf(' ') < 0 || line.equals(line.toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (Named n : names) {
            if (n.key().equals(key) && sameInitials(n.printed(), line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameInitials(String printed, String line) {
        String[] a = WHITESPACE.split(printed.strip());
        String[] b = WHITESPACE.split(line.strip());
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Character.isUpperCase(a[i].charAt(0)) != Character.isUpperCase(b[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Where the word (or phrase) stands in the text as whole words, or -1. */
    private static int wordAt(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            i = text.indexOf(word, i + 1);
        }
        return -1;
    }

    /**
     * An outlet the table does not know, named by unambiguous evidence on the page itself: the owner in the site's
     * copyright line ("© 2024 Foo Media. All rights reserved." → "Foo Media"), else the host of the page's own
     * address printed on a line of its own ("https://www.foo-news.com/2024/…" → "foo-news.com"). Two different
     * owners or two different hosts are no answer. A "Source: …" line is not outlet evidence: it names where the
     * text came from (an agency, another paper), which is the credit. Owners and hosts the table knows are left
     * to {@link #recognise}, which weighs them with the rest.
     */
    public Optional<Outlet> fromPage(List<String> lines) {
        java.util.Set<String> owners = new java.util.LinkedHashSet<>();
        java.util.Set<String> hosts = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            if (line.isEmpty() || LineWordCounts.upTo(line, 26) > 25) {
                continue;
            }
            Matcher c = COPYRIGHT_OWNER.matcher(line);
            if (c.lookingAt()) {
                String owner = ownerName(c.group(1));
                if (!owner.isEmpty() && !isKnown(owner)) {
                    owners.add(owner); // a known owner (an agency's copyright on wire copy) is left to recognise
                }
                continue;
            }
            Matcher u = ADDRESS_LINE.matcher(line);
            if (u.matches()) {
                String host = u.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                if (!isPlatform(host)) {
                    hosts.add(host);
                }
            }
        }
        if (owners.size() == 1) {
            String owner = mastheadName(owners.iterator().next(), lines);
            return isKnown(owner) ? Optional.empty() : Optional.of(new Outlet(Slugs.slug(owner), owner));
        }
        if (owners.isEmpty() && hosts.size() == 1) {
            String host = hosts.iterator().next();
            return byUrl("https://" + host).isPresent() ? Optional.empty() : Optional.of(hostOutlet(host, lines));
        }
        return Optional.empty();
    }

    /** The site's own name as the page prints it (see {@link SiteNameReader}), with how sure the reading is. */
    Optional<SiteNameReader.Reading> siteName(List<String> lines) {
        return SiteNameReader.read(lines, copyrightOwner(lines));
    }

    /**
     * The outlet a site name stands for: the table's, by the name or another name the page gives the site (with or
     * without a leading "The", or an " English" edition's), else a new outlet of that name; a bare host is named as
     * {@link #hostOutlet} names it.
     */
    Outlet outletNamed(SiteNameReader.Reading reading, List<String> lines) {
        List<String> names = new java.util.ArrayList<>();
        names.add(reading.name());
        names.addAll(reading.others());
        for (String name : names) {
            Outlet known = knownName(name);
            if (known != null) {
                return known;
            }
        }
        String name = reading.name();
        if (name.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,6}")) {
            return hostOutlet(name, lines);
        }
        return new Outlet(Slugs.slug(name), name);
    }

    private Outlet knownName(String name) {
        String k = key(name);
        Outlet o = byAlias.get(k);
        if (o == null && k.endsWith(" english")) {
            o = byAlias.get(k.substring(0, k.length() - 8));
        }
        if (o == null && name.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,6}")) {
            o = byUrl("https://" + name).orElse(null);
        }
        return o;
    }

    /** The outlet of a host: the table's, else one named after the host ("mexiconewsdaily.com" → "Mexico News Daily"). */
    private Outlet hostOutlet(String host, List<String> lines) {
        return byUrl("https://" + host).orElseGet(() -> {
            String name = SiteNameReader.hostDisplayName(host, lines);
            return new Outlet(Slugs.slug(name), name);
        });
    }

    /** The owner the footer's copyright line names, as printed (known or not); "" when none or several. */
    private String copyrightOwner(List<String> lines) {
        String found = "";
        for (String line : lines) {
            if (line.isEmpty() || line.length() > 300) {
                continue;
            }
            char first = Character.toLowerCase(line.charAt(0));
            int sign = line.indexOf('©');
            if (first != 'c' && first != '©' && first != '(' && sign < 0) {
                continue; // no copyright line
            }
            Matcher c = COPYRIGHT_OWNER.matcher(line);
            // at the line's start, or after a masthead's few words ("Onmanorama © Copyright 2025 …")
            if (c.lookingAt() || sign > 0 && LineWordCounts.upTo(line.substring(0, sign), 4) <= 3
                    && c.find()) {
                String owner = ownerName(c.group(1));
                if (!owner.isEmpty() && !found.isEmpty() && !found.equalsIgnoreCase(owner)) {
                    return "";
                }
                found = owner.isEmpty() ? found : owner;
            }
        }
        return found;
    }

    private boolean isKnown(String owner) {
        return byAlias(owner).isPresent() || owner.startsWith("The ") && byAlias(owner.substring(4)).isPresent()
                || owner.contains(".") && byUrl("https://" + owner.toLowerCase(Locale.ROOT)).isPresent();
    }

    /** Words that make a company of a name: the site's own name is the name without them. */
    private static final Pattern COMPANY = Pattern.compile(
            "(?:\\s+(?:limited|ltd\\.?|inc\\.?|llc|plc|corp\\.?|corporation|company|co\\.?|gmbh|s\\.a\\.|group|holdings|"
                    + "media|financial|publishing|publications|pte|pvt))+$", Pattern.CASE_INSENSITIVE);

    /**
     * The site's name for the owner in its copyright line, as its masthead prints it: a company's name without
     * "Limited", "Inc", "Media" ("Asia Times Financial Limited" under the masthead "Asia Times"), an acronym spelt
     * out ("RFA" under "Radio Free Asia"). Without such a masthead line, the owner as printed: "Media" may be the name.
     */
    private static String mastheadName(String owner, List<String> lines) {
        String company = COMPANY.matcher(owner).replaceFirst("");
        boolean acronym = owner.matches("\\p{Lu}{2,6}");
        int seen = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > MASTHEAD_LINES * 2) {
                break;
            }
            String name = line.replaceAll("^[\\[(]+|[\\])]+$", "").strip();
            int words = LineWordCounts.all(name);
            if (words < 2 || words > 5 || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            if (acronym && owner.equals(initials(name))
                    || !company.equals(owner) && (company + " ").startsWith(name + " ")
                    || words <= LineWordCounts.all(owner) + 1 && name.startsWith(owner + " ")) {
                return name; // "Yahoo" under the masthead "Yahoo News": the site's own name
            }
        }
        return owner;
    }

    /** The first letters of a name's capitalised words: "Hong Kong Free Press" → "HKFP". */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** The owner's name out of the rest of a copyright line: years, "All rights reserved" and the like dropped. */
    private static String ownerName(String rest) {
        String owner = COPYRIGHT_MARKS_AT_START.matcher(YEARS.matcher(rest).replaceAll(" ")).replaceAll("");
        owner = OWNER_END.split(owner, 2)[0];
        owner = OWNED_BY.matcher(owner).replaceAll("");
        owner = MARKS_AT_END.matcher(owner).replaceAll("");
        owner = MARKS_AT_START.matcher(owner).replaceAll("");
        owner = WHITESPACE.matcher(owner).replaceAll(" ").strip();
        int words = LineWordCounts.all(owner);
        boolean plausible = words >= 1 && words <= 6 && Character.isLetter(owner.codePointAt(0))
                && !DIGIT.matcher(owner).matches() && !RIGHTS_WORDS.matcher(owner).matches();
        return plausible ? owner : "";
    }

    /** Social networks, share and short links, stores: their addresses on a page are never the page's own. */
    static boolean isPlatform(String host) {
        return PLATFORMS.contains(host) || PLATFORMS.contains(host.substring(host.indexOf('.') + 1));
    }

    /** The outlet a folder's name stands for: a known outlet by alias, else a new outlet named after the folder. */
    public Optional<Outlet> fromFolder(String folder) {
        if (folder.isBlank()) {
            return Optional.empty();
        }
        Optional<Outlet> known = byAlias(folder).or(() -> byAlias(folder.replace('-', ' ').replace('_', ' ')));
        if (known.isPresent()) {
            return known;
        }
        return Optional.of(new Outlet(Slugs.slug(folder), titleCase(folder.replace('_', ' ').replace('-', ' '))));
    }

    /** Each word's first letter in capitals: "caspian herald" → "Caspian Herald". */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static String key(String text) {
        return WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    // Compiled once: a String.replaceAll or split compiles its pattern on every call, and key() runs for most lines.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern YEARS = Pattern.compile("\\b(?:19|20)\\d{2}\\b(?:\\s*[-–]\\s*(?:19|20)\\d{2}\\b)?");
    private static final Pattern COPYRIGHT_MARKS_AT_START = Pattern.compile("(?i)^(?:[\\s,.;:©-]|copyright\\b|\\(c\\))+");
    private static final Pattern OWNER_END = Pattern.compile("(?i)\\ball rights\\b|\\s[|•·–—-]\\s|\\.\\s|,");
    private static final Pattern OWNED_BY = Pattern.compile(
            "(?i)^\\s*(?:by|the copyright of|owned (?:or|and) licensed by|owned by)\\s+");
    private static final Pattern MARKS_AT_END = Pattern.compile("[\\s,.;:©-]+$");
    private static final Pattern MARKS_AT_START = Pattern.compile("^[\\s,.;:©-]+");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern RIGHTS_WORDS = Pattern.compile("(?i).*\\b(reserved|rights|copyright)\\b.*");
}
