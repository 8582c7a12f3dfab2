package io.newsarchive.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a report — "BAKU, Oct 20 (Reuters) -", "TEHRAN, Iran (AP) —", "Tehran, IRNA –",
 * "BAKU, Azerbaijan, January 10. Trend:", "Tehran (IP)-" — into the place, the agency and the text after it.
 */
public final class DatelineParser {
    /** A dateline: where the report was filed, the agency credited (as printed), and the body text after it. */
    public record Dateline(String place, String agency, String rest) {
    }

    private static final String DASH = "[-–—:]";
    /** A month as datelines print it, in ordinary case or in capitals ("Oct 20", "DEC 18", "SEPTEMBER 18"). */
    private static final String MONTH = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
            + "|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\\.?";
    /** A Hijri date some Gulf agencies print before the Gregorian one: "Riyadh, Sha'ban 16, 1441, April 09, 2020". */
    private static final String HIJRI_FIRST = "(?:[A-Z][\\p{L}'’`-]{2,12}(?: [\\p{L}'’`-]{2,10}){0,2} \\d{1,2},\\s*1[3-5]\\d{2},\\s*)?";
    private static final String DATE_PART = "(?:" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + MONTH + ",?(?:\\s+\\d{4})?)";
    /** A place as datelines print it: capitalised words, "TEHRAN", "New York", "Ras al-Khaimah". */
    private static final String PLACE = "[A-Z][\\p{L}.'’/-]*(?:[ -][\\p{L}][\\p{L}.'’/-]*){0,3}";
    /** In capitals, accented ones too ("HÀ NỘI"). */
    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’/-]{1,}(?:[ -]\\p{Lu}[\\p{Lu}.'’/-]+){0,3}";
    /** A place with its country in brackets, as some wires print it: "ZAGREB (Croatia)". */
    private static final String PLACE_WITH_COUNTRY = "(?:\\s*\\([A-Z][\\p{L} ]{2,30}\\))?";

    /** PLACE[, Country| [Country]][, Oct 20] (AGENCY) - */
    private static final Pattern WITH_AGENCY_IN_PARENS = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + "|\\s*\\[" + PLACE + "\\])?" + PLACE_WITH_COUNTRY + ")(?:,\\s*"
                    + DATE_PART + ",?)?\\s*\\(([A-Za-z][\\w.&' -]{0,40})\\)\\.?\\s*" + DASH + "*\\s*");
    /** GEORGETOWN, Guyana, Feb 28, CMC – · Riyadh, Sha'ban 16, 1441, April 09, 2020, SPA -- (the agency after a comma) */
    private static final Pattern AGENCY_AFTER_DATE = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + ")?),\\s*" + HIJRI_FIRST + DATE_PART + ",\\s*([A-Z][\\w.&' -]{0,30}?)\\s*[-–—]+\\s*");
    /** March 4, 2024 (PORT SUDAN) – (the date first, then the place in brackets) */
    private static final Pattern DATE_THEN_PLACE = Pattern.compile(
            "^" + DATE_PART + "\\s*\\((" + CAPS_PLACE + ")\\)\\s*" + DASH + "+\\s*");
    /** MOSCOW, October 22. /TASS/. · Yerevan /JAMnews/. · DUBAI, UAE, March 14, 2024 /PRNewswire/ -- */
    static final Pattern WITH_AGENCY_IN_SLASHES = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + ")?)(?:,\\s*" + DATE_PART + ")?\\.?\\s*/([A-Z][\\w.&' -]{0,30})/\\.?\\s*(?:[-–—]+\\s*)?");
    /** Abu Dhabi, UAE CNN — (a known name in capitals after the place, no brackets) */
    static final Pattern AGENCY_BEFORE_DASH = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + ")?)\\s+([A-Z][\\w.&'-]{1,20})\\s*[–—-]+\\s+");
    /** BAKU, Azerbaijan, January 10. Trend: · BAKU, Azerbaijan, March 11. (no agency) */
    private static final Pattern TREND_STYLE = Pattern.compile(
            "^(" + CAPS_PLACE + "(?:,\\s*" + PLACE + ")?),\\s*" + DATE_PART
                    + "(?:[.,]?\\s*/?([A-Z][\\w.&' -]{0,30}?)/?\\s*[:.]|\\.)\\s+");
    /** Baku/17.03.25/Turan: (place, numeric date and agency between slashes) */
    private static final Pattern SLASHED_DATE = Pattern.compile(
            "^(" + PLACE + ")\\s*/\\s*\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*/\\s*([A-Z][\\w.&' -]{0,30}?)\\s*[:.–—-]+\\s*");
    /** Baku, March 17, AZERTAC (a dateline on a line of its own, with the agency after the date) */
    private static final Pattern STANDALONE_WITH_AGENCY = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + ")?),\\s*" + DATE_PART + ",?\\s*([A-Z][\\w.&' -]{1,30}?)\\.?$");
    /** Tehran, IRNA – */
    private static final Pattern AGENCY_AFTER_COMMA = Pattern.compile(
            "^(" + PLACE + "),\\s*([A-Z][\\w.&' -]{0,30}?)\\s*" + DASH + "+\\s*");
    /** TEHRAN — · ANKARA, Turkey – · TEHRAN, Jan. 08 – */
    private static final Pattern CAPS_ONLY = Pattern.compile(
            "^(" + CAPS_PLACE + "(?:,\\s*" + PLACE + ")?)(?:,\\s*" + DATE_PART + ")?\\s*" + DASH + "+\\s*");
    /** Tehran, Iran – (a place and a country, in ordinary case) */
    private static final Pattern PLACE_AND_COUNTRY = Pattern.compile(
            "^(" + PLACE + "),\\s*(" + PLACE + ")\\s*[–—-]+\\s+");
    /** A dateline printed on a line of its own: "ANKARA", "Baku, Azerbaijan, Oct. 20". */
    private static final Pattern STANDALONE = Pattern.compile(
            "^(" + CAPS_PLACE + "|" + PLACE + ",\\s*" + PLACE + ")(?:,\\s*" + DATE_PART + ")?\\.?$");
    /** Riyadh - Asharq Al-Awsat (a place, then the outlet's own name) */
    private static final Pattern PLACE_DASH_OUTLET = Pattern.compile("^(" + PLACE + ")\\s+[–—-]\\s+(.{2,40})$");
    /** Dubai: · Abu Dhabi: (a place in ordinary case and a colon, as Gulf and South Asian papers print it) */
    private static final Pattern PLACE_COLON = Pattern.compile(
            "^(\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+)?):\\s+(?=[\\p{Lu}\"“‘])");
    /** A lead reports: without a verb of saying, "Word: long sentence" is more likely a label than a place. */
    private static final Pattern REPORTS = Pattern.compile("\\b(?:said|says|told|announced|reported|according to)\\b");
    /**
     * A word no place name holds but a kicker in capitals does: "SETBACK FOR DPP: …", "BACK TO WORK: …" open a
     * standfirst or a paragraph, not a dateline.
     */
    private static final Pattern CAPS_KICKER_WORD = Pattern.compile(
            " (?:FOR|TO|ON|AT|AS|BY|WITH|FROM|IS|ARE|WAS|OVER|INTO|AFTER|NOT|NO|IT|HE|SHE|WE|THEY)(?: |$)");
    /** Nov. 28 (UPI) -- (the date and the agency, no place) */
    private static final Pattern DATE_THEN_AGENCY = Pattern.compile(
            "^" + DATE_PART + "\\s*\\(([A-Z][\\w.&' -]{0,30})\\)\\s*" + DASH + "+\\s*");
    /** (AFP) - */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([A-Z][\\w.&' -]{0,30})\\)\\s*" + DASH + "+\\s*");

    private final Function<String, Optional<String>> knownAgency;

    /** @param knownAgency the canonical name of an agency alias ("IP" → "Iran Press"), when it is one */
    public DatelineParser(Function<String, Optional<String>> knownAgency) {
        this.knownAgency = knownAgency;
    }

    /**
     * False when {@link #AGENCY_BEFORE_DASH} cannot match: it needs a dash followed by whitespace (regex \\s, ASCII),
     * which most paragraphs lack (a hyphen inside a word is no such dash), so the regex is not run on them.
     */
    static boolean hasDashThenSpace(String paragraph) {
        for (int i = 0; i + 1 < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '-' || c == '–' || c == '—') {
                char next = paragraph.charAt(i + 1);
                if (next == ' ' || next == '\t' || next == '\n' || next == '\u000B' || next == '\f' || next == '\r') {
                    return true;
                }
            }
        }
        return false;
    }

    public Optional<Dateline> parse(String paragraph) {
        Optional<Dateline> d = parseRaw(paragraph);
        if (d.isPresent() && d.get().place().endsWith(".") && d.get().place().indexOf('.') == d.get().place().length() - 1) {
            Dateline x = d.get(); // "ASTANA. KAZINFORM –": the full stop parts place and agency
            return Optional.of(new Dateline(x.place().substring(0, x.place().length() - 1), x.agency(), x.rest()));
        }
        return d;
    }

    private Optional<Dateline> parseRaw(String paragraph) {
        // the forms with a bracket or a comma need one early in the paragraph: most paragraphs are ruled out at once
        int paren = paragraph.indexOf('(');
        boolean earlyParen = paren > 0 && paren < 120;
        int comma = paragraph.indexOf(',');
        boolean earlyComma = comma > 0 && comma < 60;
        Matcher m = WITH_AGENCY_IN_PARENS.matcher(paragraph);
        if (earlyParen && m.lookingAt() && hasRest(paragraph, m)
                && (knownAgency.apply(m.group(2).strip()).isPresent() || isCaps(m.group(1)))) {
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), rest(paragraph, m)));
        }
        m = AGENCY_AFTER_DATE.matcher(paragraph);
        if (earlyComma && m.lookingAt() && hasRest(paragraph, m) && knownAgency.apply(m.group(2).strip()).isPresent()) {
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), rest(paragraph, m)));
        }
        m = DATE_THEN_PLACE.matcher(paragraph);
        if (earlyParen && m.lookingAt() && hasRest(paragraph, m) && knownAgency.apply(m.group(1)).isEmpty()) {
            return Optional.of(new Dateline(m.group(1), "", rest(paragraph, m)));
        }
        m = WITH_AGENCY_IN_SLASHES.matcher(paragraph);
        if (paragraph.indexOf('/') > 0 && m.lookingAt() && hasRest(paragraph, m)) { // (the pattern needs a slash)
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), rest(paragraph, m)));
        }
        m = AGENCY_BEFORE_DASH.matcher(paragraph);
        if (hasDashThenSpace(paragraph) && m.lookingAt() && hasRest(paragraph, m) && isCaps(m.group(2))
                && knownAgency.apply(m.group(2)).isPresent()
                && rest(paragraph, m).split(" ").length >= 8) {
            return Optional.of(new Dateline(m.group(1), m.group(2), rest(paragraph, m)));
        }
        int slash = paragraph.indexOf('/');
        if (slash > 0 && slash < 40) {
            m = SLASHED_DATE.matcher(paragraph);
            if (m.lookingAt() && hasRest(paragraph, m) && knownAgency.apply(m.group(2).strip()).isPresent()) {
                return Optional.of(new Dateline(m.group(1), m.group(2).strip(), rest(paragraph, m)));
            }
        }
        m = TREND_STYLE.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m)) {
            String agency = m.group(2) == null ? "" : m.group(2).strip();
            return Optional.of(new Dateline(m.group(1), agency, rest(paragraph, m)));
        }
        m = AGENCY_AFTER_COMMA.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m) && knownAgency.apply(m.group(2).strip()).isPresent()) {
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), rest(paragraph, m)));
        }
        m = CAPS_ONLY.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m) && !isAcronymSentence(m.group(1))
                && !CAPS_KICKER_WORD.matcher(m.group(1)).find()) {
            return Optional.of(new Dateline(m.group(1), "", rest(paragraph, m)));
        }
        m = PLACE_AND_COUNTRY.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m) && COUNTRIES.contains(m.group(2))
                && !COUNTRIES.contains(m.group(1))) {
            return Optional.of(new Dateline(m.group(1) + ", " + m.group(2), "", rest(paragraph, m)));
        }
        m = PLACE_COLON.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m) && !LABELS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                && rest(paragraph, m).split(" ").length >= 12
                && (REPORTS.matcher(paragraph).find() || isKnownPlace(m.group(1)))) {
            return Optional.of(new Dateline(m.group(1), "", rest(paragraph, m)));
        }
        m = AGENCY_ONLY.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m)) {
            String rest = rest(paragraph, m);
            Optional<Dateline> place = parseRaw(rest);
            if (place.isPresent() && place.get().agency().isEmpty() && !place.get().place().isEmpty()) {
                return Optional.of(new Dateline(place.get().place(), m.group(1).strip(), place.get().rest()));
            } // "(ANSA) - ROME, MAR 3 - …": the agency first, then the place
            return Optional.of(new Dateline("", m.group(1).strip(), rest));
        }
        m = DATE_THEN_AGENCY.matcher(paragraph);
        if (m.lookingAt() && hasRest(paragraph, m) && knownAgency.apply(m.group(1).strip()).isPresent()) {
            return Optional.of(new Dateline("", m.group(1).strip(), rest(paragraph, m))); // "Nov. 28 (UPI) --"
        }
        return Optional.empty();
    }

    /**
     * A dateline with its agency on a line of its own, above the body: "Baku, March 17, AZERTAC". The rest is empty.
     */
    public Optional<Dateline> standaloneWithAgency(String line) {
        Matcher m = STANDALONE_WITH_AGENCY.matcher(line.strip());
        if (m.matches() && knownAgency.apply(m.group(2).strip()).isPresent()) {
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), ""));
        }
        return Optional.empty();
    }

    /** The place of a dateline that stands on a line of its own, above the body. */
    public Optional<String> standalone(String line) {
        Matcher own = PLACE_DASH_OUTLET.matcher(line.strip());
        if (own.matches() && knownAgency.apply(own.group(2)).isPresent()) {
            return Optional.of(own.group(1)); // "Riyadh - Asharq Al-Awsat"
        }
        Matcher m = STANDALONE.matcher(line.strip());
        if (!m.matches() || isAcronymSentence(m.group(1))) {
            return Optional.empty();
        }
        String place = m.group(1);
        if (knownAgency.apply(place).isPresent()) {
            return Optional.empty(); // "AFP", "UNB" on a line of their own name the agency, no place
        }
        boolean caps = place.equals(place.toUpperCase(java.util.Locale.ROOT));
        String[] parts = place.split(",\\s*");
        return caps || parts.length == 2 && COUNTRIES.contains(parts[1]) ? Optional.of(place) : Optional.empty();
    }

    private static boolean isCaps(String place) {
        String letters = place.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean hasRest(String paragraph, Matcher m) {
        String rest = paragraph.substring(m.end());
        return rest.length() > 20 && Character.isLetterOrDigit(firstLetter(rest));
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
            if (!isOpeningPunctuation(c)) {
                return c;
            }
        }
        return ' ';
    }

    private static boolean isOpeningPunctuation(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(';
    }

    private static String rest(String paragraph, Matcher m) {
        return paragraph.substring(m.end()).strip();
    }

    /** "NATO - …" or "UPDATE: …" open sentences, not datelines. */
    private static boolean isAcronymSentence(String place) {
        return NOT_PLACES.contains(place.toUpperCase(java.util.Locale.ROOT));
    }

    /** Countries a mixed-case dateline may name after its city ("Tehran, Iran –"). */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of("Iran", "Azerbaijan", "Armenia",
            "Georgia", "Turkey", "Türkiye", "Iraq", "Syria", "Lebanon", "Israel", "Jordan", "Egypt", "Saudi Arabia",
            "Qatar", "Oman", "Kuwait", "Bahrain", "Yemen", "United Arab Emirates", "UAE", "Afghanistan", "Pakistan",
            "India", "China", "Russia", "Ukraine", "Kazakhstan", "Turkmenistan", "Uzbekistan", "Tajikistan",
            "Kyrgyzstan", "Belarus", "Moldova", "France", "Germany", "Austria", "Switzerland", "Belgium",
            "United Kingdom", "UK", "England", "Italy", "Spain", "Greece", "Cyprus", "Hungary", "Poland",
            "United States", "US", "USA", "Canada", "Japan", "Indonesia", "Malaysia", "Libya", "Tunisia", "Algeria",
            "Morocco", "Sudan", "Ethiopia", "Somalia", "Kenya", "Nigeria", "South Africa", "Brazil", "Venezuela",
            "Mexico", "Peru", "Argentina", "Palestine", "Gaza", "West Bank");

    /** True when the text is a city or country a dateline names ("Doha", "New Delhi", "Iran"). */
    public static boolean isKnownPlace(String text) {
        return CITIES.contains(text) || COUNTRIES.contains(text);
    }

    /**
     * Cities that datelines name: capitals and the cities where news agencies and papers keep bureaus. A place in
     * ordinary case ("Doha:", "Doha" on a line of its own) is told from a label by this list.
     */
    private static final java.util.Set<String> CITIES = java.util.Set.of("Tehran", "Baku", "Yerevan", "Tbilisi",
            "Ankara", "Istanbul", "Baghdad", "Erbil", "Basra", "Damascus", "Beirut", "Amman", "Cairo", "Alexandria",
            "Riyadh", "Jeddah", "Doha", "Muscat", "Kuwait City", "Manama", "Abu Dhabi", "Dubai", "Sharjah", "Sanaa",
            "Aden", "Jerusalem", "Tel Aviv", "Ramallah", "Gaza City", "Kabul", "Islamabad", "Karachi", "Lahore",
            "Peshawar", "Quetta", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore",
            "Hyderabad", "Dhaka", "Chittagong", "Kathmandu", "Colombo", "Male", "Thimphu", "Beijing", "Shanghai",
            "Hong Kong", "Guangzhou", "Shenzhen", "Taipei", "Tokyo", "Osaka", "Seoul", "Pyongyang", "Ulaanbaatar",
            "Manila", "Jakarta", "Kuala Lumpur", "Singapore", "Bangkok", "Hanoi", "Ho Chi Minh City", "Phnom Penh",
            "Vientiane", "Yangon", "Naypyidaw", "Canberra", "Sydney", "Melbourne", "Wellington", "Auckland",
            "Moscow", "Saint Petersburg", "St Petersburg", "Kyiv", "Kiev", "Minsk", "Chisinau", "Astana", "Almaty",
            "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "London", "Paris", "Berlin", "Brussels", "Vienna",
            "Geneva", "Zurich", "Bern", "Rome", "Milan", "Madrid", "Barcelona", "Lisbon", "Athens", "Nicosia",
            "Warsaw", "Prague", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Ljubljana", "Sarajevo",
            "Skopje", "Tirana", "Pristina", "Podgorica", "Bratislava", "Vilnius", "Riga", "Tallinn", "Helsinki",
            "Stockholm", "Oslo", "Copenhagen", "Reykjavik", "Dublin", "Amsterdam", "The Hague", "Luxembourg",
            "Frankfurt", "Munich", "Hamburg", "Strasbourg", "Washington", "New York", "Los Angeles", "Chicago",
            "San Francisco", "Houston", "Miami", "Boston", "Ottawa", "Toronto", "Montreal", "Vancouver",
            "Mexico City", "Havana", "Caracas", "Bogota", "Lima", "Quito", "Santiago", "Buenos Aires", "Brasilia",
            "Sao Paulo", "Rio de Janeiro", "Montevideo", "Asuncion", "La Paz", "Tripoli", "Tunis", "Algiers",
            "Rabat", "Casablanca", "Khartoum", "Port Sudan", "Addis Ababa", "Asmara", "Djibouti", "Mogadishu",
            "Nairobi", "Kampala", "Kigali", "Dar es Salaam", "Dodoma", "Lusaka", "Harare", "Pretoria",
            "Johannesburg", "Cape Town", "Abuja", "Lagos", "Accra", "Dakar", "Bamako", "Niamey", "Ouagadougou",
            "Kinshasa", "Luanda", "Maputo", "Antananarivo", "Nouakchott", "N'Djamena", "Yaounde", "Mecca",
            "Medina", "Najaf", "Karbala", "Mosul", "Kirkuk", "Sulaimani", "Aleppo", "Idlib", "Tabriz", "Mashhad",
            "Isfahan", "Shiraz", "Bandar Abbas", "Ganja", "Batumi", "Gyumri", "Herat", "Kandahar", "Mazar-i-Sharif",
            "Chabahar", "Gwadar", "Kochi", "Thiruvananthapuram", "Lucknow", "Patna", "Ahmedabad", "Jaipur", "Pune",
            "Srinagar", "Jammu", "Guwahati", "Vladivostok", "Kazan", "Sochi", "Odesa", "Kharkiv", "Lviv");

    /** Words that open a paragraph with a colon without being a place: "Update: …", "Analysis: …". */
    private static final java.util.Set<String> LABELS = java.util.Set.of("update", "updated", "note", "notice", "editor's note",
            "analysis", "opinion", "comment", "question", "answer", "watch", "read", "read more", "photo", "photos",
            "video", "breaking", "exclusive", "live", "summary", "context", "background", "warning", "correction",
            "clarification", "source", "sources", "disclaimer", "explainer", "quote", "transcript", "interview",
            "reporter", "host", "translation", "caption", "listen", "related", "also", "advertisement", "editor",
            "key points", "what happened", "why it matters", "the bottom line", "first", "second", "finally",
            "meanwhile", "however", "today", "yesterday", "tomorrow", "statement", "details", "timeline");

    private static final List<String> NOT_PLACES = List.of("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "NOTE",
            "EDITOR'S NOTE", "WATCH", "VIDEO", "ANALYSIS", "OPINION", "FILE", "PHOTO", "NATO", "OPEC", "IAEA", "UN",
            "EU", "US", "UK", "SNSC", "IRGC");
}
