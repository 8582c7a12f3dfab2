package io.newsarchive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the site's own name where a copy prints it, for outlets the table does not know (and to tell which of
 * several known names the page is). Most copies show it somewhere: a clipper's or scraper's "sitename:" field, the
 * masthead line at the top, the sender of a newsletter. A masthead line alone could be a menu's first item, so it
 * counts only when something else on the page agrees: the footer's copyright owner starts with it ("Boston Globe"
 * over "© 2024 Boston Globe Media Partners"), the page's own web address spells it ("Deccan Herald" and
 * deccanherald.com), or the page prints it again on a line of its own (header and footer both carry the masthead).
 */
final class SiteNameReader {
    /** A publisher's imprint on a line of its own: "Monitor Publications Ltd", "The Gleaner Company (Media) Limited". */
    private static final Pattern COMPANY_LINE = Pattern.compile(
            "(?:the )?([\\p{Lu}][\\p{L}&'’ .-]{1,50}?)(?:\\s+(?:company|publications|publishing|media|group|newspapers|"
                    + "\\(media\\)))*\\s+(?:ltd\\.?|limited|inc\\.?|llc|plc|corp\\.?|gmbh|berhad|ab)\\.?",
            Pattern.CASE_INSENSITIVE);

    /** How sure the reading is: a labelled field or a masthead the footer or address confirms, or a repeat only. */
    enum Strength { STRONG, REPEATED }

    /** The name to show, and other names the page gives the site (the table may know one of them). */
    record Reading(String name, Strength strength, List<String> others) {
        Reading(String name, Strength strength) {
            this(name, strength, List.of());
        }
    }

