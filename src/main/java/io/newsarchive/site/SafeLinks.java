package io.newsarchive.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Only http and https links leave the archive; anything else ("javascript:", "data:") is dropped. */
public final class SafeLinks {
    private SafeLinks() {
    }

    /** The address if it is a well-formed absolute http(s) URL, else empty. */
    public static String httpOrEmpty(String url) {
        String u = url.strip();
        if (u.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return "";
        }
        return "";
    }
}
