package io.newsarchive.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Digests that key the cache. MD5 because it is fast and these keys only need to tell changed inputs from
 * unchanged ones on the user's own machine; nothing here defends against a forger.
 */
public final class Digests {
    private static String codeVersion; // guarded by the class (codeVersion())

    private Digests() {
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
    }

    /** Hex digest of some strings, each length-prefixed so ("ab","c") and ("a","bc") differ. */
    public static String of(String... parts) {
        MessageDigest md = md5();
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(4).putInt(b.length).array());
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hex digest of a file's bytes, or "-" when there is no such file. */
    public static String ofFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "-";
        }
        MessageDigest md = md5();
        try (InputStream in = Files.newInputStream(file);
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hex digest of every regular file under a folder, names included, in a fixed order. */
    public static String ofFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return ofFile(folder);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest md = md5();
        for (Path f : files) {
            md.update(folder.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Hex digest of a jar's table of contents: each entry's name, length and CRC-32, in the jar's order. Any entry
     * whose bytes differ has another CRC (barring a one-in-four-billion chance). Listing it is only a little cheaper
     * than digesting the whole 7 MB jar was: 51-57 ms against 63-68 at a cold start, once MD5 itself is set up.
     */
    static String ofJar(Path jar) throws IOException {
        MessageDigest md = md5();
        ByteBuffer numbers = ByteBuffer.allocate(16);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(numbers.clear().putLong(e.getSize()).putLong(e.getCrc()).array());
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A digest of the tool's own code (its jar, or its classes folder when run from a build tree), so a cache
     * written by any other build of the tool is never trusted: a parser fix must reach every cached article.
     * Synchronized: the parse cache's key and the grouping memo's ask for it at the same moment, on two threads.
     */
    public static synchronized String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            try {
                Path code = Path.of(Digests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                v = Files.isRegularFile(code) ? ofJar(code) : ofFolder(code);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                v = "unknown-" + System.nanoTime(); // no way to tell: never match an old cache
            }
            codeVersion = v;
        }
        return v;
    }

    /** The CRC-32C of some bytes: how every cache file tells a block that reads back whole from a garbled one. */
    static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
