package io.newsarchive.site;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.newsarchive.model.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a syndicated copy changed against the version it copies, for readers: the headline, and paragraph by
 * paragraph what was added, cut or edited. An edited paragraph shows only its changed words with a few words of
 * context on each side ("…" for the rest); an added or cut paragraph, or a long run of changed words, shows its
 * first words (the whole text is on its version's page). Runs of unchanged paragraphs are counted, not repeated.
 */
final class VersionDiff {
    /** Unchanged words shown on each side of a change in an edited paragraph. */
    static final int CONTEXT_WORDS = 4;
    /** Words an added or cut paragraph is shortened to, when it is longer by a few. */
    static final int OPENING_WORDS = 12;
    static final String ELIDED = "…";

    private VersionDiff() {
    }

    static Map<String, Object> of(Article original, Article copy) {
        List<String> from = blocks(original);
        List<String> to = blocks(copy);
        List<Map<String, Object>> out = new ArrayList<>();
        int added = 0;
        int cut = 0;
        int edited = 0;
        int at = 0;
        int skipped = commonStart(from, to);
        for (AbstractDelta<String> delta : diffAfter(skipped, from, to)) {
            int position = skipped + delta.getSource().getPosition();
            if (position > at) {
                out.add(same(position - at));
            }
            List<String> old = delta.getSource().getLines();
            List<String> now = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                int pairs = Math.min(old.size(), now.size());
                for (int i = 0; i < pairs; i++) {
                    Optional<Map<String, Object>> edit = edit(old.get(i), now.get(i));
                    if (edit.isPresent()) {
                        out.add(edit.get());
                        edited++;
                    } else {
                        out.add(block("cut", old.get(i)));
                        out.add(block("added", now.get(i)));
                        cut++;
                        added++;
                    }
                }
                for (int i = pairs; i < old.size(); i++) {
                    out.add(block("cut", old.get(i)));
                    cut++;
                }
                for (int i = pairs; i < now.size(); i++) {
                    out.add(block("added", now.get(i)));
                    added++;
                }
            } else if (delta.getType() == DeltaType.DELETE) {
                for (String line : old) {
                    out.add(block("cut", line));
                    cut++;
                }
            } else if (delta.getType() == DeltaType.INSERT) {
                for (String line : now) {
                    out.add(block("added", line));
                    added++;
                }
            }
            at = position + old.size();
        }
        if (from.size() > at) {
            out.add(same(from.size() - at));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headlineChanged", !original.headline().equals(copy.headline()));
        m.put("oldHeadline", original.headline());
        m.put("newHeadline", copy.headline());
        m.put("added", added);
        m.put("cut", cut);
        m.put("edited", edited);
        m.put("identical", added + cut + edited == 0);
        m.put("blocks", out);
        return m;
    }

    private static List<String> blocks(Article a) {
        return a.body().stream().map(b -> b.isCrosshead() ? "## " + b.text() : b.text()).toList();
    }

    private static Map<String, Object> same(int count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "same");
        m.put("count", count);
        return m;
    }

    private static Map<String, Object> block(String kind, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("text", kind.equals("edited") ? text : opening(text));
        return m;
    }

    /** A paragraph's first words and "…", when it has a few more than those; else the whole paragraph. */
    static String opening(String text) {
        // as text.split(" ") counts words (trailing empty ones dropped) and joins the first ones again, without
        // splitting a whole paragraph to keep twelve words
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return text; // split gives no words at all
        }
        int spaces = 0;
        int cut = -1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
                if (spaces == OPENING_WORDS) {
                    cut = i;
                }
            }
        }
        if (spaces + 1 <= OPENING_WORDS + 3) {
            return text;
        }
        return text.substring(0, cut) + " " + ELIDED;
    }

    /**
     * The unchanged words between two changes (or before the first, or after the last), cut to the
     * {@value #CONTEXT_WORDS} words next to each change with "…" for the words left out.
     */
    static String context(List<String> words, boolean changeBefore, boolean changeAfter) {
        int n = words.size();
        int head = changeBefore ? CONTEXT_WORDS : 0;
        int tail = changeAfter ? CONTEXT_WORDS : 0;
        if (!changeBefore && !changeAfter || n <= head + tail + 1) {
            return String.join(" ", words); // eliding a word or none saves nothing
        }
        List<String> out = new ArrayList<>(words.subList(0, head));
        out.add(ELIDED);
        out.addAll(words.subList(n - tail, n));
        return String.join(" ", out);
    }

    /**
     * An edited paragraph: its words, each equal, inserted or deleted, a long run of inserted or deleted words
     * shortened to its first words; empty when the two share fewer than half the words of the shorter, which reads
     * better as one paragraph cut and another added (the copy's paragraphs are paired with the original's in order,
     * so a rewritten or moved paragraph meets one it has little to do with). A sentence added to a paragraph keeps
     * it an edit.
     */
    private static Optional<Map<String, Object>> edit(String old, String now) {
        List<String> a = List.of(old.split(" "));
        List<String> b = List.of(now.split(" "));
        List<Map<String, Object>> words = new ArrayList<>();
        int skipped = commonStart(a, b);
        List<AbstractDelta<String>> deltas;
        try {
            deltas = diffAfter(skipped, a, b, Math.max(a.size(), b.size()));
        } catch (TooDifferent e) {
            return Optional.empty();
        }
        int kept = a.size() - deltas.stream().mapToInt(d -> d.getSource().getLines().size()).sum();
        if (2 * kept < Math.min(a.size(), b.size())) {
            return Optional.empty();
        }
        int at = 0;
        boolean changed = false;
        for (AbstractDelta<String> d : deltas) {
            int position = skipped + d.getSource().getPosition();
            if (position > at) {
                words.add(word("equal", context(a.subList(at, position), changed, true)));
            }
            changed = true;
            if (!d.getSource().getLines().isEmpty()) {
                words.add(word("delete", opening(String.join(" ", d.getSource().getLines()))));
            }
            if (!d.getTarget().getLines().isEmpty()) {
                words.add(word("insert", opening(String.join(" ", d.getTarget().getLines()))));
            }
            at = position + d.getSource().getLines().size();
        }
        if (a.size() > at) {
            words.add(word("equal", context(a.subList(at, a.size()), changed, false)));
        }
        Map<String, Object> m = block("edited", now);
        m.put("words", words);
        return Optional.of(m);
    }

    /** How many items the two lists start with alike. */
    static int commonStart(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        int i = 0;
        while (i < n && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * Myers's diff of what follows the first {@code skipped} items (positions count from there). The same deltas
     * as diffing the whole lists: the library's greedy Myers walks the common start as its first snake, which
     * every later path extends, and its choices after that depend only on what follows. Most copies share most of
     * their text, so this spares the diff its longest walk and the paths it keeps.
     */
    static List<AbstractDelta<String>> diffAfter(int skipped, List<String> a, List<String> b) {
        if (skipped == a.size() && skipped == b.size()) {
            return List.of();
        }
        return DiffUtils.diff(a.subList(skipped, a.size()), b.subList(skipped, b.size())).getDeltas();
    }

    /**
     * Like {@link #diffAfter(int, List, List)}, but gives up with {@link TooDifferent} once the edit script is known
     * to be longer than {@code maxEdits}. Myers tries edit counts in increasing order and reports each before
     * trying it, so reaching one beyond the limit proves the shortest script exceeds it. For two word lists, more
     * than max(a, b) edits means fewer kept words than half the shorter list (kept = (a + b - edits) / 2): a
     * paragraph shown as cut and added, whose costliest part of the diff is thus skipped.
     */
    static List<AbstractDelta<String>> diffAfter(int skipped, List<String> a, List<String> b, int maxEdits) {
        if (skipped == a.size() && skipped == b.size()) {
            return List.of();
        }
        DiffAlgorithmListener limit = new DiffAlgorithmListener() {
            @Override
            public void diffStart() {
            }

            @Override
            public void diffStep(int edits, int max) {
                if (edits > maxEdits) {
                    throw new TooDifferent();
                }
            }

            @Override
            public void diffEnd() {
            }
        };
        return DiffUtils.diff(a.subList(skipped, a.size()), b.subList(skipped, b.size()), limit).getDeltas();
    }

    /** Two texts whose diff would be longer than asked for. */
    static final class TooDifferent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDifferent() {
            super("too different", null, false, false); // control flow: no stack trace to fill in
        }
    }

    private static Map<String, Object> word(String op, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("text", text);
        return m;
    }
}
