package io.newsarchive.model;

import java.util.List;
import java.util.Objects;

/**
 * What identifies one outlet's copy: other names it goes by (also as an agency credit, "IP" for Iran Press), its
 * web domains, and signs — text or patterns that appear in copies taken from its pages.
 *
 * @param signs  literal text, or {@code re:} followed by a Java regular expression, matched against single lines
 * @param agency a news agency: its name in a dateline or credit line makes it an article's credit
 */
public record OutletProfile(Outlet outlet, List<String> aliases, List<String> domains, List<String> signs,
                            boolean agency) {
    public OutletProfile {
        Objects.requireNonNull(outlet, "outlet");
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        signs = List.copyOf(signs);
    }
}
