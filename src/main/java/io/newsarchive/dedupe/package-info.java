/** Stories from articles: syndicated copies folded together, reports of one event grouped, a canonical version chosen. */
package io.newsarchive.dedupe;
