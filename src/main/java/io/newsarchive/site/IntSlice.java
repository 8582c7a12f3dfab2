package io.newsarchive.site;

/**
 * A run of an int array, {@code values[from..to)}, as an input a fingerprint takes ({@link ModelFingerprint}): a
 * search term's list of articles, digested as numbers without copying it or writing it out as text.
 */
record IntSlice(int[] values, int from, int to) {
}
