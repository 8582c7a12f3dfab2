/**
 * The build's memory between runs: parsed articles keyed by their file's size and modification time, and the
 * story grouping keyed by a digest of every article. Versioned by a digest of the tool's own code and the settings
 * that shape the result, so a stale or corrupt cache is ignored, never trusted. Depends on the model, the dedupe
 * stage's result types and {@code write}'s atomic file writer.
 */
package io.newsarchive.cache;
