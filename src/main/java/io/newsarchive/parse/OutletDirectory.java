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
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)|copyright|all rights", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?<![@\\w.-])((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|ir|az|tr|uk|co\\.uk|de|fr|ru|cn|info))\\b",
            Pattern.CASE_INSENSITIVE);

    private record Sign(Outlet outlet, String literal, Pattern pattern) {
        boolean matches(String line, boolean shortLine) {
            if (pattern != null) {
                return pattern.matcher(line).find();
            }
            return shortLine && line.contains(literal);
        }
    }

    private final List<OutletProfile> profiles;
    private final List<Sign> signs;
    private final Map<String, Outlet> byAlias = new java.util.LinkedHashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final java.util.Set<Outlet> agencies = new java.util.HashSet<>();

    public OutletDirectory(List<OutletProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.signs = profiles.stream().flatMap(p -> p.signs().stream().map(s -> s.startsWith("re:")
                ? new Sign(p.outlet(), "", Pattern.compile(s.substring(3)))
                : new Sign(p.outlet(), s, null))).toList();
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
    }

    public List<OutletProfile> profiles() {
        return profiles;
    }

    /** The outlet an alias, name or id names ("IP", "Iran Press", "iran-press"). */
    public Optional<Outlet> byAlias(String alias) {
        return Optional.ofNullable(byAlias.get(key(alias)));
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
     * a copyright line naming it (2); its web domain in a short line (1).
     */
    public Optional<Outlet> recognise(List<String> lines) {
        Map<Outlet, Integer> score = new HashMap<>();
        int nonBlank = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            int words = wordCount(line);
            boolean shortLine = words <= MAX_SIGN_LINE_WORDS;
            for (Sign sign : signs) {
                if (sign.matches(line, shortLine)) {
                    score.merge(sign.outlet(), 1, Integer::sum);
                }
            }
            if (!shortLine) {
                continue;
            }
            if (words <= 6) {
                Outlet named = byLineName(line);
                if (named != null) {
                    score.merge(named, nonBlank <= MASTHEAD_LINES ? 2 : 1, Integer::sum);
                }
            }
            if (COPYRIGHT.matcher(line).find()) {
                for (Map.Entry<String, Outlet> alias : byAlias.entrySet()) {
                    if (alias.getKey().length() >= 3 && containsWord(line.toLowerCase(Locale.ROOT), alias.getKey())) {
                        score.merge(alias.getValue(), 2, Integer::sum);
                        break;
                    }
                }
            }
            Matcher host = BARE_HOST.matcher(line);
            while (host.find()) {
                byUrl("https://" + host.group(1)).ifPresent(o -> score.merge(o, 1, Integer::sum));
            }
        }
        Outlet best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<Outlet, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
                tie = false;
            } else if (e.getValue() == bestScore) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
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
        return o;
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
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

    private static String titleCase(String text) {
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
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static int wordCount(String line) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean w = !Character.isWhitespace(line.charAt(i));
            if (w && !in) {
                words++;
            }
            in = w;
        }
        return words;
    }
}
