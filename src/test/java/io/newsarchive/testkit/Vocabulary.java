package io.newsarchive.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Embedded word lists for a topical (Iran / Caucasus / Caspian) news archive. Every list is ordered from the
 * most to the least common item and sampled with Zipf weights, so a few names, words and phrases dominate
 * the way they do in a real archive where every article names the same countries and leaders.
 *
 * <p>All people are fictional; countries, cities and organisations are real places and bodies used as
 * scenery only.
 */
final class Vocabulary {

    /**
     * Draft text keeps typographic quotes as these Latin-1 control characters, so every intermediate string
     * stays compact (one byte per char); {@link PageRenderer#quotes} turns them into the outlet's quote marks.
     */
    static final char APOS = '\u0092';
    static final char LQUOTE = '\u0093';
    static final char RQUOTE = '\u0094';

    /** Zipf-weighted list: item i has weight 1 / (i + 1)^s. */
    static final class Ranked<T> {
        final List<T> items;
        private final double[] cdf;
        /** guide[k] = first i with cdf[i] >= k / guide.length: O(1) expected sampling. */
        private final int[] guide;

        Ranked(List<T> items, double s) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("empty list");
            }
            this.items = List.copyOf(items);
            this.cdf = new double[items.size()];
            double total = 0;
            for (int i = 0; i < cdf.length; i++) {
                total += 1.0 / Math.pow(i + 1, s);
                cdf[i] = total;
            }
            for (int i = 0; i < cdf.length; i++) {
                cdf[i] /= total;
            }
            cdf[cdf.length - 1] = 1.0;
            guide = new int[cdf.length * 4];
            int i = 0;
            for (int k = 0; k < guide.length; k++) {
                double threshold = (double) k / guide.length;
                while (cdf[i] < threshold) {
                    i++;
                }
                guide[k] = i;
            }
        }

        T pick(Rng r) {
            return items.get(index(r));
        }

        int index(Rng r) {
            double u = r.nextDouble();
            int i = guide[(int) (u * guide.length)];
            while (cdf[i] <= u && i < cdf.length - 1) {
                i++;
            }
            return i;
        }

        int size() {
            return items.size();
        }
    }

    static Ranked<String> ranked(String... words) {
        return new Ranked<>(List.of(words), 1.0);
    }

    /** A verb with the forms the templates need. */
    record Verb(String inf, String past, String ger) {
        static Verb of(String spec) {
            String[] p = spec.split("\\|");
            if (p.length == 3) {
                return new Verb(p[0], p[1], p[2]);
            }
            String inf = p[0];
            String stem = inf.endsWith("e") ? inf.substring(0, inf.length() - 1) : inf;
            return new Verb(inf, stem + "ed", stem + "ing");
        }
    }

    static Ranked<Verb> verbs(String... specs) {
        List<Verb> l = new ArrayList<>();
        for (String s : specs) {
            l.add(Verb.of(s));
        }
        return new Ranked<>(l, 1.0);
    }

    record Country(String name, String adjective, String capital, List<String> cities) {
        String possessive() {
            return name + APOS + "s";
        }
    }

    /**
     * A fictional public figure. {@code title} is used before the name ("Foreign Minister"), {@code role} in
     * apposition ("foreign minister"), {@code shortRole} after an adjective ("the Iranian security chief");
     * the name forms are precomputed.
     */
    record Person(String first, String last, Country country, String title, String role, String shortRole,
                  boolean female, Topic topic, String full, String withTitle, String appositive, String described) {

        static Person of(String first, String last, Country country, String title, String role, String shortRole,
                         boolean female, Topic topic) {
            String full = first + " " + last;
            return new Person(first, last, country, title, role, shortRole, female, topic, full,
                    country.possessive() + " " + title + " " + full,
                    full + ", " + country.possessive() + " " + role,
                    "the " + country.adjective() + " " + shortRole);
        }

        String his() {
            return female ? "her" : "his";
        }

        String he() {
            return female ? "she" : "he";
        }
    }

    enum Topic {
        DIPLOMACY, ENERGY, SECURITY, TRADE, CULTURE;

        String label() {
            String n = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    /** Per-topic lexicon. */
    record Lexicon(Ranked<String> nouns, Ranked<Verb> verbs, Ranked<String> amounts, Ranked<String> crossheads,
                   Ranked<String> projects) {
    }

    // ------------------------------------------------------------------ places

    static final List<Country> COUNTRIES = List.of(
            new Country("Iran", "Iranian", "Tehran", List.of("Tabriz", "Mashhad", "Isfahan", "Shiraz", "Bandar Abbas", "Rasht")),
            new Country("Azerbaijan", "Azerbaijani", "Baku", List.of("Ganja", "Nakhchivan", "Sumgait", "Lankaran", "Shusha")),
            new Country("Turkey", "Turkish", "Ankara", List.of("Istanbul", "Izmir", "Kars")),
            new Country("Russia", "Russian", "Moscow", List.of("Saint Petersburg", "Astrakhan", "Kazan", "Sochi")),
            new Country("Armenia", "Armenian", "Yerevan", List.of("Gyumri", "Meghri")),
            new Country("Georgia", "Georgian", "Tbilisi", List.of("Batumi")),
            new Country("Turkmenistan", "Turkmen", "Ashgabat", List.of("Turkmenbashi")),
            new Country("Kazakhstan", "Kazakh", "Astana", List.of("Almaty", "Aktau")),
            new Country("Iraq", "Iraqi", "Baghdad", List.of("Erbil", "Basra", "Karbala")),
            new Country("Pakistan", "Pakistani", "Islamabad", List.of("Karachi", "Lahore")),
            new Country("China", "Chinese", "Beijing", List.of("Shanghai", "Urumqi")),
            new Country("Qatar", "Qatari", "Doha", List.of()),
            new Country("Oman", "Omani", "Muscat", List.of()),
            new Country("Uzbekistan", "Uzbek", "Tashkent", List.of("Samarkand")),
            new Country("Tajikistan", "Tajik", "Dushanbe", List.of()));

    static final Map<String, Country> COUNTRY_OF_CITY = new HashMap<>();

    static {
        for (Country c : COUNTRIES) {
            COUNTRY_OF_CITY.put(c.capital(), c);
            for (String city : c.cities()) {
                COUNTRY_OF_CITY.put(city, c);
            }
        }
    }

    static Country country(String name) {
        for (Country c : COUNTRIES) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name);
    }

    // ------------------------------------------------------------------ people (fictional)

    static final Ranked<Person> PEOPLE;

    static {
        Object[][] rows = {
                // first, last, country, title, role, shortRole, female, topic
                {"Masoud", "Farahani", "Iran", "President", "president", "president", false, Topic.DIPLOMACY},
                {"Elchin", "Mammadli", "Azerbaijan", "President", "president", "president", false, Topic.DIPLOMACY},
                {"Hossein", "Karimzadeh", "Iran", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Jeyhun", "Aliyarov", "Azerbaijan", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Ali Reza", "Nourbakhsh", "Iran", "Security Council Secretary", "secretary of the Supreme National Security Council", "security chief", false, Topic.SECURITY},
                {"Ramil", "Guliyev", "Azerbaijan", "Security Council Secretary", "secretary of the Security Council", "security chief", false, Topic.SECURITY},
                {"Murat", "Aydemir", "Turkey", "President", "president", "president", false, Topic.DIPLOMACY},
                {"Javad", "Sadeghpour", "Iran", "Oil Minister", "oil minister", "oil minister", false, Topic.ENERGY},
                {"Parviz", "Shahbazli", "Azerbaijan", "Energy Minister", "energy minister", "energy minister", false, Topic.ENERGY},
                {"Sergey", "Morozov", "Russia", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Reza", "Ahmadvand", "Iran", "Defence Minister", "defence minister", "defence minister", false, Topic.SECURITY},
                {"Zakir", "Hasanzade", "Azerbaijan", "Defence Minister", "defence minister", "defence minister", false, Topic.SECURITY},
                {"Aram", "Hakobyan", "Armenia", "Prime Minister", "prime minister", "prime minister", false, Topic.DIPLOMACY},
                {"Shahin", "Mustafazade", "Azerbaijan", "Deputy Prime Minister", "deputy prime minister", "deputy premier", false, Topic.TRADE},
                {"Mehdi", "Safavi", "Iran", "Roads Minister", "minister of roads and urban development", "roads minister", false, Topic.TRADE},
                {"Zahra", "Moradi", "Iran", "Culture Minister", "culture minister", "culture minister", true, Topic.CULTURE},
                {"Anar", "Suleymanli", "Azerbaijan", "Culture Minister", "culture minister", "culture minister", false, Topic.CULTURE},
                {"Selim", "Karaca", "Turkey", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Viktor", "Sokolov", "Russia", "President", "president", "president", false, Topic.DIPLOMACY},
                {"Tural", "Rzayev", "Azerbaijan", "Ambassador", "ambassador to Iran", "ambassador", false, Topic.DIPLOMACY},
                {"Kazem", "Rahmanian", "Iran", "Ambassador", "ambassador to Azerbaijan", "ambassador", false, Topic.DIPLOMACY},
                {"Nasser", "Shirazi", "Iran", "Foreign Ministry Spokesman", "foreign ministry spokesman", "spokesman", false, Topic.DIPLOMACY},
                {"Aysel", "Huseynova", "Azerbaijan", "Foreign Ministry Spokeswoman", "foreign ministry spokeswoman", "spokeswoman", true, Topic.DIPLOMACY},
                {"Davit", "Sargsyan", "Armenia", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Samir", "Novruzov", "Azerbaijan", "Economy Minister", "economy minister", "economy minister", false, Topic.TRADE},
                {"Mohsen", "Rezvani", "Iran", "Parliament Speaker", "parliament speaker", "parliament speaker", false, Topic.DIPLOMACY},
                {"Abbas", "Heydari", "Iran", "Deputy Foreign Minister", "deputy foreign minister", "deputy foreign minister", false, Topic.DIPLOMACY},
                {"Alexander", "Volkov", "Russia", "Deputy Prime Minister", "deputy prime minister", "deputy premier", false, Topic.ENERGY},
                {"Ayse", "Demirtas", "Turkey", "Trade Minister", "trade minister", "trade minister", true, Topic.TRADE},
                {"Berdy", "Annayev", "Turkmenistan", "President", "president", "president", false, Topic.ENERGY},
                {"Nurlan", "Seitkali", "Kazakhstan", "President", "president", "president", false, Topic.TRADE},
                {"Giorgi", "Beridze", "Georgia", "Prime Minister", "prime minister", "prime minister", false, Topic.TRADE},
                {"Fuad", "Hamid", "Iraq", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Mustafa", "al-Jabouri", "Iraq", "Prime Minister", "prime minister", "prime minister", false, Topic.SECURITY},
                {"Tariq", "Mahmood", "Pakistan", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Wang", "Lei", "China", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.TRADE},
                {"Khalid", "Al Mansouri", "Qatar", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Nikolai", "Belov", "Russia", "Energy Minister", "energy minister", "energy minister", false, Topic.ENERGY},
                {"Daniyar", "Abenov", "Kazakhstan", "Energy Minister", "energy minister", "energy minister", false, Topic.ENERGY},
                {"Leyla", "Abbasova", "Azerbaijan", "Education Minister", "education minister", "education minister", true, Topic.CULTURE},
                {"Hamid", "Tavakoli", "Iran", "Economy Minister", "economy minister", "economy minister", false, Topic.TRADE},
                {"Badr", "Al Harthy", "Oman", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.DIPLOMACY},
                {"Bakhrom", "Yusupov", "Uzbekistan", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.TRADE},
                {"Sirojiddin", "Rahimov", "Tajikistan", "Foreign Minister", "foreign minister", "foreign minister", false, Topic.CULTURE},
                {"Shahid", "Rana", "Pakistan", "Prime Minister", "prime minister", "prime minister", false, Topic.SECURITY},
                {"Li", "Chen", "China", "Vice Premier", "vice premier", "vice premier", false, Topic.ENERGY},
                {"Kamal", "Ebadi", "Iran", "Army Chief", "chief of staff of the armed forces", "army chief", false, Topic.SECURITY},
                {"Rashad", "Ismayilzade", "Azerbaijan", "Transport Minister", "digital development and transport minister", "transport minister", false, Topic.TRADE},
                {"Fatemeh", "Jafari", "Iran", "Tourism Minister", "minister of cultural heritage and tourism", "tourism minister", true, Topic.CULTURE},
                {"Emre", "Kaplan", "Turkey", "Energy Minister", "energy minister", "energy minister", false, Topic.ENERGY},
                {"Ruben", "Avetisyan", "Armenia", "Security Council Secretary", "secretary of the Security Council", "security chief", false, Topic.SECURITY},
                {"Oleg", "Pavlov", "Russia", "Deputy Foreign Minister", "deputy foreign minister", "deputy foreign minister", false, Topic.SECURITY},
        };
        List<Person> people = new ArrayList<>();
        for (Object[] r : rows) {
            people.add(Person.of((String) r[0], (String) r[1], country((String) r[2]), (String) r[3], (String) r[4],
                    (String) r[5], (Boolean) r[6], (Topic) r[7]));
        }
        PEOPLE = new Ranked<>(people, 1.05);
    }

    /** Reporters, editors, staff: fictional first and last names combined. */
    static final Ranked<String> FIRST_NAMES = ranked("Nailia", "Parisa", "Orhan", "Maria", "John", "Elif", "Ahmad",
            "Lamiya", "Dmitry", "Sara", "Kamran", "Laura", "Farid", "Jonathan", "Gulnara", "Yusuf", "Nadia", "Peter",
            "Arash", "Olga", "Tom", "Shirin", "Rauf", "Anna", "David", "Leila", "Michael", "Zeynep", "Ramin", "Alexander");
    static final Ranked<String> LAST_NAMES = ranked("Bagirova", "Hafezi", "Coskun", "Tsvetkova", "Irish", "Gumrukcu",
            "Rahimi", "Mammadova", "Antonov", "Hamidi", "Huseynli", "Clarke", "Nazarov", "Landay", "Ismayilova", "Demir",
            "Karimi", "Graff", "Sadeghi", "Sokolova", "Perry", "Ebrahimi", "Aliyev", "Holmes", "Brunnstrom", "Tabrizi",
            "Georgy", "Akbari", "Evans", "Yilmaz");

    // ------------------------------------------------------------------ organisations and sources

    static final Ranked<String> ORGS = ranked("the Economic Cooperation Organization",
            "the Shanghai Cooperation Organisation", "the United Nations", "the Organization of Islamic Cooperation",
            "the European Union", "the International Atomic Energy Agency", "OPEC", "the Caspian Economic Forum",
            "the Eurasian Economic Union", "the Collective Security Treaty Organization", "the World Bank",
            "the BRICS group", "the International Monetary Fund", "UNESCO", "the Islamic Development Bank",
            "the Asian Development Bank");

    static final Ranked<String> SOURCES = ranked("state media", "local media", "a statement released after the talks",
            "the official news agency", "a government statement", "diplomatic sources", "a presidential statement",
            "officials familiar with the talks", "the ministry" + APOS + "s website", "a readout of the meeting",
            "the state broadcaster", "informed sources");

    // ------------------------------------------------------------------ general language

    static final Ranked<String> ADJECTIVES = ranked("bilateral", "regional", "new", "joint", "economic", "political",
            "mutual", "strategic", "comprehensive", "long-term", "close", "friendly", "important", "practical",
            "significant", "fraternal", "key", "further", "historic", "peaceful", "constructive", "common", "major",
            "broader", "sustainable", "effective", "concrete", "positive", "serious", "tangible", "existing",
            "growing", "unprecedented", "lasting", "balanced");

    /** Nouns that read well in "the X of …". */
    static final Ranked<String> OF_NOUNS = ranked("development", "expansion", "importance", "implementation",
            "future", "level", "role", "scope", "state", "prospects", "details", "outcome", "results", "issue",
            "progress", "question", "significance", "status", "timing", "terms");

    /** Nouns that read well in "new X in …". */
    static final Ranked<String> IN_NOUNS = ranked("opportunities", "progress", "steps", "efforts", "potential",
            "interest", "achievements", "challenges", "developments", "investment", "prospects", "momentum");

    /** Adjectives used predicatively: "seen as vital for …". */
    static final Ranked<String> PREDICATIVES = ranked("vital", "crucial", "essential", "key", "important",
            "a priority", "a test", "a cornerstone", "a turning point", "decisive", "central");

    static final Ranked<Verb> GENERAL_VERBS = verbs("expand", "discuss", "strengthen", "develop", "boost",
            "promote", "review", "deepen", "support", "implement", "sign|signed|signing", "improve", "enhance",
            "address|addressed|addressing", "facilitate", "resolve", "accelerate", "launch|launched|launching",
            "finalize", "examine", "welcome", "increase", "restore", "coordinate", "secure", "protect", "explore",
            "revive", "complete", "upgrade", "broaden|broadened|broadening", "assess|assessed|assessing",
            "consolidate", "advance", "prioritize");

    static final Ranked<String> REPORTING = ranked("said", "added", "stressed", "noted", "stated", "emphasized",
            "underlined", "highlighted", "pointed out", "told reporters", "explained", "insisted");

    static final Ranked<String> MODALS = ranked("will", "would", "could", "should", "must", "can", "might");

    static final Ranked<String> TIMES = ranked("in recent years", "over the past decade", "in the coming months",
            "last year", "since 2020", "in recent months", "over the past three decades", "by the end of the year",
            "in the first half of the year", "earlier this month", "last month", "this year",
            "since the collapse of the Soviet Union", "over the past few weeks", "in the near future");

    static final Ranked<String> PLACES_PP = ranked("in the region", "in all fields", "at the highest level",
            "along the common border", "in the South Caucasus", "in the Caspian region", "across the region",
            "on the international stage", "in various sectors", "in the wider region");

    static final Ranked<String> CONNECTIVES = ranked("Meanwhile,", "However,", "In addition,", "Earlier,",
            "Separately,", "At the same time,", "According to officials,", "In recent years,", "Elsewhere,",
            "Last month,", "In a separate development,", "Despite this,");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    static final Map<Topic, Lexicon> LEXICON = new HashMap<>();

    static {
        LEXICON.put(Topic.DIPLOMACY, lexicon(
                ranked("relations", "bilateral ties", "cooperation", "talks", "dialogue", "political consultations",
                        "regional stability", "good-neighbourly relations", "the peace process", "mutual respect",
                        "consular affairs", "the joint commission", "the strategic partnership",
                        "regional developments", "the visa regime", "the normalisation process",
                        "territorial integrity", "diplomatic contacts", "the border delimitation talks",
                        "the 3+3 regional format"),
                verbs("expand", "discuss", "strengthen", "deepen", "review", "promote", "restore", "normalize",
                        "revive", "upgrade"),
                ranked("{n} agreements", "{n} documents", "{n} memorandums of understanding", "{n} rounds of talks",
                        "{n} official visits"),
                ranked("Regional developments", "Political ties", "Road to normalisation", "{A}-{B} ties",
                        "Background", "What comes next", "{CA}-{CB} tensions", "Diplomatic push"),
                ranked("the joint economic commission", "the 3+3 regional platform", "the peace agreement",
                        "the consular agreement", "the roadmap for bilateral relations")));
        LEXICON.put(Topic.ENERGY, lexicon(
                ranked("gas supplies", "energy cooperation", "oil production", "electricity exports",
                        "the gas swap deal", "the power grid", "renewable energy", "oil prices", "gas transit",
                        "refining capacity", "the energy market", "hydropower projects", "oil exports",
                        "gas reserves", "the pipeline network", "energy security", "power plants",
                        "offshore drilling"),
                verbs("expand", "increase", "boost", "secure", "develop", "finalize", "resume", "double", "supply|supplied|supplying",
                        "connect"),
                ranked("{n} billion cubic meters of gas", "{n} megawatts of electricity", "{n} barrels per day",
                        "{n} million tons of oil products", "{n} percent of its gas needs"),
                ranked("Energy cooperation", "Gas swap", "Oil market", "Power links", "Energy security",
                        "Caspian resources"),
                ranked("the South Pars gas field", "the Shah Deniz field", "the Trans-Caspian pipeline",
                        "the Khoda Afarin dam", "the Astara power line", "the Caspian Sea shelf",
                        "the Turkmen gas swap")));
        LEXICON.put(Topic.SECURITY, lexicon(
                ranked("border security", "military cooperation", "joint military exercises",
                        "the fight against terrorism", "drug trafficking", "regional security", "defence ties",
                        "the ceasefire", "border guards", "intelligence sharing", "security threats",
                        "the armed forces", "air defence", "counter-terrorism operations", "the security situation",
                        "arms control", "foreign interference", "organized crime"),
                verbs("strengthen", "discuss", "coordinate", "counter", "prevent", "monitor", "ensure", "combat",
                        "hold|held|holding", "tighten"),
                ranked("{n} troops", "{n} kilometers of border", "{n} military units", "{n} border posts",
                        "{n} drones"),
                ranked("Common security threats", "Border tensions", "Military drills", "{CA}-{CB} tensions",
                        "Security cooperation", "Foreign interference"),
                ranked("the Aras river border", "the Nakhchivan exclave", "the Zangezur corridor",
                        "the Astara border crossing", "the Caspian Sea", "the Strait of Hormuz")));
        LEXICON.put(Topic.TRADE, lexicon(
                ranked("trade turnover", "the transit route", "customs procedures", "bilateral trade",
                        "the rail link", "investment", "transport corridors", "the free trade zone", "banking ties",
                        "exports", "the logistics sector", "joint ventures", "tariffs", "the customs terminal",
                        "non-oil exports", "cargo transit", "economic cooperation", "the road bridge"),
                verbs("expand", "increase", "boost", "facilitate", "launch|launched|launching", "build|built|building",
                        "simplify", "remove|removed|removing", "open|opened|opening", "double"),
                ranked("${n} billion", "{n} million tons of cargo", "${n} million", "{n} percent",
                        "{n} trucks a day"),
                ranked("Trade and transit", "Transit corridors", "Economic ties", "Customs and tariffs",
                        "The North-South route", "Investment plans"),
                ranked("the North-South Transport Corridor", "the Astara-Rasht railway", "the Aras corridor",
                        "the Zangezur corridor", "the Astara road bridge", "the Middle Corridor")));
        LEXICON.put(Topic.CULTURE, lexicon(
                ranked("cultural ties", "the film festival", "cultural heritage", "academic exchanges", "tourism",
                        "the book fair", "the exhibition", "historical monuments", "the cultural week",
                        "student exchanges", "the literary tradition", "religious tourism", "handicrafts",
                        "museum cooperation", "the music festival", "the translation programme"),
                verbs("promote", "celebrate", "preserve", "restore", "organize", "host|hosted|hosting", "showcase",
                        "revive", "introduce|introduced|introducing", "support"),
                ranked("{n} films", "{n} artists", "{n} students", "{n} tourists", "{n} manuscripts"),
                ranked("Cultural ties", "Shared heritage", "Tourism", "Academic exchanges", "Common roots"),
                ranked("the Nizami Ganjavi festival", "the Tabriz carpet museum", "the Novruz celebrations",
                        "the Silk Road heritage programme", "the Caspian film week")));
    }

    /** Topic nouns and verbs are flatter than Zipf 1.0 so one article does not repeat one term endlessly. */
    private static Lexicon lexicon(Ranked<String> nouns, Ranked<Verb> verbs, Ranked<String> amounts,
                                   Ranked<String> crossheads, Ranked<String> projects) {
        return new Lexicon(new Ranked<>(nouns.items, 0.5), new Ranked<>(verbs.items, 0.6), amounts, crossheads,
                projects);
    }

    /**
     * The long tail: modifier + head noun phrases ("wheat shipments", "fibre-optic links"). Each event draws a
     * few as its own details, which gives its reports distinctive words the way real events have them.
     */
    static final Ranked<String> DETAIL_MODIFIERS = ranked("rail", "port", "customs", "cargo", "wheat", "visa",
            "banking", "steel", "water", "fuel", "border", "electricity", "petrochemical", "pilgrim", "textile",
            "insurance", "fibre-optic", "satellite", "fishing", "pharmaceutical", "agricultural", "grain", "cement",
            "automotive", "airline", "shipping", "digital", "medical", "mining", "carpet", "highway", "currency",
            "drone", "naval", "housing", "solar", "wind", "hydrogen", "freight", "software", "dairy", "fruit",
            "tea", "cotton", "fertilizer", "copper", "aluminium", "railway-gauge", "ferry", "airport", "refinery",
            "wagon", "truck", "container", "seed", "irrigation", "earthquake-relief", "flood-control", "vaccine",
            "hospital", "university", "museum", "translation", "broadcasting", "printing", "glass", "tile",
            "saffron", "caviar", "pistachio", "silk", "leather", "tyre", "turbine", "transformer", "cable",
            "telecom", "postal", "weather-monitoring", "seismic", "desalination", "lithium");

    static final Ranked<String> DETAIL_HEADS = ranked("projects", "shipments", "exports", "links", "rules",
            "facilities", "imports", "quotas", "permits", "investments", "routes", "terminals", "networks",
            "licences", "standards", "contracts", "tenders", "zones", "flights", "programmes", "companies",
            "workers", "experts", "delegations", "tariffs", "payments", "loans", "plants", "corridors", "fairs",
            "inspections", "subsidies", "reserves", "deliveries", "capacity", "prices", "supply chains",
            "joint stock companies", "production lines", "training courses", "pilot schemes", "warehouses",
            "checkpoints", "consortiums", "feasibility studies");

    static final Ranked<String> QUOTE_OPENERS = ranked("We", "Our country", "The Islamic Republic", "Our government",
            "Our side", "Both countries", "The two nations", "Our neighbours");

    // ------------------------------------------------------------------ outlets

    /**
     * Agencies as (display name = canonical credit, tag printed in leads, house lead variant: index into the
     * style's lead patterns, e.g. AP's "TEHRAN, Iran (AP) — " rather than Reuters' "BAKU, Oct 20 (Reuters) - ").
     */
    static final String[][] AGENCIES = {
            {"Reuters", "Reuters", "0"}, {"Iran Press", "IP", "0"}, {"Associated Press", "AP", "1"},
            {"IRNA", "IRNA", "1"}, {"AFP", "AFP", "0"}, {"Trend", "Trend", "1"}, {"Mehr News Agency", "Mehr", "0"},
            {"APA", "APA", "1"}, {"Tasnim News Agency", "Tasnim", "0"}, {"Anadolu Agency", "AA", "1"},
            {"Xinhua", "Xinhua", "0"}, {"Azertac", "AZERTAC", "1"}, {"Fars News Agency", "Fars", "0"},
            {"TASS", "TASS", "0"}, {"ISNA", "ISNA", "1"}, {"ANI", "ANI", "1"}};

    /** Agencies whose own copy uses the international wire layout; the rest use the tag layout. */
    static final List<String> WIRE_AGENCIES = List.of("Reuters", "Associated Press", "AFP", "Anadolu Agency",
            "Xinhua", "TASS", "ANI");

    static final String[] PAPER_PREFIX = {"Tehran", "Caspian", "Baku", "Caucasus", "Persian Gulf", "Eurasia",
            "Tabriz", "Silk Road", "Anatolia", "Ganja", "Nakhchivan", "Isfahan", "Mashhad", "Aras", "Shiraz",
            "Ankara", "Yerevan", "Tbilisi", "Gilan", "Khazar"};
    static final String[] PAPER_SUFFIX = {"Times", "Herald", "Observer", "Post", "Tribune", "Monitor", "Daily",
            "Chronicle", "Review", "Courier", "Gazette", "Voice", "Dispatch", "Mirror", "Front Page", "Insider"};
    static final Map<String, String> PREFIX_CITY = Map.ofEntries(
            Map.entry("Tehran", "Tehran"), Map.entry("Caspian", "Baku"), Map.entry("Baku", "Baku"),
            Map.entry("Caucasus", "Tbilisi"), Map.entry("Persian Gulf", "Tehran"), Map.entry("Eurasia", "Ankara"),
            Map.entry("Tabriz", "Tabriz"), Map.entry("Silk Road", "Tashkent"), Map.entry("Anatolia", "Ankara"),
            Map.entry("Ganja", "Ganja"), Map.entry("Nakhchivan", "Nakhchivan"), Map.entry("Isfahan", "Isfahan"),
            Map.entry("Mashhad", "Mashhad"), Map.entry("Aras", "Tabriz"), Map.entry("Shiraz", "Shiraz"),
            Map.entry("Ankara", "Ankara"), Map.entry("Yerevan", "Yerevan"), Map.entry("Tbilisi", "Tbilisi"),
            Map.entry("Gilan", "Rasht"), Map.entry("Khazar", "Baku"));
    static final Map<String, String> AGENCY_CITY = Map.ofEntries(
            Map.entry("Reuters", "Dubai"), Map.entry("Iran Press", "Tehran"), Map.entry("Associated Press", "Tehran"),
            Map.entry("IRNA", "Tehran"), Map.entry("AFP", "Tehran"), Map.entry("Trend", "Baku"),
            Map.entry("Mehr News Agency", "Tehran"), Map.entry("APA", "Baku"), Map.entry("Tasnim News Agency", "Tehran"),
            Map.entry("Anadolu Agency", "Ankara"), Map.entry("Xinhua", "Beijing"), Map.entry("Azertac", "Baku"),
            Map.entry("Fars News Agency", "Tehran"), Map.entry("TASS", "Moscow"), Map.entry("ISNA", "Tehran"),
            Map.entry("ANI", "Islamabad"));

    private Vocabulary() {
    }
}
