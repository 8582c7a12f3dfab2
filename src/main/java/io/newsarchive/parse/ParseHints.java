package io.newsarchive.parse;

/**
 * What the parser is told about a file besides its text.
 *
 * @param id     the article id to give it
 * @param source its path under the input folder
 * @param folder the folder it was filed in (a hint for the outlet), or empty
 */
public record ParseHints(String id, String source, String folder) {
}
