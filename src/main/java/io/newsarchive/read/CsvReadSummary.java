package io.newsarchive.read;

/**
 * What reading one CSV article table did, for the build summary.
 *
 * @param source   the file's path under the input folder
 * @param columns  the columns used for each field (empty when the file was skipped before its header)
 * @param rows     data rows read (blank rows not counted)
 * @param articles articles handed out; {@code rows - articles} rows were rejected and reported
 */
public record CsvReadSummary(String source, CsvColumns columns, long rows, long articles) {
}
