package io.newsarchive.parse;

import io.newsarchive.model.MetadataOverride;

/**
 * What the parser is told about a file besides its text.
 *
 * @param id       the article id to give it
 * @param source   its path under the input folder
 * @param folder   the folder it was filed in (a hint for the outlet), or empty
 * @param override what the user's manifest says about it; its values beat the parser's
 */
public record ParseHints(String id, String source, String folder, MetadataOverride override) {
    public ParseHints(String id, String source, String folder) {
        this(id, source, folder, MetadataOverride.none(source));
    }
}
