package io.newsarchive.site;

import io.newsarchive.model.BodyBlock;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An article's body as templates see it, one {@code {kind, text}} map per block, made block by block as a template
 * reads it. Most pages of a rebuild are not rendered, only fingerprinted: {@link ModelFingerprint} digests the
 * blocks' UTF-8 bytes from here, so the text kept as UTF-8 is not decoded into strings (and encoded back) for pages
 * that are kept. A story page holds every version's body and shows only one.
 */
final class BodyModel extends AbstractList<Map<String, Object>> implements RandomAccess {
    private static final String[] KIND_NAMES = kindNames();

    private final List<BodyBlock> blocks;

    BodyModel(List<BodyBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    List<BodyBlock> blocks() {
        return blocks;
    }

    /** The name a template sees for a block's kind: "paragraph", "crosshead", "quote", "list-item". */
    static String kindName(BodyBlock b) {
        return KIND_NAMES[b.kind().ordinal()];
    }

    @Override
    public Map<String, Object> get(int index) {
        BodyBlock b = blocks.get(index);
        Map<String, Object> block = new LinkedHashMap<>(4);
        block.put("kind", kindName(b));
        block.put("text", b.text());
        return block;
    }

    @Override
    public int size() {
        return blocks.size();
    }

    private static String[] kindNames() {
        BodyBlock.Kind[] kinds = BodyBlock.Kind.values();
        String[] names = new String[kinds.length];
        for (BodyBlock.Kind k : kinds) {
            names[k.ordinal()] = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return names;
    }
}
