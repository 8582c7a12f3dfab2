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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        try {
            Template template = config.getTemplate(name);
            StringWriter out = new StringWriter(8192);
            template.process(model, out);
            return out.toString();
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

    /** A template that is missing or fails: the message names the template and the line. */
    public static final class TemplateProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