    /** Scraper and clipper metadata naming the site: "sitename: Reuters", "site_name:", "og:site_name:", "Feed:". */
    private static final Pattern SITE_FIELD = Pattern.compile(
            "(?:site[ _]?name|og:site_name|feed|publication)\\s*:\\s*\"?([^\"]{2,60}?)\"?", Pattern.CASE_INSENSITIVE);
    /** A newsletter's sender: "From: GEORGIA TODAY <newsletter@georgiatoday.ge>". */
    private static final Pattern SENDER = Pattern.compile(
            "(?:>\\s*)?from\\s*:\\s*\"?([^\"<]{2,60}?)\"?\\s*<[^@>\\s]+@([a-z0-9.-]+)>", Pattern.CASE_INSENSITIVE);
    /** Lines above the masthead that are no part of it: skip links, rules, front-matter fences. */
    private static final Pattern ABOVE_MASTHEAD = Pattern.compile(
            "(?:#\\S.*|skip to (?:main )?(?:content|navigation|search)|jump to .{1,30}|-{3,}|menu|open menu|search|#\\[\\d+].*)",
            Pattern.CASE_INSENSITIVE);
    /** Link and image markup around a masthead: "[4]Onmanorama", "[Radio Prague International]", "# [Name](url)". */
    private static final Pattern MARKUP = Pattern.compile("\\[\\d+]|^#+\\s*|^\\[|](?:\\(\\S*\\))?$|^\\*+|\\*+$");
    private static final Pattern HOST = Pattern.compile(
            "(?<![\\w.-])(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,6})\\b", Pattern.CASE_INSENSITIVE);
    /** A line that is a bare host: a reader view's or AMP viewer's header ("mexiconewsdaily.com"). */
    private static final Pattern HOST_LINE = Pattern.compile("(?:www\\.)?(?:[a-z0-9-]+\\.)+[a-z]{2,6}",
            Pattern.CASE_INSENSITIVE);
    /** What parts a title or feed name: "Headline - Site", "Site | Section". */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—:]\\s+");
    /** Lines at the top of a copy searched for the masthead. */
    private static final int MASTHEAD_LINES = 6;
    /** Name words whose letters a host runs together ("mexiconewsdaily"), besides the words the page prints. */
    private static final Set<String> NAME_WORDS = Set.of("news", "daily", "times", "post", "herald", "tribune",
            "today", "journal", "gazette", "monitor", "observer", "express", "star", "mail", "insider", "review",
            "weekly", "press", "chronicle", "report", "voice", "world", "global", "national", "independent",
            "standard", "telegraph", "guardian", "mirror", "courier", "dispatch", "record", "free", "online",
            "sun", "the", "morning", "evening", "bulletin", "examiner", "leader", "nation", "new");
    private static final Set<String> SUFFIX_LABELS = Set.of("com", "org", "net", "co", "ac", "gov", "info", "news",
            "www", "edu");

    private SiteNameReader() {
    }

    /** The site's name, strongest evidence first: a labelled field, a newsletter's sender, a confirmed masthead. */
    static Optional<Reading> read(List<String> lines, String copyrightOwner) {
        java.util.Set<String> hosts = new java.util.LinkedHashSet<>();
        List<String> imprints = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() <= 60 && endsWithCompanyWord(line)) {
                Matcher imprint = COMPANY_LINE.matcher(line);
                if (imprint.matches()) {
                    imprints.add(imprint.group(1).strip());
                }
            }
            int colon = line.indexOf(':');
            Matcher field = colon > 2 && colon <= 16 && line.length() <= 80 ? SITE_FIELD.matcher(line) : null;
            if (field != null && field.matches()) {
                return Optional.of(new Reading(field.group(1).split("\\s+[-|–]\\s+")[0].strip(), Strength.STRONG));
            }
            if (line.indexOf('@') > 0) {
                Matcher sender = SENDER.matcher(line);
                if (sender.matches() && spells(hostLabel(sender.group(2)), squash(sender.group(1)))) {
                    return Optional.of(new Reading(displayCase(sender.group(1).strip(), copyrightOwner),
                            Strength.STRONG));
                }
            }
            // the page's own address: in a link, a mail address or a short line (a footer's, a reader's source)
            if (hosts.size() < 200 && (line.length() <= 80 ? hasDomainDot(line)
                    : line.indexOf("://") >= 0 || line.indexOf("www.") >= 0)) {
                Matcher host = HOST.matcher(line);
                while (host.find()) {
                    hosts.add(hostLabel(host.group(1)));
                }
            }
        }
        for (String masthead : mastheads(lines)) {
            if (HOST_LINE.matcher(masthead).matches()) {
                return Optional.of(new Reading(masthead.toLowerCase(Locale.ROOT), Strength.STRONG));
            }
            Optional<Reading> confirmed = confirmed(masthead, copyrightOwner, hosts, lines);
            if (confirmed.isEmpty() && imprints.stream().anyMatch(i -> wordsIn(i, masthead))) {
                // "Daily Monitor" over the imprint "Monitor Publications Ltd"
                confirmed = Optional.of(new Reading(displayCase(masthead, copyrightOwner), Strength.STRONG));
            }
            if (confirmed.isPresent()) {
                return confirmed;
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> confirmed(String masthead, String owner, java.util.Set<String> hosts,
                                               List<String> lines) {
        String squashed = squash(masthead);
        List<String> others = owner.isEmpty() ? List.of() : List.of(owner);
        for (String label : hosts) {
            String lead = leadSpelt(masthead, label);
            if (!lead.isEmpty()) {
                // "The Tico Times" of "The Tico Times Costa Rica" and ticotimes.net: a tagline after the name
                return Optional.of(new Reading(lead, Strength.STRONG, List.of(masthead)));
            }
        }
        if (!owner.isEmpty()) {
            String shared = sharedLead(masthead, owner);
            if (!shared.isEmpty()) {
                // "The Local" of "The Local Sweden" and "© The Local Europe AB"; a masthead that goes on from the
                // owner's whole name ("ABC News" over "© ABC") is the site's own name
                String name = shared.equalsIgnoreCase(owner) ? masthead : shared;
                return Optional.of(new Reading(displayCase(name, owner), Strength.STRONG,
                        List.of(masthead, owner)));
            }
            if (squash(owner).startsWith(squashed) && squashed.length() >= 4) {
                return Optional.of(new Reading(masthead, Strength.STRONG, others)); // "ProPublica", "Pro Publica Inc."
            }
        }
        for (String label : hosts) {
            if (spells(label, squashed)) {
                return Optional.of(new Reading(displayCase(masthead, owner), Strength.STRONG, List.of(masthead)));
            }
        }
        if (masthead.indexOf(' ') > 0 && !masthead.contains("&") && repeats(lines, masthead)) {
            // ("Israel & the Region", "Arts & Culture": a section's label, repeated in its breadcrumbs)
            return Optional.of(new Reading(displayCase(masthead, owner), Strength.REPEATED, List.of(masthead)));
        }
        return Optional.empty();
    }

    /**
     * A display name for a host when nothing better is printed: its hyphenated words ("total-croatia-news.com" →
     * "Total Croatia News"), or its letters split into words the page prints or newspaper names use
     * ("mexiconewsdaily.com" → "Mexico News Daily"), else the name capitalised ("swissinfo.ch" → "Swissinfo").
     */
    static String hostDisplayName(String host, List<String> lines) {
        String label = hostLabel(host);
        if (label.contains("-")) {
            return OutletDirectory.titleCase(label.replace('-', ' '));
        }
        Set<String> words = new java.util.HashSet<>(NAME_WORDS);
        for (String line : lines) {
            for (String w : line.split("[^\\p{L}]+")) {
                if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> split = split(label, words);
        if (split == null) {
            // a place or brand before a newspaper's word: "caspianherald" → "Caspian Herald"
            for (int at = label.length() - 3; at >= 3 && split == null; at--) {
                List<String> tail = split(label.substring(at), NAME_WORDS);
                if (tail != null) {
                    split = new ArrayList<>(tail);
                    split.add(0, label.substring(0, at));
                }
            }
        }
        return OutletDirectory.titleCase(split == null || split.size() > 4 ? label : String.join(" ", split));
    }

    /** The label into the fewest known words, each of 3+ letters; null when it cannot be. */
    private static List<String> split(String label, Set<String> words) {
        int n = label.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 3; end <= n; end++) {
            for (int start = Math.max(0, end - 16); start <= end - 3; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && words.contains(label.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, label.substring(from[end], end));
        }
        return out;
    }

    /**
     * Names the top of the copy may print as the site's: the first line, or its parts when it is a title ("Headline
     * - Site") or a feed's name ("Site - Section"); the second line as well when the first is a print header (it
     * opens with a date) or a bare address. Empty when the copy opens otherwise.
     */
    private static List<String> mastheads(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean frontMatter = false;
        int seen = 0;
        for (String line : lines) {
            if (line.equals("---") && seen == 0) {
                frontMatter = !frontMatter; // a clipper's YAML block: its fields are read above, no masthead
                continue;
            }
            String name = clean(line);
            if (line.isEmpty() || frontMatter || ABOVE_MASTHEAD.matcher(line).matches()
                    || ABOVE_MASTHEAD.matcher(name).matches()) {
                continue;
            }
            seen++;
            if (HOST_LINE.matcher(name).matches() && OutletDirectory.isPlatform(name.toLowerCase(Locale.ROOT))) {
                continue; // "archive.today", "Google AMP"'s host: the service's name, not the site's
            }
            if (HOST_LINE.matcher(name).matches() || isNameLike(name)) {
                out.add(name);
            } else if (line.length() <= 250) {
                String[] parts = TITLE_PARTS.split(name);
                if (parts.length > 1) {
                    for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
                        if (isNameLike(part.strip())) {
                            out.add(part.strip());
                        }
                    }
                }
            }
            if (seen >= 2 || !Character.isDigit(line.charAt(0)) && !HOST_LINE.matcher(name).matches()) {
                break;
            }
        }
        return out;
    }

    private static String clean(String line) {
        String name = line.replaceAll("\\]\\(\\S*\\)", "]");
        name = MARKUP.matcher(MARKUP.matcher(name).replaceAll("").strip()).replaceAll("").strip();
        int ref = name.indexOf(" [");
        name = ref > 0 && name.startsWith("[") ? name.substring(0, ref) : name;
        int last = name.lastIndexOf(' ');
        String acronym = last > 0 ? OutletDirectory.initials(name.substring(0, last)) : "";
        if (acronym.length() >= 2 && name.substring(last + 1).equals(acronym)) {
            name = name.substring(0, last); // "Hong Kong Free Press HKFP": the logo's acronym beside the name
        }
        return name;
    }

    /**
     * One to five words, no sentence: no full stop at the end, no digits or list punctuation, no lower-case word
     * but short joiners ("Times of Malta") after the first; the first may be a brand in lower case ("bianet English").
     */
    private static boolean isNameLike(String name) {
        if (name.isEmpty() || name.length() > 60 || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > 5 || name.matches(".*[\\d:;,!?|•/()].*") || name.endsWith(".")
                || TITLE_PARTS.matcher(name).find()) {
            return false;
        }
        boolean capitalised = false;
        for (int i = 0; i < words.length; i++) {
            boolean lower = !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0));
            if (lower && i > 0 && words[i].length() > 3) {
                return false;
            }
            capitalised |= !lower;
        }
        return capitalised && (Character.isUpperCase(name.charAt(0)) || words.length > 1);
    }

    private static boolean repeats(List<String> lines, String masthead) {
        int count = 0;
        for (String line : lines) {
            if (!line.isEmpty() && line.length() <= masthead.length() + 6 && line.contains(masthead)
                    && clean(line).equals(masthead)
                    && ++count >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words masthead and owner start with alike, when they name more than "The": "The Local" of "The Local
     * Sweden" and "The Local Europe AB"; "" when they share no such start.
     */
    private static String sharedLead(String masthead, String owner) {
        String[] a = masthead.split("\\s+");
        String[] b = owner.split("\\s+");
        int n = 0;
        while (n < a.length && n < b.length && a[n].equalsIgnoreCase(b[n])) {
            n++;
        }
        if (n == 0 || n == 1 && a[0].equalsIgnoreCase("the")) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOf(a, n));
    }

    /** True when the host's name spells the masthead, or starts it ("pbs" for "PBS NewsHour"). */
    private static boolean spells(String label, String squashed) {
        String l = label.replace("-", "");
        return l.length() >= 3 && squashed.length() >= 3
                && (l.equals(squashed) || squashed.startsWith(l) || l.startsWith(squashed) && squashed.length() >= 5);
    }

    /** True when a full stop stands between two letters or digits, as in a host ("georgiatoday.ge"). */
    private static boolean hasDomainDot(String line) {
        for (int i = line.indexOf('.'); i > 0 && i + 1 < line.length(); i = line.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(line.charAt(i - 1)) && Character.isLetter(line.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMPANY_WORDS = Set.of("ltd", "limited", "inc", "llc", "plc", "corp", "gmbh",
            "berhad", "ab");

    /** True when the line's last word is a company's ("Ltd.", "Limited", "AB"): a cheap test before the pattern. */
    private static boolean endsWithCompanyWord(String line) {
        int end = line.endsWith(".") ? line.length() - 1 : line.length();
        for (String word : COMPANY_WORDS) {
            int at = end - word.length();
            if (at > 0 && line.charAt(at - 1) == ' ' && line.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when every word of the imprint's name stands in the masthead, one of them of four letters or more. */
    private static boolean wordsIn(String imprint, String masthead) {
        String m = " " + masthead.toLowerCase(Locale.ROOT) + " ";
        boolean distinctive = false;
        for (String w : imprint.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!m.contains(" " + w + " ")) {
                return false;
            }
            distinctive |= w.length() >= 4;
        }
        return distinctive;
    }

    /** The masthead's first words that the host spells (with or without "The"), or "". */
    private static String leadSpelt(String masthead, String label) {
        String l = label.replace("-", "");
        String[] words = masthead.split(" ");
        StringBuilder squashed = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            squashed.append(squash(words[i]));
            String s = squashed.toString();
            if (i > 0 && (s.equals(l) || s.equals("the" + l))) {
                return String.join(" ", java.util.Arrays.copyOf(words, i + 1));
            }
        }
        return "";
    }

    /** The host's own name: "theeastafrican" of "www.theeastafrican.co.ke", "pbs" of "pbs.org". */
    static String hostLabel(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
        int last = labels.length - 1;
        while (last > 0 && (SUFFIX_LABELS.contains(labels[last]) || labels[last].length() == 2)) {
            last--;
        }
        return labels[Math.max(0, last)];
    }

    private static String squash(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * A masthead in capitals ("ARAB TIMES") as the page prints the name in its text, or with its long words
     * capitalised; acronyms ("BBC") stay as they are.
     */
    private static String displayCase(String name, String copyrightOwner) {
        if (Character.isLowerCase(name.charAt(0))) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1); // "bianet English"
        }
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.indexOf(' ') < 0) {
            return name;
        }
        if (copyrightOwner.equalsIgnoreCase(name) && !copyrightOwner.equals(name)) {
            return copyrightOwner;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(w.length() > 3 ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return out.toString();
    }
}
