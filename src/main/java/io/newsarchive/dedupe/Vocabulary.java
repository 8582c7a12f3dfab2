package io.newsarchive.dedupe;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The archive's terms as ids, so vectors are arrays of ints and doubles rather than maps of strings. Ids follow
 * alphabetical order, not the order threads met the terms in, so every run gives every term the same id.
 *
 * @param ids  for each article, the id of each of its terms (in the order of {@link EventTerms.Counted#terms})
 * @param df   for each term id, the number of articles that use the term
 */
record Vocabulary(int[][] ids, int[] df) {
    static Vocabulary of(EventTerms.Counted[] articles, ForkJoinPool pool) {
        int n = articles.length;
        // Provisional ids in whatever order the threads meet the terms; renumbered alphabetically below.
        Map<String, Integer> provisional = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] ids = new int[n][];
        PoolTasks.run(pool, () -> IntStream.range(0, n).parallel().forEach(i -> {
            String[] terms = articles[i].terms();
            ids[i] = new int[terms.length];
            for (int t = 0; t < terms.length; t++) {
                Integer id = provisional.get(terms[t]);
                ids[i][t] = id != null ? id : provisional.computeIfAbsent(terms[t], k -> next.getAndIncrement());
            }
        }));
        String[] alphabetical = provisional.keySet().toArray(String[]::new);
        Arrays.sort(alphabetical);
        int[] renumber = new int[alphabetical.length];
        for (int id = 0; id < alphabetical.length; id++) {
            renumber[provisional.get(alphabetical[id])] = id;
        }
        int[] df = new int[alphabetical.length];
        for (int[] terms : ids) {
            for (int t = 0; t < terms.length; t++) {
                terms[t] = renumber[terms[t]];
                df[terms[t]]++;
            }
        }
        return new Vocabulary(ids, df);
    }
}
