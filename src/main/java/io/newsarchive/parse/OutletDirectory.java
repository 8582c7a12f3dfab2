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
    private final Map<String, Outlet> byAlias = new HashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();

    public OutletDirectory(List<OutletProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        this.signs = profiles.stream().flatMap(p -> p.signs().stream().map(s -> s.startsWith("re:")
                ? new Sign(p.outlet(), "", Pattern.compile(s.substring(3)))
                : new Sign(p.outlet(), s, null))).toList();
        for (OutletProfile p : profiles) {
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
     * The outlet whose signs the lines carry most; a tie is no answer. Web addresses to an outlet's domain in a
     * short line count as a sign too.
     */
    public Optional<Outlet> recognise(List<String> lines) {
        Map<Outlet, Integer> score = new HashMap<>();
        for (String line : lines) {
            boolean shortLine = wordCount(line) <= MAX_SIGN_LINE_WORDS;
            for (Sign sign : signs) {
                if (sign.matches(line, shortLine)) {
                    score.merge(sign.outlet(), 1, Integer::sum);
                }
            }
            if (shortLine && line.contains("://")) {
                byUrl(line).ifPresent(o -> score.merge(o, 1, Integer::sum));
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
