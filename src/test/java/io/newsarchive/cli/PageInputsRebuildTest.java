package io.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A rebuild keeps an article or story page when the inputs it is made from are as last time, without making its
 * model ({@code site.ArticlePages.Inputs}, {@code site.StoryPages.Inputs}). Each test here changes one of those
 * inputs through another article than the page's own, so that only the inputs can tell the page to change, and
 * asserts the page changed and the whole site is what a build from scratch gives.
 */
class PageInputsRebuildTest extends SampleRebuilds {
    /** 004 lists this headline under "Related News:"; no sample has it. */
    private static final String RELATED = "Iran ready to provide technical, engineering capabilities to Azerbaijan";

    private Map<String, String> fromScratch(String... options) throws IOException {
        Path fresh = temp.resolve("fresh-" + System.nanoTime());
        build(fresh, Stream.concat(Stream.of(options), Stream.of("--no-cache")).toArray(String[]::new));
        return snapshot(fresh);
    }

    /**
     * Builds, makes {@code change}, rebuilds (each build with {@code options}); asserts the site is as from scratch;
     * returns the paths whose bytes changed.
     */
    private Set<String> rebuildAfter(IORunnable change, String... options) throws IOException {
        build(site, options);
        Map<String, String> before = snapshot(site);
        change.run();
        String out = build(site, options);
        assertTrue(out.contains("files kept without rendering"), out);
        Map<String, String> after = snapshot(site);
        assertEquals(fromScratch(options), after);
        return changed(before, after);
    }

    @FunctionalInterface
    private interface IORunnable {
        void run() throws IOException;
    }

    /** An article of the archive whose headline is {@code headline}, dated a day after 002, in 002's style. */
    private static String articleHeadlined(String headline) {
        return headline + "\n\nJune 20, 2022 - 10:15\n\n"
                + "TEHRAN - Engineers from both countries met in Tabriz on Monday to plan the repair of the old border "
                + "bridge over the Aras river, which has been closed to lorries since the spring floods.\n\n"
                + "The work is to start in August and take eleven months, a spokesman for the roads ministry said, "
                + "adding that a temporary crossing would be opened downstream for farm traffic.\n\n"
                + "Local traders have complained that the closure doubled the cost of taking fruit to markets in "
                + "Nakhchivan, and welcomed the plan while asking for the temporary crossing to open sooner.\n";
    }

    private static String articlePage(String file) {
        return "articles/" + file.replace('_', '-').replace(".txt", ".html");
    }

    @Test
    @DisplayName("a neighbouring story's new headline reaches the article pages that link to it")
    void neighbourHeadline() throws IOException {
        Set<String> changed = rebuildAfter(() -> edit("003_21d076d2c9fc8fbd.txt",
                "Iran security chief meets Aliyev in Baku", "Iran security chief meets Aliyev in Baku for talks"));
        assertTrue(changed.contains(articlePage("003_21d076d2c9fc8fbd.txt")), changed.toString());
        assertTrue(changed.stream().anyMatch(p -> p.startsWith("articles/")
                && !p.equals(articlePage("003_21d076d2c9fc8fbd.txt"))), "a neighbour's page changed: " + changed);
        // 001's story is the next older one, and its page links to 003 as the newer story
        assertTrue(changed.contains("stories/001-68cc0f6fbcfa5017.html"), changed.toString());
    }

    @Test
    @DisplayName("a story's new lead reaches the home, outlet and month pages that list it")
    void storyLead() throws IOException {
        // list entries show the lead but not the rest of the text, so they are made from the lead, not the article
        Set<String> changed = rebuildAfter(() -> edit("002_269e5ed58e1b5d5b.txt",
                "said on Sunday that his country", "said on Sunday evening that his country"));
        assertTrue(changed.contains("index.html"), changed.toString());
        assertTrue(changed.stream().anyMatch(p -> p.startsWith("outlets/") && !p.equals("outlets/index.html")),
                "the outlet's page changed: " + changed);
        assertTrue(changed.stream().anyMatch(p -> p.startsWith("time/") && !p.equals("time/index.html")),
                "the month's page changed: " + changed);
        assertTrue(snapshot(site).get("index.html").contains("said on Sunday evening"));
    }

    @Test
    @DisplayName("a new date moves a story: the pages around its old and new places follow")
    void storyMoves() throws IOException {
        Set<String> changed = rebuildAfter(() -> edit("002_269e5ed58e1b5d5b.txt", "June 19, 2022", "March 3, 2025"));
        assertTrue(changed.stream().filter(p -> p.startsWith("articles/")).count() >= 3, changed.toString());
    }

