package io.newsarchive.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Freemarker set up for safe, reproducible pages: templates ending {@code .ftlh} escape every value as HTML,
 * a user's template folder overrides the bundled templates file by file, and templates cannot reach Java classes.
 */
public final class Templates {
    private static final String BUNDLED_ROOT = "/templates";
    /** A rendering buffer bigger than this (a very long page) is dropped after use rather than kept per thread. */
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<Utf8Buffer> BUFFERS = ThreadLocal.withInitial(Utf8Buffer::new);

    private final Configuration config;
    private final Optional<Path> overrides;

    public Templates(Optional<Path> overrides) throws IOException {
        this.overrides = overrides;
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides.isPresent()) {
            loaders.add(new FileTemplateLoader(overrides.get().toFile()));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUNDLED_ROOT));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.UK);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        // counts read "12,500 articles"; templates write ?c where a machine reads the number (attributes, URLs)
        config.setNumberFormat(",##0");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** Renders a template with the given data model. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(8192);
        process(name, model, out);
        return out.toString();
    }

    /**
     * Renders a template straight to its UTF-8 bytes, the same as {@code render(name, model).getBytes(UTF_8)}:
     * every page is written as bytes, and going through a string cost a growing buffer, a copy and an encoding per
     * page. The thread's buffer is reused from page to page.
     */
    public byte[] renderUtf8(String name, Map<String, Object> model) {
        Utf8Buffer out = BUFFERS.get();
        out.reset();
        process(name, model, out);
        byte[] bytes = out.toByteArray();
        if (out.capacity() > MAX_KEPT_BUFFER) {
            BUFFERS.remove(); // one huge page should not pin its buffer for the rest of the build
        }
        return bytes;
    }

    private void process(String name, Map<String, Object> model, Writer out) {
        try {
            Template template = config.getTemplate(name);
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateProblem("template " + name + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TemplateProblem("template " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A static file (stylesheet …) from the override folder, else from the bundled templates. */
    public byte[] asset(String name) {
        try {
            if (overrides.isPresent()) {
                Path file = overrides.get().resolve(name);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            try (InputStream in = Templates.class.getResourceAsStream(BUNDLED_ROOT + "/" + name)) {
                if (in == null) {
                    throw new TemplateProblem("no bundled asset " + name, null);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + name, e);
        }
    }

    /**
     * A Writer that encodes to UTF-8 into a growable byte array, exactly as {@link String#getBytes} with UTF-8
     * would encode the whole text: a surrogate pair becomes one four-byte character, a lone surrogate becomes '?'.
     * A pair may arrive split over two writes, so a high surrogate waits for the next character.
     */
    static final class Utf8Buffer extends Writer {
        private static final int CHUNK = 1024;
        private final char[] chars = new char[CHUNK];
        private byte[] bytes = new byte[1 << 15];
        private int length;
        /** A high surrogate whose low half has not been written yet, or 0. */
        private char pendingHigh;

        void reset() {
            length = 0;
            pendingHigh = 0;
        }

        int capacity() {
            return bytes.length;
        }

        /** The text written since the last reset, encoded; a high surrogate left waiting ends it as '?'. */
        byte[] toByteArray() {
            if (pendingHigh != 0) {
                ensure(1);
                bytes[length++] = '?';
                pendingHigh = 0;
            }
            return Arrays.copyOf(bytes, length);
        }

        @Override
        public void write(int c) {
            chars[0] = (char) c;
            encode(chars, 0, 1);
        }

        @Override
        public void write(char[] text, int offset, int count) {
            encode(text, offset, count);
        }

        @Override
        public void write(String text, int offset, int count) {
            // copied out in chunks: reading a char[] is cheaper than String.charAt on two-byte strings
            int end = offset + count;
            for (int from = offset; from < end; from += CHUNK) {
                int n = Math.min(CHUNK, end - from);
                text.getChars(from, from + n, chars, 0);
                encode(chars, 0, n);
            }
        }

        @Override
        public void write(String text) {
            write(text, 0, text.length());
        }

        private void encode(char[] text, int offset, int count) {
            ensure(3 * count + 4); // at most three bytes a char, four for a pair whose high half waited
            byte[] b = bytes;
            int n = length;
            int end = offset + count;
            int i = offset;
            if (pendingHigh != 0 && i < end) {
                char c = text[i];
                if (Character.isLowSurrogate(c)) {
                    n = putCodePoint(b, n, Character.toCodePoint(pendingHigh, c));
                    i++;
                } else {
                    b[n++] = '?';
                }
                pendingHigh = 0;
            }
            for (; i < end; i++) {
                char c = text[i];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | (c >> 6));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                } else if (!Character.isSurrogate(c)) {
                    b[n++] = (byte) (0xE0 | (c >> 12));
                    b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 == end) {
                        pendingHigh = c;
                    } else if (Character.isLowSurrogate(text[i + 1])) {
                        n = putCodePoint(b, n, Character.toCodePoint(c, text[i + 1]));
                        i++;
                    } else {
                        b[n++] = '?';
                    }
                } else {
                    b[n++] = '?'; // a low surrogate without its high half
                }
            }
            length = n;
        }

        private static int putCodePoint(byte[] b, int n, int cp) {
            b[n++] = (byte) (0xF0 | (cp >> 18));
            b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[n++] = (byte) (0x80 | (cp & 0x3F));
            return n;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A template that is missing or fails: the message names the template and the line. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