    @Test
    @DisplayName("a version's new time is its story's: shown on the page of the undated version beside it")
    void storyDate() throws IOException {
        // 000 has no date of its own; its story is 001's, dated by 001
        Set<String> changed = rebuildAfter(() -> edit("001_68cc0f6fbcfa5017.txt", "July 15, 2022 - 21:38",
                "July 15, 2022 - 20:05"));
        assertTrue(changed.contains(articlePage("000_63ad533f3ed0f0c6.txt")), changed.toString());
        assertTrue(snapshot(site).get(articlePage("000_63ad533f3ed0f0c6.txt")).contains("20:05"));
        assertTrue(changed.contains("stories/001-68cc0f6fbcfa5017.html"), changed.toString());
    }

    /**
     * A copy of 001, a word shorter: it joins 001's story as a third version, a copy of 001, which stays the
     * canonical version (the fuller text) and the story's id.
     */
    private void copyOf001() throws IOException {
        String text = Files.readString(input.resolve("001_68cc0f6fbcfa5017.txt"));
        assertTrue(text.contains("met Azerbaijani President"));
        write("005_copy.txt", text.replace("met Azerbaijani President", "met President"));
    }

    @Test
    @DisplayName("a new copy in a story changes its count of versions on every version's page")
    void newCopy() throws IOException {
        Set<String> changed = rebuildAfter(this::copyOf001);
        assertTrue(changed.contains("articles/005-copy.html"), changed.toString());
        assertTrue(changed.contains("stories/001-68cc0f6fbcfa5017.html"), "the story keeps its id: " + changed);
        assertTrue(changed.contains(articlePage("000_63ad533f3ed0f0c6.txt")), changed.toString());
        assertTrue(snapshot(site).get(articlePage("000_63ad533f3ed0f0c6.txt")).contains("3 versions of this story"));
    }

    @Test
    @DisplayName("a version's new headline reaches its story's page, which shows every version")
    void versionHeadline() throws IOException {
        copyOf001();
        Set<String> changed = rebuildAfter(() -> edit("000_63ad533f3ed0f0c6.txt",
                "won’t let others sow discord with Azerbaijan", "won’t let others sow discord with Baku"));
        assertTrue(changed.contains("stories/001-68cc0f6fbcfa5017.html"), changed.toString());
        assertTrue(snapshot(site).get("stories/001-68cc0f6fbcfa5017.html").contains("sow discord with Baku"));
    }

    @Test
    @DisplayName("the original's new headline reaches the page of its copy, in templates that show it")
    void originalHeadline() throws IOException {
        // the bundled article.ftlh names the original's outlet only; a user's may show its headline too
        Path templates = Files.createDirectories(temp.resolve("templates"));
        String bundled = Files.readString(Path.of("templates", "article.ftlh"));
        assertTrue(bundled.contains("<#if story.several>"));
        Files.writeString(templates.resolve("article.ftlh"), bundled.replace("<#if story.several>",
                "<p class=\"copy-of\">${story.copyOfHeadline}</p><#if story.several>"));
        copyOf001();
        Set<String> changed = rebuildAfter(() -> edit("001_68cc0f6fbcfa5017.txt",
                "Shamkhani tells Aliyev external factors shouldn’t affect Tehran-Baku ties",
                "Shamkhani tells Aliyev outside factors must not affect Tehran-Baku ties"),
                "-t", templates.toString());
        String page = "articles/005-copy.html";
        assertTrue(changed.contains(page), changed.toString());
        assertTrue(snapshot(site).get(page).contains("outside factors"));
    }

    @Test
    @DisplayName("a related headline that comes to name an article of the archive links to it, and unlinks when "
            + "that article's headline changes")
    void relatedTarget() throws IOException {
        String page = articlePage("004_5bebabd3640c37c4.txt");
        // a shorter copy of 004 makes its story one of two versions, with a story page showing 004's related list
        String text004 = Files.readString(input.resolve("004_5bebabd3640c37c4.txt"));
        assertTrue(text004.contains("During his visit to Tehran, the"));
        write("006_copy.txt", text004.replace("During his visit to Tehran, the", "The"));
        String story = "stories/004-5bebabd3640c37c4.html";
        Set<String> linked = rebuildAfter(() -> write("005_bridge.txt", articleHeadlined(RELATED)));
        assertTrue(linked.contains(page), linked.toString());
        assertTrue(linked.contains(story), linked.toString());
        assertTrue(snapshot(site).get(page).contains("href=\"../articles/005-bridge.html\""),
                "004 links to the new article");
        Set<String> unlinked = rebuildAfter(() -> write("005_bridge.txt",
                articleHeadlined("Engineers plan the repair of the Aras border bridge")));
        assertTrue(unlinked.contains(page), unlinked.toString());
        assertNotEquals(-1, snapshot(site).get(page).indexOf(RELATED));
        assertTrue(!snapshot(site).get(page).contains("005-bridge.html"), "the link is gone");
    }
}
